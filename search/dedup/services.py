"""What deduplication remembers when initiatives are merged or split, by the pass or by an editor.

``initiative_merge`` and ``initiative_split`` live in initiatives/merging.py and know nothing of deduplication;
they send ``initiatives_merged`` / ``initiative_split`` inside their transaction, and search/dedup/signals.py stores
the decision as a DuplicateCandidate, so that a decided pair is never proposed again.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils import timezone

from initiatives.models import Initiative
from search.dedup.models import DuplicateCandidate


def duplicate_decision_record(*, first: Initiative, second: Initiative, status: str, user=None,
                               score: float | None = None, components: dict[str, Any] | None = None) -> None:
    """Remember a decision about a pair, so that deduplication never proposes it again."""
    low, high = sorted((first.pk, second.pk))
    row = DuplicateCandidate(
        initiative_a_id=low, initiative_b_id=high, status=status, decided_at=timezone.now(),
        decided_by=user if user is not None and user.is_authenticated else None,
        score=score or 0.0, components=components or {},
    )
    update = ["status", "decided_by", "decided_at"]
    update += [name for name, value in (("score", score), ("components", components)) if value is not None]
    # One INSERT … ON CONFLICT: the batch pass merges thousands of pairs.
    DuplicateCandidate.objects.bulk_create(
        [row], update_conflicts=True, unique_fields=["initiative_a", "initiative_b"], update_fields=update
    )


def duplicate_decisions_carry(*, kept: Initiative, merged: Initiative) -> None:
    """Decisions about ``merged`` now concern ``kept``: a rejected pair (merged, X) becomes (kept, X)."""
    Status = DuplicateCandidate.Status
    for row in DuplicateCandidate.objects.filter(Q(initiative_a=merged) | Q(initiative_b=merged)):
        other_id = row.initiative_b_id if row.initiative_a_id == merged.pk else row.initiative_a_id
        if other_id == kept.pk:
            continue
        if row.status == Status.PENDING:
            row.delete()  # the next pass scores (kept, other) afresh
            continue
        if row.status == Status.REJECTED:
            low, high = sorted((kept.pk, other_id))
            DuplicateCandidate.objects.get_or_create(
                initiative_a_id=low, initiative_b_id=high,
                defaults={"status": Status.REJECTED, "score": row.score, "components": row.components,
                          "decided_by_id": row.decided_by_id, "decided_at": row.decided_at},
            )
