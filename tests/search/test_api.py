"""The public REST API: search with filters and facets, detail, suggestions, sources, themes, territories, schema."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from carrefour.api import router
from initiatives.models import Initiative
from initiatives.services import DistinctionData
from search.harvest.models import SourceHealth
from search.lexicon import search_terms_refresh
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def corpus():
    avise = SourceFactory(slug="avise", name="Avise démo", licence="Licence Ouverte 2.0")
    labo = SourceFactory(slug="labo", name="Labo démo", licence="CC BY 4.0")
    items = {
        "epicerie": make_initiative(
            source=avise, title="Épiceries solidaires du Grand Rodez", summary="Des produits frais à petit prix.",
            commune="12202", departement="12", region="76", theme_codes=["alimentation", "precarite"],
            start_year=2019, porteur={"name": "Association Panier Partagé", "kind": "association"},
        ),
        "tiers_lieu": make_initiative(
            source=labo, title="Tiers-lieu de Millau", summary="Un lieu ouvert à tous.",
            description="<p>On y trouve aussi une épicerie solidaire le samedi.</p>",
            commune="12145", departement="12", region="76", theme_codes=["tiers-lieux"], start_year=2021,
            porteur={"name": "Mairie de Millau", "kind": "collectivite"},
        ),
        "covoiturage": make_initiative(
            source=labo, title="Covoiturage rural en Bretagne", summary="Mobilité rurale partagée.",
            departement="29", region="53", theme_codes=["mobilite"], start_year=2019,
            distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2020, rank="or")],
        ),
        "garage": make_initiative(
            source=avise, title="Garage solidaire de Brest", summary="Réparer sa voiture moins cher.",
            commune="29019", departement="29", region="53", theme_codes=["mobilite", "precarite"], start_year=2020,
        ),
    }
    search_terms_refresh()
    return items


def titles(response):
    return [hit["title"] for hit in response.json()["results"]]


# --- /api/initiatives/ -------------------------------------------------------------------------------
def test_list_shape_with_facets_and_pagination(client, corpus):
    response = client.get("/api/initiatives/")
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"count", "next", "previous", "results", "facets", "suggestion"}
    assert body["count"] == 4 and body["next"] is None and body["previous"] is None
    assert set(body["facets"]) == {"theme", "region", "departement", "epci", "source", "porteur_kind", "year", "prize"}
    regions = {value["value"]: value["count"] for value in body["facets"]["region"]}
    assert regions == {"76": 2, "53": 2}
    hit = next(hit for hit in body["results"] if hit["title"].startswith("Épiceries"))
    assert hit["territory"]["commune"]["insee_code"] == "12202"
    assert hit["porteur"]["kind"] == "association"
    assert {theme["code"] for theme in hit["themes"]} == {"alimentation", "precarite"}
    assert hit["sources"] == [{"name": "Avise démo", "slug": "avise"}]


def test_fast_shapes_give_exactly_what_the_drf_serializers_give(corpus):
    """The search response builds facets without DRF and reuses nested serializers across hits: same output."""
    from initiatives.api.serializers import InitiativeListSerializer, SourceRefSerializer, TerritorySerializer
    from search.params import SearchParams
    from search.query import initiative_search
    from search.serializers import FacetValueSerializer, facet_values_data

    results = initiative_search(SearchParams(theme=["mobilite", "precarite"]))
    assert any(value.children for value in results.facets["theme"]) and len(results.hits) == 3
    for name, values in results.facets.items():
        assert facet_values_data(values) == FacetValueSerializer(values, many=True).data, name
    shared = InitiativeListSerializer(results.hits, many=True).data
    for hit, data in zip(results.hits, shared, strict=True):
        assert data["territory"] == TerritorySerializer(hit).data
        assert data["sources"] == SourceRefSerializer(hit.sources, many=True).data != []
    # The hits as the API sends them, on every shape: with and without commune, porteur, distinction, snippet.
    from initiatives.api.serializers import search_hits_data

    for params in (SearchParams(), SearchParams(q="solidaire")):
        hits = initiative_search(params).hits
        assert hits and search_hits_data(hits) == InitiativeListSerializer(hits, many=True).data
        assert not params.q or all(hit.snippet for hit in hits)  # with a query, snippets are part of the shape
    assert {hit.porteur is None for hit in initiative_search(SearchParams()).hits} == {True, False}
    browse = search_hits_data(initiative_search(SearchParams()).hits)
    assert any(hit["distinctions"] for hit in browse) and any(hit["territory"]["commune"] is None for hit in browse)


def test_text_query_and_filters(client, corpus):
    assert titles(client.get("/api/initiatives/", {"q": "épicerie solidaire"}))[:2] == [
        "Épiceries solidaires du Grand Rodez", "Tiers-lieu de Millau",
    ]
    response = client.get("/api/initiatives/?region=53&theme=precarite")
    assert titles(response) == ["Garage solidaire de Brest"]
    # Repeating a parameter means OR within the facet.
    assert set(titles(client.get("/api/initiatives/?year=2019&year=2020"))) == {
        "Épiceries solidaires du Grand Rodez", "Covoiturage rural en Bretagne", "Garage solidaire de Brest",
    }
    assert titles(client.get("/api/initiatives/", {"prize": "prix-territoria"})) == ["Covoiturage rural en Bretagne"]
    assert titles(client.get("/api/initiatives/", {"source": "labo", "porteur_kind": "collectivite"})) == [
        "Tiers-lieu de Millau"
    ]
    assert titles(client.get("/api/initiatives/", {"departement": "29", "sort": "title"})) == [
        "Covoiturage rural en Bretagne", "Garage solidaire de Brest",
    ]
    assert titles(client.get("/api/initiatives/", {"ordering": "title"}))[0] == "Covoiturage rural en Bretagne"


def test_facets_are_disjunctive_and_mark_selection(client, corpus):
    body = client.get("/api/initiatives/", {"region": "53"}).json()
    regions = {value["value"]: value for value in body["facets"]["region"]}
    assert regions["76"]["count"] == 2 and regions["53"]["selected"] is True
    assert {value["value"] for value in body["facets"]["departement"]} == {"29"}


def test_suggestion_for_a_typo(client, corpus):
    body = client.get("/api/initiatives/", {"q": "covoiturrage", "exact": "1"}).json()
    assert body["count"] == 0 and body["fallback"] == "" and body["query_used"] == ""
    assert body["suggestion"] == "covoiturage"
    # By default the corrected query's results come at once, and the answer says which query they are for.
    corrected = client.get("/api/initiatives/", {"q": "covoiturrage"}).json()
    assert corrected["count"] >= 1 and corrected["fallback"] == "corrected"
    assert corrected["query_used"] == "covoiturage" and corrected["suggestion"] is None
    refused = client.get("/api/initiatives/", {"q": "covoiturrage", "exact": "oui"})
    assert refused.status_code == 400 and "exact" in refused.json()


def test_pagination_links(client, corpus, settings):
    for number in range(21):
        make_initiative(title=f"Jardin partagé numéro {number}", departement="75", region="11")
    first = client.get("/api/initiatives/", {"region": "11"}).json()
    assert first["count"] == 21 and len(first["results"]) == 20
    assert "page=2" in first["next"] and first["previous"] is None
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None and "page=2" not in second["previous"]
    assert client.get("/api/initiatives/", {"region": "11", "page": 3}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"}, {"page": "0"}, {"page": "-3"}, {"page": "99999999999999999999"}, {"year": "deux"},
        {"year": "99999"}, {"sort": "random"}, {"porteur_kind": "martien"}, {"q": "a\x00b"},
    ],
)
def test_bad_parameters_are_400_or_404_never_500(client, corpus, query):
    response = client.get("/api/initiatives/", query)
    assert response.status_code in (400, 404), response.content
    assert response.json()


@pytest.mark.parametrize(
    "query",
    [
        {"q": "x" * 5000}, {"q": "é" * 300 + " solidaire"}, {"q": '"""'}, {"q": "-"}, {"q": "OU OR ou"}, {"q": "!!! & | :*"},
        {"theme": "inconnu"}, {"region": "999999"}, {"departement": "ZZZ"}, {"source": "nulle-part"},
        {"prize": "x" * 300}, {"q": "solidaire", "page": "500"}, {"theme": ""}, {"q": "🙂 épicerie"},
    ],
)
def test_odd_input_is_a_200(client, corpus, query):
    response = client.get("/api/initiatives/", query)
    assert response.status_code in (200, 404), response.content
    if response.status_code == 200:
        assert isinstance(response.json()["results"], list)


