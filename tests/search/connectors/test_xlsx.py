"""XLSX connector: sheet choice, header row, typed cells, and zip-bomb refusal."""

from __future__ import annotations

import time

import pytest

from search.harvest.connectors import xlsx
from search.harvest.connectors.base import ConfigError, ParseError, Payload

from .xlsx_fixtures import build_tiers_lieux

URL = "https://tiers-lieux-na.example.fr/recensement-2024.xlsx"
CONFIG = {
    "sheet": "Tiers-lieux",
    "header_row": 2,
    "id": "N° fiche",
    "fields": {
        "title": "Nom du lieu",  # the header cell has spaces around it
        "city": "Commune",
        "insee_code": "Code INSEE",
        "start_date": "Ouverture",
        "tags": {"column": "Activités", "transforms": [{"split": ","}, "strip"]},
    },
}


def test_sheet_by_name_with_a_title_row(payload):
    result = xlsx.parse(payload("xlsx/tiers_lieux.xlsx", URL), CONFIG)

    assert [record.external_id for record in result.records] == ["TL-0001", "TL-0002", "TL-0003"]  # blank row skipped
    quincaillerie = result.records[0]
    assert quincaillerie.fields["title"] == "La Quincaillerie"
    assert quincaillerie.fields["start_date"] == "2017-09-01"
    assert quincaillerie.fields["tags"] == ["fablab", "coworking"]
    assert quincaillerie.raw["Surface (m²)"] == 450
    assert result.records[1].raw["Surface (m²)"] == 120.5
    assert result.records[2].fields["city"] == "Égletons"
    assert result.records[2].empty_fields == ["start_date", "tags"]
    assert result.total == 3


def test_sheet_by_index():
    result = xlsx.parse(Payload(url=URL, content=build_tiers_lieux()), {**CONFIG, "sheet": 1})
    assert result.records[1].fields["title"] == "L’Escale du Bocage"


def test_missing_sheet_lists_the_sheets(payload):
    with pytest.raises(ParseError, match="sheets: Lisez-moi, Tiers-lieux"):
        xlsx.parse(payload("xlsx/tiers_lieux.xlsx", URL), {**CONFIG, "sheet": "Feuil1"})


def test_zip_bomb_is_refused_by_ratio(payload):
    started = time.monotonic()
    with pytest.raises(ParseError, match=r"zip bomb: member 'xl/worksheets/sheet1.xml' has a compression ratio"):
        xlsx.parse(payload("xlsx/zip_bomb.xlsx", URL), CONFIG)
    assert time.monotonic() - started < 1


def test_zip_bomb_is_refused_by_total_size(payload):
    with pytest.raises(ParseError, match="uncompressed size exceeds 1000000 bytes"):
        xlsx.parse(payload("xlsx/zip_bomb.xlsx", URL), {**CONFIG, "max_uncompressed_bytes": 1_000_000})


def test_not_a_zip_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="not a zip archive"):
        xlsx.parse(payload("csv/pipe.csv", URL), CONFIG)


def test_config_errors_name_the_field():
    with pytest.raises(ConfigError) as error:
        xlsx.validate_config({"sheet": -1})
    assert error.value.field_path == "sheet"
    with pytest.raises(ConfigError) as error:
        xlsx.validate_config({"fields": {"title": {"css": "td"}}})
    assert error.value.field_path == "fields.title.css"
