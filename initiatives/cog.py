"""Loads the Code officiel géographique shipped in initiatives/data/cog/ (see SOURCE.md there): régions,
départements, intercommunalités, communes with their positions, and former communes (déléguées, associées).

Idempotent: rows are upserted on their key (INSEE code, SIREN, or kind and INSEE code for former communes), so
running it again changes nothing.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.utils.text import slugify

from initiatives.text import place_key

COG_DIR = Path(__file__).resolve().parent / "data" / "cog"


# epci.csv keeps the package's own codes for the kinds; the model has its own values.
EPCI_KINDS = {
    "CC": "cc",
    "CA": "ca",
    "CU": "cu",
    "METRO": "metropole",
    "MET69": "metropole_lyon",
    "EPT": "ept",
}
FORMER_KINDS = {"commune-deleguee": "deleguee", "commune-associee": "associee"}


@dataclass(frozen=True)
class CogCounts:
    regions: int
    departements: int
    communes: int
    epcis: int = 0
    former_communes: int = 0


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = COG_DIR / name
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)
    else:
        with open(path, encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(io.StringIO(handle.read()))


def _float(value: str) -> float | None:
    return float(value) if value else None


def _load_regions(region_model) -> int:
    regions = [region_model(code=row["code"], name=row["name"], slug=slugify(row["name"])) for row in _rows("regions.csv")]
    region_model.objects.bulk_create(
        regions, update_conflicts=True, unique_fields=["code"], update_fields=["name", "slug"]
    )
    return len(regions)


def _load_departements(departement_model) -> int:
    departements = [
        departement_model(
            code=row["code"], name=row["name"], slug=slugify(f"{row['code']}-{row['name']}"), region_id=row["region_code"]
        )
        for row in _rows("departements.csv")
    ]
    departement_model.objects.bulk_create(
        departements, update_conflicts=True, unique_fields=["code"], update_fields=["name", "slug", "region"]
    )
    return len(departements)


def _load_epcis(epci_model) -> int:
    rows = [
        epci_model(code=row["code"], name=row["name"], slug=slugify(row["name"]), kind=EPCI_KINDS[row["kind"]])
        for row in _rows("epci.csv")
    ]
    epci_model.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["code"], update_fields=["name", "slug", "kind"]
    )
    return len(rows)


def _commune_values(row: dict[str, str], with_epcis: bool) -> tuple:
    """A communes.csv.gz row as the values of _commune_columns(with_epcis), in that order."""
    values = (
        row["insee_code"], row["name"], slugify(row["name"]) or row["insee_code"],
        "arrondissement" if row["type"] == "arrondissement-municipal" else "commune",
        row["parent_code"] or None, row["departement_code"], row["region_code"],
        row["postcodes"].split(), int(row["population"]) if row["population"] else None,
        _float(row["latitude"]), _float(row["longitude"]), place_key(row["name"]),
    )
    if with_epcis:
        values += (row["epci_code"] or None, row["ept_code"] or None)
    return values


def _commune_columns(with_epcis: bool) -> tuple[str, ...]:
    columns = ("insee_code", "name", "slug", "kind", "parent_id", "departement_id", "region_id", "postcodes",
               "population", "latitude", "longitude", "search_name")
    return columns + ("epci_id", "ept_id") if with_epcis else columns


def _load_communes(commune_model, with_epcis: bool) -> int:
    """Upsert the communes, and their links to their intercommunalités when ``with_epcis``."""
    # 35,000 communes: COPY into a temporary table, then one upsert, is ten times faster than the ORM.
    table = commune_model._meta.db_table
    columns = _commune_columns(with_epcis)
    rows = 0
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE cog_commune (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP")
        with cursor.copy(f"COPY cog_commune ({', '.join(columns)}) FROM STDIN") as copy:
            for row in _rows("communes.csv.gz"):
                copy.write_row(_commune_values(row, with_epcis))
                rows += 1
        updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in columns[1:])
        # Parents (Paris, Lyon, Marseille) first, so that the arrondissements' foreign keys are satisfied.
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM cog_commune "
            f"ORDER BY parent_id NULLS FIRST ON CONFLICT (insee_code) DO UPDATE SET {updates}"
        )
        cursor.execute("DROP TABLE cog_commune")
    return rows


def _load_former_communes(former_commune_model) -> int:
    former_communes = [
        former_commune_model(
            insee_code=row["insee_code"], name=row["name"], kind=FORMER_KINDS[row["type"]],
            commune_id=row["chef_lieu"], departement_id=row["departement_code"],
            latitude=_float(row["latitude"]), longitude=_float(row["longitude"]), search_name=place_key(row["name"]),
        )
        for row in _rows("communes_anciennes.csv.gz")
    ]
    former_commune_model.objects.bulk_create(
        former_communes, update_conflicts=True, unique_fields=["kind", "insee_code"],
        update_fields=["name", "commune", "departement", "latitude", "longitude", "search_name"],
    )
    return len(former_communes)


@transaction.atomic
def load_cog(
    *, region_model=None, departement_model=None, commune_model=None, epci_model=None, former_commune_model=None
) -> CogCounts:
    """Upsert régions, départements, intercommunalités, communes and former communes.

    Without models, the current ones. Data migrations pass historical models, and only those their schema has:
    intercommunalités (and the communes' links to them) and former communes are loaded when their model is given.
    """
    if region_model is None:
        # The current models only when none are given: data migrations import this module and pass their own.
        from initiatives.models import Commune, Departement, Epci, FormerCommune, Region

        region_model, departement_model, commune_model = Region, Departement, Commune
        epci_model, former_commune_model = Epci, FormerCommune

    regions = _load_regions(region_model)
    departements = _load_departements(departement_model)
    epcis = _load_epcis(epci_model) if epci_model is not None else 0
    communes = _load_communes(commune_model, with_epcis=epci_model is not None)
    former = _load_former_communes(former_commune_model) if former_commune_model is not None else 0
    return CogCounts(regions, departements, communes, epcis, former)
