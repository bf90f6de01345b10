-- Facet change log (search_facetlog, read by search/facet_index.py): sites inserted, deleted or moved. An initiative
-- counts in the territory of every site (initiatives.Site), so a changed site changes its initiative's facets.
-- Triggers search_facetlog_insert and search_facetlog_delete on initiatives_site (one log row per statement, transition
-- tables: initiative_sites_set deletes and inserts an initiative's sites in two statements), and
-- search_facetlog_update per row when a site changes initiative or territory (function search_facetlog_row).
-- Reads initiatives_site (transition tables); writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM new_rows HAVING count(*) > 0;
    ELSE
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM old_rows HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_facetlog_insert ON initiatives_site;
CREATE TRIGGER search_facetlog_insert AFTER INSERT ON initiatives_site
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_site();
DROP TRIGGER IF EXISTS search_facetlog_delete ON initiatives_site;
CREATE TRIGGER search_facetlog_delete AFTER DELETE ON initiatives_site
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_site();
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_site;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_site FOR EACH ROW
    WHEN ((OLD.initiative_id, OLD.commune_id, OLD.departement_id, OLD.region_id)
          IS DISTINCT FROM (NEW.initiative_id, NEW.commune_id, NEW.departement_id, NEW.region_id))
    EXECUTE FUNCTION search_facetlog_row('link');
