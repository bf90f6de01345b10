"""Connector for HTML list pages scraped with CSS or XPath selectors, with optional detail pages.

``item_selector`` finds the items of a list page, ``fields`` reads each item, ``next_selector`` gives the next list
page and ``detail_link`` each item's detail page, which :func:`parse_detail` reads with ``detail_fields``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from lxml import etree

from initiatives.text import is_empty

from .base import ConfigError, ParseResult, Payload, RawRecord
from .decoding import base_url, parse_html
from .mapping import (
    FieldSpec,
    build_record,
    check_selector,
    compile_field_spec,
    compile_fields,
    compile_id_spec,
    compile_selector,
    copy_config,
    extract_fields,
    merge_detail,
    normalize_field_spec,
    select,
    validate_fields,
    validate_id_spec,
)
from .transforms import MappingContext

format = "html"  # noqa: A001 - the connector contract names this attribute

FIELD_SOURCES = ("css", "xpath", "constant")


def link_spec(value: Any, key: str) -> dict[str, Any] | None:
    """A link is a field spec whose default attribute is ``href``."""
    if value is None:
        return None
    spec = normalize_field_spec(value, key, shorthand="css", allowed=FIELD_SOURCES)
    if "css" in spec or "xpath" in spec:
        spec.setdefault("attr", "href")
    return spec


def validate_detail_config(config: dict[str, Any]) -> dict[str, Any]:
    """The options a detail page needs (``detail_fields``, else ``fields``); used by sitemap sources too."""
    config["fields"] = validate_fields(config.get("fields"), "fields", shorthand="css", allowed=FIELD_SOURCES)
    config["detail_fields"] = validate_fields(
        config.get("detail_fields"), "detail_fields", shorthand="css", allowed=FIELD_SOURCES
    )
    config["id"] = validate_id_spec(config.get("id"), shorthand="css", allowed=FIELD_SOURCES)
    if not config["fields"] and not config["detail_fields"]:
        raise ConfigError("fields", "at least one field must be mapped (fields or detail_fields)")
    return config


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """``item_selector`` is required; selectors are compiled now so a typo fails at load, naming the key."""
    config = validate_detail_config(copy_config(config))
    check_selector(config, "item_selector", required=True)
    config["next_selector"] = link_spec(config.get("next_selector"), "next_selector")
    config["detail_link"] = link_spec(config.get("detail_link"), "detail_link")
    if config["detail_fields"] and not config["detail_link"]:
        raise ConfigError("detail_link", "detail_fields are read on detail pages: say where their link is")
    return config


def _absolute(url: Any, base: str) -> str | None:
    if isinstance(url, list):
        url = next((item for item in url if isinstance(item, str) and item.strip()), None)
    if not isinstance(url, str) or not url.strip() or url.strip().startswith(("javascript:", "mailto:", "#")):
        return None
    return urljoin(base, url.strip())


def _unmatched_warnings(specs: dict[str, FieldSpec], matched: dict[str, int], items: int, prefix: str) -> list[str]:
    return [
        f"{prefix}.{name}: selector {spec.selector!r} matched nothing in {items} item(s)"
        for name, spec in specs.items()
        if spec.source in ("css", "xpath") and not matched.get(name)
    ]


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Read every item of a list page; warn when the item selector or a field selector matched nothing."""
    config = validate_config(config)
    document, warnings = parse_html(payload)
    base = base_url(document, payload.url)
    result = ParseResult(warnings=list(warnings))
    items = select(compile_selector(config["item_selector"], "item_selector"), document)
    items = [item for item in items if hasattr(item, "tag")]
    if not items:
        result.warnings.append(f"item_selector {config['item_selector']!r} matched nothing in {payload.url}")
    specs = compile_fields(config["fields"])
    id_spec = compile_id_spec(config["id"]) if config["id"] else None
    link_spec = compile_field_spec("detail_link", config["detail_link"]) if config["detail_link"] else None
    matched: dict[str, int] = {}
    for item in items:
        context = MappingContext(base_url=base)
        fields, empty = extract_fields(specs, item, context)
        for name in fields:
            matched[name] = matched.get(name, 0) + 1
        detail_url = _absolute(link_spec.extract(item, context), base) if link_spec else None
        url = fields.get("url") if isinstance(fields.get("url"), str) else None
        url = _absolute(url, base) if url else detail_url
        if url and "url" in fields:
            fields["url"] = url
        result.records.append(
            build_record(
                fields=fields,
                raw={"html": item_html(item), "fields": dict(fields)},
                empty_fields=empty,
                id_value=id_spec.extract(item, context) if id_spec else None,
                url=url,
                detail_url=detail_url,
                warnings=context.warnings,
            )
        )
    if items:
        result.warnings.extend(_unmatched_warnings(specs, matched, len(items), "fields"))
        if link_spec and not any(record.detail_url for record in result.records):
            result.warnings.append(f"detail_link {link_spec.selector!r} matched nothing in {len(items)} item(s)")
    if config["next_selector"]:
        next_spec = compile_field_spec("next_selector", config["next_selector"])
        next_url = _absolute(next_spec.extract(document, MappingContext(base_url=base)), base)
        result.next_url = next_url if next_url and next_url != payload.url else None
    return result


def item_html(element: Any, limit: int = 20_000) -> str:
    """The item's markup, kept in ``raw`` so a mapping can be fixed and replayed without refetching."""
    markup = etree.tostring(element, encoding="unicode", method="html", with_tail=False)
    return markup[:limit]


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Apply ``detail_fields`` (or ``fields`` for sitemap sources) to a detail page and merge into ``record``."""
    config = validate_detail_config(copy_config(config))
    document, warnings = parse_html(payload)
    base = base_url(document, payload.url)
    key = "detail_fields" if config["detail_fields"] else "fields"
    specs = compile_fields(config[key], key)
    context = MappingContext(base_url=base)
    fields, empty = extract_fields(specs, document, context)
    new_warnings = [*record.warnings, *warnings, *context.warnings]
    new_warnings.extend(
        f"{key}.{name}: selector {specs[name].selector!r} matched nothing on {payload.url}"
        for name in empty
        if specs[name].source in ("css", "xpath") and is_empty(specs[name].locate(document))
    )
    extra: dict[str, Any] = {"warnings": new_warnings}
    if not record.url:
        extra["url"] = payload.url
    if config["id"] and record.external_id in (record.url, payload.url):
        # Sitemap stubs are keyed by URL until the page says otherwise.
        source_id = compile_id_spec(config["id"]).extract(document, context)
        if isinstance(source_id, str | int) and not is_empty(source_id):
            extra["external_id"] = str(source_id)
    return merge_detail(record, fields, empty, **extra)
