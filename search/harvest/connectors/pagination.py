"""Pagination settings and next-page arithmetic shared by the connectors (rss, json_api, html).

The next page is always computed from the URL of the page just parsed plus the configuration, so a harvest can
resume from any page without other state.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .base import ConfigError, suggest
from .mapping import compile_path

PAGINATION_TYPES: tuple[str, ...] = ("none", "offset", "page", "cursor", "next_link", "link_header")
PAGINATION_KEYS = frozenset(
    {"type", "param", "size_param", "size", "start", "next_path", "total_path", "total_pages_header"}
)
_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")


def validate_pagination(value: Any, allowed: tuple[str, ...] = PAGINATION_TYPES) -> dict[str, Any]:
    """The pagination block with defaults filled in for its type; ConfigError names ``pagination.<key>``."""
    if value is None:
        value = {"type": "none"}
    if isinstance(value, str):
        value = {"type": value}
    if not isinstance(value, Mapping):
        raise ConfigError("pagination", "must be a mapping such as {type: offset, param: offset, size: 20}")
    for key in value:
        if key not in PAGINATION_KEYS:
            raise ConfigError(f"pagination.{key}", f"unknown key {key!r}{suggest(str(key), PAGINATION_KEYS)}")
    kind = value.get("type", "none")
    if kind not in allowed:
        raise ConfigError(
            "pagination.type", f"must be one of {', '.join(allowed)}, got {kind!r}{suggest(str(kind), allowed)}"
        )
    result: dict[str, Any] = {"type": kind}
    defaults: dict[str, Any] = {
        "offset": {"param": "offset", "size_param": "limit", "size": 20, "start": 0, "total_path": None},
        "page": {
            "param": "page",
            "size_param": None,
            "size": None,
            "start": 1,
            "total_path": None,
            "total_pages_header": "x-wp-totalpages",
        },
        "cursor": {"param": "cursor", "size_param": None, "size": None, "next_path": None},
        "next_link": {"next_path": None},
        "link_header": {},
        "none": {},
    }[kind]
    for key, default in defaults.items():
        result[key] = value.get(key, default)
    extra = set(value) - set(result)
    if extra:
        key = sorted(extra)[0]
        raise ConfigError(f"pagination.{key}", f"{key!r} is not used by pagination type {kind!r}")
    for key in ("param", "size_param", "total_pages_header"):
        if key in result and result[key] is not None and (not isinstance(result[key], str) or not result[key]):
            raise ConfigError(f"pagination.{key}", "must be a non-empty string")
    if result.get("total_pages_header"):
        result["total_pages_header"] = result["total_pages_header"].lower()
    for key, minimum in (("size", 1), ("start", 0)):
        if key in result and result[key] is not None:
            if isinstance(result[key], bool) or not isinstance(result[key], int) or result[key] < minimum:
                raise ConfigError(f"pagination.{key}", f"must be an integer >= {minimum}, got {result[key]!r}")
    if kind == "offset" and result["size"] is None:
        raise ConfigError("pagination.size", "offset pagination needs a page size")
    for key in ("next_path", "total_path"):
        if result.get(key) is not None:
            if not isinstance(result[key], str):
                raise ConfigError(f"pagination.{key}", "must be a JSON path string")
            compile_path(result[key], f"pagination.{key}")
    if kind in ("cursor", "next_link") and not result.get("next_path"):
        raise ConfigError(
            "pagination.next_path", f"{kind} pagination needs next_path (where the {kind} is in the body)"
        )
    return result


def query_param(url: str, name: str) -> str | None:
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key == name:
            return value
    return None


def int_query_param(url: str, name: str | None, default: int | None) -> int | None:
    value = query_param(url, name) if name else None
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def with_query(url: str, **params: Any) -> str:
    """``url`` with the given query parameters set (replacing existing ones, keeping the others in order)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query.extend((k, str(v)) for k, v in params.items() if v is not None)
    return urlunsplit(parts._replace(query=urlencode(query)))


def link_header_next(headers: Mapping[str, str], base: str) -> str | None:
    """The ``rel="next"`` target of an RFC 8288 Link header."""
    header = headers.get("link", "")
    for match in _LINK.finditer(header):
        target, params = match.groups()
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "rel" and "next" in value.strip().strip('"').lower().split():
                return urljoin(base, target.strip())
    return None


def as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def next_page_number(
    url: str, pagination: Mapping[str, Any], *, count: int, total: int | None, headers: Mapping[str, str]
) -> str | None:
    """Page-number pagination: page+1 until the last page (header or total) or an empty or short page."""
    if count == 0:
        return None
    start = pagination.get("start", 1)
    page = int_query_param(url, pagination["param"], start)
    size = int_query_param(url, pagination.get("size_param"), pagination.get("size"))
    total_pages = (
        as_int(headers.get(pagination["total_pages_header"])) if pagination.get("total_pages_header") else None
    )
    if total_pages is None and total is not None and size:
        total_pages = math.ceil(total / size)
    if total_pages is not None:
        if page - start + 1 >= total_pages:
            return None
    elif size and count < size:
        return None
    params: dict[str, Any] = {pagination["param"]: page + 1}
    if pagination.get("size_param") and size:
        params[pagination["size_param"]] = size
    return with_query(url, **params)


def next_offset(url: str, pagination: Mapping[str, Any], *, count: int, total: int | None) -> str | None:
    """Offset pagination: offset += the records received, while below total (or while pages come back full).

    Stepping by what came back, not by the configured size, never skips records when a server applies its own
    default or maximum page size (OpenDataSoft answers 10 records to a URL without ``limit``).
    """
    if count == 0:
        return None
    offset = int_query_param(url, pagination["param"], pagination.get("start", 0))
    size = int_query_param(url, pagination.get("size_param"), pagination["size"]) or pagination["size"]
    if total is not None:
        if offset + count >= total:
            return None
    elif count < size:
        return None
    params: dict[str, Any] = {pagination["param"]: offset + count}
    if pagination.get("size_param"):
        params[pagination["size_param"]] = size
    return with_query(url, **params)
