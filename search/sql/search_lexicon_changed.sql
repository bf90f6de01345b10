-- Triggers search_lexicon_changed_* on search_searchterm: a statement that adds, changes or removes words of the
-- lexicon (or empties it) gives the lexicon a new version, in the writer's own transaction, so that a process's copy
-- of the words (search/lexicon.py) is read again exactly when the committed words are no longer those it holds. The
-- version comes from a sequence, which a rollback never takes back: no version is ever given twice. A statement that
-- changed no row (a harvest that brought no new word) changes nothing.
-- Reads the statement's rows; writes search_lexiconversion.
CREATE OR REPLACE FUNCTION search_lexicon_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- TRUNCATE has no transition table: the other test is only read for the statements that have one.
    IF TG_OP <> 'TRUNCATE' THEN
        IF NOT EXISTS (SELECT 1 FROM changed_words) THEN
            RETURN NULL;
        END IF;
    END IF;
    INSERT INTO search_lexiconversion (id, version) VALUES (1, nextval('search_lexicon_version_seq'))
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_lexicon_changed_insert ON search_searchterm;
CREATE TRIGGER search_lexicon_changed_insert AFTER INSERT ON search_searchterm
    REFERENCING NEW TABLE AS changed_words FOR EACH STATEMENT EXECUTE FUNCTION search_lexicon_changed();
DROP TRIGGER IF EXISTS search_lexicon_changed_update ON search_searchterm;
CREATE TRIGGER search_lexicon_changed_update AFTER UPDATE ON search_searchterm
    REFERENCING NEW TABLE AS changed_words FOR EACH STATEMENT EXECUTE FUNCTION search_lexicon_changed();
DROP TRIGGER IF EXISTS search_lexicon_changed_delete ON search_searchterm;
CREATE TRIGGER search_lexicon_changed_delete AFTER DELETE ON search_searchterm
    REFERENCING OLD TABLE AS changed_words FOR EACH STATEMENT EXECUTE FUNCTION search_lexicon_changed();
DROP TRIGGER IF EXISTS search_lexicon_changed_truncate ON search_searchterm;
CREATE TRIGGER search_lexicon_changed_truncate AFTER TRUNCATE ON search_searchterm
    FOR EACH STATEMENT EXECUTE FUNCTION search_lexicon_changed();
