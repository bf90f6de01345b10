"""JSON-LD / microdata connector: schema.org items mapped onto canonical fields, list and detail pages."""

from __future__ import annotations

import json

import pytest

from search.harvest.connectors import jsonld
from search.harvest.connectors.base import ConfigError, ParseError, RawRecord

PROJECT_URL = "https://carte-innovations.example.fr/projets/mobil-aines/"


def test_project_page_default_mapping(payload):
    result = jsonld.parse(payload("jsonld/project_page.html", PROJECT_URL, "text/html; charset=utf-8"), {})

    assert len(result.records) == 1  # the WebPage node of the @graph is not a wanted type
    project = result.records[0]
    assert project.external_id == "PRJ-2024-0311"  # identifier.value
    assert project.url == PROJECT_URL  # relative url resolved against the page
    assert project.fields["title"] == "Mobil’Aînés"
    assert project.fields["summary"].startswith("Des conducteurs bénévoles accompagnent")
    assert project.fields["porteur_name"] == "Familles Rurales Haute-Vienne"
    assert project.fields["address"] == "5 place de la Mairie"
    assert (project.fields["postcode"], project.fields["city"]) == ("87400", "Saint-Léonard-de-Noblat")
    assert (project.fields["latitude"], project.fields["longitude"]) == (45.8353, 1.4897)
    assert project.fields["tags"] == ["mobilité rurale", "seniors", "bénévolat"]
    assert project.fields["start_date"] == "2020-06-01"
    assert project.fields["image_url"] == "https://carte-innovations.example.fr/media/mobil-aines.jpg"
    assert project.fields["social_links"] == [
        "https://www.facebook.com/mobilaines87",
        "https://mastodon.example/@mobilaines",
    ]
    assert project.fields["distinctions"] == [
        "Prix de l’innovation sociale rurale 2022",
        "Trophée Silver Économie 2023",
    ]
    assert project.fields["email"] == "contact@mobilaines.example.fr"
    assert project.fields["phone"] == "+33 5 55 00 22 33"
    assert project.fields["updated_at"] == "2024-02-14"
    assert project.fields["content_type"] == "Project"
    assert project.raw["geo"]["latitude"] == 45.8353
    json.dumps(project.raw)


def test_microdata(payload):
    result = jsonld.parse(payload("jsonld/microdata_page.html", "https://recyclerie-hl.example.org/a-propos"), {})

    assert len(result.records) == 1  # the BreadcrumbList is not a wanted type
    ngo = result.records[0]
    # The record is the page it was read on; schema.org url is the association's own site.
    assert ngo.external_id == ngo.url == "https://recyclerie-hl.example.org/a-propos"
    assert ngo.fields["website"] == "https://recyclerie-hl.example.org/"
    assert ngo.fields["title"] == "Recyclerie du Haut-Limousin"
    assert ngo.fields["porteur_name"] == "Hélène Marchadier"
    assert ngo.fields["email"] == "bonjour@recyclerie-hl.example.org"
    assert ngo.fields["tags"] == ["réemploi", "économie circulaire", "insertion"]
    assert (ngo.fields["postcode"], ngo.fields["city"]) == ("87300", "Bellac")
    assert ngo.fields["start_date"] == "2015-03-21"
    assert ngo.fields["content_type"] == "NGO"


def test_listing_page_keeps_only_the_configured_types(payload):
    config = {"types": ["Event"], "next_selector": "a.suivant"}
    result = jsonld.parse(payload("jsonld/listing_page.html", "https://agenda-ess.example.fr/evenements/"), config)

    assert [record.fields["title"] for record in result.records] == [
        "Forum des tiers-lieux du Limousin",
        "Journée mobilités rurales",
    ]
    forum, journee = result.records
    assert forum.external_id == "https://agenda-ess.example.fr/evenements/forum-tiers-lieux"
    assert forum.fields["porteur_name"] == "France Tiers-Lieux"  # organizer
    assert forum.fields["city"] == "La Souterraine"  # location.address
    assert journee.fields["latitude"] == 45.16  # location.geo
    assert result.next_url == "https://agenda-ess.example.fr/evenements/?page=2"


