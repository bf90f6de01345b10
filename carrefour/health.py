"""/healthz: the status of the database, the broker and the workers, as JSON (HTTP 503 if one is down)."""

from __future__ import annotations

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from carrefour.celery import app as celery_app


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure means "down", reported with its message
        return {"status": "down", "error": str(exc)[:200]}
    return {"status": "ok", "vendor": connection.vendor}


def check_broker() -> dict:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=2)
            transport = conn.transport_cls
    except Exception as exc:  # noqa: BLE001
        return {"status": "down", "error": str(exc)[:200]}
    return {"status": "ok", "transport": str(transport)}


def check_worker(timeout: float = 1.0) -> dict:
    if celery_app.conf.task_always_eager:
        # Tasks run in the web process: there is no worker to ping, and nothing waits for one.
        return {"status": "ok", "mode": "eager"}
    try:
        replies = celery_app.control.ping(timeout=timeout)
    except Exception as exc:  # noqa: BLE001
        return {"status": "down", "error": str(exc)[:200]}
    workers = sorted(name for reply in replies for name in reply)
    if not workers:
        return {"status": "down", "error": "no worker answered the ping"}
    return {"status": "ok", "workers": workers}


@never_cache
def healthz(request):
    checks = {"database": check_database(), "broker": check_broker()}
    checks["worker"] = check_worker() if checks["broker"]["status"] == "ok" else {"status": "down", "error": "broker down"}
    healthy = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse({"status": "ok" if healthy else "down", "checks": checks}, status=200 if healthy else 503)
