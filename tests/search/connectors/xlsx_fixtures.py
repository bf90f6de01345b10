"""Builds the recorded xlsx payloads under tests/fixtures/sources/xlsx/ (run: python -m tests.search.connectors.xlsx_fixtures).

The files are committed; this script documents how they were made and can regenerate them.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

XLSX_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "sources" / "xlsx"


def build_tiers_lieux() -> bytes:
    """A workbook as a regional network publishes it: a read-me sheet first, a title row above the header."""
    workbook = Workbook()
    readme = workbook.active
    readme.title = "Lisez-moi"
    readme.append(["Recensement des tiers-lieux de Nouvelle-Aquitaine, mis à jour en mars 2024."])
    sheet = workbook.create_sheet("Tiers-lieux")
    sheet.append(["Recensement 2024 — données déclaratives"])
    sheet.append(["N° fiche", " Nom du lieu ", "Commune", "Code INSEE", "Ouverture", "Surface (m²)", "Activités"])
    sheet.append(["TL-0001", "La Quincaillerie", "Guéret", "23096", dt.datetime(2017, 9, 1), 450, "fablab, coworking"])
    sheet.append(
        ["TL-0002", "L’Escale du Bocage", "Bellac", "87011", dt.datetime(2021, 3, 15), 120.5, "café associatif"]
    )
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["TL-0003", "Le Moulin Tiers-Lieu", "Égletons", "19073", None, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def build_zip_bomb(size: int = 20 * 1024 * 1024) -> bytes:
    """A zip with xlsx-looking members, one of which inflates 20 MB of zeros from about 20 kB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def main() -> None:
    XLSX_DIR.mkdir(parents=True, exist_ok=True)
    (XLSX_DIR / "tiers_lieux.xlsx").write_bytes(build_tiers_lieux())
    (XLSX_DIR / "zip_bomb.xlsx").write_bytes(build_zip_bomb())


if __name__ == "__main__":
    main()
