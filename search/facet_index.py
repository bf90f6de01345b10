"""In-memory bitmaps of every facet value, so that facet counts cost microseconds instead of table joins.

For each facet value (a région, a theme, a source…) the index holds the set of published initiatives that carry it,
as a compressed Roaring bitmap; counting a facet over a 50,000-initiative match is then one bitmap intersection per
value. Each process builds the index from one database snapshot, then, before every search, reads the changes
committed since that snapshot from ``search_facetlog`` (written by database triggers, see search migration 0005)
and re-reads only the initiatives they name. The counts therefore always describe the committed data the search
itself reads: no time-to-live, no invalidation to forget.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from django.db import connection
from pyroaring import BitMap

FACETS = ("theme", "region", "departement", "source", "porteur_kind", "year", "prize")
# A change log this long since the snapshot costs more to apply than a rebuild.
PATCH_LIMIT = 20_000
# Rebuilt from scratch at least this often, so that pruning old log rows (facet_log_prune) never hides a change.
MAX_AGE_SECONDS = 6 * 3600
LOG_RETENTION = "1 day"

_FACET_ROWS = """
SELECT 'published', '', array_agg(i.id) FROM initiatives_initiative i WHERE {where}
UNION ALL SELECT 'region', i.region_id, array_agg(i.id) FROM initiatives_initiative i
    WHERE {where} AND i.region_id IS NOT NULL GROUP BY i.region_id
UNION ALL SELECT 'departement', i.departement_id, array_agg(i.id) FROM initiatives_initiative i
    WHERE {where} AND i.departement_id IS NOT NULL GROUP BY i.departement_id
UNION ALL SELECT 'year', i.start_year::text, array_agg(i.id) FROM initiatives_initiative i
    WHERE {where} AND i.start_year IS NOT NULL GROUP BY i.start_year
UNION ALL SELECT 'porteur_kind', p.kind, array_agg(i.id) FROM initiatives_initiative i
    JOIN initiatives_porteur p ON p.id = i.porteur_id WHERE {where} GROUP BY p.kind
UNION ALL SELECT 'theme', t.code, array_agg(DISTINCT i.id) FROM initiatives_initiative i
    JOIN initiatives_initiative_themes l ON l.initiative_id = i.id JOIN initiatives_theme t ON t.id = l.theme_id
    WHERE {where} GROUP BY t.code
UNION ALL SELECT 'source', s.slug, array_agg(DISTINCT i.id) FROM initiatives_initiative i
    JOIN initiatives_sourcerecord r ON r.initiative_id = i.id JOIN initiatives_source s ON s.id = r.source_id
    WHERE {where} GROUP BY s.slug
UNION ALL SELECT 'prize', p.slug, array_agg(DISTINCT i.id) FROM initiatives_initiative i
    JOIN initiatives_distinction d ON d.initiative_id = i.id JOIN initiatives_prizeedition e ON e.id = d.edition_id
    JOIN initiatives_prize p ON p.id = e.prize_id WHERE {where} GROUP BY p.slug
UNION ALL SELECT 'theme_parent', t.code, ARRAY[parent.id]::bigint[] FROM initiatives_theme t
    LEFT JOIN initiatives_theme parent ON parent.id = t.parent_id WHERE {theme_where}
UNION ALL SELECT 'theme_code', t.code, ARRAY[t.id]::bigint[] FROM initiatives_theme t WHERE {theme_where}
"""
_PUBLISHED = "i.visibility = 'published'"


@dataclass
class FacetIndex:
    snapshot: str  # pg_snapshot the bitmaps describe
    built_at: float
    published: BitMap = field(default_factory=BitMap)
    values: dict[str, dict[str, BitMap]] = field(default_factory=lambda: {facet: {} for facet in FACETS})
    theme_parent: dict[str, str] = field(default_factory=dict)  # code -> parent code ("" for a top theme)
    # Set when built inside a transaction that had written: its changes may still roll back, so the index serves
    # that transaction only.
    writer_xid: str | None = None

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
        self.published -= ids
        for facet in FACETS:
            for key in list(self.values[facet]):
                self.values[facet][key] -= ids
                if not self.values[facet][key]:
                    del self.values[facet][key]


_lock = threading.Lock()
_index: FacetIndex | None = None


def _build(cursor, writer_xid: str | None) -> FacetIndex:
    # One statement: every row below comes from the same snapshot, which is the one the index records.
    cursor.execute(
        "SELECT 'snapshot', pg_current_snapshot()::text, NULL::bigint[] UNION ALL "
        + _FACET_ROWS.format(where=_PUBLISHED, theme_where="true")
    )
    rows = cursor.fetchall()
    index = FacetIndex(snapshot=rows[0][1], built_at=time.monotonic(), writer_xid=writer_xid)
    index._load(rows[1:])
    return index


def _patch(index: FacetIndex, cursor, ids: list[int]) -> None:
    changed = BitMap(ids)
    index._forget(changed)
    cursor.execute(_FACET_ROWS.format(where=f"{_PUBLISHED} AND i.id = ANY(%s)", theme_where="false"), [list(changed)] * 8)
    index._load(cursor.fetchall())


def facet_index_get() -> FacetIndex:
    """The facet index, brought up to date with every change committed so far (and this transaction's own)."""
    global _index
    with _lock, connection.cursor() as cursor:
        index = _index
        # The changes committed since the index's snapshot, and the snapshot that now includes them (one statement,
        # so that nothing committed in between is skipped; a change read twice is applied twice, harmlessly).
        snapshot = index.snapshot if index is not None else None
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
        if (index is None or writer_xid is not None or index.writer_xid is not None
                or time.monotonic() - index.built_at > MAX_AGE_SECONDS):
            # A transaction that wrote sees its own uncommitted changes: it gets an index of its own, rebuilt.
            index = _index = _build(cursor, writer_xid)
            return index
        if not count:
            return index
        if rebuild or len(ids or ()) > PATCH_LIMIT:
            index = _index = _build(cursor, None)
            return index
        _patch(index, cursor, ids)
        index.snapshot = snapshot
        return index


def facet_index_reset() -> None:
    """Forget this process's index (tests; the next search rebuilds it)."""
    global _index
    with _lock:
        _index = None


def facet_log_prune() -> int:
    """Delete change-log rows older than any index can still need (indexes are rebuilt every few hours)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM search_facetlog WHERE created_at < now() - interval '{LOG_RETENTION}'")
        return cursor.rowcount
