"""In-memory bitmaps of every facet value, so that facet counts cost microseconds instead of table joins.

For each facet value (a région, a theme, a source…) the index holds the set of published initiatives that carry it,
as a compressed Roaring bitmap; counting a facet over a 50,000-initiative match is then one bitmap intersection per
value. Each process builds the index from one database snapshot, then, before every search, reads the changes
committed since that snapshot from ``search_facetlog`` (written by database triggers, search migrations 0005, 0008)
and re-reads only the initiatives they name. The counts therefore always describe the committed data the search
itself reads: no time-to-live, no invalidation to forget.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import psycopg
from django.core.cache import cache
from django.db import connection
from pyroaring import BitMap

from search.params import FACETS
from search.tsquery import quote

# A change log this long since the snapshot costs more to apply than a rebuild.
PATCH_LIMIT = 20_000
# Rebuilt from scratch at least this often, so that pruning old log rows (facet_log_prune) never hides a change.
MAX_AGE_SECONDS = 6 * 3600
LOG_RETENTION = "1 day"
CACHE_KEY = "search:facet-index:5"  # the format of what is shared; a new one ignores older copies
# Words found in at least this many initiatives (PostgreSQL's estimate) are matched from memory (search/text_match.py):
# returning that many rows from the table costs PostgreSQL about 3 ms or more (« jardin », in 8,285 of 100,000
# initiatives: 11 ms), a bitmap ~8 kB; the LEXEME_MAX_KEPT most frequent at most.
LEXEME_MIN_DOCS = 2_000
# Words found in at least this many initiatives are too common to tell one apart (« Initiatives similaires »,
# search/similar.py).
COMMON_LEXEME_DOCS = 10_000
# Bitmaps kept per process, at most (each at most ~130 kB at 1,000,000 initiatives): words (PostgreSQL's statistics
# list up to 1,000 frequent ones; 221 reach LEXEME_MIN_DOCS at 100,000 bench initiatives), and derived ones.
LEXEME_MAX_KEPT = 400
DERIVED_MAX_KEPT = 200

# The frequent lexemes of the search document and their share of rows, from ANALYZE's statistics.
_FREQUENT_LEXEMES = """
SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, greatest(c.reltuples, 0)::bigint
FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
WHERE s.schemaname = current_schema() AND s.tablename = 'initiatives_initiative' AND s.attname = 'search_vector'
"""
# The frequent lexemes a set of initiatives holds now (to patch their bitmaps).
_LEXEME_ROWS = """
SELECT lexeme, array_agg(i.id) FROM initiatives_initiative i
CROSS JOIN LATERAL unnest(tsvector_to_array(i.search_vector)) AS lexeme
WHERE i.id = ANY(%s) AND lexeme = ANY(%s) GROUP BY lexeme
"""
# Which of a set of initiatives match each derived bitmap's query now: the changed rows and the parsed queries
# first, so that the plan can only check each row against each query (never scan the index per query).
_DERIVED_ROWS = """
WITH q AS MATERIALIZED (SELECT text, text::tsquery AS query FROM unnest(%s::text[]) AS text),
     c AS MATERIALIZED (SELECT id, search_vector FROM initiatives_initiative WHERE id = ANY(%s))
SELECT q.text, array_agg(c.id) FROM c JOIN q ON c.search_vector @@ q.query GROUP BY q.text
"""

# Every facet value with the published initiatives that carry it, in one statement (one snapshot) and one scan of
# the initiative table (index-only: never read search_vector in it, that is the whole table). An initiative counts in
# its own territory and in that of each of its sites (initiatives.Site); its intercommunalités are those of these
# communes (the EPCI, and in the Grand Paris the territoire as well). No DISTINCT: a bitmap ignores duplicates.
# Initiatives without a document come from their own (partial, empty) index.
_FACET_ROWS = """
WITH p AS MATERIALIZED (
    SELECT i.id, i.commune_id, i.region_id, i.departement_id, i.start_year, pt.kind FROM initiatives_initiative i
    LEFT JOIN initiatives_porteur pt ON pt.id = i.porteur_id WHERE i.visibility = 'published' {extra})
SELECT 'snapshot', pg_current_snapshot()::text, NULL::bigint[]
UNION ALL SELECT 'published', '', array_agg(id) FROM p
UNION ALL SELECT 'no_document', '', array_agg(i.id) FROM initiatives_initiative i
    WHERE i.visibility = 'published' AND i.search_vector IS NULL {extra}
UNION ALL SELECT 'region', region_id, array_agg(id) FROM p WHERE region_id IS NOT NULL GROUP BY region_id
UNION ALL SELECT 'departement', departement_id, array_agg(id) FROM p WHERE departement_id IS NOT NULL
    GROUP BY departement_id
