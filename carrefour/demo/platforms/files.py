"""File-export platforms: a Windows-1252 CSV (Carte de l'ESS en Bretagne) and an XLSX workbook (Banque des
Initiatives Citoyennes), both as office software exports them. The CSV lists one network once per antenna (one row
per site, as federations' exports do)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font

from carrefour.demo.fixture_server import Route
from carrefour.demo.placement import Listing
from carrefour.demo.platforms.common import STATUS_LABELS, Platform, PublishedItem, Site
from carrefour.demo.world import Commune as WorldCommune
from carrefour.demo.world import communes, french_date, strip_accents

CSV_COLUMNS = (
    "Identifiant",
    "Intitulé",
    "Structure porteuse",
    "Statut juridique",
    "N° SIRET",
    "Adresse",
    "Code postal",
    "Commune",
    "Code INSEE",
    "Département",
    "Date de création",
    "Thématiques",
    "Résumé",
    "Présentation",
    "Site internet",
    "Courriel",
    "Téléphone",
    "Latitude",
    "Longitude",
    "État",
    "Mise à jour",
)
CSV_LEGAL_FORMS = {
    "association": "Association",
    "collectivité": "Collectivité",
    "entreprise": "Société commerciale",
    "structure de l'ESS": "Entreprise de l'ESS",
    "service de l'État": "Administration d'État",
    "établissement public": "Établissement public",
    "collectif citoyen": "Groupement de fait",
}
LAST_MODIFIED = "Mon, 03 Feb 2025 08:30:00 GMT"


def _typographic(text: str) -> str:
    """Office software turns straight apostrophes into curly ones: bytes 0x92 in Windows-1252."""
    return text.replace("'", "\u2019")


def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 once upstream (a classic): 'Épicerie' -> 'Ã‰picerie'."""
    return text.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")


NETWORK_ANTENNAS = 4


def _antennas(home: WorldCommune) -> list[WorldCommune]:
    """Where the demo's network has its other antennas: the most populous other communes of its région."""
    others = [commune for commune in communes() if commune.region == home.region and commune.insee != home.insee]
    return sorted(others, key=lambda commune: (-commune.population, commune.insee))[:NETWORK_ANTENNAS]


