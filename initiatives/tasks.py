"""Thin Celery tasks of the initiatives app."""

from __future__ import annotations

from celery import shared_task

from initiatives.corrections import correction_reports_send_to_partners


@shared_task(acks_late=True, reject_on_worker_lost=True)
def correction_reports_send_task() -> dict:
    """The daily e-mail of open correction reports to each partner platform that has a contact address."""
    return {"emails": correction_reports_send_to_partners()}