UNION ALL SELECT 'region', s.region_id, array_agg(s.initiative_id) FROM initiatives_site s
    JOIN p ON p.id = s.initiative_id WHERE s.region_id IS NOT NULL GROUP BY s.region_id
UNION ALL SELECT 'departement', s.departement_id, array_agg(s.initiative_id) FROM initiatives_site s
    JOIN p ON p.id = s.initiative_id WHERE s.departement_id IS NOT NULL GROUP BY s.departement_id
UNION ALL SELECT 'epci', e.code, array_agg(placed.id) FROM (
        SELECT id, commune_id FROM p WHERE commune_id IS NOT NULL
        UNION ALL SELECT s.initiative_id, s.commune_id FROM initiatives_site s JOIN p ON p.id = s.initiative_id
        WHERE s.commune_id IS NOT NULL) placed
    JOIN initiatives_commune c ON c.insee_code = placed.commune_id
    CROSS JOIN LATERAL (VALUES (c.epci_id), (c.ept_id)) e(code) WHERE e.code IS NOT NULL GROUP BY e.code
UNION ALL SELECT 'year', start_year::text, array_agg(id) FROM p WHERE start_year IS NOT NULL GROUP BY start_year
UNION ALL SELECT 'porteur_kind', kind, array_agg(id) FROM p WHERE kind IS NOT NULL GROUP BY kind
UNION ALL SELECT 'theme', t.code, array_agg(l.initiative_id) FROM initiatives_initiative_themes l
    JOIN p ON p.id = l.initiative_id JOIN initiatives_theme t ON t.id = l.theme_id GROUP BY t.code
UNION ALL SELECT 'source', s.slug, array_agg(r.initiative_id) FROM initiatives_sourcerecord r
    JOIN p ON p.id = r.initiative_id JOIN initiatives_source s ON s.id = r.source_id GROUP BY s.slug
UNION ALL SELECT 'prize', z.slug, array_agg(d.initiative_id) FROM initiatives_distinction d
    JOIN p ON p.id = d.initiative_id JOIN initiatives_prizeedition e ON e.id = d.edition_id
    JOIN initiatives_prize z ON z.id = e.prize_id GROUP BY z.slug
UNION ALL SELECT 'theme_parent', t.code, ARRAY[parent.id]::bigint[] FROM initiatives_theme t
    LEFT JOIN initiatives_theme parent ON parent.id = t.parent_id WHERE {themes}
UNION ALL SELECT 'theme_code', t.code, ARRAY[t.id]::bigint[] FROM initiatives_theme t WHERE {themes}
"""


@dataclass
class FacetIndex:
    snapshot: str  # pg_snapshot the bitmaps describe
    built_at: float  # time.time(): compared across processes
    published: BitMap = field(default_factory=BitMap)
    # Published initiatives without a search document (NULL): no query matches them, not even a negation.
    no_document: BitMap = field(default_factory=BitMap)
    values: dict[str, dict[str, BitMap]] = field(default_factory=lambda: {facet: {} for facet in FACETS})
    theme_parent: dict[str, str] = field(default_factory=dict)  # code -> parent code ("" for a top theme)
    # Set when built inside a transaction that had written: its changes may still roll back, so the index serves
    # that transaction only.
    writer_xid: str | None = None
    # Words matched from memory (search/text_match.py): the frequent ones, and the bitmaps of those searched so far
    # (initiatives of any visibility holding the lexeme), most recently used last.
    frequent_lexemes: frozenset[str] = frozenset()
    common_lexemes: frozenset[str] = frozenset()  # the most frequent of them (COMMON_LEXEME_DOCS)
    lexemes: dict[str, BitMap] = field(default_factory=dict)
    # Bitmaps derived from frequent words, keyed by their tsquery, which PostgreSQL answers slowly:
    # - a prefix's rare completions (``'partag':* & !'partag'``): the index collects every completion's rows,
    #   the frequent ones included, though the answer is small;
    # - a phrase of two frequent words (``'chanti' <2> 'insert'``): positions are in the table, so PostgreSQL
    #   reads every row holding both words.
    derived: dict[str, BitMap] = field(default_factory=dict)

    def members(self, facet: str, key: str) -> BitMap:
        """Initiatives a filter on ``key`` keeps; a theme includes its sub-themes."""
        bitmap = self.values[facet].get(key, BitMap())
        if facet == "theme":
            children = [self.values["theme"].get(code, BitMap()) for code, parent in self.theme_parent.items()
                        if parent == key]
            if children:
                bitmap = BitMap.union(bitmap, *children)
        return bitmap

    def union(self, facet: str, keys: list) -> BitMap:
        return BitMap.union(BitMap(), *(self.members(facet, str(key)) for key in keys))

    def top_themes(self) -> dict[str, str]:
        return {code: parent for code, parent in self.theme_parent.items() if not parent}

    def _load(self, rows) -> None:
        theme_codes: dict[int, str] = {}
        theme_parents: dict[str, int | None] = {}
        for facet, key, ids in rows:
            if facet == "published":
                self.published |= BitMap(ids or ())
            elif facet == "no_document":
                self.no_document |= BitMap(ids or ())
            elif facet == "theme_code":
                theme_codes[ids[0]] = key
            elif facet == "theme_parent":
                theme_parents[key] = ids[0]
            elif key is not None and ids:
                bitmap = self.values[facet].get(str(key))
                if bitmap is None:
                    self.values[facet][str(key)] = BitMap(ids)
                else:
                    bitmap |= BitMap(ids)
        if theme_codes or theme_parents:
            self.theme_parent = {code: theme_codes.get(parent, "") if parent else "" for code, parent in theme_parents.items()}

    def _forget(self, ids: BitMap) -> None:
        for bitmap in (*self.lexemes.values(), *self.derived.values()):
            bitmap -= ids
        self.published -= ids
        self.no_document -= ids
        for facet in FACETS:
            for key in list(self.values[facet]):
                self.values[facet][key] -= ids
                if not self.values[facet][key]:
                    del self.values[facet][key]


_lock = threading.Lock()
_index: FacetIndex | None = None


def rows_binary(sql: str, params: list | dict | None = None) -> list[tuple]:
    """Rows in PostgreSQL's binary format: parsing 100,000 ids from text costs several times more."""
    connection.ensure_connection()
    # Django's cursors bind client-side: no binary results. Errors are still Django's (a lost connection: 503).
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(sql, params, binary=True)
        return cursor.fetchall()



