"""Deduplication listens: it queues its pass after harvests, and remembers merges and splits made anywhere."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.dispatch import receiver

from initiatives.models import Initiative
from initiatives.signals import initiative_split, initiatives_merged
from search.dedup.models import DuplicateCandidate
from search.dedup.services import duplicate_decision_record, duplicate_decisions_carry
from search.dedup.tasks import dedup_source_task
from search.harvest.harvester import follow_up_queue
from search.harvest.signals import harvest_finished


@receiver(harvest_finished, dispatch_uid="dedup-after-harvest")
def queue_dedup_pass(sender, run, new_records: bool = False, **kwargs) -> None:
    if new_records:
        transaction.on_commit(lambda: follow_up_queue(run=run, task=dedup_source_task, args=(run.source_id,)))


@receiver(initiatives_merged, dispatch_uid="dedup-remember-merge")
def remember_merge(sender, kept: Initiative, merged: Initiative, user=None, score: float | None = None,
                   components: dict[str, Any] | None = None, **kwargs) -> None:
    duplicate_decisions_carry(kept=kept, merged=merged)
    status = DuplicateCandidate.Status.CONFIRMED if user is not None else DuplicateCandidate.Status.MERGED_AUTO
    duplicate_decision_record(first=kept, second=merged, status=status, user=user, score=score, components=components)


@receiver(initiative_split, dispatch_uid="dedup-remember-split")
def remember_split(sender, original: Initiative, new: Initiative, records, user=None, **kwargs) -> None:
    duplicate_decision_record(first=original, second=new, status=DuplicateCandidate.Status.REJECTED, user=user,
                              components={"split": True, "records": sorted(record.pk for record in records)})
