"""Re-normalise a source's stored records when its tag mapping (crosswalk) changes."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from initiatives.models import ThemeCrosswalk
from search.harvest.tasks import renormalize_source_task


def _renormalize_later(source_id: int) -> None:
    transaction.on_commit(lambda: renormalize_source_task.delay(source_id))


@receiver(post_save, sender=ThemeCrosswalk)
def crosswalk_saved(sender, instance: ThemeCrosswalk, **kwargs) -> None:
    _renormalize_later(instance.source_id)


@receiver(m2m_changed, sender=ThemeCrosswalk.themes.through)
def crosswalk_themes_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ThemeCrosswalk):
        _renormalize_later(instance.source_id)
