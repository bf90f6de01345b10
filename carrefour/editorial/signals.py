"""Editorial reactions: the page tree after migrate, and the ranking boost when editorial choices change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, published, unpublished

from carrefour.cache import public_content_changed
from carrefour.editorial.models import FeaturedInitiative
from carrefour.editorial.services import editorial_boost_refresh, site_tree_ensure
from initiatives.models import Distinction


@receiver(post_migrate)
def ensure_site_tree_after_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    # Runs after migrate and after the test runner's flush, so every database serves a home page.
    if app_config is None or app_config.label != "editorial":
        return

    site_tree_ensure()


def _refresh_boost(initiative_id: int) -> None:
    # After commit: a harvest writing many distinctions in one transaction sees each initiative once per row,
    # but never blocks on it, and a rolled-back write leaves the boost alone.
    transaction.on_commit(lambda: editorial_boost_refresh(initiative_ids=[initiative_id]))


def _public_content_changed() -> None:
    transaction.on_commit(public_content_changed)


def _on_featured_change(sender, instance, **kwargs) -> None:
    _refresh_boost(instance.initiative_id)
    _public_content_changed()


def connect_featured_signals() -> None:
    for signal in (published, unpublished, post_delete):
        signal.connect(_on_featured_change, sender=FeaturedInitiative, dispatch_uid=f"featured-boost-{id(signal)}")


@receiver(page_published, dispatch_uid="page-published-cache")
@receiver(page_unpublished, dispatch_uid="page-unpublished-cache")
def page_changed(sender, instance, **kwargs) -> None:
    _public_content_changed()


@receiver(post_save, sender=Distinction, dispatch_uid="distinction-boost-save")
@receiver(post_delete, sender=Distinction, dispatch_uid="distinction-boost-delete")
def distinction_changed(sender, instance: Distinction, **kwargs) -> None:
    _refresh_boost(instance.initiative_id)
