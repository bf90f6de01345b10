"""Connector for sitemaps: a ``urlset`` yields the detail pages to fetch, a ``sitemapindex`` the sitemaps to fetch.

Detail pages are parsed by the connector named in ``detail_format`` (jsonld or html) through its ``parse_detail``,
starting from :func:`record_for_url`; this module only lists URLs, safely (no entities, no network, no huge trees).
"""

from __future__ import annotations

import gzip
import io
import re
from typing import Any
from urllib.parse import urljoin

from . import html, jsonld
from .base import ConfigError, ParseError, ParseResult, Payload, RawRecord
from .decoding import describe, parse_xml
from .mapping import check_choice, check_regex, copy_config

format = "sitemap"  # noqa: A001 - the connector contract names this attribute

DETAIL_FORMATS = {"jsonld": jsonld, "html": html}
# A .xml.gz sitemap may be at most this many times larger once inflated (the protocol caps sitemaps at 50 MB).
MAX_GZIP_BYTES = 50 * 1024 * 1024


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """``url_filter`` (regex on <loc>), ``sitemap_filter`` (regex on nested sitemaps), ``detail_format`` (jsonld)."""
    config = copy_config(config)
    config["url_filter"] = check_regex(config, "url_filter")
    config["sitemap_filter"] = check_regex(config, "sitemap_filter")
    config["detail_format"] = check_choice(config, "detail_format", DETAIL_FORMATS, "jsonld")
    if "pagination" in config and config["pagination"] not in (None, "none", {"type": "none"}):
        raise ConfigError("pagination", "sitemaps paginate through sitemap indexes; remove pagination")
    return DETAIL_FORMATS[config["detail_format"]].validate_detail_config(config)


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _inflate(payload: Payload) -> bytes:
    content = payload.content
    if not content.startswith(b"\x1f\x8b"):
        return content
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as archive:
            data = archive.read(MAX_GZIP_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise ParseError(f"corrupt gzip sitemap {describe(payload)}: {exc}")
    if len(data) > MAX_GZIP_BYTES:
        raise ParseError(f"gzip sitemap inflates beyond {MAX_GZIP_BYTES} bytes; refused")
    return data


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """(loc, lastmod) of the matching pages in ``discovered_urls``; nested sitemaps of an index in ``sitemaps``."""
    config = validate_config(config)
    root = parse_xml(_inflate(payload), f"sitemap {payload.url}")
    kind = _local(root.tag)
    result = ParseResult()
    if kind == "urlset":
        pattern = re.compile(config["url_filter"]) if config["url_filter"] else None
        skipped = 0
        for element in root:
            if _local(element.tag) != "url":
                continue
            loc = _child_text(element, "loc")
            if not loc:
                continue
            loc = urljoin(payload.url, loc)
            if pattern and not pattern.search(loc):
                skipped += 1
                continue
            result.discovered_urls.append((loc, _child_text(element, "lastmod")))
        result.total = len(result.discovered_urls)
        if skipped and not result.discovered_urls:
            result.warnings.append(f"url_filter {config['url_filter']!r} matched none of the {skipped} URL(s)")
    elif kind == "sitemapindex":
        pattern = re.compile(config["sitemap_filter"]) if config["sitemap_filter"] else None
        for element in root:
            loc = _child_text(element, "loc") if _local(element.tag) == "sitemap" else None
            if loc and (pattern is None or pattern.search(loc)):
                result.sitemaps.append(urljoin(payload.url, loc))
    else:
        raise ParseError(
            f"not a sitemap: root element <{kind}> in {describe(payload)} (expected urlset or sitemapindex)"
        )
    return result


def record_for_url(url: str, lastmod: str | None = None) -> RawRecord:
    """The stub record a discovered URL starts from, before its detail page is parsed."""
    fields: dict[str, Any] = {"external_id": url, "url": url}
    if lastmod:
        fields["updated_at"] = lastmod
    return RawRecord(external_id=url, fields=fields, raw={"loc": url, "lastmod": lastmod}, url=url, detail_url=url)


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Delegate to the ``detail_format`` connector, so a sitemap source can be harvested through this module too."""
    config = validate_config(config)
    return DETAIL_FORMATS[config["detail_format"]].parse_detail(payload, config, record)
