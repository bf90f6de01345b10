"""The lookups of a source (search/harvest/connectors/lookups.py), fetched once per harvest through the harvest's
own client: the same SSRF guard, robots.txt, politeness and limits as every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from search.harvest.connectors.base import ParseError, Payload
from search.harvest.connectors.lookups import lookup_table
from search.harvest.fetch import FetchError, FetchResult

MAX_PAGES = 20  # WordPress serves 100 terms a page: 2,000 categories are plenty


class LookupFailed(Exception):
    """A lookup could not be read: the harvest stops before writing anything (records relabelled with bare ids
    would lose their themes)."""


def _page(url: str, number: int) -> str:
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "page"] + [("page", str(number))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def lookup_tables_fetch(config: dict[str, Any], fetch: Callable[..., tuple[FetchResult, Any]],
                        error: Callable[[str, str], None]) -> dict[str, dict[str, str]]:
    """field → {id: label} for every lookup of the configuration. A WordPress answer saying it has more pages
    (``X-WP-TotalPages``) is read to the end. A lookup that fails is reported and raises LookupFailed."""
    tables: dict[str, dict[str, str]] = {}
    for field, spec in (config.get("lookups") or {}).items():
        table: dict[str, str] = {}
        for url in spec["url"]:
            number, last = 1, 1
            while number <= min(last, MAX_PAGES):
                page_url = url if number == 1 else _page(url, number)
                try:
                    result, _ = fetch(page_url, conditional=False)  # the harvester's: guard, robots, pace, counts
                    payload = Payload(url=result.url, content=result.content, status=result.status,
                                      headers=result.headers)
                    table.update(lookup_table(payload, spec))
                except (FetchError, ParseError) as exc:
                    error(page_url, str(exc))
                    raise LookupFailed(page_url) from exc
                total = payload.headers.get("x-wp-totalpages", "1")
                last = int(total) if total.isdigit() else 1
                number += 1
        tables[field] = table
    return tables
