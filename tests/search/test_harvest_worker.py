"""A harvest through the real broker and worker survives a SIGKILL: redelivered, nothing lost or duplicated."""

from __future__ import annotations

import json
import signal
import time

import pytest

from carrefour.demo.fixture_server import Route
from initiatives.models import Initiative, SourceRecord
from search.harvest.models import HarvestRun
from search.harvest.tasks import harvest_source_task
from tests.conftest import wait_for
from tests.factories import SourceFactory

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]

ITEMS = 60
PAGE = 10




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
    monkeypatch.setenv("CELERY_VISIBILITY_TIMEOUT", "3")
    worker = celery_worker_process(env={"CELERY_VISIBILITY_TIMEOUT": "3"})
    harvest_source_task.delay(slow_source.pk)
    wait_for(lambda: SourceRecord.objects.filter(source=slow_source).count() >= PAGE, 30, "the harvest never started")
    worker.stop(signal.SIGKILL)
    partial = SourceRecord.objects.filter(source=slow_source).count()
    assert 0 < partial < ITEMS  # killed in the middle

    time.sleep(3.5)  # past the visibility timeout
    celery_worker_process(env={"CELERY_VISIBILITY_TIMEOUT": "3"})
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
