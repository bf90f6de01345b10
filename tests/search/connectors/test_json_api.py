"""JSON API connector against recorded OpenDataSoft Explore v2.1, WordPress REST and cursor-paged payloads."""

from __future__ import annotations

import json

import pytest

from search.harvest.connectors import json_api
from search.harvest.connectors.base import ConfigError, ParseError, Payload

ODS_URL = "https://data.example.fr/api/explore/v2.1/catalog/datasets/ess-nouvelle-aquitaine/records"
ODS_CONFIG = {
    "records_path": "results",
    "id": "identifiant",
    "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 2, "total_path": "total_count"},
    "fields": {
        "title": "nom_structure",
        "summary": {"path": "description", "transforms": ["strip"]},
        "tags": {"path": "thematiques", "transforms": [{"split": ";"}, "strip"]},
        "city": {"path": "adresse", "transforms": [{"regex": r"\d{5}\s+(.+)$", "group": 1}]},
        "postcode": "code_postal",
        "insee_code": "code_insee",
        "start_date": {"path": "date_creation", "transforms": [{"date": ["%d/%m/%Y", "%Y-%m-%d"]}]},
        "website": "site_web",
        "latitude": "geo_point_2d.lat",
        "longitude": "geo_point_2d.lon",
        "porteur_name": {"path": "porteurs[*].nom", "transforms": ["first"]},
        "language": {"constant": "fr"},
    },
}
WP_URL = "https://territoires-solidaires.example.org/wp-json/wp/v2/posts"
WP_CONFIG = {
    "records_path": "$",
    "id": "id",
    "pagination": {"type": "page", "param": "page", "size_param": "per_page", "size": 2},
    "fields": {
        "title": {"path": "title.rendered", "transforms": ["text"]},
        "description": "content.rendered",
        "summary": {"path": "excerpt.rendered", "transforms": ["text"]},
        "url": "link",
        "published_at": "date_gmt",
        "updated_at": "modified",
        "tags": "_embedded.wp:term[*][*].name",
    },
}


def test_opendatasoft_first_page(payload):
    page = payload("json_api/opendatasoft_page1.json", f"{ODS_URL}?limit=2&offset=0", "application/json; charset=utf-8")
    result = json_api.parse(page, ODS_CONFIG)

    assert result.total == 5
    assert result.next_url == f"{ODS_URL}?offset=2&limit=2"
    epicerie, tiers_lieu = result.records
    assert epicerie.external_id == "ESS-23-0001"
    assert epicerie.fields == {
        "external_id": "ESS-23-0001",
        "title": "Épicerie solidaire La Courte Échelle",
        "summary": "Épicerie à tarifs différenciés selon le quotient familial.",
        "tags": ["Alimentation", "Lutte contre la précarité"],
        "city": "Guéret",
        "postcode": "23000",
        "insee_code": "23096",
        "start_date": "2019-09-15",
        "website": "https://courte-echelle.example.org",
        "latitude": 46.1714,
        "longitude": 1.8717,
        "porteur_name": "Association Les Pieds sur Terre",
        "language": "fr",
    }
    assert epicerie.raw["geo_point_2d"] == {"lon": 1.8717, "lat": 46.1714}
    assert tiers_lieu.fields["start_date"] == "2021-05-03"  # second date format
    assert tiers_lieu.empty_fields == ["website", "porteur_name"]
    json.dumps(epicerie.raw)


def test_opendatasoft_last_page_stops(payload):
    result = json_api.parse(payload("json_api/opendatasoft_page3.json", f"{ODS_URL}?limit=2&offset=4"), ODS_CONFIG)
    assert [record.fields["city"] for record in result.records] == ["Tulle"]
    assert result.next_url is None


def test_opendatasoft_total_count_is_read_without_total_path(payload):
    config = {**ODS_CONFIG, "pagination": {"type": "offset", "size": 2}}
    result = json_api.parse(payload("json_api/opendatasoft_page1.json", f"{ODS_URL}?limit=2&offset=2"), config)
    assert result.total == 5
    assert result.next_url == f"{ODS_URL}?offset=4&limit=2"


def test_an_empty_page_stops_pagination(payload):
    result = json_api.parse(payload("json_api/opendatasoft_empty.json", f"{ODS_URL}?limit=2&offset=6"), ODS_CONFIG)
    assert result.records == []
    assert result.next_url is None


def test_records_are_found_without_records_path(payload):
    config = {key: value for key, value in ODS_CONFIG.items() if key != "records_path"}
    result = json_api.parse(payload("json_api/opendatasoft_page1.json", ODS_URL), config)
    assert len(result.records) == 2


def test_wordpress_rest_posts(payload):
    page = payload(
        "json_api/wordpress_posts_page1.json",
        f"{WP_URL}?_embed=1&page=1&per_page=2",
        "application/json; charset=UTF-8",
        x_wp_total="5",
        x_wp_totalpages="3",
    )
    result = json_api.parse(page, WP_CONFIG)

    assert result.total == 5
    assert result.next_url == f"{WP_URL}?_embed=1&page=2&per_page=2"
    post = result.records[0]
    assert post.external_id == "1842"
    assert post.url == "https://territoires-solidaires.example.org/2024/03/epicerie-solidaire-la-courte-echelle/"
    assert post.fields["title"] == "L’épicerie solidaire « La Courte Échelle » ouvre à Guéret"
    assert post.fields["summary"] == "Une épicerie où chacun paie selon ses moyens, tenue par des bénévoles…"
    assert post.fields["description"].startswith("<p>Une épicerie où chacun paie selon ses moyens.</p>")
    assert post.fields["tags"] == ["Alimentation", "Épiceries solidaires", "Creuse"]
    assert result.records[1].empty_fields == ["summary"]