def build_carte_ess_bretagne(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """``;``-separated CSV in Windows-1252 with CRLF line ends, French headers, French dates and decimal commas."""
    site = Site()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    network = next((listing for listing in listings if listing.primary and listing.initiative.siret
                    and listing.initiative.porteur_kind == "association"), None)
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        commune = initiative.commune
        identifier = f"ESS-BZH-{initiative.start_year}-{listing.ref:03d}"
        summary = _typographic(wording.summary)
        if listing.ref % 17 == 5:
            summary = _mojibake(summary)
        writer.writerow(
            [
                identifier,
                _typographic(wording.title),
                _typographic(initiative.porteur_name),
                CSV_LEGAL_FORMS[initiative.porteur_kind],
                initiative.siret or "",
                wording.address,
                wording.postcode or "",
                wording.city,
                commune.insee,
                f"{commune.dep} - {commune.dep_name}",
                french_date(initiative.start, initiative.start_precision),
                ", ".join(platform.labels(initiative)),
                summary,
                "\n".join(_typographic(p) for p in initiative.paragraphs),
                initiative.website or "",
                initiative.email,
                initiative.phone or "",
                f"{initiative.latitude}".replace(".", ",") if initiative.latitude is not None else "",
                f"{initiative.longitude}".replace(".", ",") if initiative.longitude is not None else "",
                STATUS_LABELS[wording.status],
                wording.modified.strftime("%d/%m/%Y"),
            ]
        )
        site.items.append(
            PublishedItem(key=identifier, url=f"{base}{platform.entry}", world_id=listing.world_id, title=wording.title)
        )
        if listing is network:
            for number, antenna in enumerate(_antennas(commune), 1):
                # The network lists each antenna as its own row, as federations' exports do: same project, same
                # porteur and SIRET, another place, no address of its own.
                title = (f"{wording.title} – antenne de {antenna.name}" if number % 2 else
                         f"{wording.title} ({antenna.name})")
                writer.writerow([
                    f"{identifier}-{number}", _typographic(title), _typographic(initiative.porteur_name),
                    CSV_LEGAL_FORMS[initiative.porteur_kind], initiative.siret or "", "", antenna.postcodes[0],
                    antenna.name, antenna.insee, f"{antenna.dep} - {antenna.dep_name}",
                    french_date(initiative.start, initiative.start_precision), ", ".join(platform.labels(initiative)),
                    summary, "", initiative.website or "", initiative.email, "", "", "",
                    STATUS_LABELS[wording.status], wording.modified.strftime("%d/%m/%Y"),
                ])
                site.items.append(PublishedItem(key=f"{identifier}-{number}", url=f"{base}{platform.entry}",
                                                world_id=listing.world_id, title=title))
    body = buffer.getvalue().encode("cp1252", errors="replace")
    # No charset in the Content-Type, as most export scripts do: the harvester has to detect Windows-1252.
    site.routes[platform.entry] = Route(
        body=body,
        content_type="text/csv",
        headers={
            "Last-Modified": LAST_MODIFIED,
            "Content-Disposition": 'attachment; filename="initiatives-ess-bretagne.csv"',
        },
    )
    return site


XLSX_HEADER_ROW = 4
XLSX_COLUMNS = (
    "N°",
    "Nom de l'initiative",
    "Porteur",
    "Type de structure",
    "Adresse",
    "CP",
    "Ville",
    "Dép.",
    "Région",
    "Année de lancement",
    "Domaines",
    "Présentation",
    "Site web",
    "Contact",
    "SIRET",
    "Latitude",
    "Longitude",
    "Statut",
    "Mise à jour",
)
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def build_banque_initiatives_citoyennes(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """An XLSX export: a 'Lisez-moi' sheet first, then 'Initiatives' whose header is row 4 (title rows above)."""
    site = Site()
    workbook = Workbook()
    readme = workbook.active
    readme.title = "Lisez-moi"
    readme["A1"] = platform.name
    readme["A1"].font = Font(bold=True, size=14)
    readme["A3"] = "Les initiatives sont dans l'onglet « Initiatives ». Licence CC BY-SA 4.0."
    readme["A4"] = "Les codes postaux sont saisis comme des nombres : les zéros initiaux peuvent manquer."
    sheet = workbook.create_sheet("Initiatives")
    sheet["A1"] = f"{platform.name} — export du 3 février 2025"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
    sheet["A2"] = "Source : contributions des porteurs de projets, modérées par l'équipe. Licence CC BY-SA 4.0."
    sheet.append([])  # row 3 left empty
    sheet.append(list(XLSX_COLUMNS))
    for cell in sheet[XLSX_HEADER_ROW]:
        cell.font = Font(bold=True)
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        commune = initiative.commune
        postcode = int(wording.postcode) if wording.postcode and wording.postcode.isdigit() else wording.postcode
        sheet.append(
            [
                listing.ref,
                wording.title,
                initiative.porteur_name,
                initiative.porteur_kind[0].upper() + initiative.porteur_kind[1:],
                wording.address or None,
                postcode,  # a number: 06000 becomes 6000, as in many real spreadsheets
                wording.city,
                commune.dep,
                strip_accents(commune.region_name) if listing.ref % 9 == 0 else commune.region_name,
                initiative.start_year,
                " / ".join(platform.labels(initiative)),
                wording.summary + "\n\n" + "\n\n".join(initiative.paragraphs[:2]),
                initiative.website,
                initiative.email,
                initiative.siret,
                initiative.latitude,
                initiative.longitude,
                STATUS_LABELS[wording.status],
                datetime(wording.modified.year, wording.modified.month, wording.modified.day, 9, 0),
            ]
        )
        site.items.append(
            PublishedItem(
                key=str(listing.ref), url=f"{base}{platform.entry}", world_id=listing.world_id, title=wording.title
            )
        )
    sheet.column_dimensions["B"].width = 48
    sheet.freeze_panes = f"A{XLSX_HEADER_ROW + 1}"
    fixed = datetime(2025, 2, 3, 8, 30)
    workbook.properties.creator = platform.name
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    output = io.BytesIO()
    workbook.save(output)
    site.routes[platform.entry] = Route(
        body=output.getvalue(), content_type=XLSX_MIME, headers={"Last-Modified": LAST_MODIFIED}
    )
    return site
