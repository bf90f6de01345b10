"""How other programs find and reuse the portal: canonical links, feed discovery, OpenSearch suggestions, CORS on the
read-only API (and none on the community API, which uses the session)."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def garage():
    return make_initiative(source=SourceFactory(), title="Garage solidaire de Brest", summary="Réparer sa voiture",
                           commune="29019", departement="29", region="53")


def _links(html: str, rel: str) -> list[dict[str, str]]:
    found = []
    for tag in re.findall(r"<link\b[^>]*>", html):
        attributes = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag))
        if attributes.get("rel") == rel:
            found.append(attributes)
    return found


def test_every_page_names_its_canonical_address(client, garage):
    for url, canonical in [
        ("/", "http://testserver/"),
        (garage.get_absolute_url() + "?utm_source=lettre", f"http://testserver{garage.get_absolute_url()}"),
        ("/plateformes-partenaires/?page=1", "http://testserver/plateformes-partenaires/"),
        # The search keeps its filters, in one order whatever the order of the link, and its page past the first.
        ("/recherche/?region=53&q=garage&utm_campaign=x", "http://testserver/recherche/?q=garage&region=53"),
        ("/recherche/", "http://testserver/recherche/"),
    ]:
        links = _links(client.get(url).content.decode(), "canonical")
        assert [link["href"].replace("&amp;", "&") for link in links] == [canonical], url


def test_search_pages_announce_their_feeds(client, garage):
    html = client.get("/recherche/", {"q": "garage", "region": "53"}).content.decode()
    feeds = {link["type"]: link["href"].replace("&amp;", "&") for link in _links(html, "alternate")}
    assert feeds == {"application/rss+xml": "/recherche/flux.rss?q=garage&region=53",
                     "application/atom+xml": "/recherche/flux.atom?q=garage&region=53"}
    assert client.get(feeds["application/atom+xml"]).status_code == 200


def test_opensearch_offers_suggestions_in_the_browsers_format(client, garage):
    root = ElementTree.fromstring(client.get("/opensearch.xml").content)
    urls = {url.get("type"): url.get("template") for url in root.findall("{http://a9.com/-/spec/opensearch/1.1/}Url")}
    template = urls["application/x-suggestions+json"]
    assert template == "http://testserver/opensearch/suggestions?q={searchTerms}"
    response = client.get(template.replace("http://testserver", "").replace("{searchTerms}", "garage sol"))
    assert response["Content-Type"].startswith("application/x-suggestions+json")
    query, completions, descriptions, urls_ = response.json()
    assert query == "garage sol" and "Garage solidaire de Brest" in completions
    assert len(completions) == len(descriptions) == len(urls_)
    assert urls_[completions.index("Garage solidaire de Brest")] == f"http://testserver{garage.get_absolute_url()}"


@pytest.mark.parametrize("url", ["/api/initiatives/?q=garage", "/api/search/suggest?q=gar", "/api/export/json/",
                                 "/api/map/?level=region", "/api/themes/", "/api/sources/", "/catalogue.jsonld"])
def test_the_read_only_api_is_readable_from_any_site(client, garage, url):
    response = client.get(url, HTTP_ORIGIN="https://commune.example.org")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"  # never with credentials (Fetch standard)
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_is_answered(client, garage):
    response = client.options("/api/initiatives/", HTTP_ORIGIN="https://commune.example.org",
                              HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
                              HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept-language")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "accept-language" in response["Access-Control-Allow-Headers"].lower()


def test_the_community_api_gets_no_cors_header(client):
    response = client.get("/api/communities/", HTTP_ORIGIN="https://commune.example.org")
    assert "Access-Control-Allow-Origin" not in response
