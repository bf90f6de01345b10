-- Facet change log (search_facetlog): a TRUNCATE of a table the facets count logs a row without ids, which means
-- "rebuild everything" to search/facet_index.py. Triggers search_facetlog_truncate on initiatives_initiative,
-- initiatives_initiative_themes, initiatives_sourcerecord and initiatives_distinction.
-- The other branch (key column, new and old values in TG_ARGV) served the statement-level update triggers of search
-- migration 0005 on renamed facet values, replaced in 0008 by search_facetlog_row('rebuild') (0008's reverse
-- recreates them).
-- Writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO search_facetlog (initiative_ids) VALUES (NULL);
    ELSE
        EXECUTE format('INSERT INTO search_facetlog (initiative_ids) SELECT NULL FROM new_rows n JOIN old_rows o '
                       'ON o.%1$I = n.%1$I WHERE (%2$s) IS DISTINCT FROM (%3$s) LIMIT 1',
                       TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_facetlog_truncate ON initiatives_initiative;
CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON initiatives_initiative
    FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();
DROP TRIGGER IF EXISTS search_facetlog_truncate ON initiatives_initiative_themes;
CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON initiatives_initiative_themes
    FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();
DROP TRIGGER IF EXISTS search_facetlog_truncate ON initiatives_sourcerecord;
CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON initiatives_sourcerecord
    FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();
DROP TRIGGER IF EXISTS search_facetlog_truncate ON initiatives_distinction;
CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON initiatives_distinction
    FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();
