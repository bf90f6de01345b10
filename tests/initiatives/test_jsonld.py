"""schema.org on the initiative page and in the JSON-LD export: only properties schema.org defines for each type.

The property lists below are copied from schema.org (version 29, https://schema.org/Project, /Organization, /Thing,
/ItemPage, /WebPage, /CreativeWork, /Place, /PostalAddress, /GeoCoordinates), restricted to the properties a
description of a social initiative could plausibly use: a property outside them is one schema.org does not allow
on that type (as `dateModified` and `inLanguage` on a Project were)."""

from __future__ import annotations

import json

import pytest

from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db

THING = {"@type", "@id", "url", "name", "description", "image", "sameAs", "identifier", "alternateName",
         "mainEntityOfPage", "subjectOf", "potentialAction", "additionalType", "disambiguatingDescription"}
ORGANIZATION = THING | {"address", "areaServed", "award", "contactPoint", "email", "founder", "foundingDate",
                        "foundingLocation", "funder", "keywords", "knowsAbout", "knowsLanguage", "legalName",
                        "location", "logo", "member", "memberOf", "parentOrganization", "sponsor", "subOrganization",
                        "telephone", "taxID", "nonprofitStatus", "dissolutionDate", "slogan"}
CREATIVE_WORK = THING | {"about", "author", "dateCreated", "dateModified", "datePublished", "inLanguage", "isPartOf",
                         "keywords", "license", "mainEntity", "publisher", "text", "headline"}
ALLOWED = {
    "Project": ORGANIZATION,
    "Organization": ORGANIZATION,
    "ItemPage": CREATIVE_WORK | {"breadcrumb", "lastReviewed", "primaryImageOfPage", "significantLink"},
    "Place": THING | {"address", "geo", "latitude", "longitude", "containedInPlace"},
    "PostalAddress": THING | {"addressCountry", "addressLocality", "addressRegion", "postalCode", "streetAddress",
                              "postOfficeBoxNumber"},
    "GeoCoordinates": THING | {"latitude", "longitude", "address", "addressCountry", "elevation", "postalCode"},
}


def _misused(node, found=None) -> list[tuple[str, str]]:
    """(type, property) pairs that schema.org does not allow, anywhere in the node."""
    found = [] if found is None else found
    if isinstance(node, list):
        for child in node:
            _misused(child, found)
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind:
            found += [(kind, key) for key in node if key not in ALLOWED[kind]]
        for key, value in node.items():
            if key != "@context":
                _misused(value, found)
    return found


@pytest.fixture
def initiative():
    source = SourceFactory(slug="plateforme-a", website="https://plateforme-a.example.org/")
    return make_initiative(source=source, title="Garage solidaire de Brest", summary="Réparer sa voiture",
                           commune="29019", departement="29", region="53", theme_codes=["mobilite"],
                           start_year=2019, latitude=48.39, longitude=-4.49, website="https://garage.example.org/",
                           porteur={"name": "Association Garage"}, address="1 rue de Siam", postcode="29200")


def test_the_page_describes_the_project_and_the_page_with_allowed_properties(client, initiative):
    html = client.get(initiative.get_absolute_url()).content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert _misused(data) == []
    project, page = data["@graph"]
    assert project["@type"] == "Project" and project["name"] == "Garage solidaire de Brest"
    assert project["location"]["address"]["addressLocality"] == "Brest"
    assert project["foundingDate"] == "2019" and project["founder"]["name"] == "Association Garage"
    assert page["@type"] == "ItemPage" and page["mainEntity"] == {"@id": project["@id"]}
    assert page["inLanguage"] == "fr" and page["dateModified"]


def test_the_export_uses_the_same_terms(client, initiative):
    document = json.loads(b"".join(client.get("/api/export/jsonld/").streaming_content))
    assert _misused(document["@graph"]) == []
    node = document["@graph"][0]
    assert node["@type"] == "Project" and node["sameAs"] == ["https://garage.example.org/"]
    assert node["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 48.39, "longitude": -4.49}


def test_the_check_catches_a_property_outside_the_type():
    assert _misused({"@type": "Project", "name": "x", "inLanguage": "fr"}) == [("Project", "inLanguage")]
