"""Tasks really travel through the broker to a real worker process, and /healthz follows the worker."""


import pytest

from carrefour.models import WorkerHeartbeat
from carrefour.tasks import heartbeat
from tests.conftest import wait_for

pytestmark = [pytest.mark.broker]




def test_task_runs_in_real_worker_and_healthz_follows_it(celery_worker_process, client, settings):
    settings.CARREFOUR_HEALTHZ_TOKEN = "jeton-de-supervision"  # the worker names are details for monitors only
    client.defaults["HTTP_AUTHORIZATION"] = "Bearer jeton-de-supervision"
    worker = celery_worker_process()

    heartbeat.delay()
    beat = wait_for(lambda: WorkerHeartbeat.objects.filter(hostname=worker.name).first())
    assert beat.hostname == worker.name  # written by the worker process, not by this one

    healthy = client.get("/healthz")
    assert healthy.status_code == 200
    assert worker.name in healthy.json()["checks"]["worker"]["workers"]

    worker.stop()
    stopped = client.get("/healthz")
    answer = stopped.json()["checks"]["worker"]
    # The stopped worker no longer answers. Another test's worker may share the broker (xdist runs them side by
    # side), and the ping reaches every worker on it: "down" and 503 only when none is left (that case alone, on
    # a broker database no worker uses: tests/carrefour/test_health.py).
    assert worker.name not in answer.get("workers", [])
    if not answer.get("workers"):
        assert stopped.status_code == 503 and answer["status"] == "down"
