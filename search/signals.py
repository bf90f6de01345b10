"""Search signals: re-normalise a source when its tag mapping changes; announce finished harvests."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import Signal, receiver

from initiatives.models import ThemeCrosswalk

# Sent by the harvest service when a (non dry-run) harvest ends, with ``run`` (the HarvestRun): other apps
# react to new data (communities' watched searches) without the harvester knowing them.
harvest_finished = Signal()


def _renormalize_later(source_id: int) -> None:
    from search.tasks import renormalize_source_task

    transaction.on_commit(lambda: renormalize_source_task.delay(source_id))


@receiver(post_save, sender=ThemeCrosswalk)
def crosswalk_saved(sender, instance: ThemeCrosswalk, **kwargs) -> None:
    _renormalize_later(instance.source_id)


@receiver(m2m_changed, sender=ThemeCrosswalk.themes.through)
def crosswalk_themes_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ThemeCrosswalk):
        _renormalize_later(instance.source_id)
