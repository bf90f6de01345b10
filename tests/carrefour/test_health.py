"""/healthz reports the database, the broker and the worker, and answers 503 when one is down."""

import pytest

from carrefour.celery import app as celery_app

pytestmark = pytest.mark.django_db


TOKEN = "jeton-de-supervision"


@pytest.fixture
def monitor(client, settings):
    """A monitoring probe that presents the token: it gets the details."""
    settings.CARREFOUR_HEALTHZ_TOKEN = TOKEN
    client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {TOKEN}"
    return client


def test_healthz_ok_in_eager_mode(monitor):
    response = monitor.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["broker"]["status"] == "ok"
    assert body["checks"]["worker"] == {"status": "ok", "mode": "eager"}


def test_healthz_reports_broker_down(monitor, monkeypatch):
    monkeypatch.setitem(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = monitor.get("/healthz")
    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["broker"]["status"] == "down"
    assert checks["worker"]["status"] == "down"


def test_healthz_reports_missing_worker(monitor, monkeypatch):
    # A Redis database no worker consumes: the ping gets no answer. (The test broker's own database may have a real
    # worker started by a test running in parallel, and a broadcast is scoped by database.) A Celery app of its
    # own, so that the project's app keeps its connection pool on the test broker.
    from celery import Celery

    from carrefour import health

    lonely = Celery("carrefour-health-test", broker=celery_app.conf.broker_url.rsplit("/", 1)[0] + "/14",
                    set_as_current=False)
    monkeypatch.setattr(health, "celery_app", lonely)
    response = monitor.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"] == {"status": "down", "error": "no worker answered the ping"}


def test_the_public_gets_statuses_and_no_infrastructure_details(client, settings, monkeypatch, admin_user):
    settings.CARREFOUR_HEALTHZ_TOKEN = TOKEN
    monkeypatch.setitem(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    for headers in ({}, {"HTTP_AUTHORIZATION": "Bearer mauvais-jeton"}, {"HTTP_AUTHORIZATION": TOKEN[:-1]}):
        response = client.get("/healthz", **headers)
        assert response.status_code == 503  # the status code still tells a load balancer
        assert response.json() == {"status": "down", "checks": {
            "database": {"status": "ok"}, "broker": {"status": "down"}, "worker": {"status": "down"}}}
    client.force_login(admin_user)  # staff see why
    assert "error" in client.get("/healthz").json()["checks"]["broker"]
