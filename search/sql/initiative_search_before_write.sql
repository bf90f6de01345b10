-- Trigger initiative_search_before_write on initiatives_initiative: computes NEW.search_vector on every insert and
-- on every update of a column the document reads. Skipped when the writer deferred the document
-- (SET LOCAL carrefour.defer_search_index = 'on'): such a writer computes it afterwards (initiative_search_refresh).
-- The harvest's batch writer (search/harvest/bulk.py) defers only while it copies theme links, before their rows.
-- Touches initiatives_initiative (and reads what initiative_search_document() reads).
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

DROP TRIGGER IF EXISTS initiative_search_before_write ON initiatives_initiative;
CREATE TRIGGER initiative_search_before_write
    BEFORE INSERT OR UPDATE OF title, summary, description, porteur_id, commune_id, departement_id, region_id
    ON initiatives_initiative FOR EACH ROW EXECUTE FUNCTION initiative_search_before_write();
