"""Sources as administrators manage them: the schedule, the source file (import/export), re-normalising stored
records and the dry run ("Tester la source")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from initiatives.models import Initiative, Source, SourceRecord
from initiatives.services import initiative_rebuild
from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import ConfigError, RawRecord
from search.harvest.fetch import Fetcher
from search.harvest.harvester import Harvester
from search.harvest.models import HarvestRun
from search.normalize.normalizer import Normalizer


@dataclass
class RenormalizeStats:
    records: int = 0
    changed: int = 0
    initiatives: int = 0


def source_renormalize(*, source: Source) -> RenormalizeStats:
    """Normalise a source's stored records again (new crosswalk entries, new keywords…) without fetching it.

    Only records whose normalised data change are written; their initiatives are rebuilt.
    """
    stats = RenormalizeStats()
    normalizer = Normalizer(source)
    to_rebuild: set[int] = set()
    records = SourceRecord.objects.filter(source=source).exclude(fields={}).only(
        "pk", "external_id", "source_url", "raw", "fields", "data", "initiative_id")
    for record in records.iterator(chunk_size=500):
        stats.records += 1
        data, _ = normalizer.normalize(RawRecord(external_id=record.external_id, fields=record.fields, raw=record.raw,
                                                 url=record.source_url or None))
        if data.to_json() != record.data:
            SourceRecord.objects.filter(pk=record.pk).update(data=data.to_json())
            stats.changed += 1
            if record.initiative_id:
                to_rebuild.add(record.initiative_id)
    for initiative in Initiative.objects.filter(pk__in=to_rebuild):
        initiative_rebuild(initiative=initiative)
    stats.initiatives = len(to_rebuild)
    return stats


SCHEDULE_INTERVALS = {
    Source.Schedule.HOURLY: timedelta(hours=1),
    Source.Schedule.DAILY: timedelta(days=1),
    Source.Schedule.WEEKLY: timedelta(weeks=1),
}


def source_list_due(*, now=None) -> list[Source]:
    """Enabled, scheduled, not suspended sources whose last run is older than their interval."""
    now = now or timezone.now()
    due = []
    for source in Source.objects.filter(enabled=True).exclude(schedule=Source.Schedule.MANUAL).select_related("health"):
        health = getattr(source, "health", None)
        if health and health.suspended_until and health.suspended_until > now:
            continue
        last = health.last_run_at if health else None
        if last is None or now - last >= SCHEDULE_INTERVALS[source.schedule] - timedelta(minutes=1):
            due.append(source)
    return due


@transaction.atomic
def sources_import(*, entries: list[dict[str, Any]]) -> tuple[int, int]:
    """Create or update sources from exported entries (idempotent, keyed by slug). Returns (created, updated)."""
    created = updated = 0
    fields = {f.name for f in Source._meta.get_fields() if getattr(f, "concrete", False)} - {"id", "created_at", "updated_at"}
    for index, entry in enumerate(entries):
        if "slug" not in entry or "name" not in entry:
            raise ConfigError(f"[{index}]", "each source needs a slug and a name")
        values = {key: value for key, value in entry.items() if key in fields and key != "slug"}
        configuration = values.get("configuration") or {}
        validate_source_config({"format": values.get("format") or configuration.get("format"), **configuration})
        values.setdefault("format", configuration.get("format", ""))
        _, was_created = Source.objects.update_or_create(slug=entry["slug"], defaults=values)
        created, updated = created + was_created, updated + (not was_created)
    return created, updated


def sources_export() -> list[dict[str, Any]]:
    keys = ["name", "slug", "website", "logo_url", "licence", "licence_url", "description", "format", "configuration",
            "enabled", "schedule", "contact", "precedence", "show_contact_email"]
    return [{key: getattr(source, key) for key in keys} for source in Source.objects.order_by("precedence", "slug")]


def source_dry_run(*, source: Source, fetcher: Fetcher | None = None, max_records: int = 10) -> Harvester:
    """Fetch the first page (and detail pages) and normalise, writing nothing; for "Tester la source"."""
    config = dict(source.configuration or {})
    config["max_pages"] = 1
    probe = Source(pk=source.pk, name=source.name, slug=source.slug, format=source.format, configuration=config,
                   precedence=source.precedence)
    harvester = Harvester(probe, trigger=HarvestRun.Trigger.MANUAL, fetcher=fetcher, dry_run=True, max_records=max_records)
    harvester.run()
    return harvester