def test_list_query_count_does_not_grow_with_hits(client, corpus, django_assert_max_num_queries):
    for number in range(25):
        make_initiative(title=f"Épicerie solidaire numéro {number}", theme_codes=["alimentation"],
                        departement="75", region="11")
    cache.clear()
    # Page ids, hits + 3 prefetches, one snippet per hit (20), count, facets (cold cache), suggestion.
    with django_assert_max_num_queries(50):
        assert client.get("/api/initiatives/", {"q": "épicerie"}).status_code == 200
    assert client.get("/api/initiatives/", {"region": "11"}).status_code == 200
    # Facet index check (this test's transaction wrote, so the index is also rebuilt, by one more query on the raw
    # connection that Django does not count), page ids, hits + 3 prefetches; no text, so no snippets.
    with django_assert_max_num_queries(6):
        assert client.get("/api/initiatives/", {"region": "11", "page": 2}).status_code == 200


# --- detail ------------------------------------------------------------------------------------------
def test_detail_with_sources_licence_and_provenance(client, corpus, django_assert_max_num_queries):
    initiative = corpus["covoiturage"]
    with django_assert_max_num_queries(4):
        response = client.get(f"/api/initiatives/{initiative.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Covoiturage rural en Bretagne"
    assert body["territory"]["region"] == {"code": "53", "name": "Bretagne"}
    assert body["sources"][0]["slug"] == "labo" and body["sources"][0]["licence"] == "CC BY 4.0"
    assert body["sources"][0]["record_url"].startswith("https://labo.example.org/fiche/")
    assert body["distinctions"][0]["prize_slug"] == "prix-territoria"
    title = next(row for row in body["provenance"] if row["field"] == "title")
    assert title["source_slug"] == "labo" and title["record_url"] == body["sources"][0]["record_url"]


def test_detail_of_hidden_unknown_or_absurd_ids_is_404(client, corpus):
    hidden = corpus["garage"]
    Initiative.objects.filter(pk=hidden.pk).update(visibility=Initiative.Visibility.HIDDEN)
    assert client.get(f"/api/initiatives/{hidden.pk}/").status_code == 404
    assert client.get("/api/initiatives/987654321/").status_code == 404
    assert client.get("/api/initiatives/99999999999999999999999/").status_code == 404
    assert client.get("/api/initiatives/abc/").status_code == 404


# --- suggest -----------------------------------------------------------------------------------------
def test_suggest(client, corpus, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get("/api/search/suggest", {"q": "covoit"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert {"kind": "term", "label": "covoiturage"} in suggestions
    assert any(item["kind"] == "initiative" and item["label"] == "Covoiturage rural en Bretagne" for item in suggestions)
    assert client.get("/api/search/suggest").json() == {"suggestions": []}
    assert client.get("/api/search/suggest", {"q": "x" * 10000}).status_code == 200
    assert client.get("/api/search/suggest", {"q": "a\x00"}).status_code == 400


# --- sources -----------------------------------------------------------------------------------------
def test_sources_with_health_counts_and_live_stats(client, corpus, django_assert_max_num_queries):
    from search import live

    avise = corpus["epicerie"].records.get().source
    SourceHealth.objects.create(source=avise, failure_streak=2, last_success_at=timezone.now(),
                                suspended_until=timezone.now() + timezone.timedelta(hours=1))
    avise.configuration = {"search": {"url": "https://avise.example.org/?q={query}", "format": "json_api",
                                      "fields": {"title": "title"}}}
    avise.save()
    for elapsed in (100, 200, 300):
        live.live_record("avise", ok=True, elapsed_ms=elapsed)
    live.live_record("avise", ok=False, elapsed_ms=0)
    SourceFactory(slug="eteinte", enabled=False)
    with django_assert_max_num_queries(2):
        response = client.get("/api/sources/")
    assert response.status_code == 200
    sources = {source["slug"]: source for source in response.json()}
    assert set(sources) == {"avise", "labo"}
    assert sources["avise"]["initiative_count"] == 2
    assert sources["avise"]["licence"] == "Licence Ouverte 2.0"
    assert sources["avise"]["health"]["failure_streak"] == 2 and sources["avise"]["health"]["suspended"] is True
    assert sources["avise"]["live_search"] == {
        "available": True, "p50_ms": 200.0, "p95_ms": 300.0, "reliability": 0.75, "calls": 4, "suspended_until": None,
    }
    assert sources["labo"]["health"]["last_success_at"] is None and sources["labo"]["live_search"]["available"] is False
    assert client.get("/api/sources/avise/").json()["slug"] == "avise"
    assert client.get("/api/sources/eteinte/").status_code == 404


# --- themes and territories --------------------------------------------------------------------------
def test_themes_tree(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get("/api/themes/")
    assert response.status_code == 200
    themes = response.json()
    assert {theme["facet"] for theme in themes} == {"domaine", "public", "methode"}
    durable = next(theme for theme in themes if theme["code"] == "developpement-durable")
    assert "alimentation" in {child["code"] for child in durable["children"]}
    publics = client.get("/api/themes/", {"facet": "public"}).json()
    assert publics and {theme["facet"] for theme in publics} == {"public"}
    assert client.get("/api/themes/", {"facet": "nope"}).status_code == 400


def test_territories_and_commune_search(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        body = client.get("/api/territories/").json()
    assert body["communes"] == []
    bretagne = next(region for region in body["regions"] if region["code"] == "53")
    assert {d["code"] for d in bretagne["departements"]} == {"22", "29", "35", "56"}
    communes = client.get("/api/territories/", {"q": "St-Étienne"}).json()["communes"]
    assert communes[0]["insee_code"] == "42218" and communes[0]["departement"]["code"] == "42"
    assert client.get("/api/territories/", {"q": "Paris 15e"}).json()["communes"][0]["insee_code"] == "75115"
    assert client.get("/api/territories/", {"q": "x" * 5000}).json()["communes"] == []
    assert client.get("/api/territories/", {"q": "\x00"}).status_code == 400


# --- schema and throttling ---------------------------------------------------------------------------
def test_schema_documents_endpoints_parameters_and_facets(client):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    paths = schema["paths"]
    assert {"/api/initiatives/", "/api/initiatives/{id}/", "/api/search/suggest", "/api/sources/",
            "/api/themes/", "/api/territories/"} <= set(paths)
    assert all(path.startswith("/api/") for path in paths)
    names = {parameter["name"] for parameter in paths["/api/initiatives/"]["get"]["parameters"]}
    assert names >= {"q", "theme", "region", "departement", "epci", "source", "porteur_kind", "year", "prize", "sort",
                     "ordering", "page"}
    components = schema["components"]["schemas"]
    assert set(components["Facets"]["properties"]) == {"theme", "region", "departement", "epci", "source",
                                                       "porteur_kind", "year", "prize"}
    assert "facets" in components["InitiativeSearchPage"]["properties"]
    responses = paths["/api/initiatives/"]["get"]["responses"]
    assert {"200", "400", "404"} <= set(responses)


def test_schema_is_valid_openapi():
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.validation import validate_schema

    validate_schema(SchemaGenerator().get_schema(request=None, public=True))


def test_anonymous_throttling_is_on_every_endpoint():
    for _prefix, viewset, _basename in router.registry:
        assert AnonRateThrottle in viewset.throttle_classes
    from search.api import SuggestView

    assert AnonRateThrottle in SuggestView.throttle_classes


def test_anonymous_throttle_answers_429(client, corpus, settings, monkeypatch):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "2/minute"}}
    from rest_framework import throttling

    # monkeypatch removes the class attribute afterwards (an assignment would leave it shadowing the default).
    monkeypatch.setattr(throttling.AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    statuses = [client.get("/api/themes/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
