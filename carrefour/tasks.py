"""Platform-level Celery tasks."""

from celery import shared_task
from django.utils import timezone

from carrefour.models import WorkerHeartbeat


@shared_task(bind=True, ignore_result=True)
def heartbeat(self) -> str:
    """Record that a worker is alive and consuming; the health page reads it."""
    hostname = self.request.hostname or "eager"
    WorkerHeartbeat.objects.update_or_create(hostname=hostname, defaults={"last_seen": timezone.now()})
    return hostname
