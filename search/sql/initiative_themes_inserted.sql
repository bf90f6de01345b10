-- Trigger initiative_themes_inserted on initiatives_initiative_themes: new theme links refresh the search document
-- of their initiatives, once per statement (transition table), not once per row: a harvest inserting thousands of
-- links in one statement refreshes each initiative once. Skipped when the writer deferred the document
-- (SET LOCAL carrefour.defer_search_index = 'on'; the harvest's batch writer does, search/harvest/bulk.py,
-- because it copies the links before their initiatives).
-- Reads initiatives_initiative_themes; writes initiatives_initiative.search_vector.
CREATE OR REPLACE FUNCTION initiative_themes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('carrefour.defer_search_index', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM initiative_search_refresh(ARRAY(SELECT DISTINCT initiative_id FROM inserted_links));
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS initiative_themes_inserted ON initiatives_initiative_themes;
CREATE TRIGGER initiative_themes_inserted AFTER INSERT ON initiatives_initiative_themes
    REFERENCING NEW TABLE AS inserted_links FOR EACH STATEMENT EXECUTE FUNCTION initiative_themes_inserted();
