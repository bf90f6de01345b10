"""Record -> Initiative fields: sanitise HTML, repair text, parse French dates, map themes and resolve territories.

One :class:`Normalizer` per harvest run holds the lookups it needs (the source's crosswalk, theme keywords, the
whole COG indexed by name and postcode), loaded lazily in a handful of queries, so that normalising thousands of
records costs no query each. Nothing is written here: the caller stores the resulting ``InitiativeData``.
Whatever cannot be read with certainty (a date, a tag, an ambiguous commune) is reported, never guessed.
"""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import ftfy
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils import timezone

from initiatives.html import html_to_text, sanitize_html
from initiatives.models import Commune, Departement, Distinction, Initiative, Porteur, Region, Source, Theme
from initiatives.services import DistinctionData, InitiativeData, PorteurData
from initiatives.text import place_key, text_key
from initiatives.validators import siret_is_valid
from search.harvest.connectors.base import RawRecord

TITLE_MAX_LENGTH = 300
SUMMARY_LENGTH = 300
URL_MAX_LENGTH = 500
ADDRESS_MAX_LENGTH = 500
NOTE_MAX_LENGTH = 300
MIN_YEAR = 1900


@dataclass
class NormalizationReport:
    warnings: list[str] = field(default_factory=list)  # human-readable, in French (editors read them)
    unparsed_dates: list[str] = field(default_factory=list)  # raw values kept, never guessed
    unmapped_tags: list[str] = field(default_factory=list)  # source tags that mapped to no theme
    territory_reason: str = ""
    territory_level: str = "none"  # "commune" | "departement" | "region" | "none"

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


# --- text -------------------------------------------------------------------------------------------
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def _as_text(value: Any) -> str:
    """A raw field as one string: the first non-empty item of a list, a dict's usual text keys, numbers as digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "label", "title", "value", "text", "#text", "@value"):
            if value.get(key):
                return _as_text(value[key])
        return ""
    if isinstance(value, list | tuple):
        return next((text for text in (_as_text(item) for item in value) if text.strip()), "")
    return str(value)


def _as_list(value: Any, *, separators: str = r"[,;|\n]") -> list[str]:
    """A raw list field: a list, or a single string with separators."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for text in (_as_text(item) for item in value) if text.strip()]
    text = _as_text(value)
    return [part for part in re.split(separators, text) if part.strip()]


# Characters that UTF-8 read as Windows-1252/Latin-1 produces ("Ã©", "â€™", "Â "): without one, there is no mojibake.
_MOJIBAKE_HINT = re.compile("[ÃÂâ\u0080-\u009f]")


def _fix(value: str) -> str:
    # Curly apostrophes are correct French typography: keep them. Entities are unescaped by the callers, who know
    # whether the value is HTML. ftfy is costly: only text that can hold mojibake goes through it.
    if not _MOJIBAKE_HINT.search(value):
        return value
    return ftfy.fix_text(value, unescape_html=False, uncurl_quotes=False)


def looks_like_html(value: str) -> bool:
    return bool(_TAG.search(value or ""))


def clean_text(value: Any) -> str:
    """Plain text: mojibake repaired, tags dropped, entities unescaped, whitespace collapsed."""
    text = _fix(_as_text(value))
    if looks_like_html(text):
        return " ".join(html_to_text(text).split())
    for _ in range(2):  # "&amp;eacute;" is a double-escaped "é"
        if not _ENTITY.search(text):
            break
        text = html_module.unescape(text)
    return " ".join(text.split())


def clean_html(value: Any) -> str:
    """Sanitised HTML; plain text (no tags) becomes escaped paragraphs, so line breaks survive."""
    text = _fix(_as_text(value)).strip()
    if not text:
        return ""
    if not looks_like_html(text):
        text = html_module.unescape(text)
        paragraphs = [paragraph.strip() for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]
        text = "".join(
            "<p>" + "<br>".join(html_module.escape(" ".join(line.split())) for line in paragraph.splitlines()) + "</p>"
            for paragraph in paragraphs
        )
    return sanitize_html(text)


