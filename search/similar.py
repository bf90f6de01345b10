"""« Initiatives similaires »: the same idea elsewhere, then nearby (issue 20).

The initiative's distinctive words are the lexemes of its title and summary (weights A and C of the search document)
that are not common (the facet index keeps, from PostgreSQL's statistics, those in 10,000 initiatives or more) and
not the name of its own place.
The initiatives matching any of them are ranked by ts_rank on those words plus a bonus per shared theme; the best
ones placed in another département come first (to show where the idea has spread), then those of the same
département. Never the initiative itself; merged duplicates are not published, so never them either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection
from pyroaring import BitMap

from initiatives.models import Initiative
from search.facet_index import facet_index_get, lexeme_members
from search.query import id_array

MAX_WORDS = 12
# The most recent matches scored: twelve initiatives are shown, and ranking costs ~6 µs a candidate (PostgreSQL reads
# each one's document); 500 keep p95 within 20 ms at 100,000 initiatives (bench/search.py).
CANDIDATES = 500
THEME_BONUS = 0.05


@dataclass
class Similar:
    elsewhere: list[Initiative] = field(default_factory=list)
    nearby: list[Initiative] = field(default_factory=list)


def _distinctive_lexemes(initiative: Initiative, common: frozenset[str]) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT lexeme FROM initiatives_initiative i, unnest(i.search_vector) AS word(lexeme, positions, weights)
            WHERE i.id = %s AND weights && ARRAY['A', 'C'] AND length(lexeme) >= 3
              AND lexeme !~ '^[0-9]+$'
              AND NOT to_tsvector('french_unaccent', concat_ws(' ',
                    (SELECT name FROM initiatives_commune WHERE insee_code = i.commune_id),
                    (SELECT name FROM initiatives_departement WHERE code = i.departement_id),
                    (SELECT name FROM initiatives_region WHERE code = i.region_id))) @@ quote_literal(lexeme)::tsquery
            ORDER BY 'A' = ANY(weights) DESC, array_length(positions, 1) DESC, lexeme
            """,
            [initiative.pk],
        )
        return [lexeme for (lexeme,) in cursor.fetchall() if lexeme not in common][:MAX_WORDS]


def similar_initiatives(initiative: Initiative, *, limit: int = 6) -> Similar:
    index = facet_index_get()
    lexemes = _distinctive_lexemes(initiative, index.common_lexemes)
    if not lexemes:
        return Similar()
    query = " | ".join("'" + lexeme.replace("'", "''") + "'" for lexeme in lexemes)
    # Each word's initiatives from the process's kept bitmaps (read once, kept current by the facet index): the
    # same words come back from page to page, where one OR query read every matching row each time.
    candidates = (BitMap.union(*(lexeme_members(index, lexeme) for lexeme in lexemes)) & index.published
                  ) - BitMap([initiative.pk])
    if not candidates:
        return Similar()
    if len(candidates) > CANDIDATES:
        candidates = BitMap(candidates[len(candidates) - CANDIDATES:])
    themes = [theme.pk for theme in initiative.themes.all()]  # prefetched by the page
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.id, i.departement_id IS NOT DISTINCT FROM %s AS nearby
            FROM initiatives_initiative i
            WHERE i.id = ANY(%s::bigint[])
            ORDER BY ts_rank(i.search_vector, %s::tsquery)
                     + %s * (SELECT count(*) FROM initiatives_initiative_themes t
                             WHERE t.initiative_id = i.id AND t.theme_id = ANY(%s)) DESC, i.id DESC
            LIMIT %s
            """,
            [initiative.departement_id, id_array(candidates), query, THEME_BONUS, themes, limit * 8],
        )
        rows = cursor.fetchall()
    elsewhere = [pk for pk, nearby in rows if not nearby or initiative.departement_id is None][:limit]
    nearby = [pk for pk, nearby in rows if nearby and initiative.departement_id is not None][:limit]
    found = {i.pk: i for i in Initiative.objects.filter(pk__in=elsewhere + nearby)
             .select_related("commune", "departement", "region", "porteur").prefetch_related("themes")}
    return Similar([found[pk] for pk in elsewhere if pk in found], [found[pk] for pk in nearby if pk in found])
