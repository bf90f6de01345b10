"""Connector for RSS 2.0 and Atom feeds (via feedparser), with WordPress ``?paged=N`` and Atom ``rel=next`` paging.

Without ``fields`` every entry is mapped with sensible defaults (link, title, summary, content, categories, dates,
author, enclosure image); ``fields`` overrides or extends them with paths into the feedparser entry.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import feedparser

from initiatives.html import html_to_text
from initiatives.text import is_empty

from .base import ParseError, ParseResult, Payload, RawRecord
from .decoding import describe, is_html_page, reject_entity_declarations
from .mapping import (
    build_record,
    compile_fields,
    compile_id_spec,
    copy_config,
    extract_fields,
    merge_detail,
    to_jsonable,
    validate_fields,
    validate_id_spec,
)
from .pagination import link_header_next, next_page_number, validate_pagination
from .transforms import MappingContext

format = "rss"  # noqa: A001 - the connector contract names this attribute

FIELD_SOURCES = ("path", "constant")
PAGINATION_TYPES = ("none", "page", "next_link", "link_header")


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """Validate ``fields``/``id`` (paths into the feedparser entry) and pagination (none, page, link_header)."""
    config = copy_config(config)
    config["fields"] = validate_fields(config.get("fields"), "fields", shorthand="path", allowed=FIELD_SOURCES)
    config["id"] = validate_id_spec(config.get("id"), shorthand="path", allowed=FIELD_SOURCES)
    pagination = config.get("pagination")
    if pagination == "next_link" or (isinstance(pagination, Mapping) and pagination.get("type") == "next_link"):
        # For feeds "next_link" means Atom <link rel="next">: it needs no path into a body.
        config["pagination"] = {"type": "next_link"}
    else:
        config["pagination"] = validate_pagination(pagination, PAGINATION_TYPES)
    return config


def _image(entry: Mapping[str, Any]) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/") and link.get("href"):
            return link["href"]
    for key in ("media_content", "media_thumbnail"):
        for media in entry.get(key, []) or []:
            if media.get("url") and (key == "media_thumbnail" or str(media.get("medium", "image")) == "image"):
                return media["url"]
    return None


def default_fields(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The canonical fields every feed entry provides, before ``fields`` overrides."""
    content = entry.get("content") or []
    html_content = next((part.get("value") for part in content if part.get("value")), None)
    summary = entry.get("summary")
    authors = [author.get("name") for author in entry.get("authors", []) if author.get("name")]
    values = {
        "url": entry.get("link"),
        "title": html_to_text(entry["title"]) if entry.get("title") else None,
        "summary": html_to_text(summary) if summary else None,
        # Atom and RSS feeds without content:encoded carry their only HTML in the summary.
        "description": html_content or summary,
        "tags": [tag.get("term") for tag in entry.get("tags", []) if tag.get("term")],
        # dict.get: FeedParserDict.get("updated") silently falls back to the published date.
        "published_at": dict.get(entry, "published") or dict.get(entry, "created"),
        "updated_at": dict.get(entry, "updated"),
        "image_url": _image(entry),
        "porteur_name": authors[0] if authors else entry.get("author"),
        "language": entry.get("language"),
    }
    return {key: value for key, value in values.items() if not is_empty(value)}


def parse_feed(payload: Payload) -> Any:
    reject_entity_declarations(payload.content, "feed")
    # Without a content type feedparser flags every feed as suspicious; XML lets it read the XML declaration.
    headers = {"content-location": payload.url, "content-type": payload.content_type or "application/xml"}
    # A BytesIO, not bytes: feedparser would try to open a bytes argument as a file name.
    feed = feedparser.parse(
        io.BytesIO(payload.content), response_headers=headers, sanitize_html=False, resolve_relative_uris=True
    )
    if not feed.get("version") and not feed.entries:
        text = payload.content[:512].decode("utf-8", "replace")
        kind = "an HTML page" if is_html_page(text) else "not an RSS or Atom feed"
        reason = feed.get("bozo_exception")
        raise ParseError(f"{describe(payload)} is {kind}" + (f" ({reason})" if reason else ""))
    return feed


def _next_url(payload: Payload, feed: Any, pagination: Mapping[str, Any], count: int) -> str | None:
    kind = pagination["type"]
    if kind == "page":
        return next_page_number(payload.url, pagination, count=count, total=None, headers=payload.headers)
    if kind == "link_header":
        return link_header_next(payload.headers, payload.url) if count else None
    if count == 0:
        return None
    # Atom paging (RFC 5005) is followed whatever the configuration says: it is the feed's own statement.
    for link in feed.feed.get("links", []):
        if link.get("rel") == "next" and link.get("href"):
            return link["href"]
    return None


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Map each feed entry onto a record; ``next_url`` follows ``?paged=N``, Link headers or Atom ``rel=next``."""
    config = validate_config(config)
    feed = parse_feed(payload)
    specs = compile_fields(config["fields"])
    id_spec = compile_id_spec(config["id"]) if config["id"] else None
    result = ParseResult()
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if feed.get("bozo") and feed.get("bozo_exception") and not isinstance(feed.bozo_exception, benign):
        result.warnings.append(f"feed is not well-formed, parsed leniently: {feed.bozo_exception}")
    for entry in feed.entries:
        context = MappingContext(base_url=payload.url)
        fields = default_fields(entry)
        overrides, empty = extract_fields(specs, entry, context)
        # A configured field that comes out empty falls back to the default mapping rather than losing data.
        fields.update(overrides)
        id_value = id_spec.extract(entry, context) if id_spec else entry.get("id") or entry.get("guid")
        raw = {key: value for key, value in entry.items() if not key.endswith("_parsed")}
        result.records.append(
            build_record(
                fields=fields, raw=to_jsonable(raw), empty_fields=empty, id_value=id_value, warnings=context.warnings
            )
        )
    result.next_url = _next_url(payload, feed, config["pagination"], len(feed.entries))
    if result.next_url == payload.url:
        result.next_url = None
    return result


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Feeds have no detail pages of their own: the first entry of a single-entry feed enriches the record."""
    config = validate_config(config)
    feed = parse_feed(payload)
    if not feed.entries:
        return merge_detail(record, {}, [], warnings=[*record.warnings, f"no entry in {payload.url}"])
    entry = feed.entries[0]
    context = MappingContext(base_url=payload.url)
    fields = default_fields(entry)
    overrides, empty = extract_fields(compile_fields(config["fields"]), entry, context)
    fields.update(overrides)
    return merge_detail(record, fields, empty, warnings=[*record.warnings, *context.warnings])
