"""The harvest service over real HTTP: idempotence, conditional GET, and every "never lose data" rule."""

from __future__ import annotations

import json
import threading

import pytest

from carrefour.demo.fixture_server import Route
from initiatives.models import Initiative, SourceRecord
from search.harvest.fetch import Fetcher
from search.harvest.harvester import Harvester, source_harvest
from search.harvest.models import HarvestRun, SourceHealth
from search.harvest.sources import source_dry_run, source_list_due
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

CONFIG = {
    "format": "json_api",
    "records_path": "results",
    "id": "id",
    "min_delay": 0,
    "timeout": 5,
    "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 10, "total_path": "total_count"},
    "fields": {"title": "nom", "summary": "resume", "city": "ville", "postcode": "cp", "tags": "themes"},
}


class FakePlatform:
    """An OpenDataSoft-like API whose content the test changes between harvests."""

    def __init__(self, server, count: int = 25):
        self.items = {str(n): self.item(n) for n in range(count)}
        self.fail_offsets: set[int] = set()
        self.url = server.add_handler("/api/records", self.handle)

    @staticmethod
    def item(n: int, suffix: str = "") -> dict:
        return {"id": str(n), "nom": f"Épicerie solidaire numéro {n}{suffix}", "resume": "Des produits à petit prix.",
                "ville": "Rodez", "cp": "12000", "themes": ["Alimentation"]}

    def handle(self, query) -> Route:
        offset = int(query.get("offset", ["0"])[0])
        limit = int(query.get("limit", ["10"])[0])
        if offset in self.fail_offsets:
            return Route(body=b"erreur", status=500, content_type="text/plain")
        items = list(self.items.values())
        body = {"total_count": len(items), "results": items[offset: offset + limit]}
        return Route(body=json.dumps(body).encode(), content_type="application/json; charset=utf-8")


@pytest.fixture
def platform(fixture_server):
    return FakePlatform(fixture_server)


@pytest.fixture
def source(platform):
    return SourceFactory(slug="plateforme-test", format="json_api", configuration={**CONFIG, "url": platform.url})


def harvest(source):
    return source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def test_first_harvest_creates_then_rerun_changes_nothing(source, platform):
    first = harvest(source)
    assert (first.status, first.complete, first.records_seen, first.created) == ("success", True, 25, 25)
    assert first.pages_fetched == 3
    assert Initiative.objects.filter(visibility="published").count() == 25
    assert Initiative.objects.filter(commune_id="12202").count() == 25  # normalised through the harvest
    before = dict(Initiative.objects.values_list("pk", "last_updated"))

    second = harvest(source)
    assert (second.created, second.updated, second.unchanged, second.failed) == (0, 0, 25, 0)
    assert second.pages_unchanged == 3  # the server answered 304 to our conditional GETs
    assert dict(Initiative.objects.values_list("pk", "last_updated")) == before
    assert SourceRecord.objects.count() == 25


def test_changed_record_is_updated_in_place(source, platform):
    harvest(source)
    platform.items["3"] = FakePlatform.item(3, " (nouvelle adresse)")
    run = harvest(source)
    assert (run.created, run.updated, run.unchanged) == (0, 1, 24)
    assert Initiative.objects.filter(title__endswith="(nouvelle adresse)").count() == 1
    assert Initiative.objects.count() == 25


def test_failed_fetch_deletes_and_hides_nothing(source, platform):
    harvest(source)
    platform.fail_offsets = {0}
    run = harvest(source)
    assert run.status == HarvestRun.Status.FAILED and run.errors[0]["kind"] == "http"
    assert Initiative.objects.filter(visibility="published").count() == 25
    assert SourceRecord.objects.filter(missing_since__isnull=False).count() == 0
    assert SourceHealth.objects.get(source=source).failure_streak == 1


def test_truncated_harvest_marks_nothing_missing(source, platform):
    harvest(source)
    platform.fail_offsets = {20}
    run = harvest(source)
    assert run.status == HarvestRun.Status.PARTIAL and run.complete is False
    assert SourceRecord.objects.filter(missing_count__gt=0).count() == 0


def test_empty_source_hides_nothing_and_is_flagged(source, platform):
    harvest(source)
    platform.items = {}
    run = harvest(source)
    assert run.flagged_for_review is True
    assert "0 fiches" in run.review_reason
    assert Initiative.objects.filter(visibility="published").count() == 25
    assert SourceRecord.objects.filter(missing_count__gt=0).count() == 0


