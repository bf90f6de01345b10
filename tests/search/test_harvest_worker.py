"""A harvest through the real broker and worker survives a SIGKILL: redelivered, nothing lost or duplicated."""

from __future__ import annotations

import json
import signal
import time

import pytest
import redis

from carrefour.demo.fixture_server import Route
from initiatives.models import Initiative, SourceRecord
from search.harvest.models import HarvestRun
from search.harvest.tasks import harvest_source_task
from tests.conftest import wait_for
from tests.factories import SourceFactory

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]

ITEMS = 60
PAGE = 10
VISIBILITY_TIMEOUT = 3  # seconds


def unacknowledged_past_visibility(queue: str) -> bool:
    """Whether the broker holds a delivery from ``queue``, unacknowledged for longer than the visibility timeout.

    kombu's Redis transport keeps each unacknowledged delivery in the ``unacked`` hash, its delivery time in the
    ``unacked_index`` sorted set; a worker starting up hands such deliveries back to their queue.
    """
    from carrefour.celery import app

    client = redis.Redis.from_url(app.conf.broker_url)
    try:
        for tag in client.zrangebyscore("unacked_index", 0, time.time() - VISIBILITY_TIMEOUT):
            delivery = client.hget("unacked", tag)
            if delivery and queue in json.loads(delivery)[1:]:  # [message, exchange, routing key]
                return True
        return False
    finally:
        client.close()


@pytest.fixture
def slow_source(fixture_server):
    def page(query):
        offset = int(query.get("offset", ["0"])[0])
        items = [{"id": str(n), "nom": f"Ressourcerie numéro {n}", "ville": "Lille"} for n in range(ITEMS)]
        body = {"total_count": ITEMS, "results": items[offset: offset + PAGE]}
        return Route(body=json.dumps(body).encode(), content_type="application/json", delay=0.6)

    url = fixture_server.add_handler("/api", page)
    return SourceFactory(slug="lente", format="json_api", configuration={
        "url": url, "id": "id", "records_path": "results", "min_delay": 0, "timeout": 10,
        "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": PAGE, "total_path": "total_count"},
        "fields": {"title": "nom", "city": "ville"},
    })


def test_sigkill_mid_harvest_then_redelivery_loses_and_duplicates_nothing(celery_worker_process, slow_source, monkeypatch):
    # A short visibility timeout so that the broker hands the unacknowledged task to the next worker quickly.
    monkeypatch.setenv("CELERY_VISIBILITY_TIMEOUT", str(VISIBILITY_TIMEOUT))
    worker = celery_worker_process(env={"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)})
    harvest_source_task.delay(slow_source.pk)
    wait_for(lambda: SourceRecord.objects.filter(source=slow_source).count() >= PAGE, 30, "the harvest never started")
    worker.stop(signal.SIGKILL)
    partial = SourceRecord.objects.filter(source=slow_source).count()
    assert 0 < partial < ITEMS  # killed in the middle

    # The killed worker never acknowledged the task (acks_late): once the delivery is older than the visibility
    # timeout, the next worker takes it back when it starts.
    wait_for(lambda: unacknowledged_past_visibility(celery_worker_process.queue), 30,
             "the broker holds no unacknowledged delivery of the killed harvest")
    celery_worker_process(env={"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)})
    finished = wait_for(
        lambda: HarvestRun.objects.filter(source=slow_source, status=HarvestRun.Status.SUCCESS).first(), 60,
        "the task was not redelivered to the new worker",
    )
    assert finished.records_seen == ITEMS
    assert SourceRecord.objects.filter(source=slow_source).count() == ITEMS
    assert Initiative.objects.filter(records__source=slow_source).count() == ITEMS  # no duplicate initiative
    assert sorted(int(i) for i in SourceRecord.objects.values_list("external_id", flat=True)) == list(range(ITEMS))
    interrupted = HarvestRun.objects.filter(source=slow_source, status=HarvestRun.Status.FAILED).get()
    assert interrupted.errors[0]["kind"] == "interrupted"
