-- Trigger porteur_renamed on initiatives_porteur: a renamed porteur refreshes the search document of its
-- initiatives (the porteur's name is in weight B).
-- Reads initiatives_porteur; writes initiatives_initiative.search_vector.
CREATE OR REPLACE FUNCTION porteur_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM initiative_search_refresh(ARRAY(SELECT id FROM initiatives_initiative WHERE porteur_id = NEW.id));
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS porteur_renamed ON initiatives_porteur;
CREATE TRIGGER porteur_renamed AFTER UPDATE OF name ON initiatives_porteur
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION porteur_renamed();