def test_shrinking_more_than_20_percent_is_flagged(source, platform):
    harvest(source)
    for key in list(platform.items)[:6]:  # 25 -> 19: -24 %
        del platform.items[key]
    run = harvest(source)
    assert run.flagged_for_review is True
    assert SourceRecord.objects.filter(missing_count__gt=0).count() == 0


def test_missing_record_is_hidden_after_three_complete_harvests_and_comes_back(source, platform):
    harvest(source)
    gone = platform.items.pop("7")
    for expected_count in (1, 2):
        run = harvest(source)
        assert run.missing == 1 and run.hidden == 0
        assert SourceRecord.objects.get(external_id="7").missing_count == expected_count
        assert Initiative.objects.get(records__external_id="7").visibility == "published"
    third = harvest(source)
    assert third.hidden == 1
    assert Initiative.objects.get(records__external_id="7").visibility == "hidden"
    assert SourceRecord.objects.filter(external_id="7").exists()  # hidden, never deleted

    platform.items["7"] = gone
    harvest(source)
    record = SourceRecord.objects.get(external_id="7")
    assert (record.missing_count, record.missing_since) == (0, None)
    assert Initiative.objects.get(records__external_id="7").visibility == "published"


def test_an_initiative_listed_by_another_source_is_not_hidden(source, platform):
    harvest(source)
    other = SourceFactory(slug="autre")
    initiative = Initiative.objects.get(records__external_id="7")
    SourceRecord.objects.create(source=other, external_id="x7", raw={}, data={"title": initiative.title},
                                content_hash="h", initiative=initiative)
    platform.items.pop("7")
    for _ in range(3):
        harvest(source)
    assert Initiative.objects.get(pk=initiative.pk).visibility == "published"


@pytest.mark.django_db(transaction=True)
def test_per_source_lock_prevents_concurrent_harvests(source, platform, fixture_server):
    # The first harvest takes the lock before its first request, and keeps it while the server holds that request.
    first_request, release = threading.Event(), threading.Event()

    def held(query) -> Route:
        first_request.set()
        release.wait(timeout=30)
        return Route(body=b'{"total_count": 0, "results": []}', content_type="application/json")

    fixture_server.add_handler("/api/records", held)
    results = {}

    def background():
        from django.db import connection

        try:
            results["run"] = harvest(source)
        finally:
            connection.close()

    thread = threading.Thread(target=background)
    thread.start()
    try:
        assert first_request.wait(timeout=30), "the first harvest never reached the platform"
        locked = harvest(source)
    finally:
        release.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert locked.errors[0]["kind"] == "locked"
    assert results["run"].status == "success" and results["run"].errors == []


def test_invalid_configuration_fails_with_the_field_named(source):
    source.configuration = {**source.configuration, "pagination": {"type": "sideways"}}
    source.save()
    run = harvest(source)
    assert run.status == "failed"
    assert "pagination.type" in run.errors[0]["message"]


def test_dry_run_writes_nothing_and_reports_empty_fields(source, platform):
    source.configuration = {**source.configuration, "fields": {**CONFIG["fields"], "website": "site"}}
    source.save()
    harvester = source_dry_run(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    assert len(harvester.preview) == 10
    assert "website" in harvester.preview[0]["record"].empty_fields
    assert harvester.preview[0]["data"].commune == "12202"
    assert SourceRecord.objects.count() == 0 and HarvestRun.objects.count() == 0 and Initiative.objects.count() == 0


def test_scheduler_lists_due_sources_and_skips_suspended_ones(source, platform):
    assert source in source_list_due()
    harvest(source)
    assert source not in source_list_due()
    manual = SourceFactory(slug="manuelle", schedule="manual")
    assert manual not in source_list_due()


def test_repeated_failures_suspend_the_source(source, platform):
    platform.fail_offsets = {0}
    for _ in range(3):
        harvest(source)
    health = SourceHealth.objects.get(source=source)
    assert health.failure_streak == 3 and health.suspended_until is not None
    assert source not in source_list_due()


def test_unmapped_tags_are_reported(source, platform):
    platform.items["0"]["themes"] = ["Étiquette inconnue du référentiel"]
    run = harvest(source)
    assert any("Étiquette inconnue du référentiel" in warning for warning in run.warnings)


def test_harvester_progress_callback(source, platform):
    seen = []
    Harvester(source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]), progress=lambda run: seen.append(run.records_seen)).run()
    assert seen[-1] == 25