def _frequent_lexemes() -> tuple[frozenset[str], frozenset[str]]:
    """The words matched from memory, and those too common to tell an initiative apart."""
    rows = rows_binary(_FREQUENT_LEXEMES)
    if not rows or rows[0][0] is None:
        return frozenset(), frozenset()  # never analysed (a new database): every word goes to PostgreSQL
    lexemes, frequencies, tuples = rows[0]
    # (The frequencies end with three statistics of their own, which zip leaves out.)
    docs = sorted(((share * tuples, lexeme) for lexeme, share in zip(lexemes, frequencies, strict=False)), reverse=True)
    frequent = frozenset(lexeme for n, lexeme in docs[:LEXEME_MAX_KEPT] if n >= LEXEME_MIN_DOCS)
    return frequent, frozenset(lexeme for n, lexeme in docs if n >= COMMON_LEXEME_DOCS)


def _build(writer_xid: str | None) -> FacetIndex:
    rows = rows_binary(_FACET_ROWS.format(extra="", themes="true"))
    index = FacetIndex(snapshot=rows[0][1], built_at=time.time(), writer_xid=writer_xid)
    index._load(rows[1:])
    if writer_xid is None:  # a writer's private index answers words from PostgreSQL: it lives for one transaction
        index.frequent_lexemes, index.common_lexemes = _frequent_lexemes()
    return index


def _patch(index: FacetIndex, ids: list[int]) -> None:
    changed = BitMap(ids)
    index._forget(changed)
    index._load(rows_binary(_FACET_ROWS.format(extra="AND i.id = ANY(%(ids)s)", themes="false"),
                            {"ids": list(changed)})[1:])
    if index.lexemes:
        for lexeme, members in rows_binary(_LEXEME_ROWS, [list(changed), list(index.lexemes)]):
            index.lexemes[lexeme] |= BitMap(members)
    if index.derived:
        for query, members in rows_binary(_DERIVED_ROWS, [list(index.derived), list(changed)]):
            index.derived[query] |= BitMap(members)


def _kept(kept: dict[str, BitMap], key: str, query: str, limit: int) -> BitMap:
    """The initiatives (any visibility) matching the tsquery, kept under ``key``: read once, then kept current."""
    with _lock:
        bitmap = kept.pop(key, None)
        if bitmap is None:
            # Read now, at a snapshot at least as recent as the index's: whatever was committed in between is in
            # the change log the next refresh applies, and re-reading an initiative is harmless.
            rows = rows_binary("SELECT initiative_match_ids(%s::tsquery)", [query])  # search migration 0005
            bitmap = BitMap(rows[0][0] or ())
            while len(kept) >= limit:
                del kept[next(iter(kept))]  # the least recently used
        kept[key] = bitmap  # most recently used last
        return bitmap


