"""The one Celery app: settings under the CELERY namespace, tasks discovered in every installed app."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

app = Celery("carrefour")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
