"""The search listens to harvests: the words they bring join the lexicon ("Vouliez-vous dire…", suggestions) as
soon as the harvest is committed, without rebuilding it (the nightly search_terms_refresh_task does)."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import receiver

from search.harvest.signals import harvest_finished
from search.query import search_terms_add


@receiver(harvest_finished, dispatch_uid="search-terms-after-harvest")
def add_harvested_words(sender, run, **kwargs) -> None:
    if run.created or run.updated:
        since = run.started_at
        transaction.on_commit(lambda: search_terms_add(since=since))
