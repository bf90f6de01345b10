"""The intercommunalités as a map level: one point per EPCI, sized by its count, linking to its search; the map API."""

from __future__ import annotations

import re

import pytest

from tests.search.test_epci import BORDEAUX, EST_ENSEMBLE, GRAND_PARIS, LYON, REUNION_NORD, epci_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    return epci_corpus()


def test_the_map_draws_a_point_per_intercommunalite_linking_to_its_search(client, corpus):
    page = client.get("/carte/", {"maille": "epci", "q": "solidaire"})
    html = page.content.decode()
    points = re.findall(r'<a href="([^"]+)" class="carrefour-map__point" data-code="(\d+)" aria-label="([^"]+)"', html)
    assert {(code, label) for _url, code, label in points} == {
        (LYON, "Métropole de Lyon : 1 initiative"), (BORDEAUX, "Bordeaux Métropole : 1 initiative")}
    assert f"/recherche/?q=solidaire&amp;epci={LYON}" in {url for url, _code, _label in points}
    assert 'aria-current="true" href="?q=solidaire&amp;maille=epci"' in html
    table = {point.code: point.count for point in page.context["map"].table}
    assert table == {LYON: 1, BORDEAUX: 1, REUNION_NORD: 1}  # overseas: in the table, not drawn
    assert 'class="carrefour-map__area"' not in html  # the départements are a background, not links
    whole = client.get("/carte/", {"maille": "epci"}).context["map"]
    radius = {point.code: point.radius for point in whole.points}
    assert radius[BORDEAUX] > radius[LYON] and GRAND_PARIS in radius and EST_ENSEMBLE not in radius


def test_the_map_api_gives_every_intercommunalite_with_its_position(client, corpus):
    data = client.get("/api/map/", {"level": "epci"}).json()
    areas = {area["code"]: area for area in data["areas"]}
    assert {code: area["count"] for code, area in areas.items()} == {
        LYON: 1, BORDEAUX: 2, GRAND_PARIS: 1, REUNION_NORD: 1}
    assert 45.6 < areas[LYON]["latitude"] < 45.9 and 4.7 < areas[LYON]["longitude"] < 5.0
    assert -21.5 < areas[REUNION_NORD]["latitude"] < -20.8
    assert client.get("/api/map/", {"level": "commune"}).status_code == 400
    schema = client.get("/api/schema/", {"format": "json"}).json()
    level = next(p for p in schema["paths"]["/api/map/"]["get"]["parameters"] if p["name"] == "level")
    assert "epci" in level["schema"]["enum"]
