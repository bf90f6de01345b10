"""HTML connector: item and field selectors (CSS and XPath), next page, detail pages, and selector warnings."""

from __future__ import annotations

import pytest

from search.harvest.connectors import html
from search.harvest.connectors.base import ConfigError, ParseError, Payload, RawRecord

BASE = "https://reseau-rural-limousin.example.fr"
LIST_URL = f"{BASE}/annuaire/?page=1"
CONFIG = {
    "item_selector": "article.fiche",
    "id": {"css": "article", "attr": "data-id"},
    "next_selector": "a[rel=next]",
    "detail_link": "h2 a",
    "fields": {
        "title": "h2",
        "summary": "p.chapo",
        "tags": {"css": "ul.thematiques li", "all": True},
        "postcode": {"css": ".lieu", "transforms": [{"regex": r"^(\d{5})"}]},
        "city": {"css": ".lieu", "transforms": [{"regex": r"^\d{5}\s+(.+)$"}]},
        "website": {"css": "a.site", "attr": "href"},
        "image_url": {"css": "img.vignette", "attr": "src", "transforms": [{"urljoin": True}]},
        "start_date": "xpath:.//time/@datetime",
    },
    "detail_fields": {
        "description": {"css": "div.description", "attr": "html"},
        "porteur_name": "dd.porteur",
        "porteur_siret": {"css": "dd.siret", "transforms": [{"replace": [" ", ""]}]},
        "email": {"css": "a.email", "attr": "href", "transforms": [{"replace": ["mailto:", ""]}]},
        "phone": "dd.tel",
        "distinctions": {"css": "ul.prix li", "all": True},
    },
}


def test_list_page(payload):
    result = html.parse(payload("html/list_page1.html", LIST_URL, "text/html; charset=utf-8"), CONFIG)

    assert [record.external_id for record in result.records] == ["rrl-101", "rrl-102", "rrl-103"]
    epicerie = result.records[0]
    assert epicerie.detail_url == f"{BASE}/initiatives/epicerie-solidaire-la-courte-echelle/"
    assert epicerie.url == epicerie.detail_url
    assert epicerie.fields["title"] == "Épicerie solidaire La Courte Échelle"
    assert epicerie.fields["summary"] == "Une épicerie où chacun paie selon ses moyens."  # whitespace collapsed
    assert epicerie.fields["tags"] == ["Alimentation", "Solidarité"]
    assert (epicerie.fields["postcode"], epicerie.fields["city"]) == ("23000", "Guéret")
    assert epicerie.fields["website"] == "https://courte-echelle.example.org"
    assert epicerie.fields["image_url"] == f"{BASE}/media/vignettes/courte-echelle.jpg"
    assert epicerie.fields["start_date"] == "2019-09-15"
    assert 'data-id="rrl-101"' in epicerie.raw["html"]
    assert result.records[1].fields["summary"] == "Atelier vélo, repair café & fablab dans l’ancienne gare."
    assert result.records[1].empty_fields == ["website", "image_url"]
    assert result.records[2].fields["city"] == "Saint-Gervais-d’Auvergne"
    assert result.next_url == f"{BASE}/annuaire/?page=2"
    assert result.warnings == []


def test_last_page_warns_about_fields_that_matched_nothing(payload):
    result = html.parse(payload("html/list_page2.html", f"{BASE}/annuaire/?page=2"), CONFIG)
    assert [record.fields["title"] for record in result.records] == ["Ressourcerie d’Ussel"]
    assert result.next_url is None
    assert "fields.website: selector 'a.site' matched nothing in 1 item(s)" in result.warnings
    assert "fields.start_date: selector 'xpath:.//time/@datetime' matched nothing in 1 item(s)" in result.warnings


def test_item_selector_matching_nothing_is_a_warning(payload):
    result = html.parse(payload("html/list_no_match.html", LIST_URL), CONFIG)
    assert result.records == []
    assert result.warnings == [f"item_selector 'article.fiche' matched nothing in {LIST_URL}"]


