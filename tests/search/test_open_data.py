"""Exports, feeds, map, Observatoire, DCAT and OpenSearch, checked with real parsers."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import jsonschema
import pytest
from pyld import jsonld

from initiatives.models import Initiative
from search.params import SearchParams
from search.query import compute_facets
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db
SCHEMAS = Path(__file__).resolve().parent.parent / "fixtures" / "schemas"


@pytest.fixture
def corpus():
    source = SourceFactory(slug="plateforme-a", name="Plateforme A", licence="Licence Ouverte 2.0",
                           licence_url="https://www.etalab.gouv.fr/licence-ouverte-open-licence")
    SourceFactory(slug="plateforme-b", name="Plateforme B")
    made = [
        make_initiative(source=source, title="Garage solidaire de Brest", summary="Réparer; « pas cher »",
                        commune="29019", departement="29", region="53", theme_codes=["mobilite"], start_year=2019),
        make_initiative(source=source, title="Épicerie solidaire de Rodez", commune="12202", departement="12",
                        region="76", theme_codes=["alimentation"], start_year=2021, latitude=44.35, longitude=2.57),
        make_initiative(source=source, title="Jardin partagé de Quimper", commune="29232", departement="29",
                        region="53", theme_codes=["alimentation"], start_year=2021),
        make_initiative(source=source, title="Réseau national sans commune"),
    ]
    return made


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_csv_export_streams_every_match_with_bom_and_both_separators(client, corpus):
    response = client.get("/api/export/csv/", {"region": "53"})
    assert response.streaming and response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["titre"] for row in rows] == ["Garage solidaire de Brest", "Jardin partagé de Quimper"]
    assert rows[0]["commune"] == "Brest" and rows[0]["themes"] == "Mobilité" and rows[0]["sources"] == "Plateforme A"
    assert rows[0]["resume"] == "Réparer; « pas cher »"
    semicolon = body(client.get("/api/export/csv/", {"region": "53", "sep": ";"})).decode("utf-8").lstrip("\ufeff")
    assert semicolon.splitlines()[0].startswith("id;titre;url")
    assert list(csv.DictReader(io.StringIO(semicolon), delimiter=";")) == rows


def test_exports_accept_their_own_media_types(client, corpus):
    for fmt, accept in [("csv", "text/csv"), ("geojson", "application/geo+json"), ("jsonld", "application/ld+json")]:
        assert client.get(f"/api/export/{fmt}/", HTTP_ACCEPT=accept).status_code == 200, fmt


def test_json_export_uses_the_search_filters(client, corpus):
    data = json.loads(body(client.get("/api/export/json/", {"q": "solidaire"})))
    assert sorted(row["titre"] for row in data) == ["Garage solidaire de Brest", "Épicerie solidaire de Rodez"]
    assert all(row["url"].startswith("http://testserver/initiatives/") for row in data)


def test_geojson_is_valid_and_longitude_first(client, corpus):
    response = client.get("/api/export/geojson/")
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(body(response))
    jsonschema.validate(collection, json.loads((SCHEMAS / "geojson_feature_collection.json").read_text()))
    features = {feature["properties"]["titre"]: feature for feature in collection["features"]}
    assert "Réseau national sans commune" not in features  # no position, no point
    assert features["Épicerie solidaire de Rodez"]["geometry"]["coordinates"] == [2.57, 44.35]
    assert features["Épicerie solidaire de Rodez"]["properties"]["position"] == "adresse"

    from initiatives.models import Commune

    # Every initiative with a commune has a point: its commune's centre when it has no coordinates of its own,
    # flagged as such.
    brest = Commune.objects.get(pk="29019")
    assert brest.latitude is not None
    garage = features["Garage solidaire de Brest"]
    assert garage["geometry"]["coordinates"] == [round(brest.longitude, 6), round(brest.latitude, 6)]
    assert garage["properties"]["position"] == "commune"


def _offline_loader(url, options=None):
    # schema.org's context, reduced to its vocabulary, so that expansion never leaves the machine.
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "https://schema.org/"}}}
    raise jsonld.JsonLdError(f"unexpected remote context {url}", "loading document failed")


def test_jsonld_export_expands(client, corpus):
    document = json.loads(body(client.get("/api/export/jsonld/", {"q": "garage"})))
    expanded = jsonld.expand(document, {"documentLoader": _offline_loader})
    assert len(expanded) == 1
    node = expanded[0]
    assert node["@type"] == ["https://schema.org/Project"]
    assert node["https://schema.org/name"][0]["@value"] == "Garage solidaire de Brest"
    assert node["@id"].endswith("/initiatives/garage-solidaire-de-brest/")


def test_search_feeds_parse(client, corpus):
    rss = feedparser.parse(client.get("/recherche/flux.rss", {"q": "solidaire"}).content)
    assert not rss.bozo and rss.version == "rss20"
    assert [entry.title for entry in rss.entries] == ["Épicerie solidaire de Rodez", "Garage solidaire de Brest"]
    assert "solidaire" in rss.feed.title
    atom = feedparser.parse(client.get("/recherche/flux.atom", {"region": "76"}).content)
    assert not atom.bozo and atom.version == "atom10"
    assert [entry.title for entry in atom.entries] == ["Épicerie solidaire de Rodez"]


def test_atom_feed_has_an_author_a_self_link_with_the_search_and_the_initiatives_own_dates(client, corpus):
    rodez = Initiative.objects.get(title="Épicerie solidaire de Rodez")
    Initiative.objects.filter(pk=rodez.pk).update(start_date=datetime.date(2019, 3, 1))
    atom = feedparser.parse(client.get("/recherche/flux.atom", {"q": "solidaire", "region": "76"}).content)
    assert atom.feed.author == "Carrefour des innovations sociales"  # RFC 4287 §4.1.1
    self_link = next(link.href for link in atom.feed.links if link.rel == "self")
    assert self_link.startswith("http://testserver/recherche/flux.atom?") and "q=solidaire" in self_link
    assert "region=76" in self_link
    entry = atom.entries[0]
    assert entry.published_parsed[:3] == (2019, 3, 1)  # its own date, not the harvest's


def test_dcat_catalogue_expands_with_one_dataset_per_source(client, corpus):
    response = client.get("/catalogue.jsonld")
    assert response["Content-Type"] == "application/ld+json"
    expanded = jsonld.expand(json.loads(response.content), {"documentLoader": _offline_loader})
    catalogue = expanded[0]
    assert catalogue["@type"] == ["http://www.w3.org/ns/dcat#Catalog"]
    datasets = catalogue["http://www.w3.org/ns/dcat#dataset"]
    assert len(datasets) == 3  # all initiatives + one per enabled source
    by_id = {dataset["@id"].rsplit("#", 1)[1]: dataset for dataset in datasets}
    licence = by_id["source-plateforme-a"]["http://purl.org/dc/terms/license"][0]["@id"]
    assert licence == "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
    urls = [d["http://www.w3.org/ns/dcat#downloadURL"][0]["@id"]
            for d in by_id["source-plateforme-a"]["http://www.w3.org/ns/dcat#distribution"]]
    assert "http://testserver/api/export/csv/?source=plateforme-a" in urls
    exported = body(client.get("/api/export/json/?source=plateforme-a"))
    assert len(json.loads(exported)) == 4  # the distribution URL serves that source's initiatives


def test_opensearch_description_and_link(client, corpus):
    root = ElementTree.fromstring(client.get("/opensearch.xml").content)
    namespace = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    templates = {url.get("type"): url.get("template") for url in root.findall("os:Url", namespace)}
    assert templates["text/html"] == "http://testserver/recherche/?q={searchTerms}"
    assert 'rel="search" type="application/opensearchdescription+xml"' in client.get("/recherche/").content.decode()


def test_map_counts_match_the_facets_and_link_to_filtered_searches(client, corpus):
    data = client.get("/api/map/", {"level": "region"}).json()
    facets = {value.value: value.count for value in compute_facets(SearchParams())["region"]}
    assert {area["code"]: area["count"] for area in data["areas"]} == facets == {"53": 2, "76": 1}
    page = client.get("/carte/", {"q": "solidaire"})
    html = page.content.decode()
    assert html.count('class="carrefour-map__area"') == 13 + 5  # metropolitan regions + overseas insets
    assert 'href="/recherche/?q=solidaire&amp;region=53"' in html
    assert "Bretagne : 1 initiative" in html
    departements = client.get("/carte/", {"maille": "departement"})
    table = {area.code: area.count for area in departements.context["map"].table}
    assert table["29"] == 2 and table["974"] == 0 and len(table) == 96 + 5


def test_observatory_charts_and_csv(client, corpus):
    charts = {chart.slug: chart for chart in client.get("/observatoire/").context["charts"]}
    assert {(bar.label, bar.value) for bar in charts["annees"].bars} == {("2019", 1), ("2021", 2)}
    assert [(bar.label, bar.value) for bar in charts["regions"].bars] == [("Bretagne", 2), ("Occitanie", 1)]
    filtered = {c.slug: c for c in client.get("/observatoire/", {"region": "76"}).context["charts"]}
    assert [(bar.label, bar.value) for bar in filtered["annees"].bars] == [("2021", 1)]
    text = client.get("/observatoire/annees.csv").content.decode("utf-8").lstrip("\ufeff")
    assert list(csv.reader(io.StringIO(text), delimiter=";")) == [["libellé", "initiatives"], ["2019", "1"],
                                                                  ["2021", "2"]]
    assert client.get("/observatoire/inconnu.csv").status_code == 404


def test_observatory_labels_wrap_instead_of_being_cut():
    """Labels were cut at 34 characters (« Insertion par l’activité économi… »): they wrap, and the rows make room."""
    from search.opendata.visuals import Bar, Chart

    long = "Insertion par l’activité économique et accompagnement vers l’emploi durable"
    chart = Chart("themes", "Thèmes", "initiatives", [Bar(long, 4), Bar("Mobilité", 2), Bar("x" * 70, 1)]).layout()
    wrapped, short, unbroken = chart.bars
    assert " ".join(wrapped.lines) == long and len(wrapped.lines) > 1
    assert all(len(line) <= Chart.LABEL_CHARACTERS for bar in chart.bars for line in bar.lines)
    assert "".join(unbroken.lines) == "x" * 70
    assert short.lines == ["Mobilité"] and short.row == Chart.BAR
    assert wrapped.row > Chart.BAR and short.y == wrapped.row + Chart.GAP  # rows never overlap
    assert chart.height == sum(bar.row + Chart.GAP for bar in chart.bars)


def test_export_and_map_endpoints_are_in_the_openapi_schema(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    assert "/api/export/{fmt}/" in schema["paths"] and "/api/map/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/export/{fmt}/"]["get"]["parameters"]}
    assert {"fmt", "q", "region", "theme", "sep"} <= parameters


def test_schema_describes_what_the_endpoints_really_return(client):
    # Found by fuzzing the schema with schemathesis: these list endpoints answer one object, not an array, and
    # the JSON exports are JSON, not opaque binaries.
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    def ok_schema(path: str, media: str = "application/json") -> dict:
        return schema["paths"][path]["get"]["responses"]["200"]["content"][media]["schema"]

    assert ok_schema("/api/initiatives/") == {"$ref": "#/components/schemas/InitiativeSearchPage"}
    assert ok_schema("/api/territories/") == {"$ref": "#/components/schemas/Territories"}
    assert ok_schema("/api/export/{fmt}/")["type"] == "array"
    assert ok_schema("/api/export/{fmt}/", "application/geo+json")["type"] == "object"


def test_point_map_allows_only_the_configured_tile_origin(client, corpus, settings):
    settings.CARREFOUR_MAP_TILES_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
    response = client.get("/carte/")
    img_src = next(part for part in response["Content-Security-Policy"].split(";") if "img-src" in part)
    assert "https://*.tile.openstreetmap.org" in img_src
    assert "carte-points" in response.content.decode()
    settings.CARREFOUR_MAP_TILES_URL = ""
    assert "openstreetmap" not in client.get("/carte/")["Content-Security-Policy"]
