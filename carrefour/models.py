"""Technical records of the platform itself (not content)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """Last time each Celery worker ran the periodic heartbeat task; shown by /healthz."""

    hostname = models.CharField(_("hôte"), max_length=255, unique=True)
    last_seen = models.DateTimeField(_("vu pour la dernière fois"))

    class Meta:
        verbose_name = _("battement de cœur d’un worker")
        verbose_name_plural = _("battements de cœur des workers")

    def __str__(self) -> str:
        return f"{self.hostname} @ {self.last_seen:%Y-%m-%d %H:%M:%S}"
