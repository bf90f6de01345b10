"""Thin Celery tasks of the communities: watched searches after harvests, the daily digest."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from communities.services import digest_send, watched_searches_refresh


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=3, default_retry_delay=60)
def watched_searches_task(self) -> dict:
    """After a harvest changed initiatives: fill the suggestion inboxes of every watched search."""
    stats = watched_searches_refresh()
    return {"searches": stats.searches, "suggestions": stats.suggestions}


@shared_task(ignore_result=True)
def digest_task() -> int:
    """Beat entry point (daily): e-mail opted-in users their new suggestions."""
    return digest_send(base_url=settings.SITE_URL)
