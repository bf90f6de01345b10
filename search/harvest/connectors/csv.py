"""Connector for CSV files: detects the encoding (UTF-8, UTF-8 with BOM, Windows-1252) and the separator (, ; | tab).

Rows become records through a column mapping; a file is one page, so there is no pagination.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from typing import Any

from .base import CANONICAL_FIELDS, ConfigError, ParseError, ParseResult, Payload, RawRecord
from .decoding import declared_charset, decode_text, describe, is_html_page
from .mapping import (
    build_record,
    check_int,
    compile_fields,
    compile_id_spec,
    copy_config,
    extract_fields,
    merge_detail,
    validate_fields,
    validate_id_spec,
)
from .transforms import MappingContext

format = "csv"  # noqa: A001 - the connector contract names this attribute

FIELD_SOURCES = ("column", "constant")
DELIMITERS: tuple[str, ...] = (",", ";", "|", "\t")
_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
_SAMPLE_LINES = 50


def validate_tabular_options(config: dict[str, Any]) -> dict[str, Any]:
    """Options shared with xlsx: fields (column specs), id, header_row."""
    config["fields"] = validate_fields(config.get("fields"), "fields", shorthand="column", allowed=FIELD_SOURCES)
    config["id"] = validate_id_spec(config.get("id"), shorthand="column", allowed=FIELD_SOURCES)
    config["header_row"] = check_int(config, "header_row", 1, minimum=1)
    return config


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """Defaults: ``delimiter: auto``, ``encoding: auto``, ``header_row: 1``; fields map columns onto canonical fields."""
    config = validate_tabular_options(copy_config(config))
    delimiter = config.get("delimiter", "auto")
    delimiter = _DELIMITER_NAMES.get(delimiter, delimiter) if isinstance(delimiter, str) else delimiter
    if delimiter != "auto" and (not isinstance(delimiter, str) or len(delimiter) != 1):
        raise ConfigError("delimiter", f"must be auto or one character such as ',', ';', '|' or tab, got {delimiter!r}")
    config["delimiter"] = delimiter
    encoding = config.get("encoding", "auto")
    if not isinstance(encoding, str):
        raise ConfigError("encoding", "must be auto or an encoding name")
    if encoding != "auto":
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ConfigError("encoding", f"unknown encoding {encoding!r}")
    config["encoding"] = encoding
    return config


def decode_csv(payload: Payload, encoding: str) -> tuple[str, str]:
    """(text, encoding used): UTF-8 (BOM tolerated) first, then Windows-1252, then Latin-1 as a last resort."""
    content = payload.content
    if b"\x00" in content[:4096] and not content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ParseError(f"binary payload, not CSV: {describe(payload)}")
    if encoding != "auto":
        return decode_text(content, "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding), encoding
    declared = declared_charset(payload)
    candidates = ["utf-8-sig", "cp1252", "latin-1"]
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates.insert(0, "utf-16")
    elif declared and declared not in ("utf-8", "ascii"):
        # A declared charset comes after UTF-8: servers often send "iso-8859-1" by default for UTF-8 files.
        candidates.insert(1, declared)
    for candidate in candidates:
        try:
            return content.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same number (> 1) of columns, the most columns winning."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        if not counts:
            continue
        columns, frequency = Counter(counts).most_common(1)[0]
        if columns < 2:
            continue
        score = (frequency / len(counts), columns)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0.0, 0):
        try:
            return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        except csv.Error:
            return ","
    return best


def clean_header(name: Any) -> str:
    return str(name if name is not None else "").replace("\ufeff", "").strip()


def rows_to_records(
    header: list[Any],
    rows: Any,
    config: dict[str, Any],
    *,
    base_url: str,
    first_line: int,
) -> ParseResult:
    """Turn rows (lists of cells) under ``header`` into records; shared by csv and xlsx."""
    result = ParseResult()
    columns = [clean_header(name) for name in header]
    seen: set[str] = set()
    for index, name in enumerate(columns):
        if name and name in seen:
            result.warnings.append(f"duplicate column {name!r}; the first one is used")
            columns[index] = ""
        seen.add(name)
    fields_config = config["fields"] or {
        # Without a mapping, columns already named like canonical fields are taken as they are.
        name: {"column": name}
        for name in columns
        if name in CANONICAL_FIELDS
    }
    if not fields_config:
        raise ParseError(f"no column is mapped: configure fields (columns found: {', '.join(filter(None, columns))})")
    specs = compile_fields(fields_config)
    id_spec = compile_id_spec(config["id"]) if config["id"] else None
    for spec in [*specs.values(), *(id_spec.parts if id_spec else ())]:
        wanted = spec.selector if isinstance(spec.selector, tuple) else (spec.selector,)  # fallbacks: one suffices
        if spec.source == "column" and not any(column in seen for column in wanted):
            result.warnings.append(
                f"{spec.name}: column {' | '.join(map(repr, wanted))} not found (columns: "
                f"{', '.join(filter(None, columns))})"
            )
    extra_cells = 0
    for line, cells in enumerate(rows, start=first_line):
        cells = list(cells)
        if not any(cell not in (None, "") and str(cell).strip() for cell in cells):
            continue
        if len(cells) > len(columns) and any(str(cell).strip() for cell in cells[len(columns) :] if cell is not None):
            extra_cells += 1
        row = {name: cells[index] if index < len(cells) else None for index, name in enumerate(columns) if name}
        context = MappingContext(base_url=base_url)
        values, empty = extract_fields(specs, row, context)
        record = build_record(
            fields=values,
            raw=row,
            empty_fields=empty,
            id_value=id_spec.extract(row, context) if id_spec else None,
            warnings=context.warnings,
        )
        record.raw["_line"] = line
        result.records.append(record)
    if extra_cells:
        result.warnings.append(f"{extra_cells} row(s) have more cells than the header; extra cells ignored")
    return result


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Decode, detect the separator, read the header row and map every non-empty row onto a record."""
    config = validate_config(config)
    text, encoding = decode_csv(payload, config["encoding"])
    if is_html_page(text):
        raise ParseError(f"expected CSV but got an HTML page: {describe(payload)}")
    delimiter = detect_delimiter(text) if config["delimiter"] == "auto" else config["delimiter"]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ParseError(f"malformed CSV ({describe(payload)}): {exc}")
    header_index = config["header_row"] - 1
    if len(rows) <= header_index:
        raise ParseError(f"no header row {config['header_row']} in {describe(payload)}")
    header = rows[header_index]
    if len([name for name in header if name.strip()]) < 2 and config["delimiter"] == "auto":
        raise ParseError(f"cannot find a separator in the header row {header!r} of {describe(payload)}")
    result = rows_to_records(
        header, rows[header_index + 1 :], config, base_url=payload.url, first_line=config["header_row"] + 1
    )
    result.total = len(result.records)
    if encoding not in ("utf-8-sig", "utf-16") and config["encoding"] == "auto":
        result.warnings.append(f"file is not UTF-8; decoded as {encoding}")
    return result


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """CSV files have no detail pages; the record is returned unchanged (with a warning)."""
    return merge_detail(record, {}, [], warnings=[*record.warnings, "csv sources have no detail pages"])
