-- Text search configuration french_unaccent: French stemming after accents are removed, so "epicerie" finds
-- "Épicerie". Used by initiative_search_document(), the title index initiative_title_fts and every query
-- (CONFIG in initiatives/search_document.py). First created by carrefour migration 0001 (which also installs unaccent).
-- Created only when missing: changing a mapping needs an explicit ALTER TEXT SEARCH CONFIGURATION in a migration,
-- and the documents built with the old mapping must then be refreshed.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
