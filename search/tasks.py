"""Search maintenance task (beat): pruning the facet index's change log."""

from __future__ import annotations

from celery import shared_task

from search.facet_index import facet_log_prune


@shared_task(ignore_result=True)
def facet_log_prune_task() -> int:
    """Daily: drop change-log rows no facet index can still need (see search/facet_index.py)."""
    return facet_log_prune()
