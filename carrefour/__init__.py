"""Carrefour des innovations sociales: the project package (settings, URLs, Celery app, embedded services)."""

from .celery import app as celery_app

__all__ = ["celery_app"]
