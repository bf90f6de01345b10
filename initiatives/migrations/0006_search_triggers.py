"""The weighted French full-text document of an initiative, kept current by triggers on every write.

Weights: title A; porteur, themes (with their parent) and territory names B; summary C; description D.
"""

from django.db import migrations

DOCUMENT = """
CREATE OR REPLACE FUNCTION initiative_search_document(
    p_id bigint, p_title text, p_summary text, p_description text,
    p_porteur_id bigint, p_commune_id varchar, p_departement_id varchar, p_region_id varchar
) RETURNS tsvector LANGUAGE sql STABLE AS $$
SELECT
    setweight(to_tsvector('french_unaccent', coalesce(p_title, '')), 'A')
    || setweight(to_tsvector('french_unaccent', concat_ws(' ',
        (SELECT name FROM initiatives_porteur WHERE id = p_porteur_id),
        (SELECT name FROM initiatives_commune WHERE insee_code = p_commune_id),
        (SELECT name FROM initiatives_departement WHERE code = p_departement_id),
        (SELECT name FROM initiatives_region WHERE code = p_region_id),
        (SELECT string_agg(concat_ws(' ', theme.name, parent.name), ' ')
           FROM initiatives_initiative_themes link
           JOIN initiatives_theme theme ON theme.id = link.theme_id
           LEFT JOIN initiatives_theme parent ON parent.id = theme.parent_id
          WHERE link.initiative_id = p_id)
    )), 'B')
    || setweight(to_tsvector('french_unaccent', coalesce(p_summary, '')), 'C')
    || setweight(to_tsvector('french_unaccent',
        left(regexp_replace(coalesce(p_description, ''), '<[^>]+>', ' ', 'g'), 20000)), 'D')
$$;

CREATE OR REPLACE FUNCTION initiative_search_refresh(p_ids bigint[]) RETURNS void LANGUAGE sql AS $$
UPDATE initiatives_initiative SET search_vector = initiative_search_document(
    id, title, summary, description, porteur_id, commune_id, departement_id, region_id)
WHERE id = ANY(p_ids)
$$;

CREATE OR REPLACE FUNCTION initiative_search_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := initiative_search_document(
        NEW.id, NEW.title, NEW.summary, NEW.description, NEW.porteur_id, NEW.commune_id, NEW.departement_id,
        NEW.region_id);
    RETURN NEW;
END $$;

CREATE TRIGGER initiative_search_before_write
    BEFORE INSERT OR UPDATE OF title, summary, description, porteur_id, commune_id, departement_id, region_id
    ON initiatives_initiative FOR EACH ROW EXECUTE FUNCTION initiative_search_before_write();

CREATE OR REPLACE FUNCTION initiative_themes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY[COALESCE(NEW.initiative_id, OLD.initiative_id)]);
    RETURN NULL;
END $$;

CREATE TRIGGER initiative_themes_changed
    AFTER INSERT OR DELETE ON initiatives_initiative_themes
    FOR EACH ROW EXECUTE FUNCTION initiative_themes_changed();

CREATE OR REPLACE FUNCTION porteur_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(SELECT id FROM initiatives_initiative WHERE porteur_id = NEW.id));
    RETURN NULL;
END $$;

CREATE TRIGGER porteur_renamed AFTER UPDATE OF name ON initiatives_porteur
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION porteur_renamed();

CREATE OR REPLACE FUNCTION theme_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(
        SELECT link.initiative_id FROM initiatives_initiative_themes link
          JOIN initiatives_theme theme ON theme.id = link.theme_id
         WHERE theme.id = NEW.id OR theme.parent_id = NEW.id));
    RETURN NULL;
END $$;

CREATE TRIGGER theme_renamed AFTER UPDATE OF name ON initiatives_theme
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION theme_renamed();

SELECT initiative_search_refresh(ARRAY(SELECT id FROM initiatives_initiative));
"""

DROP = """
DROP TRIGGER IF EXISTS theme_renamed ON initiatives_theme;
DROP TRIGGER IF EXISTS porteur_renamed ON initiatives_porteur;
DROP TRIGGER IF EXISTS initiative_themes_changed ON initiatives_initiative_themes;
DROP TRIGGER IF EXISTS initiative_search_before_write ON initiatives_initiative;
DROP FUNCTION IF EXISTS theme_renamed();
DROP FUNCTION IF EXISTS porteur_renamed();
DROP FUNCTION IF EXISTS initiative_themes_changed();
DROP FUNCTION IF EXISTS initiative_search_before_write();
DROP FUNCTION IF EXISTS initiative_search_refresh(bigint[]);
DROP FUNCTION IF EXISTS initiative_search_document(bigint, text, text, text, bigint, varchar, varchar, varchar);
"""


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0005_search_vector")]
    operations = [migrations.RunSQL(DOCUMENT, DROP)]
