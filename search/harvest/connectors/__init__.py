"""Connectors by format name, and validation of a whole source configuration (harvest options + connector options).

Every module registered here follows the contract in ``base.py``: ``format``, ``validate_config``, ``parse`` and
``parse_detail``, pure functions of a payload and a configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import csv, html, json_api, jsonld, rss, sitemap, xlsx
from .base import ConfigError, Connector, ParseError, ParseResult, Payload, RawRecord, suggest
from .lookups import validate_lookups
from .mapping import check_int, check_number, copy_config
from .recipes import dataset_catalogue, recipe_expand

FORMATS: dict[str, ModuleType] = {module.format: module for module in (rss, json_api, csv, xlsx, html, jsonld, sitemap)}

# Options the harvest service reads, with their declared defaults.
HARVEST_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5.0,
    "timeout": 30.0,
    "max_bytes": 10 * 1024 * 1024,
    "min_delay": 1.0,
    "max_pages": 500,
    "follow_details": False,
}
# Every key a source configuration may hold (see docs/sources.md); anything else is a typo.
CONNECTOR_KEYS = frozenset(
    {
        "records_path",
        "pagination",
        "id",
        "fields",
        "delimiter",
        "encoding",
        "sheet",
        "header_row",
        "max_uncompressed_bytes",
        "max_compression_ratio",
        "item_selector",
        "next_selector",
        "detail_link",
        "detail_fields",
        "types",
        "url_filter",
        "sitemap_filter",
        "detail_format",
    }
)
KNOWN_KEYS = frozenset({"format", "url", "search", "name", "notes", "lookups", "recipe", "resource", *HARVEST_DEFAULTS,
                        *CONNECTOR_KEYS})

__all__ = [
    "FORMATS",
    "HARVEST_DEFAULTS",
    "ConfigError",
    "Connector",
    "ParseError",
    "ParseResult",
    "Payload",
    "RawRecord",
    "get_connector",
    "validate_source_config",
]


def get_connector(name: str) -> ModuleType:
    """The connector module for a format name; ConfigError("format", …) for an unknown one."""
    try:
        return FORMATS[name]
    except (KeyError, TypeError):
        raise ConfigError(
            "format", f"unknown format {name!r}{suggest(str(name), FORMATS)} (known: {', '.join(FORMATS)})"
        )


def _check_url(value: Any, key: str, *, template: bool = False) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ConfigError(key, f"must be an http(s) URL, got {value!r}")
    if template and "{query}" not in value:
        raise ConfigError(key, "a search URL must contain {query}")
    return value


def validate_harvest_options(config: Mapping[str, Any]) -> dict[str, Any]:
    """The harvest options with their defaults; ConfigError names the wrong one."""
    options = {
        "connect_timeout": check_number(config, "connect_timeout", HARVEST_DEFAULTS["connect_timeout"], strict=True),
        "timeout": check_number(config, "timeout", HARVEST_DEFAULTS["timeout"], strict=True),
        "max_bytes": check_int(config, "max_bytes", HARVEST_DEFAULTS["max_bytes"], minimum=1),
        "min_delay": check_number(config, "min_delay", HARVEST_DEFAULTS["min_delay"]),
        "max_pages": check_int(config, "max_pages", HARVEST_DEFAULTS["max_pages"], minimum=1),
    }
    follow = config.get("follow_details", HARVEST_DEFAULTS["follow_details"])
    if not isinstance(follow, bool):
        raise ConfigError("follow_details", f"must be true or false, got {follow!r}")
    options["follow_details"] = follow
    if options["connect_timeout"] > options["timeout"]:
        raise ConfigError("connect_timeout", "must not exceed timeout")
    return options


def validate_source_config(config: dict[str, Any]) -> dict[str, Any]:
    """Validate a whole source configuration and return it with every declared default filled in.

    Raises ConfigError whose ``field_path`` names the wrong key (``fields.title.transforms[1]``, ``pagination.type``…).
    """
    config = copy_config(config)
    if config.get("recipe") is not None:
        config = recipe_expand(config)
    for key in config:
        if key not in KNOWN_KEYS:
            raise ConfigError(str(key), f"unknown key {key!r}{suggest(str(key), KNOWN_KEYS)}")
    if "resource" in config and not dataset_catalogue(config):
        raise ConfigError("resource", "names a file of a dataset: only with the datagouv or ckan recipe")
    if "format" not in config:
        raise ConfigError("format", f"missing (one of {', '.join(FORMATS)})")
    connector = get_connector(config["format"])
    config["url"] = _check_url(config.get("url"), "url")
    config.update(validate_harvest_options(config))
    if config.get("follow_details") and config["format"] in ("rss", "csv", "xlsx"):
        raise ConfigError("follow_details", f"format {config['format']!r} has no detail links to follow")
    config = connector.validate_config(config)
    if config["follow_details"] and config["format"] in ("html", "json_api") and not config.get("detail_link"):
        raise ConfigError("detail_link", "follow_details is on: say where each item's detail link is")
    if config.get("search") is not None:
        config["search"] = _validate_search(config["search"])
    if "lookups" in config:
        config["lookups"] = validate_lookups(config["lookups"])
    return config


def _validate_search(search: Any) -> dict[str, Any]:
    """The optional live-search block: a URL template with ``{query}`` and its own connector options."""
    if not isinstance(search, Mapping):
        raise ConfigError("search", "must be a mapping with url, format and the connector's options")
    search = dict(search)
    _check_url(search.get("url"), "search.url", template=True)
    name = search.get("format")
    if name not in FORMATS:
        raise ConfigError("search.format", f"unknown format {name!r}{suggest(str(name), FORMATS)}")
    try:
        return FORMATS[name].validate_config(search)
    except ConfigError as exc:
        raise ConfigError(f"search.{exc.field_path}", str(exc).split(": ", 1)[-1])
