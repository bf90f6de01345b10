"""Whole source configurations: registry, harvest option defaults, and errors that name the wrong field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from search.harvest.connectors import FORMATS, HARVEST_DEFAULTS, get_connector, validate_source_config
from search.harvest.connectors.base import ConfigError

ODS = {
    "format": "json_api",
    "url": "https://data.example.fr/api/explore/v2.1/catalog/datasets/ess/records",
    "records_path": "results",
    "pagination": {"type": "offset", "size": 100, "total_path": "total_count"},
    "id": "identifiant",
    "fields": {"title": "nom_structure", "tags": {"path": "thematiques", "transforms": [{"split": ";"}, "strip"]}},
}


def test_registry():
    assert set(FORMATS) == {"rss", "json_api", "csv", "xlsx", "html", "jsonld", "sitemap"}
    for name, module in FORMATS.items():
        assert module.format == name
        assert callable(module.validate_config) and callable(module.parse) and callable(module.parse_detail)
    assert get_connector("rss") is FORMATS["rss"]


def test_unknown_format():
    with pytest.raises(ConfigError) as error:
        get_connector("jsn_api")
    assert error.value.field_path == "format"
    assert "did you mean 'json_api'" in str(error.value)
    with pytest.raises(ConfigError) as error:
        validate_source_config({**ODS, "format": "pdf"})
    assert error.value.field_path == "format"


def test_defaults_are_declared_and_filled():
    config = validate_source_config(ODS)
    assert {key: config[key] for key in HARVEST_DEFAULTS} == {
        "connect_timeout": 5.0,
        "timeout": 30.0,
        "max_bytes": 10 * 1024 * 1024,
        "min_delay": 1.0,
        "max_pages": 500,
        "follow_details": False,
    }
    assert config["pagination"] == {
        "type": "offset",
        "param": "offset",
        "size_param": "limit",
        "size": 100,
        "start": 0,
        "total_path": "total_count",
    }
    assert config["fields"]["title"] == {"path": "nom_structure"}
    assert config["id"] == {"path": "identifiant"}
    # Validation is idempotent: a validated config validates to itself.
    assert validate_source_config(config) == config


def test_the_input_is_not_modified():
    original = {**ODS}
    validate_source_config(original)
    assert original == ODS


@pytest.mark.parametrize(
    ("change", "field_path", "message"),
    [
        (
            {"fields": {"title": {"path": "nom", "transforms": ["strip", "strp"]}}},
            "fields.title.transforms[1]",
            "unknown transform 'strp'",
        ),
        ({"pagination": {"type": "scroll"}}, "pagination.type", "must be one of"),
        ({"pagination": {"type": "offset", "sise": 10}}, "pagination.sise", "did you mean 'size'"),
        ({"pagination": {"type": "offset", "size": 0}}, "pagination.size", ">= 1"),
        ({"pagination": {"type": "none", "param": "p"}}, "pagination.param", "not used by pagination type 'none'"),
        ({"records_path": "results["}, "records_path", "invalid JSON path"),
        (
            {"fields": {"city": {"path": "adresse", "transforms": [{"regex": "(\\d{5"}]}}},
            "fields.city.transforms[0].regex",
            "invalid regex",
        ),
        ({"timeout": "30s"}, "timeout", "must be a number"),
        ({"timeout": 0}, "timeout", "greater than 0"),
        ({"connect_timeout": 60}, "connect_timeout", "must not exceed timeout"),
        ({"max_bytes": 1.5}, "max_bytes", "integer"),
        ({"max_pages": 0}, "max_pages", "at least 1"),
        ({"min_delay": -1}, "min_delay", "at least 0"),
        ({"follow_details": "yes"}, "follow_details", "true or false"),
        ({"url": "ftp://data.example.fr/x"}, "url", "http(s) URL"),
        ({"url": None}, "url", "http(s) URL"),
        ({"format": None}, "format", "unknown format"),
        ({"recordspath": "results"}, "recordspath", "did you mean 'records_path'"),
    ],
)
def test_errors_name_the_field(change, field_path, message):
    config = {**ODS, **change}
    with pytest.raises(ConfigError) as error:
        validate_source_config(config)
    assert error.value.field_path == field_path
    assert message in str(error.value)
    assert str(error.value).startswith(f"{field_path}: ")


def test_missing_format():
    config = {key: value for key, value in ODS.items() if key != "format"}
    with pytest.raises(ConfigError) as error:
        validate_source_config(config)
    assert error.value.field_path == "format"


def test_not_a_mapping():
    with pytest.raises(ConfigError) as error:
        validate_source_config(["format", "rss"])
    assert error.value.field_path == "configuration"


def test_invalid_selectors_name_the_field():
    html_source = {
        "format": "html",
        "url": "https://annuaire.example.fr/",
        "item_selector": "article.fiche",
        "fields": {"title": "h2"},
    }
    assert validate_source_config(html_source)["item_selector"] == "article.fiche"
    with pytest.raises(ConfigError) as error:
        validate_source_config({**html_source, "item_selector": "article[fiche"})
    assert error.value.field_path == "item_selector"
    assert "invalid CSS selector" in str(error.value)
    with pytest.raises(ConfigError) as error:
        validate_source_config({**html_source, "detail_link": "xpath:.//a[", "detail_fields": {"description": "div"}})
    assert error.value.field_path == "detail_link.css"
    assert "invalid XPath" in str(error.value)


DOCS = Path(__file__).resolve().parents[3] / "docs" / "sources.md"


def documented_examples() -> list[dict]:
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [yaml.safe_load(block) for block in blocks if block.startswith("format:")]


def test_every_documented_example_validates():
    examples = documented_examples()
    assert {example["format"] for example in examples} == set(FORMATS)
    assert len(examples) >= 9
    for example in examples:
        assert validate_source_config(example)["format"] == example["format"]


def test_follow_details_only_where_there_are_detail_pages():
    with pytest.raises(ConfigError) as error:
        validate_source_config({"format": "rss", "url": "https://blog.example.fr/feed/", "follow_details": True})
    assert error.value.field_path == "follow_details"
    html_source = {"format": "html", "url": "https://a.example.fr/", "item_selector": "li", "fields": {"title": "a"}}
    with pytest.raises(ConfigError) as error:
        validate_source_config({**html_source, "follow_details": True})
    assert error.value.field_path == "detail_link"
    assert validate_source_config({**html_source, "follow_details": True, "detail_link": "a"})["detail_link"] == {
        "css": "a",
        "attr": "href",
    }


def test_search_block():
    search = {
        "url": "https://data.example.fr/search?q={query}",
        "format": "json_api",
        "records_path": "hits",
        "fields": {"title": "name"},
    }
    config = validate_source_config({**ODS, "search": search})
    assert config["search"]["pagination"] == {"type": "none"}
    with pytest.raises(ConfigError) as error:
        validate_source_config({**ODS, "search": {**search, "url": "https://data.example.fr/search"}})
    assert error.value.field_path == "search.url"
    with pytest.raises(ConfigError) as error:
        validate_source_config(
            {**ODS, "search": {**search, "fields": {"title": {"path": "name", "transforms": ["lowr"]}}}}
        )
    assert error.value.field_path == "search.fields.title.transforms[0]"