def test_wordpress_last_page_by_header(payload):
    page = payload("json_api/wordpress_posts_page1.json", f"{WP_URL}?page=3&per_page=2", x_wp_totalpages="3")
    assert json_api.parse(page, WP_CONFIG).next_url is None


def test_cursor_pagination(payload):
    config = {
        "records_path": "data",
        "id": "uuid",
        "fields": {"title": "attributes.name", "city": "attributes.city"},
        "pagination": {"type": "cursor", "param": "after", "next_path": "meta.next_cursor"},
    }
    url = "https://mobilites.example.fr/api/v1/initiatives"
    result = json_api.parse(payload("json_api/cursor_page1.json", url), config)
    assert [record.external_id for record in result.records] == ["a3f1c2e0-0001", "a3f1c2e0-0002"]
    assert result.next_url == f"{url}?after=eyJpZCI6IjAwMDIifQ"
    assert json_api.parse(payload("json_api/cursor_last.json", result.next_url), config).next_url is None


def test_next_link_in_body(payload):
    config = {
        "records_path": "data",
        "fields": {"title": "attributes.name"},
        "pagination": {"type": "next_link", "next_path": "links.next"},
    }
    result = json_api.parse(
        payload("json_api/cursor_page1.json", "https://mobilites.example.fr/api/v1/initiatives"), config
    )
    assert result.next_url == "https://mobilites.example.fr/api/v1/initiatives?after=eyJpZCI6IjAwMDIifQ"
    # Without an id spec nor a URL, the id is a hash of the item: stable from one harvest to the next.
    again = json_api.parse(payload("json_api/cursor_page1.json", "https://elsewhere.example/"), config)
    assert result.records[0].external_id.startswith("sha1:")
    assert result.records[0].external_id == again.records[0].external_id
    assert result.records[0].external_id != result.records[1].external_id


def test_link_header_pagination(payload):
    config = {"records_path": "data", "fields": {"title": "attributes.name"}, "pagination": {"type": "link_header"}}
    page = payload(
        "json_api/cursor_page1.json",
        "https://mobilites.example.fr/api/v1/initiatives?page=1",
        link='<https://mobilites.example.fr/api/v1/initiatives?page=1>; rel="first", </api/v1/initiatives?page=2>; rel="next"',
    )
    assert json_api.parse(page, config).next_url == "https://mobilites.example.fr/api/v1/initiatives?page=2"


def test_html_instead_of_json_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="expected JSON but got HTML"):
        json_api.parse(payload("json_api/html_instead_of_json.html", ODS_URL, "text/html"), ODS_CONFIG)


def test_invalid_utf8_is_a_parse_error(payload):
    with pytest.raises(ParseError, match=r"not valid utf-8: byte 0xe9 at position 25"):
        json_api.parse(payload("json_api/invalid_utf8.json", ODS_URL, "application/json"), ODS_CONFIG)


def test_declared_charset_is_respected():
    content = '{"results": [{"nom_structure": "Café associatif"}]}'.encode("latin-1")
    page = Payload(url=ODS_URL, content=content, headers={"content-type": "application/json; charset=ISO-8859-1"})
    assert json_api.parse(page, {"fields": {"title": "nom_structure"}}).records[0].fields["title"] == "Café associatif"


def test_garbage_is_a_parse_error():
    with pytest.raises(ParseError, match="invalid JSON"):
        json_api.parse(Payload(url=ODS_URL, content=b"results: [1, 2"), ODS_CONFIG)


def test_error_document_names_the_records_path(payload):
    with pytest.raises(ParseError, match="records_path 'results' found nothing"):
        json_api.parse(payload("json_api/opendatasoft_error.json", ODS_URL), ODS_CONFIG)


def test_records_path_must_be_a_list(payload):
    with pytest.raises(ParseError, match="not a list"):
        json_api.parse(
            payload("json_api/opendatasoft_page1.json", ODS_URL), {**ODS_CONFIG, "records_path": "total_count"}
        )


def test_config_errors_name_the_field():
    with pytest.raises(ConfigError) as error:
        json_api.validate_config({"fields": {"title": "a..b"}})
    assert error.value.field_path == "fields.title.path"
    with pytest.raises(ConfigError) as error:
        json_api.validate_config({"fields": {"title": "nom"}, "pagination": {"type": "cursor"}})
    assert error.value.field_path == "pagination.next_path"
    with pytest.raises(ConfigError) as error:
        json_api.validate_config({"fields": {}})
    assert error.value.field_path == "fields"


def test_detail_document(payload):
    config = {**ODS_CONFIG, "detail_fields": {"porteur_name": "porteurs[0].nom", "website": "site_web"}}
    record = json_api.parse(payload("json_api/opendatasoft_page1.json", ODS_URL), config).records[1]
    detail = payload("json_api/opendatasoft_page3.json", "https://data.example.fr/detail")
    page = json.loads(detail.content)["results"][0]
    enriched = json_api.parse_detail(Payload(url=detail.url, content=json.dumps(page).encode()), config, record)
    assert enriched.fields["porteur_name"] == "Régie de quartier de Tulle"
    assert enriched.fields["title"] == "Tiers-lieu La Fabrique du Bocage"  # kept from the list page
    assert enriched.empty_fields == []
    assert enriched.external_id == "ESS-87-0042"
