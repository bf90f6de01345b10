"""The anonymous page cache of the home page: hits, and invalidation on publish and on harvest."""

from __future__ import annotations

import pytest

from carrefour.cache import public_content_version
from carrefour.editorial.models import FeaturedInitiative
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from tests.factories import SourceFactory, UserFactory, make_initiative
from tests.search.test_harvest_service import CONFIG, FakePlatform

pytestmark = pytest.mark.django_db(transaction=True)


def test_anonymous_home_is_served_from_cache_until_something_is_published(client):
    initiative = make_initiative(title="Garage solidaire de Rodez")
    first = client.get("/")
    assert first["X-Carrefour-Cache"] == "miss"
    second = client.get("/")
    assert second["X-Carrefour-Cache"] == "hit" and second.content == first.content
    assert "Garage solidaire de Rodez" in second.content.decode()

    featured = FeaturedInitiative.objects.create(initiative=initiative, live=False, title="Le garage à la une")
    featured.save_revision().publish()
    after = client.get("/")
    assert after["X-Carrefour-Cache"] == "miss"
    assert "Le garage à la une" in after.content.decode()


def test_query_strings_and_logged_in_users_are_never_cached(client):
    client.get("/")
    assert "X-Carrefour-Cache" not in client.get("/?utm=1")
    client.force_login(UserFactory())
    assert "X-Carrefour-Cache" not in client.get("/")


def test_a_harvest_that_changes_initiatives_invalidates_and_an_idle_one_does_not(fixture_server, client):
    platform = FakePlatform(fixture_server, count=2)
    source = SourceFactory(slug="plateforme-test", format="json_api", configuration={**CONFIG, "url": platform.url})
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])
    before = public_content_version()
    source_harvest(source=source, fetcher=fetcher)
    assert public_content_version() == before + 1
    assert "Épicerie solidaire numéro 1" in client.get("/").content.decode()
    source_harvest(source=source, fetcher=fetcher)  # nothing changed: cached pages stay valid
    assert public_content_version() == before + 1
    assert client.get("/")["X-Carrefour-Cache"] == "hit"
