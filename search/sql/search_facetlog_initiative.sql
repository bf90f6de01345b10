-- Facet change log (search_facetlog, read by search/facet_index.py): inserted and deleted initiatives, one log row
-- per statement listing their ids (transition tables). Triggers search_facetlog_insert and search_facetlog_delete
-- on initiatives_initiative; updates are logged per row by search_facetlog_row().
-- The UPDATE branch served the statement-level update trigger of search migration 0005, replaced in 0008 (whose
-- reverse recreates it).
-- Reads initiatives_initiative (transition tables); writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_facetlog (initiative_ids) SELECT array_agg(id) FROM new_rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_facetlog (initiative_ids) SELECT array_agg(id) FROM old_rows HAVING count(*) > 0;
    ELSE
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(n.id) FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.visibility, n.region_id, n.departement_id, n.start_year, n.porteur_id)
              IS DISTINCT FROM (o.visibility, o.region_id, o.departement_id, o.start_year, o.porteur_id)
        HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_facetlog_insert ON initiatives_initiative;
CREATE TRIGGER search_facetlog_insert AFTER INSERT ON initiatives_initiative
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_initiative();
DROP TRIGGER IF EXISTS search_facetlog_delete ON initiatives_initiative;
CREATE TRIGGER search_facetlog_delete AFTER DELETE ON initiatives_initiative
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_initiative();
