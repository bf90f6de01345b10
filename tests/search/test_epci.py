"""The intercommunalités (EPCI, and the Grand Paris territoires): a facet counted per site, a filter on every
endpoint, a map level drawn as points."""

from __future__ import annotations

import pytest
from django.db import connection

import search.query
from initiatives.models import Commune, Initiative
from initiatives.services import InitiativeData, initiative_rebuild, initiative_upsert_from_record
from search.params import SearchParams, SearchParamsError, search_params_parse
from search.query import compute_facets, matching
from tests.factories import SourceFactory, make_initiative
from tests.search.reference_search import reference_matching

pytestmark = pytest.mark.django_db

LYON, BORDEAUX, GRAND_PARIS, EST_ENSEMBLE, REUNION_NORD = "200046977", "243300316", "200054781", "200057875", "249740119"


def sited(title: str, communes: list[str]) -> Initiative:
    """One initiative with a site in each commune (one source record per commune, as a network publishes them)."""
    source = SourceFactory()
    initiative = None
    for number, code in enumerate(communes, 1):
        commune = Commune.objects.get(insee_code=code)
        initiative = initiative_upsert_from_record(
            source=source, external_id=str(number), raw={"id": number}, initiative=initiative,
            data=InitiativeData(title=title, commune=code, departement=commune.departement_id,
                                region=commune.region_id)).initiative
    return initiative_rebuild(initiative=Initiative.objects.get(pk=initiative.pk))


def epci_corpus() -> dict[str, Initiative]:
    """Initiatives in two, one and no intercommunalité, in the Grand Paris and overseas."""
    return {
        "two_epcis": sited("Réseau d’épiceries solidaires", ["69123", "33063"]),  # Lyon, Bordeaux
        "one_epci": sited("Recyclerie à deux sites", ["33063", "33522"]),  # Bordeaux and Talence: one métropole
        "grand_paris": sited("Jardin partagé de Montreuil", ["93048"]),  # the Métropole and Est Ensemble
        "reunion": sited("Épicerie solidaire de Saint-Denis", ["97411"]),
        "nowhere": make_initiative(title="Réseau national sans commune"),
    }


@pytest.fixture
def corpus():
    return epci_corpus()


def epci_counts(params: SearchParams | None = None) -> dict[str, int]:
    return {value.value: value.count for value in compute_facets(params or SearchParams())["epci"]}


def test_an_initiative_counts_once_in_each_intercommunalite_where_it_has_a_site(corpus):
    counts = epci_counts()
    assert counts[LYON] == 1
    assert counts[BORDEAUX] == 2  # two sites in Bordeaux Métropole count once; the network counts there too
    assert counts[GRAND_PARIS] == 1 and counts[EST_ENSEMBLE] == 1
    assert counts[REUNION_NORD] == 1
    assert len(counts) == 5
    # Disjunctive, like the other facets: its own filter leaves its counts alone, another facet's narrows them.
    assert epci_counts(SearchParams(epci=[LYON])) == counts
    assert epci_counts(SearchParams(departement=["69"])) == {LYON: 1, BORDEAUX: 1}


def test_the_filter_keeps_the_initiatives_with_a_site_there(corpus):
    def found(**filters) -> set[int]:
        return set(matching(SearchParams(**filters)).values_list("pk", flat=True))

    assert found(epci=[BORDEAUX]) == {corpus["two_epcis"].pk, corpus["one_epci"].pk}
    assert found(epci=[LYON]) == {corpus["two_epcis"].pk}
    assert found(epci=[EST_ENSEMBLE]) == found(epci=[GRAND_PARIS]) == {corpus["grand_paris"].pk}
    assert found(epci=[LYON, EST_ENSEMBLE]) == {corpus["two_epcis"].pk, corpus["grand_paris"].pk}
    assert found(epci=["200000172"]) == set()  # a real intercommunalité without initiatives
    for filters in ({"epci": [BORDEAUX]}, {"epci": [LYON, EST_ENSEMBLE], "q": "réseau"}):
        params = SearchParams(**filters)
        assert found(**filters) == set(reference_matching(params).values_list("pk", flat=True)), filters


def logged_ids() -> list:
    with connection.cursor() as cursor:
        cursor.execute("SELECT initiative_ids FROM search_facetlog ORDER BY id")
        return [row[0] for row in cursor.fetchall()]


