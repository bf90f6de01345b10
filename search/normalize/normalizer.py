"""Record -> Initiative fields: each step in its own module (text, dates, contacts, themes, territory, distinctions),
called in order by :class:`Normalizer`.

One :class:`Normalizer` per harvest run holds the lookups it needs (the source's crosswalk, theme keywords, the
whole COG indexed by name and postcode), loaded lazily in a handful of queries, so that normalising thousands of
records costs no query each. Nothing is written here: the caller stores the resulting ``InitiativeData``.
Whatever cannot be read with certainty (a date, a tag, an ambiguous commune) is reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from initiatives.html import html_to_text
from initiatives.models import Initiative, Source
from initiatives.services import InitiativeData
from initiatives.text import text_key

from .contacts import check_phones, read_email, read_social_links, read_url, website_in_text
from .dates import read_start_date
from .distinctions import read_distinctions
from .report import NormalizationReport
from .territory import TerritoryResolver, normalize_postcode, read_coordinates
from .text import SUMMARY_LENGTH, TITLE_MAX_LENGTH, as_text, clean_html, clean_text, truncate_text, truncate_title
from .themes import CONTENT_TYPE_KEYWORDS, STATUS_KEYWORDS, ThemeMatcher, read_choice, read_porteur, read_tags

ADDRESS_MAX_LENGTH = 500
NOTE_MAX_LENGTH = 300
LANGUAGE_NAMES = {
    "francais": "fr", "french": "fr", "anglais": "en", "english": "en", "espagnol": "es", "breton": "br",
    "occitan": "oc", "allemand": "de", "italien": "it", "basque": "eu", "corse": "co", "catalan": "ca",
}


class Record(Protocol):
    """What the normaliser reads of a harvested record (a connector's ``RawRecord``): its canonical fields."""

    fields: dict[str, Any]


class Normalizer:
    """Holds per-run caches (crosswalk of the source, theme keywords, territory lookups) so that thousands of
    records normalise without a query each."""

    def __init__(self, source: Source, *, crosswalk: Mapping[str, list[str]] | None = None):
        """``crosswalk``: tag → theme codes, instead of the source's saved table (a dry run of a source file)."""
        self.source = source
        self.themes = ThemeMatcher(source, crosswalk=crosswalk)
        self.territories = TerritoryResolver()

    def preload(self) -> None:
        """Load every lookup now (a handful of queries): normalising then needs no database, from any thread."""
        self.themes.preload()
        self.territories.preload()

    def normalize(self, record: Record) -> tuple[InitiativeData, NormalizationReport]:
        fields = record.fields or {}
        report = NormalizationReport()

        title = clean_text(fields.get("title"))
        if not title:
            report.warn("titre manquant")
        elif len(title) > TITLE_MAX_LENGTH:
            title = truncate_title(title)
            report.warn(f"titre tronqué à {TITLE_MAX_LENGTH} caractères")

        description = clean_html(fields.get("description"))
        summary = clean_text(fields.get("summary"))
        if not summary and description:
            summary = truncate_text(html_to_text(description), SUMMARY_LENGTH)

        tags = read_tags(fields.get("tags"))
        data = InitiativeData(
            title=title,
            summary=summary,
            description=description,
            website=read_url(fields.get("website"), "site web", report),
            social_links=read_social_links(fields.get("social_links"), report),
            contact_email=read_email(fields.get("email"), report),
            image_url=read_url(fields.get("image_url"), "image", report),
            status=read_choice(
                fields.get("status"), STATUS_KEYWORDS, Initiative.Status, str(Initiative.Status.UNKNOWN), "état", report
            ),
            content_type=read_choice(
                fields.get("content_type"), CONTENT_TYPE_KEYWORDS, Initiative.ContentType,
                str(Initiative.ContentType.PROJET), "type de contenu", report,
            ),
            theme_codes=self.themes.themes(title, summary, tags, report),
            language=self._language(fields.get("language"), report),
            porteur=read_porteur(fields, report),
            distinctions=read_distinctions(fields.get("distinctions"), report),
        )
        check_phones(fields.get("phone"), report)
        if not data.website and (found := website_in_text(
            (description, fields.get("summary")),
            exclude=(as_text(fields.get("url")), self.source.website, data.image_url, *data.social_links),
        )):
            data.website = found
            report.warn(f"site web trouvé dans le texte : « {found} »")
        if start := read_start_date(fields.get("start_date"), report):
            data.start_date = start.day.isoformat() if start.day else None
            data.start_year = start.year
        if coordinates := read_coordinates(fields.get("latitude"), fields.get("longitude"), report):
            data.latitude, data.longitude = coordinates

        address = clean_text(fields.get("address"))
        data.address = address[:ADDRESS_MAX_LENGTH]
        # The title and texts may name the place when no field does (plain text: tags and markup are gone).
        text = " ".join(part for part in (title, summary, html_to_text(description)) if part)
        coordinates = (data.latitude, data.longitude) if data.latitude is not None else None
        territory = self.territories.resolve(fields, report, text=text, coordinates=coordinates)
        data.postcode = normalize_postcode(as_text(fields.get("postcode"))) or territory.postcode
        data.commune, data.departement, data.region = territory.commune, territory.departement, territory.region
        data.arrondissement, data.commune_written = territory.arrondissement, territory.written_name
        if territory.coordinates_elsewhere:  # kept in the record's fields; the warning says where they point
            data.latitude = data.longitude = None
        report.territory_level, report.territory_reason = territory.level, territory.reason
        if territory.level != "commune" and territory.reason and self.territories.has_input(fields):
            data.territory_note = truncate_text(territory.reason, NOTE_MAX_LENGTH)
        return data, report

    @staticmethod
    def _language(value: Any, report: NormalizationReport) -> str:
        raw = text_key(as_text(value))
        if not raw:
            return "fr"
        if raw in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[raw]
        match = re.fullmatch(r"([a-z]{2,3})(?: [a-z]{2,4})?", raw)  # "fr", "fr-FR", "fr_FR"
        if match:
            return match.group(1)
        report.warn(f"langue non reconnue : « {as_text(value)[:50]} », « fr » retenu")
        return "fr"


def normalize_record(record: Record, source: Source) -> tuple[InitiativeData, NormalizationReport]:
    """Normalise a single record (loads the caches for it: use a :class:`Normalizer` for a batch)."""
    return Normalizer(source).normalize(record)