def test_a_page_is_remembered_only_once_its_records_are_written(source, platform, monkeypatch):
    """A worker killed between fetching a page and writing its records must not leave a fetch state saying
    "unchanged" for that page: the next harvest would skip records that were never stored."""
    from search.harvest import harvester as services

    class WorkerKilled(BaseException):
        pass

    real_bulk_create, calls = services.initiatives_bulk_create, []

    def dies_on_second_batch(**kwargs):
        calls.append(len(kwargs["items"]))
        if len(calls) == 2:
            raise WorkerKilled
        return real_bulk_create(**kwargs)

    monkeypatch.setattr(services, "initiatives_bulk_create", dies_on_second_batch)
    with pytest.raises(WorkerKilled):
        harvest(source)
    assert SourceRecord.objects.count() == 10  # the first page only
    monkeypatch.setattr(services, "initiatives_bulk_create", real_bulk_create)

    run = harvest(source)
    assert (run.status, run.created, run.unchanged, run.pages_unchanged) == ("success", 15, 10, 1)
    assert SourceRecord.objects.count() == Initiative.objects.count() == 25


def test_a_record_that_cannot_be_normalised_fails_alone(source, platform, monkeypatch):
    from search.normalize.normalizer import Normalizer

    real_normalize = Normalizer.normalize

    def normalize(self, record):
        if record.external_id == "7":
            raise ValueError("champ impossible")
        return real_normalize(self, record)

    monkeypatch.setattr(Normalizer, "normalize", normalize)  # runs in the normaliser thread
    run = harvest(source)
    assert (run.status, run.records_seen, run.created, run.failed) == ("partial", 25, 24, 1)
    assert run.errors[0] | {"message": ""} == {"kind": "record", "message": "", "url": "", "record": "7"}
    assert "champ impossible" in run.errors[0]["message"]
    assert not SourceRecord.objects.filter(external_id="7").exists()


def test_a_broker_that_cannot_take_the_dedup_pass_fails_neither_the_run_nor_its_records(
        fixture_server, monkeypatch, django_capture_on_commit_callbacks):
    """Past the worker's minute of publishing retries, the follow-up is lost, never the harvest (warning kept)."""
    from kombu.exceptions import OperationalError

    from search.dedup.tasks import dedup_source_task

    def unreachable(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(dedup_source_task, "delay", unreachable)
    fixture_server.add("/flux.json", json.dumps({"items": [{"id": "1", "nom": "Ressourcerie de Lorient"}]}).encode(),
                       content_type="application/json")
    source = SourceFactory(slug="suivi", format="json_api", configuration={
        "url": fixture_server.url("/flux.json"), "id": "id", "records_path": "items", "fields": {"title": "nom"},
    })
    with django_capture_on_commit_callbacks(execute=True):
        run = source_harvest(source=source)
    run.refresh_from_db()
    assert run.status == HarvestRun.Status.SUCCESS and run.created == 1 and run.finished_at is not None
    assert any("search.dedup.tasks.dedup_source_task" in warning for warning in run.warnings)
    assert SourceRecord.objects.filter(source=source).count() == 1


def test_a_source_without_stable_ids_is_told_so(fixture_server):
    """Rows with neither id nor URL get an id made of their content: an edit makes a new record. The run says so,
    and an id of several columns ends it."""
    body = "nom;commune\nRepair café;Rodez\nRepair café;Millau\n".encode()
    url = fixture_server.add("/export.csv", body, content_type="text/csv; charset=utf-8")
    config = {"format": "csv", "url": url, "min_delay": 0, "fields": {"title": "nom", "city": "commune"}}
    source = SourceFactory(slug="export-sans-id", format="csv", configuration=config)
    run = harvest(source)
    assert run.status == "success" and any("2 fiche(s) sans identifiant stable" in w for w in run.warnings), run.warnings
    source.configuration = {**config, "id": ["nom", "commune"]}
    source.save()
    run = harvest(source)
    # The page had not changed, but the configuration had: it is read again whole (no 304 replaying old ids).
    assert not any("identifiant stable" in w for w in run.warnings) and run.pages_unchanged == 0
    assert run.created == 2 and sorted(SourceRecord.objects.filter(source=source, external_id__contains=" | ")
                                       .values_list("external_id", flat=True)) == ["Repair café | Millau", "Repair café | Rodez"]
