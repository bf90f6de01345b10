"""Live federated search against real HTTP sources on 127.0.0.1: parallel fan-out, budget, statuses, backoff."""

from __future__ import annotations

import json
import threading
import time

import pytest

from carrefour.demo.fixture_server import Route
from search import live
from search.live import LiveHit, live_search, live_stats, searchable_sources
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

FIELDS = {"title": "name", "url": "link", "summary": "text"}


def search_block(url: str, **extra) -> dict:
    return {"search": {"url": url, "format": "json_api", "records_path": "results", "fields": FIELDS, **extra}}


def results(*items: tuple[str, str]) -> str:
    return json.dumps({"results": [{"name": title, "link": link, "text": f"À propos de {title}"} for title, link in items]})


@pytest.fixture
def make_source():
    created = []

    def make(slug: str, configuration: dict, **fields):
        source = SourceFactory(slug=slug, name=slug.replace("-", " ").title(), format="json_api",
                               configuration=configuration, **fields)
        live.live_reset(source)  # the cache may outlive the test database
        created.append(source)
        return source

    yield make
    for source in created:
        live.live_reset(source)


@pytest.fixture
def sources(fixture_server, make_source):
    fixture_server.add("/rapide/recherche", results(
        ("Épicerie solidaire de Rodez", "https://rapide.example.org/epicerie-rodez"),
        ("Garage solidaire de Brest", "https://rapide.example.org/garage-brest"),
    ), content_type="application/json")
    fixture_server.add("/second/recherche", results(
        ("Épicerie solidaire de Rodez (copie)", "https://rapide.example.org/epicerie-rodez/"),  # same URL
        ("GARAGE SOLIDAIRE DE BREST", "https://second.example.org/garage"),  # same title
        ("Tiers-lieu de Millau", "https://second.example.org/tiers-lieu"),
    ), content_type="application/json")
    fixture_server.add("/lente/recherche", results(("Trop tard", "https://lente.example.org/1")),
                       content_type="application/json", delay=3.0)
    fixture_server.fail("/panne/recherche", 500)
    return {
        "fast": make_source("rapide", search_block(fixture_server.url("/rapide/recherche?q={query}")), precedence=1),
        "second": make_source("second", search_block(fixture_server.url("/second/recherche?q={query}")), precedence=2),
        "slow": make_source("lente", search_block(fixture_server.url("/lente/recherche?q={query}"), timeout=0.4),
                            precedence=3),
        "failing": make_source("panne", search_block(fixture_server.url("/panne/recherche?q={query}")), precedence=4),
    }


def statuses(result) -> dict[str, str]:
    return {status.source_slug: status.status for status in result.statuses}


def test_fan_out_merges_deduplicates_and_reports_each_source(sources, fixture_server):
    result = live_search("épicerie solidaire", budget=2.0)

    assert statuses(result) == {"rapide": "ok", "second": "ok", "lente": "timeout", "panne": "error"}
    # The slow source was cut off by its own 0.4 s timeout, not by the 2 s budget of the whole search.
    slow = next(status for status in result.statuses if status.source_slug == "lente")
    assert "Délai dépassé (0.4 s)" in slow.message
    # Round-robin over the sources, repeated URLs and titles dropped.
    assert [hit.title for hit in result.hits] == [
        "Épicerie solidaire de Rodez", "Garage solidaire de Brest", "Tiers-lieu de Millau",
    ]
    assert result.hits[0] == LiveHit(
        title="Épicerie solidaire de Rodez", url="https://rapide.example.org/epicerie-rodez",
        summary="À propos de Épicerie solidaire de Rodez", source_name="Rapide", source_slug="rapide",
    )
    failing = next(status for status in result.statuses if status.source_slug == "panne")
    assert "500" in failing.message
    # The query is URL-encoded into the template, and the request carries Carrefour's user agent.
    method, path, headers = next(request for request in fixture_server.requests if request[1].startswith("/rapide/"))
    assert path == "/rapide/recherche?q=%C3%A9picerie%20solidaire"
    assert headers["User-Agent"].startswith("CarrefourBot/")


