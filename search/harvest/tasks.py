"""Thin Celery tasks: take ids, call the harvest service, retry with backoff."""

from __future__ import annotations

from celery import shared_task
from celery.utils.log import get_task_logger

from initiatives.models import Source
from search.harvest.harvester import HarvestLocked, source_harvest
from search.harvest.models import HarvestRun
from search.harvest.sources import source_list_due, source_renormalize

logger = get_task_logger(__name__)


@shared_task(
    bind=True,
    acks_late=True,  # a worker killed mid-harvest leaves the message unacknowledged: it is redelivered
    reject_on_worker_lost=True,
    autoretry_for=(HarvestLocked, ConnectionError),
    retry_backoff=30,
    retry_backoff_max=600,
    max_retries=5,
)
def harvest_source_task(self, source_id: int, trigger: str = HarvestRun.Trigger.SCHEDULE) -> dict:
    """Harvest one source. Idempotent: records are upserted on (source, external_id)."""
    source = Source.objects.filter(pk=source_id, enabled=True).first()
    if source is None:
        return {"source": source_id, "status": "skipped"}
    run = source_harvest(source=source, trigger=trigger)
    if run.errors and run.errors[0].get("kind") == "locked":
        raise HarvestLocked(run.errors[0]["message"])
    logger.info("Harvested %s: %s (%s created, %s updated)", source.slug, run.status, run.created, run.updated)
    return {"source": source_id, "run": run.pk, "status": run.status}


@shared_task(ignore_result=True)
def harvest_due_sources() -> list[int]:
    """Beat entry point: enqueue every source whose schedule says it is due."""
    due = [source.pk for source in source_list_due()]
    for source_id in due:
        harvest_source_task.delay(source_id)
    return due


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=3, default_retry_delay=60)
def renormalize_source_task(self, source_id: int) -> dict:
    """Apply new tag mappings (or keywords) to a source's stored records, without fetching the source."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return {"source": source_id, "status": "skipped"}
    stats = source_renormalize(source=source)
    return {"source": source_id, "records": stats.records, "changed": stats.changed}
