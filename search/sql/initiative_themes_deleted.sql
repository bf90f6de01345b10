-- Trigger initiative_themes_deleted on initiatives_initiative_themes: removed theme links refresh the search
-- document of their initiatives, once per statement (transition table). Not deferrable: deleting links is rare and
-- never bulk.
-- Reads initiatives_initiative_themes; writes initiatives_initiative.search_vector.
CREATE OR REPLACE FUNCTION initiative_themes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(SELECT DISTINCT initiative_id FROM deleted_links));
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS initiative_themes_deleted ON initiatives_initiative_themes;
CREATE TRIGGER initiative_themes_deleted AFTER DELETE ON initiatives_initiative_themes
    REFERENCING OLD TABLE AS deleted_links FOR EACH STATEMENT EXECUTE FUNCTION initiative_themes_deleted();
