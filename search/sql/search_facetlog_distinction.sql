-- Facet change log (search_facetlog, read by search/facet_index.py): distinctions inserted or deleted, one log row per
-- statement listing every initiative they touch (transition tables). Triggers search_facetlog_insert and
-- search_facetlog_delete on initiatives_distinction; updates are logged per row by search_facetlog_row('link').
-- The UPDATE branch served the statement-level update trigger of search migration 0005, replaced in 0008 (whose
-- reverse recreates it). Same body as the other link tables' functions but for the column edition_id.
-- Reads initiatives_distinction (transition tables); writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_distinction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM new_rows WHERE initiative_id IS NOT NULL HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM old_rows WHERE initiative_id IS NOT NULL HAVING count(*) > 0;
    ELSE
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT changed.id) FROM (
            SELECT n.initiative_id, o.initiative_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.initiative_id IS DISTINCT FROM o.initiative_id OR n.edition_id IS DISTINCT FROM o.edition_id
        ) AS pair(new_id, old_id), LATERAL (VALUES (pair.new_id), (pair.old_id)) AS changed(id)
        WHERE changed.id IS NOT NULL HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_facetlog_insert ON initiatives_distinction;
CREATE TRIGGER search_facetlog_insert AFTER INSERT ON initiatives_distinction
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_distinction();
DROP TRIGGER IF EXISTS search_facetlog_delete ON initiatives_distinction;
CREATE TRIGGER search_facetlog_delete AFTER DELETE ON initiatives_distinction
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_distinction();
