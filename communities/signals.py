"""Profiles follow accounts; watched searches run after every harvest that changed initiatives."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from communities.models import Profile
from communities.tasks import watched_searches_task
from search.harvest.signals import harvest_finished


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="profile-for-new-user")
def create_profile(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        Profile.objects.get_or_create(user=instance)


@receiver(harvest_finished, dispatch_uid="watched-searches-after-harvest")
def refresh_watched_searches(sender, run, **kwargs) -> None:
    if run.created or run.updated:
        transaction.on_commit(watched_searches_task.delay)