def test_fields_override_the_defaults(payload):
    config = {
        "types": ["Project"],
        "id": "@id",
        "fields": {
            "title": {"path": "name", "transforms": ["lower"]},
            "porteur_kind": {"path": "founder[0].@type"},
            "region": {"constant": "Nouvelle-Aquitaine (forcée)"},
        },
    }
    project = jsonld.parse(payload("jsonld/project_page.html", PROJECT_URL), config).records[0]
    assert project.external_id == "https://carte-innovations.example.fr/projets/mobil-aines/#projet"
    assert project.fields["title"] == "mobil’aînés"
    assert project.fields["porteur_kind"] == "Organization"
    assert project.fields["region"] == "Nouvelle-Aquitaine (forcée)"
    assert project.fields["city"] == "Saint-Léonard-de-Noblat"  # defaults still apply


def test_broken_json_ld_warns_and_microdata_still_counts(payload):
    result = jsonld.parse(
        payload("jsonld/broken_jsonld.html", "https://jardins.example.fr/coutures/"), {"types": ["Project"]}
    )
    assert [record.fields["title"] for record in result.records] == ["Jardin partagé des Coutures"]
    assert result.records[0].url == "https://jardins.example.fr/coutures/"
    assert result.warnings[0].startswith("unreadable json-ld in https://jardins.example.fr/coutures/")


def test_page_without_wanted_items_warns(payload):
    result = jsonld.parse(payload("html/list_page1.html", "https://x.example.fr/"), {"types": ["Project"]})
    assert result.records == []
    assert result.warnings == ["no schema.org item of type Project in https://x.example.fr/"]


def test_parse_detail_on_a_url_only_record(payload):
    stub = RawRecord(
        external_id=PROJECT_URL,
        fields={"url": PROJECT_URL, "updated_at": "2024-02-10"},
        raw={"loc": PROJECT_URL},
        url=PROJECT_URL,
    )
    enriched = jsonld.parse_detail(payload("jsonld/project_page.html", PROJECT_URL), {"types": ["Project"]}, stub)

    assert enriched.external_id == "PRJ-2024-0311"  # the page's identifier replaces the URL
    assert enriched.fields["external_id"] == "PRJ-2024-0311"
    assert enriched.url == PROJECT_URL
    assert enriched.fields["title"] == "Mobil’Aînés"
    assert enriched.fields["updated_at"] == "2024-02-14"  # the page's dateModified wins over the sitemap's lastmod
    assert enriched.raw["loc"] == PROJECT_URL
    assert enriched.raw["item"]["name"] == "Mobil’Aînés"


def test_parse_detail_without_items_keeps_the_record(payload):
    stub = RawRecord(external_id="x", fields={"title": "Titre connu"}, raw={}, url="https://x.example.fr/p")
    enriched = jsonld.parse_detail(payload("html/list_no_match.html", "https://x.example.fr/p"), {}, stub)
    assert enriched.fields["title"] == "Titre connu"
    assert "no schema.org item" in enriched.warnings[-1]


def test_not_html_is_a_parse_error(payload):
    with pytest.raises(ParseError):
        jsonld.parse(payload("xlsx/tiers_lieux.xlsx", PROJECT_URL), {})


def test_config_errors_name_the_field():
    with pytest.raises(ConfigError) as error:
        jsonld.validate_config({"types": []})
    assert error.value.field_path == "types"
    with pytest.raises(ConfigError) as error:
        jsonld.validate_config({"fields": {"title": {"column": "name"}}})
    assert error.value.field_path == "fields.title.column"


def _payload(content: bytes, url: str):
    from search.harvest.connectors.base import Payload

    return Payload(url=url, content=content, headers={"content-type": "text/html; charset=utf-8"})


