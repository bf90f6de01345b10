"""Sitemap connector: index and urlset, URL filter, gzip, and refusal of XML bombs and non-sitemaps."""

from __future__ import annotations

import gzip
import time

import pytest

from search.harvest.connectors import sitemap
from search.harvest.connectors.base import ConfigError, ParseError, Payload

SITE = "https://carte-innovations.example.fr"
CONFIG = {"url_filter": "/projets/[^/]+/$", "detail_format": "jsonld", "types": ["Project"]}


def test_sitemap_index_lists_nested_sitemaps(payload):
    result = sitemap.parse(payload("sitemap/sitemap_index.xml", f"{SITE}/sitemap.xml", "application/xml"), CONFIG)
    assert result.sitemaps == [
        f"{SITE}/sitemap-projets.xml",
        f"{SITE}/sitemap-pages.xml",
        f"{SITE}/sitemap-actualites.xml.gz",  # whitespace around <loc> stripped
    ]
    assert result.discovered_urls == []
    assert result.records == []


def test_sitemap_filter_on_an_index(payload):
    result = sitemap.parse(
        payload("sitemap/sitemap_index.xml", f"{SITE}/sitemap.xml"), {**CONFIG, "sitemap_filter": "projets"}
    )
    assert result.sitemaps == [f"{SITE}/sitemap-projets.xml"]


def test_urlset_filtered_by_url_filter(payload):
    result = sitemap.parse(payload("sitemap/sitemap_projects.xml", f"{SITE}/sitemap-projets.xml"), CONFIG)
    assert result.discovered_urls == [
        (f"{SITE}/projets/mobil-aines/", "2024-02-14"),
        (f"{SITE}/projets/epicerie-solidaire-de-felletin/", "2023-11-30T16:20:00+01:00"),
        (f"{SITE}/projets/tiers-lieu-l%C3%A9tincelle/", None),
    ]
    assert result.total == 3
    assert result.sitemaps == []


def test_urlset_without_filter_keeps_every_url(payload):
    result = sitemap.parse(payload("sitemap/sitemap_projects.xml", f"{SITE}/sitemap-projets.xml"), {})
    assert len(result.discovered_urls) == 5


def test_filter_matching_nothing_warns(payload):
    result = sitemap.parse(payload("sitemap/sitemap_projects.xml", f"{SITE}/s.xml"), {"url_filter": "/fiches/"})
    assert result.discovered_urls == []
    assert result.warnings == ["url_filter '/fiches/' matched none of the 5 URL(s)"]


def test_gzipped_sitemap(payload):
    raw = payload("sitemap/sitemap_projects.xml", SITE).content
    result = sitemap.parse(Payload(url=f"{SITE}/sitemap-projets.xml.gz", content=gzip.compress(raw)), CONFIG)
    assert len(result.discovered_urls) == 3


def test_detail_pages_go_through_the_detail_connector(payload):
    url, lastmod = sitemap.parse(payload("sitemap/sitemap_projects.xml", f"{SITE}/s.xml"), CONFIG).discovered_urls[0]
    stub = sitemap.record_for_url(url, lastmod)
    assert (stub.external_id, stub.url, stub.fields["updated_at"]) == (url, url, "2024-02-14")

    record = sitemap.parse_detail(payload("jsonld/project_page.html", url), CONFIG, stub)
    assert record.external_id == "PRJ-2024-0311"
    assert record.fields["title"] == "Mobil’Aînés"


def test_html_detail_format(payload):
    config = {
        "url_filter": "/initiatives/",
        "detail_format": "html",
        "fields": {"title": "h1", "porteur_name": "dd.porteur"},
    }
    url = "https://reseau-rural-limousin.example.fr/initiatives/tiers-lieu-la-fabrique-du-bocage/"
    record = sitemap.parse_detail(
        payload("html/detail_tiers-lieu-la-fabrique-du-bocage.html", url), config, sitemap.record_for_url(url)
    )
    assert record.fields["porteur_name"] == "Collectif La Fabrique du Bocage"


def test_billion_laughs_is_refused_quickly(payload):
    started = time.monotonic()
    with pytest.raises(ParseError, match="entities"):
        sitemap.parse(payload("sitemap/billion_laughs.xml", f"{SITE}/sitemap.xml"), CONFIG)
    assert time.monotonic() - started < 1


def test_html_page_is_not_a_sitemap(payload):
    with pytest.raises(ParseError, match="not a sitemap: root element <html>"):
        sitemap.parse(payload("sitemap/not_a_sitemap.html", f"{SITE}/sitemap.xml"), CONFIG)


def test_truncated_xml_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="not well-formed XML"):
        sitemap.parse(payload("sitemap/truncated.xml", f"{SITE}/sitemap.xml"), CONFIG)


@pytest.mark.parametrize(
    ("config", "field_path"),
    [
        ({"url_filter": "/projets/(["}, "url_filter"),
        ({"detail_format": "pdf"}, "detail_format"),
        ({"detail_format": "html"}, "fields"),  # html detail pages need fields
        ({"detail_format": "jsonld", "types": "  "}, "types"),
    ],
)
def test_config_errors_name_the_field(config, field_path):
    with pytest.raises(ConfigError) as error:
        sitemap.validate_config(config)
    assert error.value.field_path == field_path
