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
