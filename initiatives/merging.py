"""Merge and split initiatives (deduplication's writes): the records of one initiative move to another, which is
rebuilt from them. The batch pass merges thousands of pairs, so merges are applied by lists, a handful of
statements for a whole list, with the same outcome as merging the pairs one by one in their order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from initiatives.models import Distinction, Initiative, SourceRecord
from initiatives.services import (
    InitiativeData,
    _unique_slug,
    initiative_rebuild,
    initiatives_rebuild,
    initiatives_relisted,
    table_update_rows,
)
from initiatives.signals import initiative_split as initiative_split_signal
from initiatives.signals import initiatives_merged


@dataclass(frozen=True)
class MergeOrder:
    """Fold initiative ``other`` into ``keep`` (primary keys); ``score`` and ``components`` say why."""

    keep: int
    other: int
    score: float | None = None
    components: dict[str, Any] | None = None


def initiative_merge(*, keep: Initiative, other: Initiative, user=None, score: float | None = None,
                     components: dict[str, Any] | None = None) -> Initiative:
    """Fold ``other`` into ``keep``: its source records and distinctions move, ``other`` redirects to ``keep``.

    ``other`` is kept (visibility "merged", ``merged_into=keep``) so that its URL redirects. The decision is
    remembered by deduplication, which listens. Sends ``initiatives_merged`` at the end, inside the transaction,
    so that other apps re-point their rows (and the dedup app records the decision).
    """
    return initiatives_merge(merges=[MergeOrder(keep.pk, other.pk, score, components)], user=user)[keep.pk]


@transaction.atomic
def initiatives_merge(*, merges: Sequence[MergeOrder], user=None) -> dict[int, Initiative]:
    """Apply ``merges`` in their order, as many :func:`initiative_merge` would; returns the kept initiatives by id.

    The list is applied in runs where no initiative is both kept and merged (A←B, A←C, D←E): each kept initiative
    is rebuilt once per run, from all its records, which gives the fields the last of its one-by-one rebuilds
    gave. A merge that folds an initiative kept earlier in the run (A←B then F←A) starts the next run, so that A
    is rebuilt before it is merged, as one by one.
    """
    kept: dict[int, Initiative] = {}
    run: list[MergeOrder] = []
    keeps: set[int] = set()
    others: set[int] = set()
    for order in merges:
        if order.keep == order.other:
            raise ValueError("Une initiative ne peut pas être fusionnée avec elle-même.")
        if order.other in keeps or order.other in others or order.keep in others:
            kept.update(_merge_run(run, user))
            run, keeps, others = [], set(), set()
        run.append(order)
        keeps.add(order.keep)
        others.add(order.other)
    if run:
        kept.update(_merge_run(run, user))
    return kept


def _merge_run(run: list[MergeOrder], user) -> dict[int, Initiative]:
    keep_of = {order.other: order.keep for order in run}
    keeps = list(dict.fromkeys(order.keep for order in run))
    locked = {item.pk: item for item in Initiative.objects.select_for_update().filter(pk__in=[*keeps, *keep_of])}
    if any(item.visibility == Initiative.Visibility.MERGED for item in locked.values()):
        raise ValueError("Une des deux initiatives est déjà fusionnée dans une autre.")
    pairs = [list(keep_of), list(keep_of.values())]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE initiatives_sourcerecord r SET initiative_id = m.keep FROM unnest(%s::bigint[], %s::bigint[]) "
            "AS m(other, keep) WHERE r.initiative_id = m.other", pairs)
        _distinctions_fold(keep_of)
        # Earlier merges into ``other`` now redirect straight to ``keep`` (no redirect chains).
        cursor.execute(
            "UPDATE initiatives_initiative i SET merged_into_id = m.keep FROM unnest(%s::bigint[], %s::bigint[]) "
            "AS m(other, keep) WHERE i.merged_into_id = m.other", pairs)
    now = timezone.now()
    for other, keep in keep_of.items():
        locked[other].visibility, locked[other].merged_into_id, locked[other].last_updated = (
            Initiative.Visibility.MERGED, keep, now)
    with connection.cursor() as cursor:
        table_update_rows(cursor, Initiative, [locked[other] for other in keep_of],
                          ["visibility", "merged_into", "last_updated"])
    # Only a hidden initiative can come back (read under lock just now): published ones cost no query.
    hidden = [pk for pk in keeps if locked[pk].visibility == Initiative.Visibility.HIDDEN]
    if hidden and initiatives_relisted(initiatives=Initiative.objects.filter(pk__in=hidden)):
        for pk, visibility in Initiative.objects.filter(pk__in=hidden).values_list("pk", "visibility"):
            locked[pk].visibility = visibility

    initiatives_rebuild(initiatives=[locked[pk] for pk in keeps])
    for order in run:
        initiatives_merged.send(sender=Initiative, kept=locked[order.keep], merged=locked[order.other], user=user,
                                score=order.score, components=order.components)
    return {pk: locked[pk] for pk in keeps}


def _distinction_key(distinction: Distinction) -> tuple[int, str]:
    return (distinction.edition_id, distinction.category)


def _distinctions_fold(keep_of: dict[int, int]) -> None:
    """Move the merged initiatives' distinctions to the kept ones; of two for one prize edition and category, the
    kept initiative's stays, with the better rank of the two. Read in one query; written row by row, as one by one
    (few initiatives have distinctions, and their saves and deletes signal the editorial boost to refresh)."""
    owned: dict[int, list[Distinction]] = defaultdict(list)
    for distinction in Distinction.objects.filter(initiative_id__in=[*keep_of, *keep_of.values()]):
        owned[distinction.initiative_id].append(distinction)
    for other, keep in keep_of.items():
        existing = {_distinction_key(item): item for item in owned[keep]}
        for distinction in owned.pop(other, []):
            twin = existing.get(_distinction_key(distinction))
            if twin is None:
                distinction.initiative_id = keep
                distinction.save(update_fields=["initiative"])
                owned[keep].append(distinction)  # a later merge into ``keep`` finds it, as one by one
                continue
            if Distinction.RANK_ORDER.get(distinction.rank, 9) < Distinction.RANK_ORDER.get(twin.rank, 9):
                twin.rank = distinction.rank  # the better rank of the two survives
                twin.save(update_fields=["rank"])
            distinction.delete()


@transaction.atomic
def initiative_split(*, initiative: Initiative, records: list[SourceRecord], user=None) -> Initiative:
    """Take ``records`` out of ``initiative`` into a new initiative (undoing a wrong merge); return the new one.

    Distinctions given only by the moved records move with them; editorial ones stay. The pair is stored as a
    rejected pair by deduplication (which listens to ``initiative_split``), so that it never merges them again.
    """
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    moved_ids = {record.pk for record in records}
    all_records = list(initiative.records.all())
    if not moved_ids or not moved_ids <= {record.pk for record in all_records}:
        raise ValueError("Les fiches à séparer doivent appartenir à l’initiative.")
    if moved_ids == {record.pk for record in all_records}:
        raise ValueError("Au moins une fiche doit rester dans l’initiative d’origine.")
    moved = [record for record in all_records if record.pk in moved_ids]
    staying = [record for record in all_records if record.pk not in moved_ids]

    def distinction_keys(items: list[SourceRecord]) -> set[tuple[str, int, str]]:
        keys = set()
        for record in items:
            for item in InitiativeData.from_json(record.data).distinctions if record.data else []:
                keys.add((slugify(item.prize), item.year, item.category))
        return keys

    moved_keys, staying_keys = distinction_keys(moved), distinction_keys(staying)
    first = min(moved, key=lambda record: (record.first_seen, record.pk))
    title = (first.data or {}).get("title") or initiative.title
    new = Initiative.objects.create(title=title[:300], slug=_unique_slug(title))
    SourceRecord.objects.filter(pk__in=moved_ids).update(initiative=new)
    for distinction in initiative.distinctions.select_related("edition__prize"):
        key = (distinction.edition.prize.slug, distinction.edition.year, distinction.category)
        if key in moved_keys and key not in staying_keys:
            distinction.initiative = new
            distinction.save(update_fields=["initiative"])

    initiative = initiative_rebuild(initiative=initiative)
    new = initiative_rebuild(initiative=new)
    initiative_split_signal.send(sender=Initiative, original=initiative, new=new, records=moved, user=user)
    return new
