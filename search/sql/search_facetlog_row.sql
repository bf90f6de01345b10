-- Facet change log (search_facetlog, read by search/facet_index.py): updates, one trigger search_facetlog_update per
-- row on each table whose columns decide a facet value. The WHEN condition is checked before any function runs, so
-- rows whose facet columns did not change cost nothing (an unchanged re-harvest touching 100,000 source records:
-- 10 s instead of 125 s with the former statement-level triggers, search migration 0008). TG_ARGV[0] says what to
-- log: 'initiative' its id, 'link' the initiatives before and after, 'porteur' its initiatives, 'rebuild' a row
-- without ids ("rebuild everything": a facet value was renamed).
-- The initiative's commune decides its intercommunalités (the epci facet).
-- An initiative whose search document changed is logged too: the facet index holds bitmaps of the commonest words
-- (search/text_match.py, search migration 0009).
-- Touches initiatives_initiative, initiatives_initiative_themes, initiatives_sourcerecord, initiatives_distinction,
-- initiatives_porteur, initiatives_commune, initiatives_theme, initiatives_source, initiatives_prize,
-- initiatives_prizeedition;
-- writes search_facetlog.
CREATE OR REPLACE FUNCTION search_facetlog_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'initiative' THEN
        INSERT INTO search_facetlog (initiative_ids) VALUES (ARRAY[NEW.id]);
    ELSIF TG_ARGV[0] = 'link' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT touched) FROM unnest(ARRAY[OLD.initiative_id, NEW.initiative_id]) AS touched
        WHERE touched IS NOT NULL HAVING count(*) > 0;
    ELSIF TG_ARGV[0] = 'porteur' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(id) FROM initiatives_initiative WHERE porteur_id = NEW.id HAVING count(*) > 0;
    ELSE  -- a facet value renamed: every index rebuilds
        INSERT INTO search_facetlog (initiative_ids) VALUES (NULL);
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_initiative;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_initiative FOR EACH ROW
    WHEN ((OLD.visibility, OLD.commune_id, OLD.region_id, OLD.departement_id, OLD.start_year, OLD.porteur_id,
           OLD.search_vector)
          IS DISTINCT FROM (NEW.visibility, NEW.commune_id, NEW.region_id, NEW.departement_id, NEW.start_year,
                            NEW.porteur_id, NEW.search_vector))
    EXECUTE FUNCTION search_facetlog_row('initiative');

DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_initiative_themes;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_initiative_themes FOR EACH ROW
    WHEN ((OLD.initiative_id, OLD.theme_id) IS DISTINCT FROM (NEW.initiative_id, NEW.theme_id))
    EXECUTE FUNCTION search_facetlog_row('link');
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_sourcerecord;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_sourcerecord FOR EACH ROW
    WHEN ((OLD.initiative_id, OLD.source_id) IS DISTINCT FROM (NEW.initiative_id, NEW.source_id))
    EXECUTE FUNCTION search_facetlog_row('link');
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_distinction;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_distinction FOR EACH ROW
    WHEN ((OLD.initiative_id, OLD.edition_id) IS DISTINCT FROM (NEW.initiative_id, NEW.edition_id))
    EXECUTE FUNCTION search_facetlog_row('link');

DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_porteur;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_porteur FOR EACH ROW
    WHEN ((OLD.kind) IS DISTINCT FROM (NEW.kind))
    EXECUTE FUNCTION search_facetlog_row('porteur');

-- A commune moving to another intercommunalité (a new COG) changes the epci facet of every initiative placed there.
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_commune;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_commune FOR EACH ROW
    WHEN ((OLD.epci_id, OLD.ept_id) IS DISTINCT FROM (NEW.epci_id, NEW.ept_id))
    EXECUTE FUNCTION search_facetlog_row('rebuild');

DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_theme;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_theme FOR EACH ROW
    WHEN ((OLD.code, OLD.parent_id) IS DISTINCT FROM (NEW.code, NEW.parent_id))
    EXECUTE FUNCTION search_facetlog_row('rebuild');
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_source;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_source FOR EACH ROW
    WHEN ((OLD.slug) IS DISTINCT FROM (NEW.slug))
    EXECUTE FUNCTION search_facetlog_row('rebuild');
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_prize;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_prize FOR EACH ROW
    WHEN ((OLD.slug) IS DISTINCT FROM (NEW.slug))
    EXECUTE FUNCTION search_facetlog_row('rebuild');
DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_prizeedition;
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_prizeedition FOR EACH ROW
    WHEN ((OLD.prize_id) IS DISTINCT FROM (NEW.prize_id))
    EXECUTE FUNCTION search_facetlog_row('rebuild');
