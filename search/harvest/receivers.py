"""Re-normalise a source's stored records when its tag mapping (crosswalk) changes."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from initiatives.models import ThemeCrosswalk
from search.harvest.tasks import renormalize_source_task


def _renormalize_later(source_id: int) -> None:
    """One re-normalisation per source and transaction, however many crosswalk rows it changed (an import of the
    source file may change fifty). A rolled-back transaction drops its callbacks, and with them this mark."""
    connection = transaction.get_connection()
    if any(getattr(entry[1], "renormalize_source_id", None) == source_id for entry in connection.run_on_commit):
        return

    def send() -> None:
        renormalize_source_task.delay(source_id)

    send.renormalize_source_id = source_id
    transaction.on_commit(send)


@receiver(post_save, sender=ThemeCrosswalk)
@receiver(post_delete, sender=ThemeCrosswalk)
def crosswalk_saved(sender, instance: ThemeCrosswalk, **kwargs) -> None:
    _renormalize_later(instance.source_id)


@receiver(m2m_changed, sender=ThemeCrosswalk.themes.through)
def crosswalk_themes_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ThemeCrosswalk):
        _renormalize_later(instance.source_id)
