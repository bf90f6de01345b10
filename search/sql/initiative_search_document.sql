-- initiative_search_document(...): the weighted French full-text document of one initiative, stored in
-- initiatives_initiative.search_vector by the triggers (initiative_search_before_write) and by
-- initiative_search_refresh(). Weights: title A; porteur, themes (with their parent) and territory names B;
-- summary C; description D (tags removed, first 20,000 characters).
-- Reads initiatives_porteur, initiatives_commune, initiatives_departement, initiatives_region,
-- initiatives_initiative_themes and initiatives_theme.
-- Themes come in a fixed order (by code): without ORDER BY, two writes of the same initiative could give its theme
-- names different positions (initiatives migration 0011).
-- A change here does not rewrite stored documents: the migration that applies it decides whether to call
-- initiative_search_refresh() on every initiative.
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
        (SELECT string_agg(concat_ws(' ', theme.name, parent.name), ' ' ORDER BY theme.code)
           FROM initiatives_initiative_themes link
           JOIN initiatives_theme theme ON theme.id = link.theme_id
           LEFT JOIN initiatives_theme parent ON parent.id = theme.parent_id
          WHERE link.initiative_id = p_id)
    )), 'B')
    || setweight(to_tsvector('french_unaccent', coalesce(p_summary, '')), 'C')
    || setweight(to_tsvector('french_unaccent',
        left(regexp_replace(coalesce(p_description, ''), '<[^>]+>', ' ', 'g'), 20000)), 'D')
$$;
