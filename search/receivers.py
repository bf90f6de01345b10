"""The search listens to harvests and to thesaurus edits. Harvests: the words they bring join the lexicon ("Vouliez-vous dire…", suggestions) as
soon as the harvest is committed, without rebuilding it (the nightly search_terms_refresh_task does)."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.harvest.signals import harvest_finished
from search.lexicon import search_terms_add
from search.models import SynonymGroup
from search.thesaurus import thesaurus_forget


@receiver(harvest_finished, dispatch_uid="search-terms-after-harvest")
def add_harvested_words(sender, run, **kwargs) -> None:
    if run.created or run.updated:
        since = run.started_at
        transaction.on_commit(lambda: search_terms_add(since=since))


@receiver(post_save, sender=SynonymGroup, dispatch_uid="thesaurus-saved")
@receiver(post_delete, sender=SynonymGroup, dispatch_uid="thesaurus-deleted")
def forget_thesaurus(sender, **kwargs) -> None:
    """An edit of the synonyms applies to the next query (no reindex; cached search pages expire as usual)."""
    transaction.on_commit(thesaurus_forget)

