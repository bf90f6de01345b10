-- initiative_search_refresh(ids): recomputes the stored search document of the given initiatives. Called by the
-- triggers when theme links change or a porteur or theme is renamed; a bulk writer that deferred the document
-- (SET LOCAL carrefour.defer_search_index = 'on') calls it once for its batch.
-- Writes initiatives_initiative.search_vector (through initiative_search_document()).
CREATE OR REPLACE FUNCTION initiative_search_refresh(p_ids bigint[]) RETURNS void LANGUAGE sql AS $$
UPDATE initiatives_initiative SET search_vector = initiative_search_document(
    id, title, summary, description, porteur_id, commune_id, departement_id, region_id)
WHERE id = ANY(p_ids)
$$;
