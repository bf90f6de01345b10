"""/healthz: the status of the database, the broker and the workers, as JSON (HTTP 503 if one is down).

Anyone gets the statuses (what a load balancer or an uptime probe needs). The details — worker host names,
error messages, the broker transport — only go to staff members or to a monitor presenting
`Authorization: Bearer <CARREFOUR_HEALTHZ_TOKEN>`: they describe the infrastructure.
"""

from __future__ import annotations

import hmac

from django.conf import settings
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


def may_see_details(request) -> bool:
    if getattr(request, "user", None) is not None and request.user.is_staff:
        return True
    token = settings.CARREFOUR_HEALTHZ_TOKEN
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


@never_cache
def healthz(request):
    checks = {"database": check_database(), "broker": check_broker()}
    checks["worker"] = check_worker() if checks["broker"]["status"] == "ok" else {"status": "down", "error": "broker down"}
    healthy = all(check["status"] == "ok" for check in checks.values())
    if not may_see_details(request):
        checks = {name: {"status": check["status"]} for name, check in checks.items()}
    return JsonResponse({"status": "ok" if healthy else "down", "checks": checks}, status=200 if healthy else 503)
