"""Hostile sources through a whole harvest: each bad answer is refused with a clear error in the HarvestRun, within
its limits of time, and the initiatives the source already gave stay published."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from carrefour.demo.fixture_server import Route
from initiatives.models import Initiative
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.harvest.models import HarvestRun
from tests.factories import SourceFactory
from tests.search.connectors.test_xlsx import CONFIG as XLSX_CONFIG

pytestmark = pytest.mark.django_db
SOURCES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"

GOOD_JSON = (b'{"total_count": 2, "results": [{"id": "1", "nom": "Garage solidaire"},'
             b' {"id": "2", "nom": "Jardin partag\\u00e9"}]}')
JSON_CONFIG = {"format": "json_api", "records_path": "results", "id": "id", "min_delay": 0, "timeout": 5,
               "fields": {"title": "nom"}}


class Switchable:
    """A source whose answer the test swaps between harvests."""

    def __init__(self, server, path: str, good: Route):
        self.route = good
        self.url = server.add_handler(path, lambda query: self.route)


def _harvest(source):
    started = time.monotonic()
    run = source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    return run, time.monotonic() - started


HOSTILE_JSON = {
    "garbage": Route(body=bytes(range(256)) * 40, content_type="application/json"),
    "invalid UTF-8": Route(body=b'{"total_count": 2, "results": [{"id": "1", "nom": "Garage \xff\xfe\xfa"},'
                                b' {"id": "2", "nom": "Jardin"}]}', content_type="application/json; charset=utf-8"),
    "HTML error page": Route(body=b"<html><body>Maintenance</body></html>", content_type="text/html"),
    "server error": Route(body=b"oops", status=503, content_type="text/plain"),
}


@pytest.mark.parametrize("case", list(HOSTILE_JSON))
def test_hostile_json_answer_keeps_the_data(fixture_server, case):
    platform = Switchable(fixture_server, "/api/fiches", Route(body=GOOD_JSON, content_type="application/json"))
    source = SourceFactory(slug="json-hostile", format="json_api", configuration={**JSON_CONFIG, "url": platform.url})
    first, _ = _harvest(source)
    assert first.created == 2
    platform.route = HOSTILE_JSON[case]
    run, elapsed = _harvest(source)
    assert run.status == HarvestRun.Status.FAILED, run.errors
    assert run.errors and run.errors[0]["message"], "a clear error is recorded"
    assert elapsed < 30
    assert Initiative.objects.filter(visibility="published").count() == 2  # nothing lost, nothing hidden
    assert run.missing == 0 and run.hidden == 0


def test_redirect_loop_is_refused_and_keeps_the_data(fixture_server):
    platform = Switchable(fixture_server, "/api/fiches", Route(body=GOOD_JSON, content_type="application/json"))
    source = SourceFactory(slug="json-boucle", format="json_api", configuration={**JSON_CONFIG, "url": platform.url})
    _harvest(source)
    platform.route = Route(status=302, headers={"Location": platform.url})
    run, _ = _harvest(source)
    assert run.status == HarvestRun.Status.FAILED and run.errors[0]["kind"] == "too_many_redirects"
    assert Initiative.objects.filter(visibility="published").count() == 2


def test_xml_bomb_in_a_feed_is_refused(fixture_server):
    good = (SOURCES / "rss" / "wordpress_feed.xml").read_bytes()
    platform = Switchable(fixture_server, "/feed/", Route(body=good, content_type="application/rss+xml"))
    source = SourceFactory(slug="flux-hostile", format="rss", configuration={"url": platform.url, "min_delay": 0})
    first, _ = _harvest(source)
    assert first.created > 0
    before = Initiative.objects.filter(visibility="published").count()
    platform.route = Route(body=(SOURCES / "rss" / "billion_laughs.xml").read_bytes(),
                           content_type="application/rss+xml")
    run, elapsed = _harvest(source)
    assert run.status == HarvestRun.Status.FAILED and run.errors[0]["kind"] == "parse", run.errors
    assert elapsed < 10
    assert Initiative.objects.filter(visibility="published").count() == before


def test_zip_bomb_in_a_spreadsheet_is_refused(fixture_server):
    ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    good = (SOURCES / "xlsx" / "tiers_lieux.xlsx").read_bytes()
    platform = Switchable(fixture_server, "/recensement.xlsx", Route(body=good, content_type=ctype))
    source = SourceFactory(slug="tableur-hostile", format="xlsx",
                           configuration={**XLSX_CONFIG, "url": platform.url, "min_delay": 0})
    first, _ = _harvest(source)
    assert first.created > 0, first.errors
    before = Initiative.objects.filter(visibility="published").count()
    platform.route = Route(body=(SOURCES / "xlsx" / "zip_bomb.xlsx").read_bytes(), content_type=ctype)
    run, elapsed = _harvest(source)
    assert run.status == HarvestRun.Status.FAILED and "zip bomb" in run.errors[0]["message"], run.errors
    assert elapsed < 10
    assert Initiative.objects.filter(visibility="published").count() == before
