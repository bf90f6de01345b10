"""Records without a stable id: their id is a digest of their content, so an edited row gets a new one.

Without care the edited row would become a new record (a new initiative) and its old record would go missing, taking
its place in communities and editors' choices with it. So, when the source already has such records, a new record
with such an id is held until the end of the harvest (and so are the stored states of the pages it came from: a
harvest that stops before writing it reads them again); then, if the harvest listed the whole source and exactly one
old record it did not list, still listed last time, has the same title and the same mapped fields but at most one
(and it matches no other new record), the new record takes over the old one's row: same initiative, history kept.
Anything less certain (two old rows alike, a row alike to two old ones, another title) stays a new record.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.utils.translation import gettext

from initiatives.models import Source, SourceRecord
from initiatives.text import is_empty
from search.harvest.connectors.base import RawRecord
from search.harvest.connectors.mapping import UNSTABLE_ID_PREFIX

MIN_FIELDS = 3  # fewer filled fields than this, and "all but one alike" says nothing


def _keys(fields: Any) -> list[str]:
    """The keys of a record's mapped fields (empty ones and the id itself left out): the whole set's, and one per field of all the
    others (with the name of the one left out). The title is never the one left out: another title, another row."""
    if not isinstance(fields, Mapping):
        return []
    items = sorted((str(name), json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
                   for name, value in fields.items() if name != "external_id" and not is_empty(value))
    if len(items) < MIN_FIELDS or "title" not in dict(items):
        return []

    def digest(part: list[tuple[str, str]]) -> str:
        return hashlib.sha1(json.dumps(part, ensure_ascii=False).encode("utf-8")).hexdigest()

    return [f"*|{digest(items)}"] + [f"{name}|{digest(items[:index] + items[index + 1:])}"
                                     for index, (name, _) in enumerate(items) if name != "title"]


def unstable(external_id: str) -> bool:
    return external_id.startswith(UNSTABLE_ID_PREFIX)


class EditedRows:
    """The new records of a harvest whose ids are digests, held until every record of the source has been listed."""

    def __init__(self, source: Source):
        self.source = source
        self.active = False  # the source has records with such ids (set by the harvest, from its existing ids)
        self.held: list[tuple[RawRecord, str]] = []
        self.states: list[Callable[[], Any]] = []  # the fetch states of the pages held records came from

    def hold(self, record: RawRecord, fingerprint: str) -> None:
        self.held.append((record, fingerprint))

    def release(self, existing: dict[str, str], seen: set[str], *,
                warn: Callable[[str], None]) -> list[tuple[RawRecord, str, bool]]:
        """The held records as (record, fingerprint, is_new), those matched to an old record re-keyed to their new id
        first (``existing`` follows; empty: match nothing), said through ``warn``."""
        if not self.held:
            return []
        gone = [external_id for external_id in existing if unstable(external_id) and external_id not in seen]
        matches = self._matches(gone) if gone else {}  # nothing gone when ``existing`` is empty: an incomplete list
        released = []
        for record, fingerprint in self.held:
            old_id = matches.get(record.external_id)
            if old_id is not None:
                SourceRecord.objects.filter(source=self.source, external_id=old_id).update(
                    external_id=record.external_id)
                existing[record.external_id] = existing.pop(old_id)
            released.append((record, fingerprint, old_id is None))
        self.held = []
        if matches:
            warn(gettext("%(count)s fiche(s) sans identifiant stable reconnue(s) malgré une modification : chacune garde "
                         "sa fiche et son initiative.") % {"count": len(matches)})
        return released

    def _matches(self, gone: list[str]) -> dict[str, str]:
        """New id → old id, for the pairs alike in every field but one, with no other candidate on either side."""
        index: dict[str, set[str]] = defaultdict(set)
        rows = SourceRecord.objects.filter(source=self.source, external_id__in=gone, missing_since__isnull=True)
        for external_id, fields in rows.values_list("external_id", "fields").iterator(chunk_size=2000):
            for key in _keys(fields):
                index[key].add(external_id)
        candidates: dict[str, set[str]] = {}
        claimed: dict[str, int] = defaultdict(int)
        for record, _ in self.held:
            found = {old for key in _keys(record.fields) for old in index.get(key, ())}
            candidates[record.external_id] = found
            for old in found:
                claimed[old] += 1
        return {new: next(iter(found)) for new, found in candidates.items()
                if len(found) == 1 and claimed[next(iter(found))] == 1}


def unstable_ids_warning(seen: Iterable[str]) -> str:
    """The health panel's warning about records without a stable id ("" when there are none)."""
    count = sum(1 for external_id in seen if unstable(external_id))
    if not count:
        return ""
    return gettext(
        "%(count)s fiche(s) sans identifiant stable (ni identifiant ni adresse) : une telle fiche dont plus d’un "
        "champ change deviendra une nouvelle fiche. Indiquez « id » dans la configuration, au besoin plusieurs "
        "colonnes ou chemins (docs/sources.md).") % {"count": count}