def test_returns_when_the_budget_expires_without_waiting_for_slow_sources(fixture_server, make_source):
    fixture_server.add("/rapide/recherche", results(("Vite fait", "https://rapide.example.org/1")),
                       content_type="application/json")
    # The slow platform holds its request until the test lets go: the search can only end by abandoning it.
    slow_asked, slow_released, slow_answered = threading.Event(), threading.Event(), threading.Event()

    def held(query) -> Route:
        slow_asked.set()
        slow_released.wait(timeout=30)
        slow_answered.set()
        return Route(body=results(("Trop tard", "https://escargot.example.org/1")).encode(),
                     content_type="application/json")

    fixture_server.add_handler("/escargot/recherche", held)
    make_source("rapide", search_block(fixture_server.url("/rapide/recherche?q={query}")), precedence=1)
    make_source("escargot", search_block(fixture_server.url("/escargot/recherche?q={query}"), timeout=10), precedence=2)

    try:
        started = time.monotonic()
        result = live_search("vite", budget=0.8)
        elapsed = time.monotonic() - started
        answered_before_return = slow_answered.is_set()
    finally:
        slow_released.set()

    assert slow_asked.wait(timeout=10), "the slow platform was never queried"
    assert not answered_before_return  # the search returned while the slow platform was still holding its answer
    assert elapsed >= 0.75  # it did wait out the budget for the slow platform before giving up on it
    assert statuses(result) == {"rapide": "ok", "escargot": "timeout"}
    assert [hit.title for hit in result.hits] == ["Vite fait"]  # the fast platform's results still came back


def test_failing_source_is_suspended_with_backoff_then_skipped(sources, fixture_server):
    failing = sources["failing"]
    for _ in range(live.SUSPEND_AFTER):
        assert statuses(live_search("jardin", sources=[failing], budget=1.0)) == {"panne": "error"}
    stats = live_stats(failing)
    assert stats["suspended_until"] is not None
    assert 50 < (stats["suspended_until"].timestamp() - time.time()) <= live.SUSPEND_BASE
    hits_before = fixture_server.hits["/panne/recherche?q=jardin"]

    result = live_search("jardin", sources=[failing], budget=1.0)
    assert statuses(result) == {"panne": "suspended"}
    assert "Suspendue" in result.statuses[0].message
    assert fixture_server.hits["/panne/recherche?q=jardin"] == hits_before  # not queried while suspended


def test_backoff_doubles_and_is_capped(make_source):
    source = make_source("instable", {})
    delays = []
    for _ in range(12):
        live.live_record(source.slug, ok=False, elapsed_ms=0)
        delays.append(round(live_stats(source)["suspended_until"].timestamp() - time.time())
                      if live_stats(source)["suspended_until"] else 0)
    assert delays[:5] == [0, 0, 60, 120, 240]
    assert max(delays) == 3600
    live.live_record(source.slug, ok=True, elapsed_ms=10)
    assert live_stats(source)["suspended_until"] is None


def test_latency_stats_are_recorded(sources):
    for _ in range(3):
        live_search("garage", sources=[sources["fast"], sources["failing"]], budget=1.5)
    fast, failing = live_stats(sources["fast"]), live_stats(sources["failing"])
    assert fast["calls"] == 3 and fast["reliability"] == 1.0
    assert 0 < fast["p50_ms"] <= fast["p95_ms"] < 1500
    assert failing["calls"] == 3 and failing["reliability"] == 0.0 and failing["p50_ms"] is None


def test_latency_samples_are_capped(make_source):
    source = make_source("bavarde", {})
    for number in range(live.SAMPLES + 50):
        live.live_record(source.slug, ok=True, elapsed_ms=number)
    stats = live_stats(source)
    assert stats["calls"] == live.SAMPLES + 50
    assert stats["p50_ms"] == 149.0  # the oldest 50 samples (0–49) were dropped: 50..249


def test_ssrf_guard_and_bad_configuration_are_errors(make_source):
    private = make_source("privee", search_block("http://10.1.2.3/recherche?q={query}"))
    broken = make_source("cassee", {"search": {"url": "http://127.0.0.1/sans-query", "format": "json_api"}})
    result = live_search("test", sources=[private, broken], budget=1.0)
    assert statuses(result) == {"privee": "error", "cassee": "error"}
    messages = {status.source_slug: status.message for status in result.statuses}
    assert "Adresse refusée" in messages["privee"]
    assert "search.url" in messages["cassee"]


def test_only_enabled_sources_with_a_search_block_are_queried(make_source):
    with_search = make_source("avec-recherche", search_block("http://127.0.0.1:9/?q={query}"))
    make_source("sans-recherche", {"url": "http://127.0.0.1:9/feed"})
    make_source("desactivee", search_block("http://127.0.0.1:9/?q={query}"), enabled=False)
    assert [source.slug for source in searchable_sources()] == [with_search.slug]
    assert live_search("   ").statuses == []
