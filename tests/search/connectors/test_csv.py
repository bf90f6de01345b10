"""CSV connector: encodings (UTF-8, BOM, Windows-1252), separators (, ; | tab) and column mapping."""

from __future__ import annotations

import pytest

from search.harvest.connectors import csv as csv_connector
from search.harvest.connectors.base import ConfigError, ParseError, Payload

URL = "https://data.example.fr/exports/initiatives.csv"
CP1252_CONFIG = {
    "id": "Identifiant",
    "fields": {
        "title": "Nom de l'initiative",
        "porteur_name": "Porteur",
        "tags": {"column": "Thématiques", "transforms": [{"split": ","}, "strip"]},
        "postcode": "Code postal",
        "city": "Commune",
        "start_date": {"column": "Date de création", "transforms": [{"date": "%d/%m/%Y"}]},
    },
}


def test_windows1252_semicolon(payload):
    result = csv_connector.parse(payload("csv/windows1252_semicolon.csv", URL, "text/csv"), CP1252_CONFIG)

    assert [record.external_id for record in result.records] == ["CAE-001", "CAE-002", "CAE-003"]
    first = result.records[0]
    assert first.fields["title"] == "Cœur de Bourg – épicerie participative"
    assert first.fields["porteur_name"] == "Association Œuvre Commune"
    assert first.fields["tags"] == ["Alimentation", "Circuits courts"]
    assert first.fields["start_date"] == "2018-04-03"
    assert first.raw["Budget (€)"] == "12 500 €"
    assert first.raw["_line"] == 2
    assert result.total == 3
    assert "file is not UTF-8; decoded as cp1252" in result.warnings
    # A date that does not match keeps its raw value and says so.
    third = result.records[2]
    assert third.fields["start_date"] == "2017"
    assert third.warnings == ["date '2017' does not match '%d/%m/%Y'; kept as published"]


def test_configured_encoding_and_delimiter(payload):
    config = {**CP1252_CONFIG, "encoding": "cp1252", "delimiter": ";"}
    result = csv_connector.parse(payload("csv/windows1252_semicolon.csv", URL), config)
    assert result.records[1].fields["title"] == "Tiers-lieu « La Grange »"
    assert result.warnings == []


def test_wrong_configured_encoding_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="not valid utf-8"):
        csv_connector.parse(payload("csv/windows1252_semicolon.csv", URL), {**CP1252_CONFIG, "encoding": "utf-8"})


def test_utf8_bom_comma_with_quotes_and_newlines(payload):
    config = {
        "id": "id",
        "fields": {
            "title": "titre",
            "summary": "résumé",
            "city": "ville",
            "website": "site",
            "tags": {"column": "mots_clés", "transforms": [{"split": ";"}]},
        },
    }
    result = csv_connector.parse(payload("csv/utf8_bom_comma.csv", URL), config)

    bocal, atelier = result.records
    assert bocal.external_id == "TL-01"  # the BOM is not part of the first column name
    assert bocal.fields["title"] == "Le Bocal, tiers-lieu nourricier"
    assert bocal.fields["summary"] == 'Cuisine partagée, jardin et "café suspendu"'
    assert atelier.fields["summary"] == "Réparation de vélos\net cours de remise en selle"
    assert atelier.fields["tags"] == ["mobilité", "vélo", "insertion"]
    assert atelier.empty_fields == ["website"]
    assert result.warnings == []


def test_pipe_separator(payload):
    result = csv_connector.parse(
        payload("csv/pipe.csv", URL), {"id": "code", "fields": {"title": "nom", "latitude": "latitude"}}
    )
    assert [(r.external_id, r.fields["title"], r.fields["latitude"]) for r in result.records] == [
        ("MR-14", "Autopartage villageois de Peyrelevade", "45.7079"),
        ("MR-15", "Rézo Pouce Millevaches", "45.7497"),
    ]


