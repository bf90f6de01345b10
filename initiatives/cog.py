"""Loads the Code officiel géographique shipped in initiatives/data/cog/ (see SOURCE.md there).

Idempotent: rows are upserted on their INSEE code, so running it again changes nothing.
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


@dataclass(frozen=True)
class CogCounts:
    regions: int
    departements: int
    communes: int


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = COG_DIR / name
    if name.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)
    else:
        with open(path, encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(io.StringIO(handle.read()))


@transaction.atomic
def load_cog(*, region_model=None, departement_model=None, commune_model=None) -> CogCounts:
    """Upsert régions, départements and communes. Models may be historical ones (data migrations)."""
    if region_model is None:
        from initiatives.models import Commune, Departement, Region  # data migrations pass historical models

        region_model, departement_model, commune_model = Region, Departement, Commune

    regions = [region_model(code=row["code"], name=row["name"], slug=slugify(row["name"])) for row in _rows("regions.csv")]
    region_model.objects.bulk_create(
        regions, update_conflicts=True, unique_fields=["code"], update_fields=["name", "slug"]
    )
    departements = [
        departement_model(
            code=row["code"], name=row["name"], slug=slugify(f"{row['code']}-{row['name']}"), region_id=row["region_code"]
        )
        for row in _rows("departements.csv")
    ]
    departement_model.objects.bulk_create(
        departements, update_conflicts=True, unique_fields=["code"], update_fields=["name", "slug", "region"]
    )

    # 35,000 communes: COPY into a temporary table, then one upsert, is ten times faster than the ORM.
    table = commune_model._meta.db_table
    rows = 0
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE cog_commune (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DROP")
        columns = ("insee_code", "name", "slug", "kind", "parent_id", "departement_id", "region_id", "postcodes",
                   "population", "search_name")
        with cursor.copy(f"COPY cog_commune ({', '.join(columns)}) FROM STDIN") as copy:
            for row in _rows("communes.csv.gz"):
                copy.write_row((
                    row["insee_code"], row["name"], slugify(row["name"]) or row["insee_code"],
                    "arrondissement" if row["type"] == "arrondissement-municipal" else "commune",
                    row["parent_code"] or None, row["departement_code"], row["region_code"],
                    row["postcodes"].split(), int(row["population"]) if row["population"] else None,
                    place_key(row["name"]),
                ))
                rows += 1
        updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in columns[1:])
        # Parents (Paris, Lyon, Marseille) first, so that the arrondissements' foreign keys are satisfied.
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM cog_commune "
            f"ORDER BY parent_id NULLS FIRST ON CONFLICT (insee_code) DO UPDATE SET {updates}"
        )
        cursor.execute("DROP TABLE cog_commune")
    return CogCounts(len(regions), len(departements), rows)
