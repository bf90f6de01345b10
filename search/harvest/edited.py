"""Records without a stable id: their id is a digest of their content, so an edited row gets a new one.

Without care the edited row would become a new record (a new initiative) and its old record would go missing, taking
its place in communities and editors' choices with it. So a new record with such an id is held until the end of the
harvest; then, if exactly one old record of the source that this harvest did not list has the same fields but one
(and it matches no other new record), the new record takes over the old one's row: same initiative, its history
kept. Anything less certain (two old rows alike, a row alike to two old ones) stays a new record.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.utils.translation import gettext

from initiatives.models import Source, SourceRecord
from search.harvest.connectors.base import RawRecord
from search.harvest.connectors.mapping import UNSTABLE_ID_PREFIX

MIN_FIELDS = 3  # fewer published fields than this, and "all but one alike" says nothing


def _keys(raw: Any) -> list[str]:
    """One key per field: the digest of all the other fields (and the name of the one left out). Keys starting with
    "_" say where the item was read (a CSV line), not what it says: left out, as from its id."""
    if not isinstance(raw, Mapping):
        return []
    items = sorted((str(name), json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
                   for name, value in raw.items() if not str(name).startswith("_"))
    if len(items) < MIN_FIELDS:
        return []
    keys = []
    for index, (name, _) in enumerate(items):
        rest = json.dumps(items[:index] + items[index + 1:], ensure_ascii=False)
        keys.append(f"{name}|{hashlib.sha1(rest.encode('utf-8')).hexdigest()}")
    return keys


def unstable(external_id: str) -> bool:
    return external_id.startswith(UNSTABLE_ID_PREFIX)


class EditedRows:
    """The new records of a harvest whose ids are digests, held until every record of the source has been listed."""

    def __init__(self, source: Source):
        self.source = source
        self.held: list[tuple[RawRecord, str]] = []

    def hold(self, record: RawRecord, fingerprint: str) -> None:
        self.held.append((record, fingerprint))

    def release(self, existing: dict[str, str], seen: set[str], *,
                warn: Callable[[str], None]) -> list[tuple[RawRecord, str, bool]]:
        """The held records as (record, fingerprint, is_new), those matched to an old record re-keyed to their new id
        first (``existing`` follows; empty: match nothing), said through ``warn``."""
        if not self.held:
            return []
        gone = [external_id for external_id in existing if unstable(external_id) and external_id not in seen]
        matches = self._matches(gone) if gone else {}
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
        rows = SourceRecord.objects.filter(source=self.source, external_id__in=gone).values_list("external_id", "raw")
        for external_id, raw in rows.iterator(chunk_size=2000):
            for key in _keys(raw):
                index[key].add(external_id)
        candidates: dict[str, set[str]] = {}
        claimed: dict[str, int] = defaultdict(int)
        for record, _ in self.held:
            found = {old for key in _keys(record.raw) for old in index.get(key, ())}
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
