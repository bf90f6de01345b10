-- immutable_unaccent(text): unaccent() is only STABLE (it depends on search_path); this wrapper pins the
-- dictionary so it can be indexed. Used by the trigram index dedup_initiative_title_trgm on
-- initiatives_initiative (search migration 0004), which deduplication queries (search/dedup/scoring.py).
-- First created by carrefour migration 0001. Touches no table.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
    AS $func$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $func$
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;
