"""The demo platforms, harvested end to end over HTTP: every format, ≥ 600 initiatives, merged duplicates,
an idempotent re-harvest, a source that times out, and version 2 of the platforms (items removed)."""

from __future__ import annotations

import pytest
from django.db.models import Count

from carrefour.demo.install import demo_sources_install
from carrefour.demo.server import build_demo_server
from communities.demo import COMMUNITIES
from initiatives.models import Initiative, Source, SourceRecord
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.harvest.models import HarvestRun
from search.models import SearchTerm
from search.params import SearchParams
from search.query import initiative_search

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_server():
    with build_demo_server() as server:
        yield server


def harvest_all(fetcher) -> dict[str, HarvestRun]:
    return {source.slug: source_harvest(source=source, fetcher=fetcher) for source in Source.objects.order_by("slug")}


def install(base_url: str) -> None:
    demo_sources_install(base_url)
    for source in Source.objects.all():  # no politeness delay against our own fixture server
        source.configuration = {**source.configuration, "min_delay": 0}
        source.save()


def test_demo_platforms_end_to_end(demo_server, django_capture_on_commit_callbacks, client):
    install(demo_server.base_url)
    formats = set(Source.objects.values_list("format", flat=True))
    assert {"rss", "json_api", "csv", "xlsx", "html", "jsonld", "sitemap"} <= formats
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])

    with django_capture_on_commit_callbacks(execute=True):  # the deduplication task runs after each harvest
        runs = harvest_all(fetcher)
    slow = runs.pop("fondation-entreprendre-ensemble")
    assert slow.status == "failed" and slow.errors[0]["kind"] == "timeout"
    for slug, run in runs.items():
        assert run.status == "success", (slug, run.errors[:2], run.warnings[:2])
        assert run.created > 0, slug
    published = Initiative.objects.filter(visibility="published")
    assert published.count() >= 600
    merged = published.annotate(sources=Count("records__source", distinct=True)).filter(sources__gte=2)
    assert merged.count() >= 30  # the same initiative published by several platforms appears once
    assert published.filter(commune__isnull=False).count() / published.count() > 0.9
    assert published.filter(themes__isnull=False).distinct().count() / published.count() > 0.9
    # The network the CSV platform lists once per antenna is one initiative with a site per antenna.
    antennas = SourceRecord.objects.filter(source__slug="carte-ess-bretagne", external_id__regex=r"^ESS-BZH-.*-\d$")
    assert antennas.count() == 4
    network = Initiative.objects.get(pk=antennas.first().initiative_id)
    assert set(antennas.values_list("initiative_id", flat=True)) == {network.pk}
    assert network.sites.count() == 5 and network.sites.filter(main=True).count() == 1
    # The words the harvests brought are in the lexicon at once: a typo finds the corrected word's initiatives.
    assert SearchTerm.objects.filter(word="épicerie").exists()
    page = client.get("/recherche/", {"q": "epicrie"}).content.decode()
    assert "résultats pour « épicerie »" in page and 'class="carrefour-results"' in page
    assert "Vouliez-vous dire" in client.get("/recherche/", {"q": "epicrie", "exact": "1"}).content.decode()
    # Every demo community finds initiatives to gather in what the demo platforms publish (issue 18: the private
    # one searched « innovation publique », which no platform writes, and stayed empty).
    for spec in COMMUNITIES:
        assert initiative_search(SearchParams(q=spec["query"]), page_size=6, with_facets=False).hits, spec["name"]
    # Hostile HTML from the platforms never reaches the database.
    assert not Initiative.objects.filter(description__icontains="<script").exists()
    assert not Initiative.objects.filter(description__icontains="onerror").exists()
    assert not Initiative.objects.filter(description__icontains="javascript:").exists()

    records = SourceRecord.objects.count()
    again = harvest_all(fetcher)
    again.pop("fondation-entreprendre-ensemble")
    for slug, run in again.items():
        assert (run.created, run.updated) == (0, 0), slug
    assert SourceRecord.objects.count() == records


def test_version_two_marks_removed_items_missing(demo_server):
    install(demo_server.base_url)
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])
    source = Source.objects.get(slug="observatoire-rural")
    assert source_harvest(source=source, fetcher=fetcher).created > 0
    with build_demo_server(version=2) as later:
        install(later.base_url)
        run = source_harvest(source=Source.objects.get(slug="observatoire-rural"), fetcher=fetcher)
    assert run.status == "success"
    assert run.missing == 8 and run.updated == 4 and run.created == 5
    assert SourceRecord.objects.filter(source=source, missing_count=1).count() == 8


def test_two_demo_platforms_answer_live_queries(demo_server):
    """The OpenDataSoft and WordPress platforms of the demo have a search: the « en direct » results reach them as
    soon as their sources exist (nothing harvested here), with links to their records."""
    from search.live import live_search, searchable_sources

    install(demo_server.base_url)
    live = {source.slug for source in searchable_sources()}
    assert {"observatoire-rural", "innov-territoires-occitanie"} <= live
    word = "solidaire"
    result = live_search(word, sources=Source.objects.filter(slug__in=live))
    by_source = {}
    for hit in result.hits:
        by_source.setdefault(hit.source_slug, []).append(hit)
    assert set(by_source) == {"observatoire-rural", "innov-territoires-occitanie"}, result.statuses
    for hits in by_source.values():
        assert all(hit.url.startswith(demo_server.base_url) and hit.title for hit in hits)
    assert not Initiative.objects.exists()  # what was found was never harvested: live results only
