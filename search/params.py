"""The one parser of search parameters: HTML pages, the API, exports, feeds and watched searches all read them here.

``search_params_parse(data)`` is lenient, for pages and stored queries: a value that cannot be used is dropped
(a bookmarked address never breaks). ``search_params_parse(data, strict=True)`` is for the API: every value that
cannot be used is an error naming its parameter (``SearchParamsError.errors``), which the API answers with a 400.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from initiatives.models import Porteur
from initiatives.validators import luhn_valid

PAGE_SIZE = 20
MAX_PAGE = 500
MAX_VALUES = 50  # values kept per filter
MAX_QUERY = 200  # characters of text kept
SORTS = ("relevance", "newest", "title")
FACETS = ("theme", "region", "departement", "epci", "source", "porteur_kind", "year", "prize")
YEARS = (1801, 2199)
SINGLE = ("q", "sort", "ordering", "page", "exact")
# A blank value is refused in these lists (no kind or year is blank); a blank single value means "absent", as the
# API schema says (allowEmptyValue), and blank text values are dropped.
CHOICES = ("porteur_kind", "year")


@dataclass
class SearchParams:
    q: str = ""
    theme: list[str] = field(default_factory=list)  # theme codes; a parent includes its sub-themes
    region: list[str] = field(default_factory=list)  # INSEE codes
    departement: list[str] = field(default_factory=list)
    epci: list[str] = field(default_factory=list)  # SIREN of an intercommunalité (EPCI or Grand Paris territoire)
    source: list[str] = field(default_factory=list)  # source slugs
    porteur_kind: list[str] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    prize: list[str] = field(default_factory=list)  # prize slugs
    sort: str = "relevance"
    page: int = 1
    exact: bool = False  # the words as typed: no corrected or relaxed results when they find nothing

    def filters(self) -> dict[str, list]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


class SearchParamsError(ValueError):
    """Parameters the API refuses: ``errors`` maps each parameter to its messages."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__("; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items()))


def _values(data, name: str) -> list[str]:
    values = data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])
    return [values] if isinstance(values, str) else [str(value) for value in values]


def _integer(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isascii() and value.lstrip("-").isdigit() else None


def siren_is_valid(value: str) -> bool:
    """Nine digits with their Luhn key: every intercommunalité's SIREN (the COG's 1,266 pass)."""
    return len(value) == 9 and value.isascii() and value.isdigit() and luhn_valid(value)


def search_params_parse(data, *, strict: bool = False) -> SearchParams:
    """Search parameters from a query string (QueryDict) or a plain dict of lists/strings."""
    errors: dict[str, list[str]] = {}

    def refuse(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    if strict:
        for name in SINGLE:
            if len(_values(data, name)) > 1:
                refuse(name, _("Un seul paramètre « %(name)s » est permis.") % {"name": name})
    cleaned: dict[str, list[str]] = {}
    for name in (*FACETS, *SINGLE):
        values = []
        for value in _values(data, name):
            if "\x00" in value and strict:  # PostgreSQL refuses NUL; pages never see one (PageQueryNulMiddleware)
                refuse(name, _("Les caractères nuls ne sont pas autorisés."))
            if value.strip():
                values.append(value.strip())
            elif strict and name in CHOICES:
                refuse(name, _("Valeur vide."))
        cleaned[name] = values[:MAX_VALUES]

    years = []
    for value in cleaned["year"]:
        year = _integer(value)
        if year is not None and YEARS[0] <= year <= YEARS[1]:
            years.append(year)
        elif strict:
            refuse("year", _("Année invalide : %(value)s (de %(low)s à %(high)s).")
                   % {"value": value, "low": YEARS[0], "high": YEARS[1]})
    epcis = [value for value in cleaned["epci"] if siren_is_valid(value)]
    if strict:
        for value in cleaned["epci"]:
            if not siren_is_valid(value):
                refuse("epci", _("SIREN d’intercommunalité invalide : %(value)s (9 chiffres, clé de contrôle comprise).")
                       % {"value": value})
    kinds = []
    for value in cleaned["porteur_kind"]:
        if value in Porteur.Kind.values:
            kinds.append(value)
        elif strict:
            refuse("porteur_kind", _("Type de porteur inconnu : %(value)s.") % {"value": value})
    sort = "relevance"
    for name in ("ordering", "sort"):  # sort wins over its synonym
        for value in cleaned[name][:1]:
            if value in SORTS:
                sort = value
            elif strict:
                refuse(name, _("Tri inconnu : %(value)s (%(choices)s).") % {"value": value, "choices": ", ".join(SORTS)})
    page = 1
    for value in cleaned["page"][:1]:
        number = _integer(value)
        if number is not None and 1 <= number <= MAX_PAGE:
            page = number
        elif strict:
            refuse("page", _("Numéro de page invalide : %(value)s (de 1 à %(max)s).") % {"value": value, "max": MAX_PAGE})
        elif number is not None:
            page = max(1, min(number, MAX_PAGE))
    for value in cleaned["exact"][:1]:
        if strict and value not in ("0", "1"):
            refuse("exact", _("Valeur attendue : 0 ou 1."))
    if errors:
        raise SearchParamsError(errors)
    return SearchParams(
        q=" ".join(cleaned["q"][:1])[:MAX_QUERY], theme=cleaned["theme"], region=cleaned["region"],
        departement=cleaned["departement"], epci=epcis, source=cleaned["source"], porteur_kind=kinds, year=years,
        prize=cleaned["prize"], sort=sort, page=page, exact=bool(cleaned["exact"][:1] == ["1"]),
    )
