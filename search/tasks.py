"""Search maintenance tasks: pruning the facet index's change log (beat), keeping the lexicon of words current
(after each harvest, and a nightly rebuild)."""

from __future__ import annotations

from celery import shared_task

from search.facet_index import facet_log_prune
from search.lexicon import search_terms_refresh


@shared_task(ignore_result=True)
def facet_log_prune_task() -> int:
    """Daily: drop change-log rows no facet index can still need (see search/facet_index.py)."""
    return facet_log_prune()


@shared_task(ignore_result=True)
def search_terms_refresh_task() -> int:
    """Nightly: the lexicon rebuilt with exact frequencies."""
    return search_terms_refresh()
