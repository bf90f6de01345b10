"""Connector for JSON APIs (OpenDataSoft Explore v2.1, WordPress REST, any paged JSON list) configured by JSON paths.

The item list is found by ``records_path``, each item is mapped by field specs, and the next page comes from the
pagination block: offset/limit, page numbers, a cursor or a next link in the body, or a ``Link`` header.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from initiatives.text import is_empty

from .base import ConfigError, ParseError, ParseResult, Payload, RawRecord
from .decoding import decode_json
from .mapping import (
    build_record,
    compile_field_spec,
    compile_fields,
    compile_id_spec,
    compile_path,
    copy_config,
    extract_fields,
    merge_detail,
    normalize_field_spec,
    resolve_path,
    validate_fields,
    validate_id_spec,
)
from .pagination import as_int, link_header_next, next_offset, next_page_number, validate_pagination, with_query
from .transforms import MappingContext

format = "json_api"  # noqa: A001 - the connector contract names this attribute

FIELD_SOURCES = ("path", "constant")
# Where well-known APIs put their item list, tried in order when records_path is not configured.
AUTO_RECORDS_KEYS = ("results", "records", "data", "items", "hits", "features")


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """Fill defaults (records_path auto, pagination none) and validate paths; ConfigError names the field."""
    config = copy_config(config)
    records_path = config.get("records_path")
    if records_path is not None:
        if not isinstance(records_path, str):
            raise ConfigError("records_path", "must be a JSON path string ('' or '$' for the document itself)")
        compile_path(records_path, "records_path")
    config["records_path"] = records_path
    config["fields"] = validate_fields(
        config.get("fields"), "fields", shorthand="path", allowed=FIELD_SOURCES, required=True
    )
    config["id"] = validate_id_spec(config.get("id"), shorthand="path", allowed=FIELD_SOURCES)
    config["detail_fields"] = validate_fields(
        config.get("detail_fields"), "detail_fields", shorthand="path", allowed=FIELD_SOURCES
    )
    link = config.get("detail_link")
    config["detail_link"] = None if link is None else normalize_field_spec(
        link, "detail_link", shorthand="path", allowed=FIELD_SOURCES)
    config["pagination"] = validate_pagination(config.get("pagination"))
    return config


def find_records(document: Any, records_path: str | None) -> list[Any]:
    """The list of items in a page; ParseError when it is not where the configuration says."""
    if records_path is None:
        if isinstance(document, list):
            return document
        if isinstance(document, Mapping):
            for key in AUTO_RECORDS_KEYS:
                if isinstance(document.get(key), list):
                    return document[key]
        raise ParseError(
            f"cannot find the list of records (top-level {type(document).__name__} with keys "
            f"{sorted(document)[:10] if isinstance(document, Mapping) else '-'}); set records_path"
        )
    records = resolve_path(document, compile_path(records_path, "records_path"))
    if records is None:
        keys = sorted(document)[:10] if isinstance(document, Mapping) else type(document).__name__
        raise ParseError(f"records_path {records_path!r} found nothing in the payload (top level: {keys})")
    if not isinstance(records, list):
        raise ParseError(f"records_path {records_path!r} points to a {type(records).__name__}, not a list")
    return records


def _next_url(
    payload: Payload, document: Any, pagination: Mapping[str, Any], count: int, total: int | None
) -> str | None:
    kind = pagination["type"]
    if kind == "offset":
        return next_offset(payload.url, pagination, count=count, total=total)
    if kind == "page":
        return next_page_number(payload.url, pagination, count=count, total=total, headers=payload.headers)
    if kind == "link_header":
        return link_header_next(payload.headers, payload.url) if count else None
    if kind in ("cursor", "next_link"):
        if count == 0:
            return None
        value = resolve_path(document, compile_path(pagination["next_path"]))
        if is_empty(value) or not isinstance(value, str | int):
            return None
        if kind == "next_link":
            return urljoin(payload.url, str(value))
        params = {pagination["param"]: value}
        if pagination.get("size_param") and pagination.get("size"):
            params[pagination["size_param"]] = pagination["size"]
        return with_query(payload.url, **params)
    return None


def _total(document: Any, payload: Payload, pagination: Mapping[str, Any]) -> int | None:
    if pagination.get("total_path"):
        total = as_int(resolve_path(document, compile_path(pagination["total_path"])))
        if total is not None:
            return total
    if isinstance(document, Mapping) and as_int(document.get("total_count")) is not None:
        return as_int(document["total_count"])
    return as_int(payload.headers.get("x-wp-total"))


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Map one page of a JSON API onto records and compute the next page URL."""
    config = validate_config(config)
    document = decode_json(payload)
    items = find_records(document, config["records_path"])
    specs = compile_fields(config["fields"])
    id_spec = compile_id_spec(config["id"]) if config["id"] else None
    link_spec = compile_field_spec("detail_link", config["detail_link"]) if config["detail_link"] else None
    result = ParseResult()
    for item in items:
        context = MappingContext(base_url=payload.url)
        fields, empty = extract_fields(specs, item, context)
        detail_url = link_spec.extract(item, context) if link_spec else None
        result.records.append(
            build_record(
                fields=fields,
                raw=item,
                empty_fields=empty,
                id_value=id_spec.extract(item, context) if id_spec else None,
                detail_url=urljoin(payload.url, detail_url) if isinstance(detail_url, str) and detail_url else None,
                warnings=context.warnings,
            )
        )
    pagination = config["pagination"]
    result.total = _total(document, payload, pagination)
    result.next_url = _next_url(payload, document, pagination, len(items), result.total)
    if result.next_url == payload.url:
        result.warnings.append(f"next page is the current page ({payload.url}); pagination stopped")
        result.next_url = None
    if not items:
        result.warnings.append(f"no records in {payload.url}")
    return result


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Apply ``detail_fields`` (or ``fields``) to a JSON detail document and merge them into ``record``."""
    config = validate_config(config)
    document = decode_json(payload)
    specs = compile_fields(config["detail_fields"] or config["fields"], "detail_fields")
    context = MappingContext(base_url=payload.url)
    fields, empty = extract_fields(specs, document, context)
    return merge_detail(record, fields, empty, warnings=[*record.warnings, *context.warnings])
