"""Bulk writers may defer the search document: with ``SET LOCAL carrefour.defer_search_index = 'on'`` the
triggers skip it, and the writer calls initiative_search_refresh() once for the whole batch."""

from django.db import migrations

SQL = """
CREATE OR REPLACE FUNCTION initiative_search_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('carrefour.defer_search_index', true) = 'on' THEN
        RETURN NEW;
    END IF;
    NEW.search_vector := initiative_search_document(
        NEW.id, NEW.title, NEW.summary, NEW.description, NEW.porteur_id, NEW.commune_id, NEW.departement_id,
        NEW.region_id);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION initiative_themes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('carrefour.defer_search_index', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM initiative_search_refresh(ARRAY(SELECT DISTINCT initiative_id FROM inserted_links));
    RETURN NULL;
END $$;
"""


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0007_statement_level_theme_trigger")]
    operations = [migrations.RunSQL(SQL, migrations.RunSQL.noop)]
