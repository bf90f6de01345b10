"""Thin Celery task of the dedup pass, queued after a harvest that brought new records."""

from __future__ import annotations

from celery import shared_task
from celery.utils.log import get_task_logger

from initiatives.models import Source
from search.dedup.passes import dedup_pass

logger = get_task_logger(__name__)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=3, default_retry_delay=60)
def dedup_source_task(self, source_id: int) -> dict:
    """After a harvest brought new records: merge sure duplicates across sources, queue the doubtful ones."""
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return {"source": source_id, "status": "skipped"}
    stats = dedup_pass(source=source)
    logger.info("Dedup of %s: %s", source.slug, stats.summary())
    return {"source": source_id, "merged": stats.merged, "queued": stats.queued}
