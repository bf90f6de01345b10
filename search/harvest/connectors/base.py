"""The connector contract: a connector turns one fetched payload into typed records and what to fetch next.

Connectors never touch the network or the database (the harvest service does both); they are pure
functions of a payload and a configuration, tested offline against recorded payloads.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

# The vocabulary every connector maps a source's fields onto. Normalisation (search/normalize/normalizer.py) turns
# these raw values into Initiative fields; connectors only extract them.
CANONICAL_FIELDS: tuple[str, ...] = (
    "external_id",  # the source's own stable id (falls back to the record URL)
    "url",  # the record's page on the source
    "title",
    "summary",  # plain text
    "description",  # HTML as published (sanitised later, never here)
    "website",  # the initiative's own site
    "porteur_name",
    "porteur_kind",
    "porteur_siret",
    "email",
    "phone",
    "image_url",
    "social_links",  # list of URLs
    "start_date",  # raw string, parsed by normalisation
    "status",
    "content_type",
    "tags",  # list of the source's own tags/categories
    "address",
    "postcode",
    "city",
    "insee_code",
    "departement",
    "region",
    "latitude",
    "longitude",
    "distinctions",  # list of raw strings or dicts (prize, year, category, rank)
    "language",
    "published_at",  # raw string
    "updated_at",  # raw string (lastmod, dateModified…)
)


class ConfigError(ValueError):
    """A source configuration is wrong; the message names the offending field (e.g. ``fields.title.path``)."""

    def __init__(self, field_path: str, message: str):
        self.field_path = field_path
        super().__init__(f"{field_path}: {message}")


def suggest(name: str, choices: Iterable[str]) -> str:
    """A ``(did you mean 'x'?)`` suffix for typos in config keys, or an empty string."""
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class ParseError(ValueError):
    """The payload cannot be parsed at all (not the expected format, broken XML, …)."""


@dataclass(frozen=True)
class Payload:
    """One HTTP response as the harvest service fetched it."""

    url: str
    content: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass
class RawRecord:
    """One item as the source published it, with its fields mapped onto CANONICAL_FIELDS."""

    external_id: str
    fields: dict[str, Any]
    raw: dict[str, Any]  # JSON-serialisable copy of what the source published for this item
    url: str | None = None
    detail_url: str | None = None  # a page to fetch and parse with the detail configuration
    empty_fields: list[str] = field(default_factory=list)  # mapped fields that came out empty
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    records: list[RawRecord] = field(default_factory=list)
    next_url: str | None = None  # the next page to fetch, if any
    discovered_urls: list[tuple[str, str | None]] = field(default_factory=list)  # (url, lastmod) for sitemaps
    total: int | None = None  # the total item count the source announces, when it does
    warnings: list[str] = field(default_factory=list)  # e.g. "selector 'div.card' matched nothing"
    sitemaps: list[str] = field(default_factory=list)  # nested sitemaps of a sitemap index, to fetch and parse in turn


class Connector(Protocol):
    """What every connector module provides (registered by format name in search/harvest/connectors/__init__.py)."""

    format: str

    def validate_config(self, config: dict[str, Any]) -> dict[str, Any]:
        """Return the config with declared defaults filled in; raise ConfigError naming the wrong field."""
        ...

    def parse(self, payload: Payload, config: dict[str, Any]) -> ParseResult:
        """Turn one page of the source into records and the next page to fetch."""
        ...

    def parse_detail(self, payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
        """Enrich ``record`` with the fields found on its detail page (returns the same or a new record)."""
        ...
