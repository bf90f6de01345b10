-- initiative_match_ids(query): the ids of the initiatives whose search document matches a tsquery, read by the
-- text match (search/text_match.py) and the facet index (search/facet_index.py). Reads initiatives_initiative.
-- Always through the GIN index initiative_search_gin: above about half the table the planner prefers a sequential
-- scan that decompresses every row's document, several times slower. work_mem keeps the bitmap exact: with the
-- default 4 MB a match of 80,000 initiatives among a million turned most heap pages "lossy" and every row of those
-- pages was re-checked (295 ms instead of 98 ms for "jardin partagé"; search migration 0007). SET in the definition
-- applies inside the function only.
CREATE OR REPLACE FUNCTION initiative_match_ids(query tsquery) RETURNS bigint[] LANGUAGE sql STABLE
SET enable_seqscan = off SET work_mem = '64MB' AS $$
    SELECT array_agg(id) FROM initiatives_initiative WHERE search_vector @@ query
$$;