def test_the_change_log_follows_an_initiatives_commune_and_a_communes_intercommunalite(corpus):
    """The facet index is patched from the log (tests/search/test_facet_index.py): what moves an initiative from one
    intercommunalité to another must be logged."""
    moved = corpus["grand_paris"]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_facetlog")
    Commune.objects.filter(insee_code="69123").update(population=1)  # not an intercommunalité change
    assert logged_ids() == []
    # An editor moves the initiative within its département: only the commune changes.
    Initiative.objects.filter(pk=moved.pk).update(commune_id="93066")
    assert logged_ids() == [[moved.pk]]
    # A new COG moves a commune to another intercommunalité: every index rebuilds.
    Commune.objects.filter(insee_code="69123").update(epci_id=BORDEAUX)
    assert logged_ids()[-1] is None
    counts = epci_counts()
    assert LYON not in counts and counts[BORDEAUX] == 2
    assert counts[Commune.objects.get(insee_code="93066").ept_id] == 1 and counts[EST_ENSEMBLE] == 1  # and its site


def test_a_long_facet_lists_the_largest_values_and_those_chosen(corpus, monkeypatch):
    monkeypatch.setattr(search.query, "LONG_FACET_LIMIT", 1)
    assert [value.value for value in compute_facets(SearchParams())["epci"]] == [BORDEAUX]
    chosen = compute_facets(SearchParams(epci=[LYON]))["epci"]
    assert [(value.value, value.selected) for value in chosen] == [(BORDEAUX, False), (LYON, True)]
    assert len(compute_facets(SearchParams(), complete=True)["epci"]) == 5


def test_the_parser_refuses_a_malformed_siren_by_name():
    for value in ("12345", "2000469770", "20004697A", "200046978", "２００046977"):  # short, long, letter, key, digits
        with pytest.raises(SearchParamsError) as error:
            search_params_parse({"epci": [value]}, strict=True)
        assert set(error.value.errors) == {"epci"}
        assert value in error.value.errors["epci"][0] and "SIREN" in error.value.errors["epci"][0]
        assert search_params_parse({"epci": [value]}).epci == []  # a page drops it
    assert search_params_parse({"epci": [f" {LYON} ", BORDEAUX]}, strict=True).epci == [LYON, BORDEAUX]


def test_the_search_page_shows_the_facet_and_filters(client, corpus):
    html = client.get("/recherche/").content.decode()
    facet = html.split('id="facette-epci"')[1].split("</fieldset>")[0]
    assert "Intercommunalités" in facet
    assert f'name="epci" value="{BORDEAUX}"' in facet and "Bordeaux Métropole" in facet
    assert "Est Ensemble (EPT)" in facet
    assert facet.index("Bordeaux Métropole") < facet.index("Métropole de Lyon")  # the largest count first
    page = client.get("/recherche/", {"epci": BORDEAUX, "sort": "title"})
    assert [hit.title for hit in page.context["hits"]] == ["Recyclerie à deux sites", "Réseau d’épiceries solidaires"]
    assert f"epci={BORDEAUX}" in page.context["query_string"]
    assert client.get("/recherche/", {"epci": "pas-un-siren"}).context["results"].total == 5  # dropped, not an error


def test_the_api_filters_counts_and_refuses(client, corpus):
    body = client.get("/api/initiatives/", {"epci": LYON}).json()
    assert [result["title"] for result in body["results"]] == ["Réseau d’épiceries solidaires"]
    facet = {value["value"]: value for value in body["facets"]["epci"]}
    assert facet[BORDEAUX]["count"] == 2 and facet[LYON]["selected"] and facet[EST_ENSEMBLE]["label"] == "Est Ensemble (EPT)"
    refused = client.get("/api/initiatives/", {"epci": "123"})
    assert refused.status_code == 400 and "epci" in refused.json()
    rows = client.get("/api/export/json/", {"epci": EST_ENSEMBLE})
    assert b"Jardin partag" in b"".join(rows.streaming_content)
    assert client.get("/api/export/csv/", {"epci": "123"}).status_code == 400
    feed = client.get("/recherche/flux.rss", {"epci": LYON}).content.decode()
    assert "Réseau d’épiceries solidaires" in feed and "Recyclerie" not in feed
