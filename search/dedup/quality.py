"""Per-source quality report: placement and theme rates, duplicates, and what the latest harvest could not map."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db import connection

from initiatives.models import Source
from search.harvest.models import HarvestRun


@dataclass
class SourceQuality:
    source: Source
    records: int
    with_territory: int
    with_theme: int
    duplicates_found: int  # records sharing their initiative with another source's record
    grouped_as_sites: int  # records sharing their initiative with another record of the same source (its sites)
    duplicates_pending: int  # pending candidate pairs touching this source
    unmapped_tags: list[tuple[str, int]] | None  # None: no finished harvest to read them from
    unparsed_dates: list[tuple[str, int]] | None

    @staticmethod
    def _percent(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    @property
    def territory_percent(self) -> float:
        return self._percent(self.with_territory, self.records)

    @property
    def theme_percent(self) -> float:
        return self._percent(self.with_theme, self.records)

    @property
    def unmapped_tag_count(self) -> int | None:
        return None if self.unmapped_tags is None else sum(count for _, count in self.unmapped_tags)

    @property
    def unparsed_date_count(self) -> int | None:
        return None if self.unparsed_dates is None else sum(count for _, count in self.unparsed_dates)


def _counted(counts: dict[str, int] | None) -> list[tuple[str, int]]:
    return sorted((counts or {}).items(), key=lambda item: (-item[1], item[0]))


_QUALITY_SQL = """
SELECT r.source_id,
       count(*),
       count(*) FILTER (WHERE coalesce(r.data->>'commune', r.data->>'departement', '') <> ''),
       count(*) FILTER (WHERE jsonb_typeof(r.data->'theme_codes') = 'array'
                          AND jsonb_array_length(r.data->'theme_codes') > 0),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM initiatives_sourcerecord o
                                      WHERE o.initiative_id = r.initiative_id AND o.source_id <> r.source_id)),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM initiatives_sourcerecord o
                                      WHERE o.initiative_id = r.initiative_id AND o.source_id = r.source_id
                                        AND o.id <> r.id))
FROM initiatives_sourcerecord r
GROUP BY r.source_id
"""
_PENDING_SQL = """
SELECT DISTINCT r.source_id, c.id
FROM search_duplicatecandidate c
JOIN initiatives_sourcerecord r ON r.initiative_id IN (c.initiative_a_id, c.initiative_b_id)
WHERE c.status = 'pending'
"""


def source_quality_list() -> list[SourceQuality]:
    """Per source: records, % with a resolved territory (commune or département), % with ≥ 1 theme,
    duplicates found and pending, rows grouped as the sites of one initiative (one project listed once per site), and
    the unmapped tags and unreadable dates of its latest finished harvest.

    Tags and dates come from the latest finished HarvestRun's ``quality`` counts (the harvest aggregates them), not from re-normalising the stored payloads: raw payloads are kept as the source published them,
    before the connector's field mapping, so re-normalising means re-running the connectors — not cheap.
    """
    with connection.cursor() as cursor:
        cursor.execute(_QUALITY_SQL)
        counts = {row[0]: row[1:] for row in cursor.fetchall()}
        cursor.execute(_PENDING_SQL)
        pending: dict[int, int] = defaultdict(int)
        for source_id, _ in cursor.fetchall():
            pending[source_id] += 1
    latest: dict[int, dict] = {}
    finished = HarvestRun.objects.exclude(status=HarvestRun.Status.RUNNING).order_by("source_id", "-started_at")
    for source_id, quality in finished.distinct("source_id").values_list("source_id", "quality"):
        latest[source_id] = quality
    rows = []
    for source in Source.objects.order_by("precedence", "name"):
        records, territory, themes, duplicates, sites = counts.get(source.pk, (0, 0, 0, 0, 0))
        quality = latest.get(source.pk)
        rows.append(SourceQuality(
            source=source, records=records, with_territory=territory, with_theme=themes,
            duplicates_found=duplicates, grouped_as_sites=sites, duplicates_pending=pending.get(source.pk, 0),
            unmapped_tags=None if quality is None else _counted(quality.get("unmapped_tags")),
            unparsed_dates=None if quality is None else _counted(quality.get("unparsed_dates")),
        ))
    return rows
