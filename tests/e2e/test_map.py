"""End to end in Chromium: click a région on the map and see the filtered results; the Observatoire's charts."""

from pathlib import Path

import pytest

from tests.factories import make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"


@pytest.fixture
def regions_corpus(db):
    # Transactional tests run after a flush that empties the COG tables: give the few rows these need.
    from initiatives.models import Departement, Region

    brittany = Region.objects.get_or_create(code="53", defaults={"name": "Bretagne", "slug": "bretagne"})[0]
    occitanie = Region.objects.get_or_create(code="76", defaults={"name": "Occitanie", "slug": "occitanie"})[0]
    Departement.objects.get_or_create(code="29", defaults={"name": "Finistère", "slug": "finistere", "region": brittany})
    Departement.objects.get_or_create(code="12", defaults={"name": "Aveyron", "slug": "aveyron", "region": occitanie})
    make_initiative(title="Garage solidaire de Brest", departement="29", region="53", start_year=2020)
    make_initiative(title="Ressourcerie de Morlaix", departement="29", region="53", start_year=2021)
    make_initiative(title="Épicerie solidaire de Rodez", departement="12", region="76", start_year=2021)


def test_click_a_region_on_the_map_filters_the_search(page, regions_corpus):
    page.goto("/carte/")
    brittany = page.locator('a.carrefour-map__area[data-code="53"]')
    assert brittany.get_attribute("aria-label") == "Bretagne : 2 initiatives"
    brittany.click()
    page.wait_for_url("**/recherche/?region=53")
    titles = sorted(page.locator(".carrefour-result h3").all_inner_texts())
    assert titles == ["Garage solidaire de Brest", "Ressourcerie de Morlaix"]
    assert page.console_errors == []


def test_observatory_charts_render(page, regions_corpus):
    page.goto("/observatoire/")
    chart = page.locator("#graphique-regions svg")
    chart.wait_for()
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 20
    bars = page.locator("#graphique-regions rect")
    assert bars.count() == 2
    widths = [float(bars.nth(i).get_attribute("width")) for i in range(2)]
    assert widths[0] == pytest.approx(2 * widths[1])  # Bretagne (2) is twice Occitanie (1)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "observatoire.png"), full_page=True)  # kept for review
    assert page.console_errors == []


# A 1×1 transparent PNG, served as every tile.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fe"
    "a7d6a4d30000000049454e44ae426082"
)


def test_optional_point_map_uses_the_configured_tile_server(page, regions_corpus, settings, fixture_server):
    from initiatives.models import Initiative

    Initiative.objects.filter(title__startswith="Garage").update(latitude=48.39, longitude=-4.49)
    Initiative.objects.filter(title__startswith="Épicerie").update(latitude=44.35, longitude=2.57)
    fixture_server.add("/tile.png", PNG, headers={"Content-Type": "image/png"})
    settings.CARREFOUR_MAP_TILES_URL = fixture_server.url("/tile.png") + "?z={z}&x={x}&y={y}"

    page.goto("/carte/")
    points = page.locator("#carte-points")
    points.wait_for()
    page.locator("#carte-points[data-points]").wait_for()  # set by points.js once the GeoJSON is drawn
    assert points.get_attribute("data-points") == "2"  # the two initiatives with coordinates
    assert page.locator(".leaflet-marker-icon").count() == 2
    page.locator("img.leaflet-tile-loaded").first.wait_for()
    assert page.console_errors == []  # the tile origin is allowed by the page's CSP


def test_point_map_is_off_by_default(client, regions_corpus):
    html = client.get("/carte/").content.decode()
    assert "carte-points" not in html and "leaflet" not in html


@pytest.fixture
def brest_epci(regions_corpus):
    from initiatives.models import Commune, Epci

    brest = Epci.objects.get_or_create(code="242900314", defaults={
        "name": "Brest Métropole", "slug": "brest-metropole", "kind": Epci.Kind.METROPOLE})[0]
    Commune.objects.get_or_create(insee_code="29019", defaults={
        "name": "Brest", "slug": "brest", "departement_id": "29", "region_id": "53", "population": 140_000,
        "latitude": 48.4, "longitude": -4.5, "epci": brest, "search_name": "brest"})
    make_initiative(title="Recyclerie de Brest", commune="29019", departement="29", region="53")
    return brest


def test_click_an_intercommunalite_on_the_map_filters_the_search(page, brest_epci):
    page.goto("/carte/")
    page.get_by_role("link", name="Par intercommunalité").click()
    page.wait_for_url("**/carte/?maille=epci")
    point = page.locator('a.carrefour-map__point[data-code="242900314"]')
    assert point.get_attribute("aria-label") == "Brest Métropole : 1 initiative"
    box = point.bounding_box()
    finistere = page.locator("svg.carrefour-map__svg").bounding_box()
    assert box["x"] < finistere["x"] + finistere["width"] * 0.15  # at the western tip of Brittany
    point.click()
    page.wait_for_url("**/recherche/?epci=242900314")
    assert page.locator(".carrefour-result h3").all_inner_texts() == ["Recyclerie de Brest"]
    assert page.locator('#facette-epci input[value="242900314"]').is_checked()
    assert page.console_errors == []


@pytest.mark.parametrize("width", [1280, 390])
def test_the_legend_points_are_drawn_at_the_maps_scale(page, brest_epci, width):
    """The legend's point for a count is as large on screen as that count's point on the map, on a desktop and on
    a phone (the map shrinks with the screen; a legend in pixels would not)."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("/carte/?maille=epci")
    on_map = page.locator('a.carrefour-map__point[data-code="242900314"] circle').bounding_box()
    in_legend = page.locator(".carrefour-map__legend circle").first.bounding_box()
    assert page.locator(".carrefour-map__legend li").first.inner_text().strip() == "1"  # the only count, the largest
    assert abs(on_map["width"] - in_legend["width"]) < 1, (on_map, in_legend)
    assert page.console_errors == []
