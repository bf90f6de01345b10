"""Per-view caches for anonymous visitors: search pages, initiative pages, API answers (carrefour/cache.py)."""

import pytest
from django.contrib.auth import get_user_model

from carrefour.cache import public_content_changed
from initiatives.models import Initiative
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _view_cache_on(settings):
    settings.CARREFOUR_ANONYMOUS_VIEW_CACHE = True


def test_search_page_is_cached_per_address_until_the_content_changes(client):
    make_initiative(title="Épicerie solidaire de Rodez", region="76")
    first = client.get("/recherche/", {"q": "épicerie"})
    assert first["X-Carrefour-Cache"] == "miss" and "Épicerie solidaire de Rodez" in first.content.decode()
    make_initiative(title="Épicerie solidaire de Millau", region="76")
    again = client.get("/recherche/", {"q": "épicerie"})
    assert again["X-Carrefour-Cache"] == "hit" and again.content == first.content
    other = client.get("/recherche/", {"q": "épicerie", "region": "76"})  # another address: its own entry
    assert other["X-Carrefour-Cache"] == "miss" and "Millau" in other.content.decode()
    partial = client.get("/recherche/", {"q": "épicerie"}, headers={"HX-Request": "true"})
    assert partial["X-Carrefour-Cache"] == "miss" and b"<html" not in partial.content  # partial: not the full page
    public_content_changed()  # what a harvest that changed initiatives does after its commit
    fresh = client.get("/recherche/", {"q": "épicerie"})
    assert fresh["X-Carrefour-Cache"] == "miss" and "Millau" in fresh.content.decode()


def test_signed_in_visitors_always_get_a_fresh_page(client):
    make_initiative(title="Atelier vélo de Brest")
    client.get("/recherche/", {"q": "vélo"})
    user = get_user_model().objects.create_user("lea", "lea@example.org", "Tres-solide-42!")
    client.force_login(user)
    response = client.get("/recherche/", {"q": "vélo"})
    assert "X-Carrefour-Cache" not in response


def test_initiative_page_and_api_answers(client):
    initiative = make_initiative(title="Ressourcerie de Lorient", start_year=2018)
    url = initiative.get_absolute_url()
    assert client.get(url)["X-Carrefour-Cache"] == "miss"
    assert client.get(url)["X-Carrefour-Cache"] == "hit"
    assert client.get("/api/initiatives/", {"q": "ressourcerie"}).json()["count"] == 1
    make_initiative(title="Ressourcerie de Vannes")
    assert client.get("/api/initiatives/", {"q": "ressourcerie"}).json()["count"] == 1  # cached data
    assert client.get("/api/initiatives/", {"q": "ressourcerie", "page": 1}).json()["count"] == 2
    public_content_changed()
    assert client.get("/api/initiatives/", {"q": "ressourcerie"}).json()["count"] == 2
    Initiative.objects.filter(pk=initiative.pk).update(visibility=Initiative.Visibility.HIDDEN)
    public_content_changed()
    assert client.get(url).status_code == 404  # errors are never stored