def _page(blocks: list[dict]) -> bytes:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(block)}</script>' for block in blocks)
    return f"<html><head>{scripts}</head><body></body></html>".encode()


def test_the_record_url_is_the_page_and_schema_url_the_website():
    page = "https://reseau.example.org/initiatives/garage-solidaire/"
    project = {"@context": "https://schema.org", "@type": "Project", "name": "Garage solidaire",
               "url": "https://garage-solidaire.example.fr/"}
    (record,) = jsonld.parse(_payload(_page([project]), page), {}).records
    assert record.url == record.external_id == page
    assert record.fields["website"] == "https://garage-solidaire.example.fr/"
    # Items of a list: each its @id without the fragment; a url that is that page is no website.
    items = [{"@context": "https://schema.org", "@type": "Project", "name": f"Projet {n}",
              "@id": f"https://reseau.example.org/initiatives/p{n}/#projet", "url": f"/initiatives/p{n}/"} for n in (1, 2)]
    records = jsonld.parse(_payload(_page(items), "https://reseau.example.org/initiatives/"), {}).records
    assert [(r.url, r.fields.get("website")) for r in records] == [
        ("https://reseau.example.org/initiatives/p1/", None), ("https://reseau.example.org/initiatives/p2/", None)]


def test_the_publisher_of_the_site_is_left_out():
    org = {"@type": "Organization", "@id": "https://blog.example.org/#organisation", "name": "Le Blog de l’ESS",
           "url": "https://blog.example.org/"}
    post = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://blog.example.org/2024/portrait/", "name": "Portrait : trois initiatives",
         "publisher": {"@id": "https://blog.example.org/#organisation"}}, org]}
    result = jsonld.parse(_payload(_page([post]), "https://blog.example.org/2024/portrait/"), {})
    assert result.records == [] and result.warnings  # a page about no initiative says so
    # Beside other items, the organisation at the site's home page is the publisher too.
    events = [{"@context": "https://schema.org", "@type": "Event", "name": "Forum", "url": "https://agenda.example.fr/forum"},
              {"@context": "https://schema.org", "@type": "Organization", "name": "Agenda", "url": "https://agenda.example.fr/"}]
    records = jsonld.parse(_payload(_page(events), "https://agenda.example.fr/evenements/"), {}).records
    assert [r.fields["title"] for r in records] == ["Forum"]
    # An organisation alone on its own page is what the page is about.
    alone = {"@context": "https://schema.org", "@type": "NGO", "name": "Recyclerie", "url": "https://recyclerie.example.org/"}
    records = jsonld.parse(_payload(_page([alone]), "https://recyclerie.example.org/qui-sommes-nous"), {}).records
    assert [r.fields["title"] for r in records] == ["Recyclerie"]


def test_items_of_one_page_identified_by_fragments_stay_apart():
    """A directory page whose items are ``#asso-1``, ``#asso-2`` (relative or absolute), published by ``#org``:
    each item is its own record, and only the publisher is left out."""
    page = "https://annuaire.example.org/structures/"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": page, "publisher": {"@id": "https://annuaire.example.org/#org"}},
        {"@type": "Organization", "@id": "https://annuaire.example.org/#org", "name": "L’annuaire"},
        {"@type": "NGO", "@id": "#asso-1", "name": "Asso Un"},
        {"@type": "NGO", "@id": f"{page}#asso-2", "name": "Asso Deux"},
        {"@type": "NGO", "@id": f"{page}#asso-3", "name": "Asso Trois", "url": "https://asso-trois.example.fr/"}]}
    records = jsonld.parse(_payload(_page([graph]), page), {}).records
    assert [r.fields["title"] for r in records] == ["Asso Un", "Asso Deux", "Asso Trois"]
    assert len({r.external_id for r in records}) == 3
    assert records[2].fields["website"] == "https://asso-trois.example.fr/"
