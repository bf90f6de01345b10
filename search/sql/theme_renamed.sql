-- Trigger theme_renamed on initiatives_theme: a renamed theme refreshes the search document of the initiatives
-- linked to it or to one of its children (a theme's document words include its parent's name).
-- Reads initiatives_theme and initiatives_initiative_themes; writes initiatives_initiative.search_vector.
CREATE OR REPLACE FUNCTION theme_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(
        SELECT link.initiative_id FROM initiatives_initiative_themes link
          JOIN initiatives_theme theme ON theme.id = link.theme_id
         WHERE theme.id = NEW.id OR theme.parent_id = NEW.id));
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS theme_renamed ON initiatives_theme;
CREATE TRIGGER theme_renamed AFTER UPDATE OF name ON initiatives_theme
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION theme_renamed();
