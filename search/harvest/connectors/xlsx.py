"""Connector for Excel workbooks (.xlsx) read with openpyxl in read-only mode, one sheet per source.

An xlsx file is a zip archive, so the declared sizes of its members are checked before openpyxl inflates
anything: a zip bomb is refused with a ParseError instead of filling the worker's memory.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from .base import ConfigError, ParseError, ParseResult, Payload, RawRecord
from .csv import rows_to_records, validate_tabular_options
from .decoding import describe
from .mapping import check_int, check_number, copy_config, merge_detail

format = "xlsx"  # noqa: A001 - the connector contract names this attribute

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
# Spreadsheet XML compresses about 10-30x; a member inflating more than this is built to explode.
MAX_COMPRESSION_RATIO = 100
# Small members may legitimately compress very well (a sheet full of the same value), so ratios are only
# checked above this size.
RATIO_CHECK_MIN_BYTES = 1024 * 1024
MAX_MEMBERS = 10_000


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    """Defaults: ``sheet: 0`` (index or name), ``header_row: 1``, caps on the uncompressed size and ratio."""
    config = validate_tabular_options(copy_config(config))
    sheet = config.get("sheet", 0)
    if isinstance(sheet, bool) or not isinstance(sheet, int | str) or (isinstance(sheet, int) and sheet < 0):
        raise ConfigError("sheet", f"must be a sheet index (0 = first) or a sheet name, got {sheet!r}")
    config["sheet"] = sheet
    config["max_uncompressed_bytes"] = check_int(config, "max_uncompressed_bytes", MAX_UNCOMPRESSED_BYTES, minimum=1)
    config["max_compression_ratio"] = check_number(config, "max_compression_ratio", MAX_COMPRESSION_RATIO, minimum=1)
    return config


def check_zip(content: bytes, *, max_uncompressed: int, max_ratio: float) -> None:
    """Refuse archives whose members would inflate beyond the caps; ParseError says which member and why."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise ParseError("not an xlsx file (not a zip archive)")
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ParseError(f"refused: the archive has {len(members)} members (more than {MAX_MEMBERS})")
        total = 0
        for member in members:
            # zipfile stops inflating at the declared file_size, so a lying header cannot get past these checks.
            total += member.file_size
            if total > max_uncompressed:
                raise ParseError(
                    f"refused as a possible zip bomb: uncompressed size exceeds {max_uncompressed} bytes "
                    f"(at member {member.filename!r})"
                )
            if member.file_size >= RATIO_CHECK_MIN_BYTES:
                ratio = member.file_size / max(member.compress_size, 1)
                if ratio > max_ratio:
                    raise ParseError(
                        f"refused as a possible zip bomb: member {member.filename!r} has a compression ratio of "
                        f"{ratio:.0f}:1 (max {max_ratio:.0f}:1)"
                    )
        if "[Content_Types].xml" not in archive.namelist():
            raise ParseError("not an xlsx file (zip archive without [Content_Types].xml)")


def _cell(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0, 0) else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return value


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Check the archive, open the configured sheet and map each row under the header row onto a record."""
    config = validate_config(config)
    check_zip(
        payload.content, max_uncompressed=config["max_uncompressed_bytes"], max_ratio=config["max_compression_ratio"]
    )
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(payload.content), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types (KeyError, InvalidFileException, XML errors)
        raise ParseError(f"cannot open the workbook {describe(payload)}: {exc}")
    try:
        sheet = config["sheet"]
        names = workbook.sheetnames
        if isinstance(sheet, int):
            if sheet >= len(names):
                raise ParseError(f"sheet index {sheet} does not exist (sheets: {', '.join(names)})")
            worksheet = workbook[names[sheet]]
        elif sheet in names:
            worksheet = workbook[sheet]
        else:
            raise ParseError(f"sheet {sheet!r} does not exist (sheets: {', '.join(names)})")
        header_row = config["header_row"]
        rows = ([_cell(value) for value in row] for row in worksheet.iter_rows(min_row=header_row, values_only=True))
        header = next(rows, None)
        if header is None:
            raise ParseError(f"sheet {worksheet.title!r} has no row {header_row}")
        result = rows_to_records(header, rows, config, base_url=payload.url, first_line=header_row + 1)
    finally:
        workbook.close()
    result.total = len(result.records)
    return result


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Workbooks have no detail pages; the record is returned unchanged (with a warning)."""
    return merge_detail(record, {}, [], warnings=[*record.warnings, "xlsx sources have no detail pages"])
