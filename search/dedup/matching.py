"""Merge at harvest time: the published initiative a new record describes, if any (see scoring.py for the score)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.db import connection

from initiatives.models import Initiative, Source, SourceRecord
from initiatives.services import InitiativeData
from search.dedup.passes import RECORDS_SQL, profile_row
from search.dedup.scoring import (
    FIND_MATCH_CANDIDATES,
    MERGE_THRESHOLD,
    PairScore,
    TokenWeights,
    name_tokens,
    profile_of,
    score_pair,
)


@dataclass
class MatchResult:
    initiative: Initiative
    score: float
    components: dict[str, Any]


_TITLE_SQL = (
    "SELECT id FROM initiatives_initiative WHERE visibility = %s "
    "AND immutable_unaccent(lower(title)) %% immutable_unaccent(lower(%s)) "
    "ORDER BY similarity(immutable_unaccent(lower(title)), immutable_unaccent(lower(%s))) DESC LIMIT %s"
)
_weights_cache: dict[str, tuple[float, TokenWeights]] = {}
WEIGHTS_TTL = 600.0  # seconds; word frequencies change slowly


def harvest_weights() -> TokenWeights:
    """Word weights from all published titles, computed once per ``WEIGHTS_TTL`` per database."""
    key = str(connection.settings_dict.get("NAME"))
    cached = _weights_cache.get(key)
    if cached and time.monotonic() - cached[0] < WEIGHTS_TTL:
        return cached[1]
    titles = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).values_list("title", flat=True)
    weights = TokenWeights.from_titles(name_tokens(title) for title in titles.iterator(chunk_size=5000))
    _weights_cache[key] = (time.monotonic(), weights)
    return weights


def find_match(*, data: InitiativeData, source: Source, external_id: str | None = None,
               weights: TokenWeights | None = None) -> MatchResult | None:
    """The published initiative a NEW record of ``source`` describes, if one scores above MERGE_THRESHOLD.

    Never an initiative that already has a record from ``source``. With ``external_id``, a record the source
    already published returns None: it stays where it is (possibly where an editor split it to).
    Candidates come from the trigram index on titles and the porteur's SIREN; grey-zone matches return None
    (the batch pass queues them for editors).
    """
    if external_id and SourceRecord.objects.filter(source=source, external_id=external_id,
                                                   initiative__isnull=False).exists():
        return None
    profile = profile_of(data)
    if not data.title:
        return None
    published = Initiative.Visibility.PUBLISHED
    with connection.cursor() as cursor:
        cursor.execute(_TITLE_SQL, [published, data.title, data.title, FIND_MATCH_CANDIDATES])
        ids = {row[0] for row in cursor.fetchall()}
    if profile.siren:
        ids.update(Initiative.objects.filter(visibility=published, porteur__siret__startswith=profile.siren)
                   .values_list("pk", flat=True)[:FIND_MATCH_CANDIDATES])
    if not ids:
        return None
    with connection.cursor() as cursor:
        cursor.execute(RECORDS_SQL + " AND r.initiative_id = ANY(%s)", [published, list(ids)])
        rows = [profile_row(row) for row in cursor.fetchall()]
    excluded = {initiative_id for initiative_id, source_id, _ in rows if source_id == source.pk}
    weights = weights or harvest_weights()
    best: tuple[float, int, PairScore] | None = None
    for initiative_id, _, other in rows:
        if initiative_id in excluded:
            continue
        scored = score_pair(profile, other, weights=weights)
        if scored.score >= MERGE_THRESHOLD and (best is None or (scored.score, -initiative_id) > best[:2]):
            best = (scored.score, -initiative_id, scored)
    if best is None:
        return None
    return MatchResult(Initiative.objects.get(pk=-best[1]), best[0], best[2].as_json())


