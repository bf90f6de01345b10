"""Public pages of initiatives, territories and themes, with pinned query counts."""

import json
import re

import pytest
from django.urls import reverse

from initiatives.models import Initiative
from initiatives.services import DistinctionData, InitiativeData, initiative_upsert_from_record
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def rich_initiative():
    avise = SourceFactory(name="Avise démo", precedence=1, licence="Licence Ouverte 2.0")
    labo = SourceFactory(name="Labo ESS démo", precedence=2, licence="CC BY-SA 4.0", licence_url="")
    initiative = make_initiative(
        source=avise,
        title="Épicerie solidaire du Faubourg",
        summary="Une épicerie où chacun paie selon ses moyens.",
        description='<p>Ouverte en 2019.</p><script>alert("x")</script><p onclick="alert(1)">Bénévoles</p>',
        theme_codes=["alimentation", "precarite"],
        porteur={"name": "Association Le Panier Partagé", "kind": "association"},
        distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2022, category="Solidarité", rank="or")],
        start_year=2019,
    )
    initiative_upsert_from_record(
        source=labo, external_id="labo-1", raw={"x": 1},
        data=InitiativeData(title="Epicerie solidaire Faubourg", commune="12202", departement="12", region="76"),
        initiative=initiative,
    )
    initiative.refresh_from_db()
    return initiative


def test_detail_page_shows_everything_with_a_pinned_number_of_queries(client, rich_initiative, django_assert_max_num_queries):
    # 5 for the page; at most 5 for « Initiatives similaires » (its words, the rare ones' matches, the ranking, the
    # cards and their themes), the same number whatever the initiative: no query per card.
    with django_assert_max_num_queries(10):
        response = client.get(rich_initiative.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Épicerie solidaire du Faubourg" in html
    assert "Association Le Panier Partagé" in html
    assert 'href="/territoires/communes/12202-rodez/"' in html
    assert "Aveyron" in html and "Occitanie" in html
    # The place reads as a sentence: no space before a comma (issue 18: « Saint-Flour , Cantal »).
    place = re.sub(r"<[^>]+>", "", html.split("<dt>Territoire</dt>")[1].split("</dd>")[0])
    assert " ".join(place.split()).startswith("Rodez, Aveyron, Occitanie")
    assert "Alimentation durable" in html and "Personnes en précarité" in html
    assert "Prix TERRITORIA 2022" in html
    assert "Avise démo" in html and "Labo ESS démo" in html and "CC BY-SA 4.0" in html
    assert "résumé : Avise démo" in html and "commune : Labo ESS démo" in html
    assert "<script>alert" not in html and "onclick" not in html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(ld)["@graph"][0]  # the project; the page about it follows (tests/initiatives/test_jsonld.py)
    assert data["@type"] == "Project" and data["name"] == "Épicerie solidaire du Faubourg"
    assert data["location"]["address"]["addressLocality"] == "Rodez"
    assert data["founder"]["name"] == "Association Le Panier Partagé"


def test_jsonld_cannot_break_out_of_its_script(client):
    initiative = make_initiative(title='Projet </script><script>alert(1)</script>')
    html = client.get(initiative.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_hidden_and_merged_initiatives(client):
    target = make_initiative(title="Cible")
    merged = make_initiative(title="Doublon")
    Initiative.objects.filter(pk=merged.pk).update(visibility=Initiative.Visibility.MERGED, merged_into=target)
    response = client.get(merged.get_absolute_url())
    assert response.status_code == 301 and response["Location"] == target.get_absolute_url()
    hidden = make_initiative(title="Masquée")
    Initiative.objects.filter(pk=hidden.pk).update(visibility=Initiative.Visibility.HIDDEN)
    assert client.get(hidden.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "url_name, kwargs",
    [
        ("initiatives:region", {"slug": "occitanie"}),
        ("initiatives:departement", {"slug": "12-aveyron"}),
        ("initiatives:commune", {"insee_code": "12202", "slug": "rodez"}),
        ("initiatives:theme", {"code": "alimentation"}),
    ],
)
def test_territory_and_theme_pages_are_paginated_with_pinned_queries(client, url_name, kwargs, django_assert_max_num_queries):
    source = SourceFactory()
    for number in range(25):
        make_initiative(source=source, title=f"Initiative {number:02d}", commune="12202", departement="12", region="76",
                        theme_codes=["alimentation"], porteur={"name": f"Porteur {number}"})
    url = reverse(url_name, kwargs=kwargs)
    with django_assert_max_num_queries(8):
        first = client.get(url)
    assert first.status_code == 200
    html = first.content.decode()
    assert "25 initiatives" in html
    assert html.count("fr-card__title") == 20
    assert "Page 1 sur 2" in html
    second = client.get(url + "?page=2").content.decode()
    assert second.count("fr-card__title") == 5


def test_empty_states(client):
    assert "Aucune initiative recensée sur ce territoire" in client.get("/territoires/regions/bretagne/").content.decode()
    assert "Aucune initiative n’est encore publiée" in client.get("/initiatives/").content.decode()


def test_commune_url_with_wrong_slug_redirects(client):
    response = client.get("/territoires/communes/12202-autre-nom/")
    assert response.status_code == 301 and response["Location"] == "/territoires/communes/12202-rodez/"


def test_theme_and_territory_indexes(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        themes = client.get("/themes/").content.decode()
    assert "Domaines" in themes and "Mobilité" in themes and "Méthodes" in themes
    with django_assert_max_num_queries(3):
        territories = client.get("/territoires/").content.decode()
    assert "Corse-du-Sud (2A)" in territories and "Mayotte" in territories