def truncate_text(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a sentence end when one is near, else at a word, with an ellipsis."""
    if len(text) <= limit:
        return text
    window = text[: limit + 1]
    sentence_ends = [match.end() for match in _SENTENCE_END.finditer(window + " ")]
    sentence_ends = [end for end in sentence_ends if end <= limit]
    if sentence_ends and sentence_ends[-1] >= limit // 3:
        return window[: sentence_ends[-1]].strip()
    cut = window[:limit].rsplit(" ", 1)[0] if " " in window[:limit] else window[: limit - 1]
    return cut.rstrip(" ,;:-–—") + "…"


def _truncate_title(text: str) -> str:
    if len(text) <= TITLE_MAX_LENGTH:
        return text
    cut = text[: TITLE_MAX_LENGTH - 1]
    if " " in cut[TITLE_MAX_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


# --- dates ------------------------------------------------------------------------------------------
MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}
_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun)"
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$", re.I
)
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_RFC822 = re.compile(r"^(?:[a-z]{3},?\s*)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}", re.I)
# On text_key forms: "1er mars 2019", "mardi 12 mars 2019", "mars 2019", "12 mar 2019".
_TEXT_DMY = re.compile(rf"^(?:{_WEEKDAYS}\s+)?(?:le\s+)?(?:(\d{{1,2}})(?:er|st|nd|rd|th)?\s+)?([a-z]+)\s+(\d{{4}})$")
# English order: "march 12 2019" (the comma is gone in text_key form).
_TEXT_MDY = re.compile(r"^([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})$")


@dataclass(frozen=True)
class ParsedDate:
    day: date | None  # only when the day is known
    year: int


def parse_date(value: Any) -> ParsedDate | None:
    """A date in the formats French sources use; None when not certain (never a guess).

    Raises ``ValueError`` when the value is a date whose year is out of range (1900..next year).
    """
    parsed = _parse_date(value)
    if parsed is None:
        return None
    if not MIN_YEAR <= parsed.year <= timezone.localdate().year + 1:
        raise ValueError(parsed.year)
    return parsed


def _parse_date(value: Any) -> ParsedDate | None:
    if isinstance(value, datetime):
        return ParsedDate(value.date(), value.year)
    if isinstance(value, date):
        return ParsedDate(value, value.year)
    if isinstance(value, int) and not isinstance(value, bool):
        return ParsedDate(None, value)
    text = clean_text(value)
    if not text:
        return None

    def day_of(year: str | int, month: str | int, day: str | int) -> ParsedDate | None:
        try:
            return ParsedDate(date(int(year), int(month), int(day)), int(year))
        except ValueError:
            return None

    def month_of(year: str | int, month: str | int) -> ParsedDate | None:
        return ParsedDate(None, int(year)) if 1 <= int(month) <= 12 else None

    if match := _ISO.match(text):
        return day_of(*match.groups()[:3])
    if match := _ISO_MONTH.match(text):
        return month_of(match.group(1), match.group(2))
    if match := _YEAR.match(text):
        return ParsedDate(None, int(match.group(1)))
    if match := _DMY.match(text):
        return day_of(match.group(3), match.group(2), match.group(1))
    if match := _YMD_SLASH.match(text):
        return day_of(*match.groups())
    if match := _MY.match(text):
        return month_of(match.group(2), match.group(1))
    if _RFC822.match(text):
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
            return ParsedDate(moment.date(), moment.year)
    key = text_key(text)
    if match := _TEXT_DMY.match(key):
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name)
        if month is None:
            return None
        return day_of(year, month, day) if day else ParsedDate(None, int(year))
    if match := _TEXT_MDY.match(key):
        month_name, day, year = match.groups()
        month = MONTHS.get(month_name)
        return day_of(year, month, day) if month else None
    return None


# --- URLs, e-mails, phones --------------------------------------------------------------------------
_url_validator = URLValidator(schemes=["http", "https"])
_BARE_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#].*)?$", re.I)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)


def normalize_url(value: Any) -> str | None:
    """An absolute http(s) URL, or None. A bare domain ("www.exemple.fr") gets https://."""
    # Line breaks and tabs are wrapping artefacts; a space left inside is encoded, never silently dropped.
    text = re.sub(r"[\r\n\t]+", "", _fix(_as_text(value)).strip()).replace(" ", "%20")
    if not text:
        return None
    text = html_module.unescape(text)
    if text.startswith("//"):
        text = "https:" + text
    scheme = _SCHEME.match(text)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        # "www.exemple.fr:8080/x" parses as scheme "www.exemple.fr": only a real scheme is refused.
        if not _BARE_DOMAIN.match(text):
            return None
    if not text.lower().startswith(("http://", "https://")):
        if not _BARE_DOMAIN.match(text):
            return None
        text = "https://" + text
    parts = urlsplit(text)
    text = parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()
    try:
        _url_validator(text)
    except ValidationError:
        return None
    if len(text) > URL_MAX_LENGTH:
        return None
    return text


_PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")
_FRENCH_PHONE = re.compile(r"^(?:0[1-9]\d{8}|(?:\+|00)33[1-9]\d{8}|(?:\+|00)(?:262|269|508|590|594|596|681|687|689)\d{6,9})$")


def phone_is_valid(value: str) -> bool:
    """Loosely: a French number (0X XX XX XX XX, +33 X…, overseas +262…); spaces, dots, dashes allowed."""
    digits = _PHONE_SEPARATORS.sub("", value or "").replace("(0)", "")
    return bool(_FRENCH_PHONE.match(digits))


# --- keyword tables ---------------------------------------------------------------------------------
def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def keyword_form(value: str) -> str:
    """Accent-, case- and plural-insensitive form, padded so that ``" kw " in form`` means a whole-word match."""
    return " " + " ".join(_singular(word) for word in text_key(value).split()) + " "


def _keyword_table(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(keyword_form(keyword), str(value)) for keyword, value in pairs]


def _first_match(text: str, table: list[tuple[str, str]]) -> str | None:
    """The value of the keyword (from a ``_keyword_table``) found earliest in ``text``, the longest at the same place."""
    form = keyword_form(text)
    best: tuple[int, int, str] | None = None
    for keyword, value in table:
        position = form.find(keyword)
        if position >= 0 and (best is None or (position, -len(keyword)) < best[:2]):
            best = (position, -len(keyword), value)
    return best[2] if best else None


K = Porteur.Kind
PORTEUR_KIND_KEYWORDS = _keyword_table([
    *[(word, K.ASSOCIATION) for word in ("asso", "assoc", "association", "associations", "loi 1901", "federation")],
    *[(word, K.COLLECTIVITE) for word in (
        "commune", "mairie", "ville de", "communaute de communes", "cte de communes", "cc", "communaute d agglomeration",
        "agglo", "agglomeration", "communaute urbaine", "departement", "conseil departemental", "conseil general",
        "region", "conseil regional", "metropole", "collectivite", "collectivite territoriale", "intercommunalite",
        "epci", "syndicat intercommunal", "syndicat mixte", "pnr", "parc naturel regional", "petr",
    )],
    *[(word, K.ESS) for word in (
        "scic", "scop", "cooperative", "societe cooperative", "ess", "economie sociale et solidaire",
        "entreprise d insertion", "entreprise adaptee", "structure d insertion", "siae", "regie de quartier",
        "entreprise solidaire", "esus",
    )],
    *[(word, K.ENTREPRISE) for word in ("sas", "sasu", "sarl", "eurl", "entreprise", "societe", "start up", "startup")],
    *[(word, K.ETAT) for word in (
        "prefecture", "sous prefecture", "ministere", "ddets", "dreets", "ddcs", "drjscs", "services de l etat", "etat",
    )],
    *[(word, K.ETABLISSEMENT_PUBLIC) for word in (
        "ccas", "cias", "hopital", "centre hospitalier", "chu", "universite", "etablissement public", "caf",
        "caisse d allocations familiales", "pole emploi", "france travail", "agence regionale de sante", "lycee",
        "college", "ademe", "cnrs", "inrae", "epic", "epa",
    )],
    *[(word, K.COLLECTIF) for word in ("collectif", "collectif citoyen", "groupe d habitants", "citoyens")],
])

S = Initiative.Status
STATUS_KEYWORDS = _keyword_table([
    *[(word, S.PLANNED) for word in (
        "en projet", "en reflexion", "reflexion", "a venir", "en preparation", "en construction", "idee",
        "emergence", "amorcage", "en cours de creation", "en creation", "en gestation", "planned", "planifie",
        "en cours de montage", "etude de faisabilite", "lancement prochain",
    )],
    *[(word, S.ONGOING) for word in (
        "en cours", "actif", "active", "en activite", "en fonctionnement", "operationnel", "en deploiement",
        "deploiement", "en developpement", "ongoing", "in progress", "perenne", "perennise",
        "en service", "ouvert", "lance", "demarre", "experimentation en cours",
    )],
    *[(word, S.FINISHED) for word in (
        "termine", "acheve", "clos", "cloture", "fini", "ferme", "arrete", "inactif", "finished", "completed",
        "ended", "abandonne", "cesse", "dissous", "fin",
    )],
])

C = Initiative.ContentType
CONTENT_TYPE_KEYWORDS = _keyword_table([
    *[(word, C.STRUCTURE) for word in (
        "structure", "association", "organisation", "organisme", "acteur", "entreprise", "etablissement",
        "cooperative", "lieu", "tiers lieu", "annuaire", "organization",
    )],
    *[(word, C.DISPOSITIF) for word in (
        "dispositif", "programme", "appel a projets", "aide", "financement", "politique publique", "service public",
        "plan", "label", "subvention",
    )],
    *[(word, C.RESSOURCE) for word in (
        "ressource", "outil", "guide", "fiche pratique", "kit", "methode", "methodologie", "publication", "etude",
        "rapport", "boite a outils", "tutoriel", "document", "video", "webinaire", "article", "podcast", "livre",
    )],
    *[(word, C.PROJET) for word in ("projet", "initiative", "action", "experimentation", "experience", "realisation")],
])

# In a porteur's *name* a kind word is only trusted at the start ("Mairie de Rodez", not "Amis de la commune"),
# except legal forms, which are trusted anywhere ("Enercoop SCIC").
_LEGAL_FORMS = _keyword_table([
    (word, kind) for word, kind in [
        ("association", K.ASSOCIATION), ("asso", K.ASSOCIATION), ("loi 1901", K.ASSOCIATION),
        ("scic", K.ESS), ("scop", K.ESS), ("cooperative", K.ESS), ("entreprise d insertion", K.ESS),
        ("sas", K.ENTREPRISE), ("sasu", K.ENTREPRISE), ("sarl", K.ENTREPRISE), ("eurl", K.ENTREPRISE),
        ("ccas", K.ETABLISSEMENT_PUBLIC), ("cias", K.ETABLISSEMENT_PUBLIC),
    ]
])
_LEADING_ARTICLE = re.compile(r"^ (?:le|la|les|l) ")


def porteur_kind_from_name(name: str) -> str:
    form = _LEADING_ARTICLE.sub(" ", keyword_form(name))
    leading = [(keyword, kind) for keyword, kind in PORTEUR_KIND_KEYWORDS if form.startswith(keyword)]
    if leading:
        return max(leading, key=lambda pair: len(pair[0]))[1]
    return _first_match(name, _LEGAL_FORMS) or str(K.AUTRE)


R = Distinction.Rank
_RANK_WORDS: list[tuple[str, str]] = [
    ("or", R.OR), ("d or", R.OR), ("medaille d or", R.OR), ("gold", R.OR), ("1er prix", R.OR), ("premier prix", R.OR),
    ("grand prix", R.OR),
    ("argent", R.ARGENT), ("d argent", R.ARGENT), ("silver", R.ARGENT), ("2e prix", R.ARGENT),
    ("deuxieme prix", R.ARGENT), ("second prix", R.ARGENT),
    ("bronze", R.BRONZE), ("de bronze", R.BRONZE), ("3e prix", R.BRONZE), ("troisieme prix", R.BRONZE),
    ("mention", R.MENTION), ("mention speciale", R.MENTION), ("coup de coeur", R.MENTION), ("prix special", R.MENTION),
    ("laureat", R.LAUREAT), ("laureate", R.LAUREAT), ("finaliste", R.MENTION), ("prix", R.LAUREAT),
]
_RANK_VALUES = {value.value for value in R}
_DISTINCTION_SEPARATORS = re.compile(r"\s+[–—\-|/]\s+|\s*[|;,]\s*|\s*[–—]\s*")
_LEADING_RANK = re.compile(r"^(?:laur[ée]at(?:e)?|finaliste|mention sp[ée]ciale)\s+(?:(?:du|de la|de l['’]|des)\s*)?", re.I)
_DISTINCTION_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_CATEGORY_PREFIX = re.compile(r"^(?:cat[ée]gorie|cat\.|th[ée]matique|th[èe]me)\s*:?\s*", re.I)

# Regions from before 2016 still appear in old records; each lies wholly inside one current region.
OLD_REGIONS = {
    "alsace": "44", "champagne ardenne": "44", "lorraine": "44", "aquitaine": "75", "limousin": "75",
    "poitou charentes": "75", "auvergne": "84", "rhone alpes": "84", "bourgogne": "27", "franche comte": "27",
    "basse normandie": "28", "haute normandie": "28", "languedoc roussillon": "76", "midi pyrenees": "76",
    "nord pas de calais": "32", "picardie": "32", "centre": "24", "paca": "93", "idf": "11", "aura": "84",
    "bfc": "27", "reunion": "04", "ile de la reunion": "04", "corse": "94", "ile de france": "11",
}

# France, overseas included: (south, north, west, east).
FRANCE_BOUNDS = (
    (41.0, 51.6, -5.9, 10.0),  # metropolitan France and Corsica
    (14.0, 18.6, -63.5, -60.5),  # Guadeloupe, Martinique, Saint-Martin, Saint-Barthélemy
    (1.8, 6.0, -55.0, -51.0),  # Guyane
    (-21.6, -20.8, 55.0, 56.0),  # La Réunion
    (-13.2, -12.5, 44.9, 45.4),  # Mayotte
    (46.7, 47.2, -56.6, -56.0),  # Saint-Pierre-et-Miquelon
    (-28.5, -7.0, -155.0, -134.0),  # Polynésie française
    (-23.0, -19.0, 163.0, 169.0),  # Nouvelle-Calédonie
    (-14.5, -13.0, -178.5, -176.0),  # Wallis-et-Futuna
)


def _coordinate(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = _as_text(value).strip().replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def coordinates_in_france(latitude: float, longitude: float) -> bool:
    return any(south <= latitude <= north and west <= longitude <= east for south, north, west, east in FRANCE_BOUNDS)


# --- territories ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Place:
    insee_code: str
    name: str
    key: str
    kind: str
    parent: str | None
    departement: str
    region: str


@dataclass
class _Territory:
    level: str = "none"
    reason: str = ""
    commune: str | None = None
    departement: str | None = None
    region: str | None = None
    postcode: str = ""  # found in the city field or the address when the postcode field is empty


_ARRONDISSEMENT = re.compile(
    r"^(?P<city>paris|lyon|marseille)\s+(?P<number>\d{1,2})\s*(?:e|er|eme|ere|ieme|em)?(?:\s+arr|\s+arrondissement)?$"
)
_CEDEX = re.compile(r"\s+cedex(?:\s*\d{1,2})?\s*$", re.I)
_POSTCODE_CITY = re.compile(r"(?<![\d-])(\d{5}|\d{2}\s\d{3})\s+([^\d,;\n()]+)")
_CITY_POSTCODE = re.compile(r"([^\d,;\n()]+?)\s*\((\d{5})\)")
_PAREN_CODE = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<code>\d{2,3}|2[AaBb])\s*\)$")
_LEADING_CODE = re.compile(r"^\s*(\d{1,3}|2[AaBb])\b\s*[-–—:]?\s*(.*)$")
_TRAILING_COUNTRY = re.compile(r"\s*[,-]?\s*france\s*$", re.I)


