"""End to end in Chromium (issue 20): a place written in the query ranks the initiatives placed there first and is
offered as a filter, an ambiguous name offers each of its départements; an initiative page shows « Initiatives
similaires », the same idea elsewhere first, never the initiative itself nor its merged duplicate."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from initiatives.merging import initiative_merge
from initiatives.models import Commune, Departement, Region
from tests.factories import SourceFactory, make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COG = {  # région, département, commune (INSEE codes and names as the COG writes them), population
    "marseille": (("93", "Provence-Alpes-Côte d'Azur"), ("13", "Bouches-du-Rhône"), ("13055", "Marseille"), 873_000),
    "saint-denis-93": (("11", "Île-de-France"), ("93", "Seine-Saint-Denis"), ("93066", "Saint-Denis"), 113_000),
    "saint-denis-974": (("04", "La Réunion"), ("974", "La Réunion"), ("97411", "Saint-Denis"), 153_000),
}


@pytest.fixture(autouse=True)
def private_cache(settings):
    # The live server runs in this process: a private, empty cache keeps labels and counts of other tests away.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "e2e-places"}}
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def places(monkeypatch):
    """A flush emptied the COG the migrations seeded: the few places these tests need, and the process's place
    indexes forgotten (as in a new process)."""
    from search import places as query_places
    from search.normalize import places as normalize_places

    for (region_code, region), (departement_code, departement), (insee, name), population in COG.values():
        region_row = Region.objects.get_or_create(code=region_code, defaults={"name": region, "slug": region_code})[0]
        departement_row = Departement.objects.get_or_create(
            code=departement_code, defaults={"name": departement, "slug": f"d-{departement_code}", "region": region_row})[0]
        Commune.objects.get_or_create(insee_code=insee, defaults={
            "name": name, "slug": f"{name.lower()}-{insee}", "departement": departement_row, "region": region_row,
            "population": population, "search_name": name.lower(), "latitude": 45.0, "longitude": 3.0})
    monkeypatch.setattr(query_places, "_index", None)
    monkeypatch.setattr(normalize_places, "_indexes", {})
    query_places._big_communes.cache_clear()
    yield
    query_places._big_communes.cache_clear()


def placed(key: str, title: str, summary: str, **fields):
    (region, _), (departement, _), (insee, _), _ = COG[key]
    return make_initiative(title=title, summary=summary, commune=insee, departement=departement, region=region, **fields)


def search(page, q: str) -> None:
    page.goto("/recherche/")
    page.get_by_label("Rechercher parmi les initiatives de toutes les plateformes").fill(q)
    page.get_by_role("button", name="Rechercher", exact=True).click()


def titles(page) -> list[str]:
    return page.locator("ol.carrefour-results .fr-card__title a").all_inner_texts()


def test_a_place_in_the_query_ranks_first_and_is_offered_as_a_filter(page, places):
    # The text alone would put the Saint-Denis one first (it says « épicerie solidaire » three times).
    placed("marseille", "Épicerie du Panier", "Une épicerie solidaire de quartier.")
    placed("saint-denis-93", "Épicerie solidaire, l'épicerie solidaire des familles",
           "Épicerie solidaire : produits frais à petit prix.")

    search(page, "épicerie solidaire marseille")
    expect(page.locator("#lieu-reconnu")).to_contain_text("Lieu reconnu dans votre recherche : Marseille (13)")
    assert titles(page) == ["Épicerie du Panier", "Épicerie solidaire, l'épicerie solidaire des familles"]
    page.locator("#lieu-reconnu").get_by_role("link", name="Bouches-du-Rhône (13)").click()
    expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_text(["Épicerie du Panier"])
    assert "departement=13" in page.url and "marseille" not in page.url.lower()
    assert page.console_errors == []


def test_an_ambiguous_place_offers_each_of_its_departements(page, places):
    placed("saint-denis-93", "Aide aux devoirs du Franc-Moisin", "Aide aux devoirs pour les collégiens.")
    placed("saint-denis-974", "Aide aux devoirs des Camélias", "Aide aux devoirs pour les écoliers.")
    placed("marseille", "Aide aux devoirs de la Belle de Mai", "Aide aux devoirs et sorties.")

    search(page, "aide aux devoirs st denis")
    banner = page.locator("#lieu-reconnu")
    expect(banner).to_contain_text("Saint-Denis (974) / Saint-Denis (93)")  # the most populous first
    assert titles(page)[2] == "Aide aux devoirs de la Belle de Mai"  # the two Saint-Denis first
    expect(banner.locator(".fr-tag")).to_have_text(["La Réunion (974)", "Seine-Saint-Denis (93)"])
    banner.get_by_role("link", name="La Réunion (974)").click()
    expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_text(["Aide aux devoirs des Camélias"])
    assert page.console_errors == []


def test_an_initiative_page_shows_similar_initiatives_elsewhere_then_nearby(page, places):
    summary = "Une recyclerie associative : collecte, réparation et revente d'objets de seconde main."
    own = placed("marseille", "Recyclerie du Vieux-Port", summary)
    elsewhere = placed("saint-denis-93", "Recyclerie de la Plaine", "Recyclerie : collecte et revente d'objets.")
    nearby = placed("marseille", "Recyclerie de la Joliette", "Recyclerie associative : réparation d'objets.")
    placed("saint-denis-974", "Cours de cuisine créole", "Ateliers de cuisine pour les familles.")
    # The same initiative on another platform, merged: never shown as similar to itself.
    duplicate = make_initiative(source=SourceFactory(), title="Recyclerie du Vieux Port", summary=summary,
                                commune="13055", departement="13", region="93")
    initiative_merge(keep=own, other=duplicate)

    page.goto(own.get_absolute_url())
    section = page.locator("#similaires")
    expect(section.locator("#similaires-titre")).to_have_text("Initiatives similaires")
    expect(section.locator("[aria-labelledby=similaires-ailleurs] h3 a, [aria-labelledby=similaires-ailleurs] h4 a")
           ).to_have_text([elsewhere.title])
    expect(section.locator("#similaires-proches")).to_have_text("Dans le même département (Bouches-du-Rhône)")
    expect(section.locator("[aria-labelledby=similaires-proches] a").first).to_have_text(nearby.title)
    assert own.title not in section.inner_text() and duplicate.title not in section.inner_text()
    assert "Cours de cuisine créole" not in section.inner_text()
    section.get_by_role("link", name=elsewhere.title).click()
    page.wait_for_url(f"**{elsewhere.get_absolute_url()}")
    assert page.console_errors == []