def lexeme_members(index: FacetIndex, lexeme: str) -> BitMap:
    """Initiatives (any visibility) whose search document holds the lexeme."""
    return _kept(index.lexemes, lexeme, quote(lexeme), LEXEME_MAX_KEPT)


def derived_members(index: FacetIndex, query: str) -> BitMap:
    """Initiatives (any visibility) matching a query derived from frequent words (see ``FacetIndex.derived``)."""
    return _kept(index.derived, query, query, DERIVED_MAX_KEPT)


def _cache_key() -> str:
    """The shared copy's key: it describes one database (a cache may serve several, e.g. a benchmark's)."""
    settings = connection.settings_dict
    return f"{CACHE_KEY}:{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def _shared_get() -> FacetIndex | None:
    """The index another process built, from the cache (one build serves every worker)."""
    shared = cache.get(_cache_key())
    if not shared or time.time() - shared["built_at"] > MAX_AGE_SECONDS:
        return None
    index = FacetIndex(snapshot=shared["snapshot"], built_at=shared["built_at"], theme_parent=shared["theme_parent"],
                       frequent_lexemes=frozenset(shared.get("frequent_lexemes", ())),
                       common_lexemes=frozenset(shared.get("common_lexemes", ())))
    index.published = BitMap.deserialize(shared["published"])
    index.no_document = BitMap.deserialize(shared["no_document"])
    for facet, values in shared["values"].items():
        index.values[facet] = {key: BitMap.deserialize(data) for key, data in values.items()}
    return index


def _shared_set(index: FacetIndex) -> None:
    cache.set(_cache_key(), {
        "snapshot": index.snapshot, "built_at": index.built_at, "theme_parent": index.theme_parent,
        "frequent_lexemes": sorted(index.frequent_lexemes), "common_lexemes": sorted(index.common_lexemes),
        "published": index.published.serialize(),
        "no_document": index.no_document.serialize(),
        "values": {facet: {key: bitmap.serialize() for key, bitmap in values.items()}
                   for facet, values in index.values.items()},
    }, MAX_AGE_SECONDS)


def facet_index_get() -> FacetIndex:
    """The facet index, brought up to date with every change committed so far (and this transaction's own)."""
    with _lock:
        return _refresh()


def _refresh(*, again: bool = True) -> FacetIndex:
    global _index
    index = _index
    snapshot = index.snapshot if index is not None else None
    with connection.cursor() as cursor:
        # The changes committed since the index's snapshot, and the snapshot that now includes them (one
        # statement, so that nothing committed in between is skipped; a change read twice is applied twice,
        # harmlessly).
        cursor.execute(
            "SELECT pg_current_xact_id_if_assigned()::text, pg_current_snapshot()::text, "
            "bool_or(initiative_ids IS NULL), array_agg(DISTINCT id) FILTER (WHERE id IS NOT NULL), count(*) "
            "FROM (SELECT l.initiative_ids, unnest(coalesce(l.initiative_ids, '{NULL}'::bigint[])) AS id "
            "      FROM search_facetlog l WHERE %s::pg_snapshot IS NOT NULL "
            "      AND l.xid >= pg_snapshot_xmin(%s::pg_snapshot) "
            "      AND NOT pg_visible_in_snapshot(l.xid, %s::pg_snapshot)) changes",
            [snapshot, snapshot, snapshot],
        )
        writer_xid, snapshot, rebuild, ids, count = cursor.fetchone()
    if writer_xid is not None:
        # A transaction that wrote sees its own uncommitted changes: it gets an index of its own, never shared.
        _index = _build(writer_xid)
        return _index
    if index is None or index.writer_xid is not None or time.time() - index.built_at > MAX_AGE_SECONDS:
        shared = _shared_get()
        _index = shared or _built_and_shared()
        # An index from the cache is brought up to date with what was committed since it was built.
        return _refresh(again=False) if shared is not None and again else _index
    if not count:
        return index
    if rebuild or len(ids or ()) > PATCH_LIMIT:
        _index = _built_and_shared()
        return _index
    _patch(index, ids)
    index.snapshot = snapshot
    return index


def _built_and_shared() -> FacetIndex:
    index = _build(None)
    _shared_set(index)
    return index


def facet_index_reset() -> None:
    """Forget this process's index (tests; the next search rebuilds it)."""
    global _index
    with _lock:
        _index = None
        cache.delete(_cache_key())


def facet_log_prune() -> int:
    """Delete change-log rows older than any index can still need (indexes are rebuilt every few hours)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM search_facetlog WHERE created_at < now() - interval '{LOG_RETENTION}'")
        return cursor.rowcount
