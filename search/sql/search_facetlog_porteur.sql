-- Facet change log (search_facetlog): porteurs whose kind changed, per statement. No trigger calls it since search
-- migration 0008 (porteur updates are logged per row by search_facetlog_row('porteur')); it stays because that
-- migration's reverse recreates the statement-level trigger search_facetlog_update on initiatives_porteur.
-- Reads initiatives_porteur (transition tables) and initiatives_initiative; writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_porteur() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_facetlog (initiative_ids)
    SELECT array_agg(i.id) FROM initiatives_initiative i
    JOIN new_rows n ON n.id = i.porteur_id JOIN old_rows o ON o.id = n.id
    WHERE n.kind IS DISTINCT FROM o.kind HAVING count(*) > 0;
    RETURN NULL;
END $$;
