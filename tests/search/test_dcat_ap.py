"""DCAT-AP 2.1.1: /catalogue.jsonld validated with pyshacl against the official SEMIC shapes (tests/fixtures/schemas/
dcat-ap-2.1.1/, see its SOURCE.md). Violations fail; so do the warnings data.gouv.fr's DCAT harvester relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF, RDFS, SH, XSD

from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db
SHAPES = Path(__file__).resolve().parent.parent / "fixtures" / "schemas" / "dcat-ap-2.1.1"


def _shapes() -> Graph:
    graph = Graph()
    for name in ("shapes", "range", "shapes_recommended", "deprecateduris"):
        graph.parse(SHAPES / f"dcat-ap_2.1.1_shacl_{name}.ttl", format="turtle")
    return graph


def _results(client) -> list[tuple[str, str, str, str]]:
    data = Graph().parse(data=client.get("/catalogue.jsonld").content, format="json-ld")
    _conforms, report, _text = validate(data, shacl_graph=_shapes(), inference="none", advanced=True)
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        found.append((str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[1],
                      str(report.value(result, SH.focusNode)), str(report.value(result, SH.resultPath)),
                      str(report.value(result, SH.resultMessage))))
    return found


DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
# Recommended properties we cannot state truthfully, each with its reason (anything else fails the test):
TOLERATED = {
    # The EU country authority describes France's extent; a bounding box of France with its overseas
    # territories would span the globe.
    (str(DCAT.bbox), "http://publications.europa.eu/resource/authority/country/FRA"),
    (str(DCAT.centroid), "http://publications.europa.eu/resource/authority/country/FRA"),
}


def _unexpected(results, *, dateless=(), platforms=()):
    """The results left once the tolerated ones are set aside: a dataset whose initiatives carry no date has no
    temporal coverage; a platform's kind of body (dct:type of its foaf:Agent) is not something Carrefour knows."""
    left = []
    for severity, focus, path, message in results:
        if (path, focus) in TOLERATED:
            continue
        if path == str(DCT.temporal) and focus.rsplit("#", 1)[-1] in dateless:
            continue
        if path == str(DCT.type) and any(f'foaf:name Literal("{name}")' in message for name in platforms):
            continue
        left.append((severity, focus, path, message))
    return left


@pytest.fixture
def catalogue_data():
    open_source = SourceFactory(slug="plateforme-a", name="Plateforme A", licence="Licence Ouverte 2.0",
                                licence_url="https://www.etalab.gouv.fr/licence-ouverte-open-licence",
                                website="https://plateforme-a.example.org/")
    silent = SourceFactory(slug="plateforme-b", name="Plateforme B", licence="", licence_url="", website="")
    make_initiative(source=open_source, title="Garage solidaire de Brest", commune="29019", departement="29",
                    region="53", theme_codes=["mobilite"], start_year=2019)
    make_initiative(source=silent, title="Épicerie solidaire de Rodez", theme_codes=["alimentation"])
    return open_source, silent


def test_catalogue_has_no_violation_and_no_warning_but_the_stated_ones(client, catalogue_data):
    results = _results(client)
    assert [r for r in results if r[0] == "Violation"] == []
    assert _unexpected(results, dateless={"source-plateforme-b"}, platforms={"Plateforme A", "Plateforme B"}) == []


def test_what_data_gouv_fr_shows_is_there(client, catalogue_data, settings):
    """Licence and title per distribution, publisher, contact point, identifier and theme per dataset."""
    settings.CARREFOUR_CONTACT_EMAIL = "donnees@carrefour.example.org"
    data = Graph().parse(data=client.get("/catalogue.jsonld").content, format="json-ld")
    datasets = set(data.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 3
    for dataset in datasets:
        for prop in (DCT.publisher, DCAT.contactPoint, DCT.identifier, DCAT.theme, DCT.title, DCT.license):
            assert data.value(dataset, prop) is not None, (dataset, prop)
        assert {str(o) for o in data.objects(data.value(dataset, DCAT.contactPoint), VCARD.hasEmail)} == {
            "mailto:donnees@carrefour.example.org"}
        for distribution in data.objects(dataset, DCAT.distribution):
            assert data.value(distribution, DCT.title) is not None
            assert data.value(distribution, DCT.license) is not None
    silent = next(d for d in datasets if str(d).endswith("#source-plateforme-b"))
    licence = data.value(next(data.objects(silent, DCAT.distribution)), DCT.license)
    assert "non précisée" in str(data.value(licence, RDFS.label))  # not lent Carrefour's licence
    assert str(data.value(licence, DCT.type)) == "http://purl.org/adms/licencetype/UnknownIPR"
    brest = next(d for d in datasets if str(d).endswith("#source-plateforme-a"))
    period = data.value(brest, DCT.temporal)
    assert str(data.value(period, DCAT.startDate)) == "2019-01-01"
    assert data.value(brest, DCT.modified).datatype == XSD.dateTime


def test_the_shapes_catch_what_the_issue_reported(client, catalogue_data):
    """The validation can fail: the catalogue as it was (untyped date, media types as strings) is refused."""
    document = json.loads(client.get("/catalogue.jsonld").content)
    dataset = document["dcat:dataset"][0]
    dataset["dct:modified"] = "2026-12-03"
    dataset["dcat:distribution"][0]["dcat:mediaType"] = "text/csv"
    data = Graph().parse(data=json.dumps(document), format="json-ld")
    conforms, report, _text = validate(data, shacl_graph=_shapes(), inference="none", advanced=True)
    assert not conforms
    paths = {str(report.value(r, SH.resultPath)) for r in report.subjects(RDF.type, SH.ValidationResult)
             if report.value(r, SH.resultSeverity) == SH.Violation}
    assert str(DCAT.mediaType) in paths
