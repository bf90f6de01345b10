"""Lookups: ids a platform publishes (a WordPress post's category 12) turned into labels (« Mobilité ») through another
answer of the same platform — ``/wp/v2/categories``, an OpenDataSoft facet, a JSON dictionary file. Parse only: the
harvest service fetches each lookup once per run (search/harvest/lookups.py); here the block is validated, a table is
read from an answer, and a record's ids are replaced by their labels.

    lookups:
      tags:                      # the canonical field whose values are ids
        url: https://example.org/wp-json/wp/v2/categories?per_page=100   # or a list of URLs, merged
        records_path: ""         # where the entries are in the answer (default: the answer itself)
        key: id                  # path of the id in an entry (default id)
        label: name              # path of the label (default name)

A JSON object of ids to labels (a dictionary file) needs no key or label.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .base import CANONICAL_FIELDS, ConfigError, ParseError, Payload, RawRecord, suggest
from .decoding import decode_json
from .mapping import compile_path, identifier, resolve_path

LOOKUP_KEYS = ("url", "records_path", "key", "label")


def validate_lookups(value: Any) -> dict[str, dict[str, Any]]:
    """The ``lookups`` block with its defaults; ConfigError names ``lookups.<field>.<key>``."""
    if not isinstance(value, Mapping):
        raise ConfigError("lookups", "must be a mapping of canonical field name to {url, records_path, key, label}")
    checked: dict[str, dict[str, Any]] = {}
    for name, spec in value.items():
        where = f"lookups.{name}"
        if name not in CANONICAL_FIELDS:
            raise ConfigError(where, f"unknown canonical field {name!r}{suggest(str(name), CANONICAL_FIELDS)}")
        if isinstance(spec, str):
            spec = {"url": spec}
        if not isinstance(spec, Mapping):
            raise ConfigError(where, "must be a URL or a mapping {url, records_path, key, label}")
        for key in spec:
            if key not in LOOKUP_KEYS:
                raise ConfigError(f"{where}.{key}", f"unknown key {key!r}{suggest(str(key), LOOKUP_KEYS)}")
        urls = spec.get("url")
        urls = [urls] if isinstance(urls, str) else urls
        if not isinstance(urls, list) or not urls or not all(
                isinstance(url, str) and url.startswith(("http://", "https://")) for url in urls):
            raise ConfigError(f"{where}.url", f"must be an http(s) URL or a list of them, got {spec.get('url')!r}")
        entry = {"url": list(urls), "records_path": spec.get("records_path", ""),
                 "key": spec.get("key", "id"), "label": spec.get("label", "name")}
        for key in ("records_path", "key", "label"):
            if not isinstance(entry[key], str):
                raise ConfigError(f"{where}.{key}", f"must be a path string, got {entry[key]!r}")
            compile_path(entry[key], f"{where}.{key}")
        checked[name] = entry
    return checked


def lookup_table(payload: Payload, spec: Mapping[str, Any]) -> dict[str, str]:
    """id → label from one answer: a list of entries (or the list at ``records_path``), or an object of labels."""
    data = resolve_path(decode_json(payload), compile_path(spec["records_path"]))
    if isinstance(data, Mapping) and all(isinstance(label, str) for label in data.values()):
        return {str(key): html.unescape(label).strip() for key, label in data.items() if label.strip()}
    if not isinstance(data, list):
        raise ParseError(f"lookup {payload.url}: expected a list of entries or an object of labels")
    key_path, label_path = compile_path(spec["key"]), compile_path(spec["label"])
    table = {}
    for entry in data:
        key, label = identifier(resolve_path(entry, key_path)), resolve_path(entry, label_path)
        if isinstance(label, Mapping):  # WordPress REST: {"rendered": "…"}
            label = label.get("rendered")
        if key is not None and isinstance(label, str) and label.strip():
            table[key] = html.unescape(label).strip()  # WordPress writes « &amp; » and entities in term names
    return table


def lookup_apply(record: RawRecord, tables: Mapping[str, Mapping[str, str]]) -> RawRecord:
    """The record with each looked-up field's ids replaced by their labels (an id without a label is kept, and
    said in the record's warnings); the labels are kept in the raw copy, so that a renamed label changes it."""
    fields, warnings, labels = dict(record.fields), list(record.warnings), {}
    for name, table in tables.items():
        value = fields.get(name)
        if value is None or value == "":
            continue
        values = value if isinstance(value, list) else [value]
        mapped = []
        for item in values:
            label = table.get(identifier(item) or "")
            if label is None:
                warnings.append(f"{name}: no label for {item!r} in the lookup")
            mapped.append(label or item)
        fields[name] = mapped if isinstance(value, list) else mapped[0]
        labels[name] = fields[name]
    if not labels:
        return record
    return replace(record, fields=fields, warnings=warnings, raw={**record.raw, "_labels": labels})
