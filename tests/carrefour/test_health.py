"""/healthz reports the database, the broker and the worker, and answers 503 when one is down."""

import pytest

from carrefour.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_healthz_ok_in_eager_mode(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["broker"]["status"] == "ok"
    assert body["checks"]["worker"] == {"status": "ok", "mode": "eager"}


def test_healthz_reports_broker_down(client, monkeypatch):
    monkeypatch.setitem(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["broker"]["status"] == "down"
    assert checks["worker"]["status"] == "down"


def test_healthz_reports_missing_worker(client, monkeypatch):
    # A Redis database no worker consumes: the ping gets no answer. (The test broker's own database may have a real
    # worker started by a test running in parallel, and a broadcast is scoped by database.) A Celery app of its
    # own, so that the project's app keeps its connection pool on the test broker.
    from celery import Celery

    from carrefour import health

    lonely = Celery("carrefour-health-test", broker=celery_app.conf.broker_url.rsplit("/", 1)[0] + "/14",
                    set_as_current=False)
    monkeypatch.setattr(health, "celery_app", lonely)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["status"] == "down"