def test_detail_page_enriches_the_record(payload):
    record = html.parse(payload("html/list_page1.html", LIST_URL), CONFIG).records[0]
    detail = payload("html/detail_epicerie-solidaire-la-courte-echelle.html", record.detail_url)
    enriched = html.parse_detail(detail, CONFIG, record)

    assert enriched.external_id == "rrl-101"
    assert enriched.fields["title"] == "Épicerie solidaire La Courte Échelle"  # from the list page
    assert enriched.fields["description"].startswith("<p>Ouverte en 2019, l’épicerie propose des <strong>produits")
    assert "<p>Elle emploie deux salariés en insertion.</p>" in enriched.fields["description"]
    assert enriched.fields["porteur_name"] == "Association Les Pieds sur Terre"
    assert enriched.fields["porteur_siret"] == "81234567800019"
    assert enriched.fields["email"] == "contact@courte-echelle.example.org"
    assert enriched.fields["distinctions"] == [
        "Lauréat Trophées de l’ESS 2021",
        "Prix coup de cœur La France s’engage 2022",
    ]
    assert enriched.raw["detail"]["phone"] == "05 55 00 11 22"
    assert enriched.empty_fields == []
    assert enriched.warnings == []


def test_sparse_detail_page_reports_empty_fields(payload):
    record = html.parse(payload("html/list_page1.html", LIST_URL), CONFIG).records[1]
    detail = payload("html/detail_tiers-lieu-la-fabrique-du-bocage.html", record.detail_url)
    enriched = html.parse_detail(detail, CONFIG, record)
    assert enriched.fields["porteur_name"] == "Collectif La Fabrique du Bocage"
    assert set(enriched.empty_fields) == {"website", "image_url", "porteur_siret", "email", "phone", "distinctions"}
    assert any("dd.siret" in warning for warning in enriched.warnings)


def test_parse_detail_on_a_url_only_record(payload):
    # Sitemap sources hand over records that only know their URL; `fields` then apply to the whole page.
    url = f"{BASE}/initiatives/tiers-lieu-la-fabrique-du-bocage/"
    stub = RawRecord(external_id=url, fields={"url": url}, raw={}, url=url)
    config = {"fields": {"title": "h1", "address": "dd.adresse"}}
    enriched = html.parse_detail(payload("html/detail_tiers-lieu-la-fabrique-du-bocage.html", url), config, stub)
    assert enriched.external_id == url
    assert enriched.fields["title"] == "Tiers-lieu La Fabrique du Bocage"
    assert enriched.fields["address"] == "Ancienne gare, 87160 Saint-Sulpice-les-Feuilles"


def test_meta_charset_latin1(payload):
    config = {
        "item_selector": "xpath://div[@class='bloc']",
        "fields": {"title": "h3", "city": "xpath:.//p[@class='ville']"},
    }
    result = html.parse(payload("html/list_latin1.html", "https://creches.example.fr/"), config)
    assert result.records[0].fields == {
        "title": "Crèche parentale « Les Pitchouns »",
        "city": "Égletons",
        "external_id": result.records[0].external_id,
    }
    assert result.warnings == []


def test_invalid_utf8_is_replaced_with_a_warning():
    content = '<html><body><div class="bloc"><h3>Caf\xe9</h3></div></body></html>'.encode("latin-1")
    page = Payload(url="https://x.example.fr/", content=content, headers={"content-type": "text/html; charset=utf-8"})
    result = html.parse(page, {"item_selector": "div.bloc", "fields": {"title": "h3"}})
    assert result.records[0].fields["title"] == "Caf\ufffd"
    assert result.warnings[0].startswith("invalid utf-8 bytes in https://x.example.fr/")


def test_binary_payload_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="binary"):
        html.parse(payload("xlsx/tiers_lieux.xlsx", LIST_URL), CONFIG)


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        ({"item_selector": "article..fiche"}, "item_selector"),
        ({"item_selector": "xpath://div[@"}, "item_selector"),
        ({"item_selector": None}, "item_selector"),
        ({"fields": {"title": "h2 >> a"}}, "fields.title.css"),
        ({"fields": {"title": {"css": "h2", "attr": ""}}}, "fields.title.attr"),
        ({"fields": {"title": {"css": "h2", "transforms": ["strip", "strp"]}}}, "fields.title.transforms[1]"),
        ({"next_selector": "a[rel=next"}, "next_selector.css"),
        ({"detail_link": None}, "detail_link"),
    ],
)
def test_config_errors_name_the_field(change, field_path):
    config = {**CONFIG, **change}
    config = {key: value for key, value in config.items() if value is not None}
    with pytest.raises(ConfigError) as error:
        html.validate_config(config)
    assert error.value.field_path == field_path