def test_tab_separator_and_hash_ids(payload):
    config = {"fields": {"title": "libelle", "status": "statut", "departement": "departement"}}
    result = csv_connector.parse(payload("csv/tab.tsv", URL), config)
    assert [record.fields["departement"] for record in result.records] == ["Creuse", "Corrèze"]
    assert result.records[1].fields["title"] == "Épicerie itinérante « Le Camion qui roule »"
    assert all(record.external_id.startswith("sha1:") for record in result.records)
    assert result.records[0].external_id != result.records[1].external_id


def test_columns_named_like_canonical_fields_map_themselves():
    content = "title;city;ignored\nCafé des possibles;Ussel;x\n".encode()
    result = csv_connector.parse(Payload(url=URL, content=content), {})
    assert result.records[0].fields == {
        "title": "Café des possibles",
        "city": "Ussel",
        "external_id": result.records[0].external_id,
    }


def test_missing_column_is_a_warning(payload):
    config = {"id": "code", "fields": {"title": "nom", "website": "site_internet"}}
    result = csv_connector.parse(payload("csv/pipe.csv", URL), config)
    assert result.records[0].empty_fields == ["website"]
    assert result.warnings == [
        "fields.website: column 'site_internet' not found (columns: code, nom, commune, latitude, longitude)"
    ]


def test_binary_and_html_payloads_are_parse_errors(payload):
    with pytest.raises(ParseError, match="binary"):
        csv_connector.parse(payload("csv/binary_garbage.csv", URL), CP1252_CONFIG)
    with pytest.raises(ParseError, match="HTML"):
        csv_connector.parse(payload("json_api/html_instead_of_json.html", URL), CP1252_CONFIG)


def test_header_row(payload):
    content = "Export du 12/03/2024\nid,titre\nA1,Jardin partagé\n".encode()
    result = csv_connector.parse(
        Payload(url=URL, content=content), {"header_row": 2, "id": "id", "fields": {"title": "titre"}}
    )
    assert [(r.external_id, r.fields["title"]) for r in result.records] == [("A1", "Jardin partagé")]


@pytest.mark.parametrize(
    ("config", "field_path"),
    [
        ({"delimiter": "::"}, "delimiter"),
        ({"encoding": "klingon"}, "encoding"),
        ({"header_row": 0}, "header_row"),
        ({"fields": {"title": {"path": "a.b"}}}, "fields.title.path"),
        ({"fields": {"titre": "Nom"}}, "fields.titre"),
    ],
)
def test_config_errors_name_the_field(config, field_path):
    with pytest.raises(ConfigError) as error:
        csv_connector.validate_config(config)
    assert error.value.field_path == field_path


def test_tab_can_be_named():
    assert csv_connector.validate_config({"delimiter": "tab"})["delimiter"] == "\t"


def test_an_id_of_several_columns():
    """No column identifies a row alone: ``id`` names several, joined; a row missing one part has no id of its own
    (it falls back to the digest of the row, as without any id)."""
    from search.harvest.connectors import csv as csv_connector
    from search.harvest.connectors.base import Payload

    body = "nom;commune;annee\nRepair café;Rodez;2019\nRepair café;Millau;2020\nJardin;;2021\n".encode()
    config = {"id": ["nom", "commune"], "fields": {"title": "nom", "city": "commune"}}
    records = csv_connector.parse(Payload(url="http://127.0.0.1/x.csv", content=body, headers={}), config).records
    assert [r.external_id for r in records][:2] == ["Repair café | Rodez", "Repair café | Millau"]
    assert records[2].external_id.startswith("sha1:")
    validated = csv_connector.validate_config({"format": "csv", "url": "http://127.0.0.1/x.csv", **config})
    assert csv_connector.validate_config(validated)["id"] == validated["id"]  # validating again changes nothing
    from search.harvest.connectors.base import ConfigError

    with pytest.raises(ConfigError, match=r"^id\[1\]"):
        csv_connector.validate_config({**config, "id": ["nom", {"colum": "commune"}]})
    with pytest.raises(ConfigError, match="^id: an empty list"):
        csv_connector.validate_config({**config, "id": []})