def _normalize_postcode(value: str) -> str:
    digits = re.sub(r"\s", "", value or "")
    if re.fullmatch(r"\d{4}", digits):  # a spreadsheet ate the leading zero ("1000" for 01000)
        return "0" + digits
    return digits if re.fullmatch(r"\d{5}", digits) else ""


def _codes(places: Iterable[_Place], attribute: str) -> list[str]:
    return sorted({getattr(place, attribute) for place in places})


# --- the normaliser ---------------------------------------------------------------------------------
class Normalizer:
    """Holds per-run caches (crosswalk of the source, theme keywords, territory lookups) so that thousands of
    records normalise without a query each."""

    def __init__(self, source: Source):
        self.source = source
        self._crosswalk: dict[str, list[str]] | None = None
        self._theme_keywords: list[tuple[str, str]] | None = None
        self._keywords_by_first_word: dict[str, list[tuple[str, str]]] | None = None
        self._places: dict[str, _Place] | None = None
        self._by_key: dict[str, list[_Place]] = {}
        self._by_postcode: dict[str, list[_Place]] = {}
        self._departements: dict[str, tuple[str, str]] | None = None  # code -> (name, region code)
        self._departement_keys: dict[str, str] = {}
        self._regions: dict[str, str] | None = None  # code -> name
        self._region_keys: dict[str, str] = {}

    # lazy caches ---------------------------------------------------------------------------------
    @property
    def crosswalk(self) -> dict[str, list[str]]:
        if self._crosswalk is None:
            self._crosswalk = {}
            entries = self.source.crosswalk.prefetch_related("themes") if self.source.pk else []
            for entry in entries:
                self._crosswalk[entry.tag_key] = sorted(theme.code for theme in entry.themes.all())
        return self._crosswalk

    @property
    def theme_keywords(self) -> list[tuple[str, str]]:
        """(keyword form, theme code), longest keywords first."""
        if self._theme_keywords is None:
            pairs: set[tuple[str, str]] = set()
            for code, name, keywords in Theme.objects.values_list("code", "name", "keywords"):
                for keyword in [name, *keywords.splitlines()]:
                    form = keyword_form(keyword)
                    if form.strip():
                        pairs.add((form, code))
            self._theme_keywords = sorted(pairs, key=lambda pair: (-len(pair[0]), pair))
        return self._theme_keywords

    @property
    def places(self) -> dict[str, _Place]:
        if self._places is None:
            rows = Commune.objects.values_list(
                "insee_code", "name", "search_name", "kind", "parent_id", "departement_id", "region_id", "postcodes"
            )
            self._places = {}
            for insee_code, name, key, kind, parent, departement, region, postcodes in rows.iterator(chunk_size=5000):
                place = _Place(insee_code, name, key, kind, parent, departement, region)
                self._places[insee_code] = place
                self._by_key.setdefault(key, []).append(place)
                for postcode in postcodes or ():
                    self._by_postcode.setdefault(postcode, []).append(place)
        return self._places

    @property
    def departements(self) -> dict[str, tuple[str, str]]:
        if self._departements is None:
            self._departements = {}
            for code, name, region in Departement.objects.values_list("code", "name", "region_id"):
                self._departements[code] = (name, region)
                self._departement_keys[place_key(name)] = code
        return self._departements

    @property
    def regions(self) -> dict[str, str]:
        if self._regions is None:
            self._regions = dict(Region.objects.values_list("code", "name"))
            self._region_keys = {place_key(name): code for code, name in self._regions.items()}
        return self._regions

    def preload(self) -> None:
        """Load every lookup now (a handful of queries): normalising then needs no database, from any thread."""
        self.crosswalk, self.theme_keywords, self.places, self.departements, self.regions  # noqa: B018

    # the record ----------------------------------------------------------------------------------
    def normalize(self, record: RawRecord) -> tuple[InitiativeData, NormalizationReport]:
        fields = record.fields or {}
        report = NormalizationReport()

        title = clean_text(fields.get("title"))
        if not title:
            report.warn("titre manquant")
        elif len(title) > TITLE_MAX_LENGTH:
            title = _truncate_title(title)
            report.warn(f"titre tronqué à {TITLE_MAX_LENGTH} caractères")

        description = clean_html(fields.get("description"))
        summary = clean_text(fields.get("summary"))
        if not summary and description:
            summary = truncate_text(html_to_text(description), SUMMARY_LENGTH)

        tags = self._tags(fields.get("tags"))
        data = InitiativeData(
            title=title,
            summary=summary,
            description=description,
            website=self._url(fields.get("website"), "site web", report),
            social_links=self._social_links(fields.get("social_links"), report),
            contact_email=self._email(fields.get("email"), report),
            image_url=self._url(fields.get("image_url"), "image", report),
            status=self._choice(fields.get("status"), STATUS_KEYWORDS, S, "état", report),
            content_type=self._choice(fields.get("content_type"), CONTENT_TYPE_KEYWORDS, C, "type de contenu", report),
            theme_codes=self._themes(title, summary, tags, report),
            language=self._language(fields.get("language"), report),
            porteur=self._porteur(fields, report),
            distinctions=self._distinctions(fields.get("distinctions"), report),
        )
        self._phone(fields.get("phone"), report)
        self._dates(fields.get("start_date"), data, report)
        self._coordinates(fields.get("latitude"), fields.get("longitude"), data, report)

        address = clean_text(fields.get("address"))
        data.address = address[:ADDRESS_MAX_LENGTH]
        territory = self._territory(fields, report)
        data.postcode = _normalize_postcode(_as_text(fields.get("postcode"))) or territory.postcode
        data.commune, data.departement, data.region = territory.commune, territory.departement, territory.region
        report.territory_level, report.territory_reason = territory.level, territory.reason
        if territory.level != "commune" and territory.reason and self._has_territory_input(fields):
            data.territory_note = truncate_text(territory.reason, NOTE_MAX_LENGTH)
        return data, report

    # simple fields -------------------------------------------------------------------------------
    def _url(self, value: Any, label: str, report: NormalizationReport) -> str:
        raw = _as_text(value).strip()
        if not raw:
            return ""
        url = normalize_url(raw)
        if url is None:
            report.warn(f"{label} : adresse refusée « {raw[:200]} »")
            return ""
        return url

    def _social_links(self, value: Any, report: NormalizationReport) -> list[str]:
        links: list[str] = []
        if isinstance(value, dict):
            value = list(value.values())
        for raw in _as_list(value, separators=r"[\s,;|]+"):
            url = normalize_url(raw)
            if url is None:
                report.warn(f"réseau social : adresse refusée « {raw.strip()[:200]} »")
            elif url not in links:
                links.append(url)
        return links

    def _email(self, value: Any, report: NormalizationReport) -> str:
        candidates = _as_list(value, separators=r"[\s,;/]+")
        for raw in candidates:
            email = clean_text(raw).removeprefix("mailto:").strip("<>()[] ")
            try:
                validate_email(email)
            except ValidationError:
                report.warn(f"courriel invalide ignoré : « {raw.strip()[:200]} »")
                continue
            if len(candidates) > 1:
                report.warn(f"plusieurs courriels : « {email} » retenu")
            return email
        return ""

    def _phone(self, value: Any, report: NormalizationReport) -> None:
        # InitiativeData has no phone field: the number is only checked, so that editors see the broken ones.
        for raw in _as_list(value, separators=r"[,;/]|\s{2,}|\bou\b"):
            if not phone_is_valid(raw):
                report.warn(f"téléphone invalide : « {raw.strip()[:50]} »")

    def _choice(
        self, value: Any, table: list[tuple[str, str]], choices: type[Any], label: str, report: NormalizationReport
    ) -> str:
        default = str(S.UNKNOWN if choices is S else C.PROJET)
        raw = clean_text(value)
        if not raw:
            return default
        key = text_key(raw)
        if key in choices.values:  # already one of our codes
            return key
        found = _first_match(raw, table)
        if found is None:
            report.warn(f"{label} non reconnu : « {raw[:100]} »")
            return default
        return found

    def _language(self, value: Any, report: NormalizationReport) -> str:
        raw = text_key(_as_text(value))
        if not raw:
            return "fr"
        names = {"francais": "fr", "french": "fr", "anglais": "en", "english": "en", "espagnol": "es", "breton": "br",
                 "occitan": "oc", "allemand": "de", "italien": "it", "basque": "eu", "corse": "co", "catalan": "ca"}
        if raw in names:
            return names[raw]
        match = re.fullmatch(r"([a-z]{2,3})(?: [a-z]{2,4})?", raw)  # "fr", "fr-FR", "fr_FR"
        if match:
            return match.group(1)
        report.warn(f"langue non reconnue : « {_as_text(value)[:50]} », « fr » retenu")
        return "fr"

    def _dates(self, value: Any, data: InitiativeData, report: NormalizationReport) -> None:
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            raw = item if isinstance(item, date | int) and not isinstance(item, bool) else clean_text(item)
            if raw in ("", None):
                continue
            try:
                parsed = parse_date(raw)
            except ValueError as error:
                report.warn(f"année hors limites ({error.args[0]}) : « {raw} »")
                continue
            if parsed is None:
                report.unparsed_dates.append(str(raw))
                report.warn(f"date illisible : « {raw} »")
                continue
            data.start_date = parsed.day.isoformat() if parsed.day else None
            data.start_year = parsed.year
            return

    def _coordinates(self, latitude: Any, longitude: Any, data: InitiativeData, report: NormalizationReport) -> None:
        raw_latitude, raw_longitude = _as_text(latitude).strip(), _as_text(longitude).strip()
        if not raw_latitude and not raw_longitude:
            return
        lat, lon = _coordinate(latitude), _coordinate(longitude)
        if lat is None or lon is None:
            report.warn(f"coordonnées illisibles ou incomplètes : « {raw_latitude} », « {raw_longitude} »")
            return
        if not coordinates_in_france(lat, lon):
            hint = " (latitude et longitude inversées ?)" if coordinates_in_france(lon, lat) else ""
            report.warn(f"coordonnées hors de France ignorées : {lat}, {lon}{hint}")
            return
        data.latitude, data.longitude = lat, lon

    def _porteur(self, fields: dict[str, Any], report: NormalizationReport) -> PorteurData | None:
        name = clean_text(fields.get("porteur_name"))[:255]
        raw_siret = _as_text(fields.get("porteur_siret")).strip()
        siret = re.sub(r"[\s.\-]", "", raw_siret)
        if siret and not siret_is_valid(siret):
            report.warn(f"SIREN/SIRET invalide ignoré : « {raw_siret[:30]} »")
            siret = ""
        if not name:
            if siret:
                report.warn("SIREN/SIRET sans nom de porteur : ignoré")
            return None
        raw_kind = clean_text(fields.get("porteur_kind"))
        kind = None
        if raw_kind:
            key = text_key(raw_kind)
            kind = key if key in Porteur.Kind.values else _first_match(raw_kind, PORTEUR_KIND_KEYWORDS)
            if kind is None:
                report.warn(f"type de porteur non reconnu : « {raw_kind[:100]} »")
        if kind is None:
            kind = porteur_kind_from_name(name)
        return PorteurData(name=name, kind=str(kind), siret=siret)

    # themes --------------------------------------------------------------------------------------
    def _tags(self, value: Any) -> list[str]:
        tags: list[str] = []
        for raw in _as_list(value):
            tag = clean_text(raw)
            if tag and tag not in tags:
                tags.append(tag)
        return tags

    def _keyword_themes(self, text: str) -> set[str]:
        form = keyword_form(text)
        if self._keywords_by_first_word is None:
            # A keyword (" w1 w2 ") can only be in the form if its first word is one of the form's words: only
            # those keywords are tried, instead of every keyword of every theme for every text.
            self._keywords_by_first_word = {}
            for keyword, code in self.theme_keywords:
                self._keywords_by_first_word.setdefault(keyword.split()[0], []).append((keyword, code))
        index = self._keywords_by_first_word
        return {code for word in set(form.split()) for keyword, code in index.get(word, ()) if keyword in form}

    def _themes(self, title: str, summary: str, tags: list[str], report: NormalizationReport) -> list[str]:
        codes: set[str] = set()
        for tag in tags:
            parts = [tag, *(part for part in re.split(r"\s*[>/»]\s*", tag) if part and part != tag)]
            mapped = [self.crosswalk[text_key(part)] for part in parts if text_key(part) in self.crosswalk]
            # An entry with no theme is an editor's decision to ignore the tag: it is known, not unmapped.
            from_tag = {code for themes in mapped for code in themes} | self._keyword_themes(tag)
            if not mapped and not from_tag:
                report.unmapped_tags.append(tag)
            codes |= from_tag
        codes |= self._keyword_themes(f"{title} . {summary}")
        return sorted(codes)

    # distinctions --------------------------------------------------------------------------------
    def _distinctions(self, value: Any, report: NormalizationReport) -> list[DistinctionData]:
        if value is None or value == "":
            return []
        items = value if isinstance(value, list | tuple) else [value]
        result: list[DistinctionData] = []
        for item in items:
            distinction = (
                self._distinction_from_dict(item, report) if isinstance(item, dict)
                else self._distinction_from_text(clean_text(item), report)
            )
            if distinction and distinction not in result:
                result.append(distinction)
        return result

    def _rank(self, value: str) -> str | None:
        key = text_key(value)
        if key in _RANK_VALUES:
            return key
        for words, rank in _RANK_WORDS:
            if key == words or key == f"prix {words}" or key == f"medaille {words}":
                return rank
        return None

    def _year(self, value: Any) -> int | None:
        match = _DISTINCTION_YEAR.search(_as_text(value))
        if not match:
            return None
        year = int(match.group(1))
        return year if MIN_YEAR <= year <= timezone.localdate().year + 1 else None

    def _distinction_from_dict(self, item: dict[str, Any], report: NormalizationReport) -> DistinctionData | None:
        def pick(*keys: str) -> str:
            return next((clean_text(item[key]) for key in keys if clean_text(item.get(key))), "")

        prize = pick("prize", "prix", "name", "award", "title", "nom")
        year = self._year(pick("year", "annee", "edition", "date"))
        raw_rank = pick("rank", "rang", "level", "niveau", "medal")
        if not prize or year is None:
            report.warn(f"distinction illisible : {item!r}"[:300])
            return None
        rank = self._rank(raw_rank) if raw_rank else R.LAUREAT
        if rank is None:
            report.warn(f"rang de distinction non reconnu : « {raw_rank} », « lauréat » retenu")
            rank = R.LAUREAT
        category = _CATEGORY_PREFIX.sub("", pick("category", "categorie", "catégorie", "theme"))
        return DistinctionData(prize=prize[:200], year=year, category=category[:200], rank=str(rank))

    def _distinction_from_text(self, text: str, report: NormalizationReport) -> DistinctionData | None:
        if not text:
            return None
        years = _DISTINCTION_YEAR.findall(text)
        year = self._year(text)
        if not years or year is None:
            report.warn(f"distinction illisible : « {text[:200]} »")
            return None
        prize, category, rank = "", "", None
        for segment in (part.strip() for part in _DISTINCTION_SEPARATORS.split(text)):
            if not segment:
                continue
            if not prize and years[0] in segment:
                before, _, after = segment.partition(years[0])
                prize = before.strip(" ,–—-") or after.strip(" ,–—-")
                continue
            if _CATEGORY_PREFIX.match(segment):
                category = category or _CATEGORY_PREFIX.sub("", segment)
                continue
            segment_rank = self._rank(segment)
            if segment_rank and rank is None:
                rank = segment_rank
            elif not prize:
                prize = segment
            elif not category:
                category = segment
        if rank is None:
            # "Territoria d'Or 2021": the rank can be part of the prize's name.
            match = re.search(r"\s+(d[’']\s*or|d[’']\s*argent|de bronze)$", prize, re.I)
            rank = self._rank(match.group(1)) if match else R.LAUREAT
            prize = prize[: match.start()] if match else prize
        prize = _LEADING_RANK.sub("", prize).strip()
        if not prize:
            report.warn(f"distinction illisible : « {text[:200]} »")
            return None
        return DistinctionData(prize=prize[:200], year=year, category=category[:200], rank=str(rank or R.LAUREAT))

    # territories ---------------------------------------------------------------------------------
    @staticmethod
    def _has_territory_input(fields: dict[str, Any]) -> bool:
        names = ("insee_code", "postcode", "city", "address", "departement", "region")
        return any(_as_text(fields.get(name)).strip() for name in names)

    def _find_departement(self, value: str) -> str | None:
        """A département code from a code ("2A", "974", "1"), a name, or both ("33 - Gironde", "Gironde (33)")."""
        text = clean_text(value)
        if not text:
            return None
        departements = self.departements
        candidates = [text]
        if match := _PAREN_CODE.match(text):
            candidates = [match.group("code"), match.group("name")]
        elif match := _LEADING_CODE.match(text):
            candidates = [match.group(1), match.group(2)]
        for candidate in candidates:
            code = candidate.strip().upper()
            if code.isdigit() and len(code) == 1:
                code = "0" + code
            if code in departements:
                return code
            key = place_key(candidate)
            if key in self._departement_keys:
                return self._departement_keys[key]
            stripped = re.sub(r"^(?:le|la|les|l)\s+", "", key)  # "Réunion" for "La Réunion"
            for name_key, departement in self._departement_keys.items():
                if re.sub(r"^(?:le|la|les|l)\s+", "", name_key) == stripped:
                    return departement
        return None

    def _find_region(self, value: str) -> str | None:
        text = clean_text(value)
        if not text:
            return None
        regions = self.regions
        if text.upper() in regions:
            return text.upper()
        key = place_key(text)
        key = re.sub(r"^(?:region|la region)\s+", "", key)
        if key in self._region_keys:
            return self._region_keys[key]
        stripped = re.sub(r"^(?:le|la|les|l)\s+", "", key)
        for name_key, code in self._region_keys.items():
            if re.sub(r"^(?:le|la|les|l)\s+", "", name_key) == stripped:
                return code
        return OLD_REGIONS.get(key)

    def _name_key(self, name: str) -> str:
        key = place_key(_TRAILING_COUNTRY.sub("", _CEDEX.sub("", name)))
        match = _ARRONDISSEMENT.match(key)
        if match:
            number = int(match.group("number"))
            key = f"{match.group('city')} {number}{'er' if number == 1 else 'e'} arrondissement"
        return key

    def _by_name(self, name: str) -> list[_Place]:
        self.places  # noqa: B018 - loads the indexes
        return list(self._by_key.get(self._name_key(name), []))

    def _postcode_places(self, postcode: str) -> list[_Place]:
        self.places  # noqa: B018 - loads the indexes
        return list(self._by_postcode.get(postcode, []))

    def _postcode_departements(self, postcode: str) -> set[str]:
        """The départements a postcode serves, by lookup; for an unknown code (CEDEX…) its usual prefix.

        Corsica's 20xxx codes are never split into 2A/2B by arithmetic: unknown ones stand for both.
        """
        found = {place.departement for place in self._postcode_places(postcode)}
        if found:
            return found
        if postcode.startswith("20"):
            return {"2A", "2B"}
        prefix = postcode[:3] if postcode.startswith(("97", "98")) else postcode[:2]
        return {prefix} if prefix in self.departements else set()

    @staticmethod
    def _prefer_arrondissements(places: list[_Place]) -> list[_Place]:
        """Drop a city when one of its arrondissements is also a candidate (75015 serves Paris and Paris 15e)."""
        parents = {place.parent for place in places if place.parent}
        return [place for place in places if place.insee_code not in parents]

    def _commune(self, place: _Place, reason: str) -> _Territory:
        return _Territory("commune", reason, place.insee_code, place.departement, place.region)

    def _split_city(self, raw: str) -> tuple[str, str, str | None]:
        """City field -> (name, postcode found in it, département code in parentheses)."""
        city = _TRAILING_COUNTRY.sub("", _CEDEX.sub("", clean_text(raw))).strip(" ,")
        postcode, departement = "", None
        if match := re.match(r"^(\d{5}|\d{2}\s\d{3})\s+(.+)$", city):
            postcode, city = _normalize_postcode(match.group(1)), match.group(2)
        elif match := re.match(r"^(.+?)\s*\(?(\d{5})\)?$", city):
            city, postcode = match.group(1), match.group(2)
        if match := _PAREN_CODE.match(city):
            code = match.group("code").upper()
            if code in self.departements:
                city, departement = match.group("name"), code
        city = _CEDEX.sub("", city).strip(" ,-")
        return city, postcode, departement

    @staticmethod
    def _address_pairs(address: str) -> list[tuple[str, str]]:
        pairs = []
        for match in _POSTCODE_CITY.finditer(address):
            name = _TRAILING_COUNTRY.sub("", _CEDEX.sub("", match.group(2).strip(" -–"))).strip(" ,-–")
            if name:
                pairs.append((_normalize_postcode(match.group(1)), name))
        for match in _CITY_POSTCODE.finditer(address):
            name = match.group(1).strip(" ,-–")
            name = re.split(r"\s*[,;]\s*", name)[-1]
            if name:
                pairs.append((match.group(2), name))
        return pairs

    def _territory(self, fields: dict[str, Any], report: NormalizationReport) -> _Territory:
        territory = self._resolve_territory(fields, report)
        if not territory.postcode:
            city_postcode = self._split_city(_as_text(fields.get("city")))[1]
            address_pairs = self._address_pairs(clean_text(fields.get("address")))
            territory.postcode = city_postcode or (address_pairs[0][0] if address_pairs else "")
        return territory

    def _resolve_territory(self, fields: dict[str, Any], report: NormalizationReport) -> _Territory:
        departement_raw = clean_text(fields.get("departement"))
        region_raw = clean_text(fields.get("region"))
        departement_hint = self._find_departement(departement_raw) if departement_raw else None
        if departement_raw and departement_hint is None:
            report.warn(f"département non reconnu : « {departement_raw[:100]} »")
        region_hint = self._find_region(region_raw) if region_raw else None
        if region_raw and region_hint is None:
            report.warn(f"région non reconnue : « {region_raw[:100]} »")
        if departement_hint and region_hint and self.departements[departement_hint][1] != region_hint:
            report.warn(
                f"département {departement_hint} et région « {region_raw} » incohérents : le département est retenu"
            )
            region_hint = None

        # 1. The INSEE code, when it exists.
        insee_raw = re.sub(r"\s", "", _as_text(fields.get("insee_code"))).upper()
        if insee_raw:
            code = "0" + insee_raw if re.fullmatch(r"\d{4}", insee_raw) else insee_raw
            place = self.places.get(code)
            if place is not None:
                if departement_hint and place.departement != departement_hint:
                    report.warn(f"le code INSEE {code} n’est pas dans le département {departement_hint}")
                return self._commune(place, "commune résolue par code INSEE")
            report.warn(f"code INSEE inconnu : « {insee_raw[:20]} »")

        city, city_postcode, city_departement = self._split_city(_as_text(fields.get("city")))
        raw_postcode = _as_text(fields.get("postcode")).strip()
        postcode = _normalize_postcode(raw_postcode)
        if raw_postcode and not postcode:
            report.warn(f"code postal illisible : « {raw_postcode[:20]} »")
        elif postcode and postcode != re.sub(r"\s", "", raw_postcode):
            report.warn(f"code postal « {raw_postcode} » complété en {postcode}")
        postcode = postcode or city_postcode
        if city_departement and departement_hint is None:
            departement_hint = city_departement
        address = clean_text(fields.get("address"))

        # 2. Postcode and city name; then the "NNNNN City" pairs of a free-text address.
        pairs: list[tuple[str, str, str]] = []
        if postcode and city:
            pairs.append((postcode, city, "code postal et nom"))
        if address:
            pairs += [(code, name, "adresse (code postal et nom)") for code, name in self._address_pairs(address)]
        conflict = ""
        for pair_postcode, name, how in pairs:
            found = self._resolve_pair(pair_postcode, name, how, report)
            if isinstance(found, _Territory):
                return found
            conflict = conflict or found

        # 3. City name alone, narrowed by the other clues (a contradicted postcode is no clue).
        if city:
            if conflict and not (departement_hint or region_hint):
                return _Territory("none", f"{conflict}, non résolu")
            allowed = {departement_hint} if departement_hint else None
            if allowed is None and postcode and not conflict:
                allowed = self._postcode_departements(postcode) or None
            found = self._resolve_name(city, allowed, region_hint, report)
            if found.level != "none":
                return found
            return self._fallback(departement_hint, region_hint, "" if conflict else postcode, found.reason)

        # 4. A postcode alone.
        if postcode and not conflict:
            places = self._prefer_arrondissements(self._postcode_places(postcode))
            if len(places) == 1:
                return self._commune(places[0], "commune résolue par code postal (une seule commune)")
            if len(places) > 1 and not (departement_hint or region_hint):
                reason = f"code postal {postcode} partagé par {len(places)} communes"
                return self._level_of(places, reason)
        return self._fallback(departement_hint, region_hint, "" if conflict else postcode, conflict)

    def _resolve_pair(self, postcode: str, name: str, how: str, report: NormalizationReport) -> _Territory | str:
        """A commune from a postcode and a name, or the reason why not (empty when the pair says nothing)."""
        key = self._name_key(name)
        if not key or not postcode:
            return ""
        served = self._postcode_places(postcode)
        matches = [place for place in served if place.key == key]
        arrondissements = [
            place for place in served if place.parent and self.places[place.parent].key == key
        ]
        matches = self._prefer_arrondissements(arrondissements + matches) if arrondissements else matches
        if len(matches) == 1:
            return self._commune(matches[0], f"commune résolue par {how}")
        if len(matches) > 1:
            return self._level_of(matches, f"nom ambigu « {name} » pour le code postal {postcode}")
        # The postcode does not serve that name: accept the name if it is unique in the postcode's département.
        departements = self._postcode_departements(postcode)
        in_departement = [place for place in self._by_name(name) if place.departement in departements]
        if len(in_departement) == 1:
            place = in_departement[0]
            report.warn(
                f"le code postal {postcode} ne correspond pas à « {name} » : commune {place.insee_code} retenue "
                f"par son nom dans le département {place.departement}"
            )
            return self._commune(place, f"commune résolue par nom dans le département du code postal {postcode}")
        if len(in_departement) > 1:
            return self._level_of(
                in_departement, f"nom ambigu « {name} » : {len(in_departement)} communes dans le département"
            )
        reason = f"code postal {postcode} et commune « {name} » incohérents"
        report.warn(reason)
        return reason

    def _resolve_name(
        self, name: str, departements: set[str] | None, region: str | None, report: NormalizationReport
    ) -> _Territory:
        everywhere = self._by_name(name)
        candidates = everywhere
        if departements:
            candidates = [place for place in candidates if place.departement in departements]
        if region:
            candidates = [place for place in candidates if place.region == region]
        if len(candidates) == 1:
            place = candidates[0]
            if len(everywhere) == 1:
                how = "nom (unique en France)"
            else:
                how = "nom et département" if departements else "nom et région"
            return self._commune(place, f"commune résolue par {how}")
        if not candidates:
            if everywhere:
                reason = f"commune « {name} » absente du territoire indiqué"
                report.warn(reason)
            else:
                reason = f"commune « {name} » introuvable"
                report.warn(reason)
            return _Territory("none", reason)
        listed = ", ".join(_codes(candidates, "departement"))
        reason = f"nom ambigu « {name} » : {len(candidates)} communes (départements {listed})"
        return self._level_of(candidates, reason)

    def _level_of(self, places: list[_Place], reason: str) -> _Territory:
        """The level all the candidates share, and why it stops there."""
        departements, regions = _codes(places, "departement"), _codes(places, "region")
        if len(departements) == 1:
            return _Territory("departement", f"{reason}, laissé au niveau département", None, departements[0], regions[0])
        if len(regions) == 1:
            return _Territory("region", f"{reason}, laissé au niveau région", None, None, regions[0])
        return _Territory("none", f"{reason}, non résolu")

    def _fallback(self, departement: str | None, region: str | None, postcode: str, reason: str) -> _Territory:
        prefix = f"{reason} ; " if reason else ""
        if departement:
            return _Territory(
                "departement", f"{prefix}département résolu par le champ département", None, departement,
                self.departements[departement][1],
            )
        if postcode:
            departements = sorted(self._postcode_departements(postcode))
            if len(departements) == 1:
                return _Territory(
                    "departement", f"{prefix}département déduit du code postal {postcode}", None, departements[0],
                    self.departements[departements[0]][1],
                )
        if region:
            return _Territory("region", f"{prefix}région résolue par le champ région", None, None, region)
        return _Territory("none", reason or "aucune information de localisation")


def normalize_record(record: RawRecord, source: Source) -> tuple[InitiativeData, NormalizationReport]:
    """Normalise a single record (loads the caches for it: use a :class:`Normalizer` for a batch)."""
    return Normalizer(source).normalize(record)
