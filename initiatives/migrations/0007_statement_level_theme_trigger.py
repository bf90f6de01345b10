"""Theme links refresh the search document once per statement (transition tables), not once per row:
a harvest inserting thousands of links in one statement refreshes each initiative once."""

from django.db import migrations

SQL = """
DROP TRIGGER IF EXISTS initiative_themes_changed ON initiatives_initiative_themes;
DROP FUNCTION IF EXISTS initiative_themes_changed();

CREATE OR REPLACE FUNCTION initiative_themes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(SELECT DISTINCT initiative_id FROM inserted_links));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION initiative_themes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(SELECT DISTINCT initiative_id FROM deleted_links));
    RETURN NULL;
END $$;

CREATE TRIGGER initiative_themes_inserted AFTER INSERT ON initiatives_initiative_themes
    REFERENCING NEW TABLE AS inserted_links FOR EACH STATEMENT EXECUTE FUNCTION initiative_themes_inserted();
CREATE TRIGGER initiative_themes_deleted AFTER DELETE ON initiatives_initiative_themes
    REFERENCING OLD TABLE AS deleted_links FOR EACH STATEMENT EXECUTE FUNCTION initiative_themes_deleted();
"""

REVERSE = """
DROP TRIGGER IF EXISTS initiative_themes_inserted ON initiatives_initiative_themes;
DROP TRIGGER IF EXISTS initiative_themes_deleted ON initiatives_initiative_themes;
DROP FUNCTION IF EXISTS initiative_themes_inserted();
DROP FUNCTION IF EXISTS initiative_themes_deleted();
CREATE OR REPLACE FUNCTION initiative_themes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY[COALESCE(NEW.initiative_id, OLD.initiative_id)]);
    RETURN NULL;
END $$;
CREATE TRIGGER initiative_themes_changed AFTER INSERT OR DELETE ON initiatives_initiative_themes
    FOR EACH ROW EXECUTE FUNCTION initiative_themes_changed();
"""


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0006_search_triggers")]
    operations = [migrations.RunSQL(SQL, REVERSE)]
