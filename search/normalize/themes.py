"""Keyword tables: themes (the source's crosswalk, then the taxonomy's keywords), status, content type, porteur kind.

Keywords are compared on an accent-, case- and plural-insensitive form, as whole words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from initiatives.models import Initiative, Porteur, Source, Theme
from initiatives.services import PorteurData
from initiatives.text import text_key
from initiatives.validators import siret_is_valid

from .report import NormalizationReport
from .text import as_list, as_text, clean_text

PorteurKind = Porteur.Kind
Status = Initiative.Status
ContentType = Initiative.ContentType


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def keyword_form(value: str) -> str:
    """Accent-, case- and plural-insensitive form, padded so that ``" kw " in form`` means a whole-word match."""
    return " " + " ".join(_singular(word) for word in text_key(value).split()) + " "


def keyword_table(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(keyword_form(keyword), str(value)) for keyword, value in pairs]


def first_match(text: str, table: list[tuple[str, str]]) -> str | None:
    """The value of the keyword (from a :func:`keyword_table`) found earliest in ``text``, the longest at the same
    place."""
    form = keyword_form(text)
    best: tuple[int, int, str] | None = None
    for keyword, value in table:
        position = form.find(keyword)
        if position >= 0 and (best is None or (position, -len(keyword)) < best[:2]):
            best = (position, -len(keyword), value)
    return best[2] if best else None


PORTEUR_KIND_KEYWORDS = keyword_table([
    *[(word, PorteurKind.ASSOCIATION) for word in (
        "asso", "assoc", "association", "associations", "loi 1901", "federation",
    )],
    *[(word, PorteurKind.COLLECTIVITE) for word in (
        "commune", "mairie", "ville de", "communaute de communes", "cte de communes", "cc", "communaute d agglomeration",
        "agglo", "agglomeration", "communaute urbaine", "departement", "conseil departemental", "conseil general",
        "region", "conseil regional", "metropole", "collectivite", "collectivite territoriale", "intercommunalite",
        "epci", "syndicat intercommunal", "syndicat mixte", "pnr", "parc naturel regional", "petr",
    )],
    *[(word, PorteurKind.ESS) for word in (
        "scic", "scop", "cooperative", "societe cooperative", "ess", "economie sociale et solidaire",
        "entreprise d insertion", "entreprise adaptee", "structure d insertion", "siae", "regie de quartier",
        "entreprise solidaire", "esus",
    )],
    *[(word, PorteurKind.ENTREPRISE) for word in (
        "sas", "sasu", "sarl", "eurl", "entreprise", "societe", "start up", "startup",
    )],
    *[(word, PorteurKind.ETAT) for word in (
        "prefecture", "sous prefecture", "ministere", "ddets", "dreets", "ddcs", "drjscs", "services de l etat", "etat",
    )],
    *[(word, PorteurKind.ETABLISSEMENT_PUBLIC) for word in (
        "ccas", "cias", "hopital", "centre hospitalier", "chu", "universite", "etablissement public", "caf",
        "caisse d allocations familiales", "pole emploi", "france travail", "agence regionale de sante", "lycee",
        "college", "ademe", "cnrs", "inrae", "epic", "epa",
    )],
    *[(word, PorteurKind.COLLECTIF) for word in ("collectif", "collectif citoyen", "groupe d habitants", "citoyens")],
])

STATUS_KEYWORDS = keyword_table([
    *[(word, Status.PLANNED) for word in (
        "en projet", "en reflexion", "reflexion", "a venir", "en preparation", "en construction", "idee",
        "emergence", "amorcage", "en cours de creation", "en creation", "en gestation", "planned", "planifie",
        "en cours de montage", "etude de faisabilite", "lancement prochain",
    )],
    *[(word, Status.ONGOING) for word in (
        "en cours", "actif", "active", "en activite", "en fonctionnement", "operationnel", "en deploiement",
        "deploiement", "en developpement", "ongoing", "in progress", "perenne", "perennise",
        "en service", "ouvert", "lance", "demarre", "experimentation en cours",
    )],
    *[(word, Status.FINISHED) for word in (
        "termine", "acheve", "clos", "cloture", "fini", "ferme", "arrete", "inactif", "finished", "completed",
        "ended", "abandonne", "cesse", "dissous", "fin",
    )],
])

CONTENT_TYPE_KEYWORDS = keyword_table([
    *[(word, ContentType.STRUCTURE) for word in (
        "structure", "association", "organisation", "organisme", "acteur", "entreprise", "etablissement",
        "cooperative", "lieu", "tiers lieu", "annuaire", "organization",
    )],
    *[(word, ContentType.DISPOSITIF) for word in (
        "dispositif", "programme", "appel a projets", "aide", "financement", "politique publique", "service public",
        "plan", "label", "subvention",
    )],
    *[(word, ContentType.RESSOURCE) for word in (
        "ressource", "outil", "guide", "fiche pratique", "kit", "methode", "methodologie", "publication", "etude",
        "rapport", "boite a outils", "tutoriel", "document", "video", "webinaire", "article", "podcast", "livre",
    )],
    *[(word, ContentType.PROJET) for word in (
        "projet", "initiative", "action", "experimentation", "experience", "realisation",
    )],
])

# In a porteur's *name* a kind word is only trusted at the start ("Mairie de Rodez", not "Amis de la commune"),
# except legal forms, which are trusted anywhere ("Enercoop SCIC").
_LEGAL_FORMS = keyword_table([
    ("association", PorteurKind.ASSOCIATION), ("asso", PorteurKind.ASSOCIATION), ("loi 1901", PorteurKind.ASSOCIATION),
    ("scic", PorteurKind.ESS), ("scop", PorteurKind.ESS), ("cooperative", PorteurKind.ESS),
    ("entreprise d insertion", PorteurKind.ESS),
    ("sas", PorteurKind.ENTREPRISE), ("sasu", PorteurKind.ENTREPRISE), ("sarl", PorteurKind.ENTREPRISE),
    ("eurl", PorteurKind.ENTREPRISE),
    ("ccas", PorteurKind.ETABLISSEMENT_PUBLIC), ("cias", PorteurKind.ETABLISSEMENT_PUBLIC),
])
_LEADING_ARTICLE = re.compile(r"^ (?:le|la|les|l) ")


def porteur_kind_from_name(name: str) -> str:
    form = _LEADING_ARTICLE.sub(" ", keyword_form(name))
    leading = [(keyword, kind) for keyword, kind in PORTEUR_KIND_KEYWORDS if form.startswith(keyword)]
    if leading:
        return max(leading, key=lambda pair: len(pair[0]))[1]
    return first_match(name, _LEGAL_FORMS) or str(PorteurKind.AUTRE)


def read_choice(
    value: Any, table: list[tuple[str, str]], choices: type[Any], default: str, label: str, report: NormalizationReport
) -> str:
    """One of ``choices``: the code itself, or the value of the keyword found in ``table``; else ``default``."""
    raw = clean_text(value)
    if not raw:
        return default
    key = text_key(raw)
    if key in choices.values:  # already one of our codes
        return key
    found = first_match(raw, table)
    if found is None:
        report.warn(f"{label} non reconnu : « {raw[:100]} »")
        return default
    return found


def read_porteur(fields: dict[str, Any], report: NormalizationReport) -> PorteurData | None:
    name = clean_text(fields.get("porteur_name"))[:255]
    raw_siret = as_text(fields.get("porteur_siret")).strip()
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
        kind = key if key in PorteurKind.values else first_match(raw_kind, PORTEUR_KIND_KEYWORDS)
        if kind is None:
            report.warn(f"type de porteur non reconnu : « {raw_kind[:100]} »")
    if kind is None:
        kind = porteur_kind_from_name(name)
    return PorteurData(name=name, kind=str(kind), siret=siret)


def read_tags(value: Any) -> list[str]:
    tags: list[str] = []
    for raw in as_list(value):
        tag = clean_text(raw)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


class ThemeMatcher:
    """Theme codes for a record of one source: its tags through the source's crosswalk, and the theme keywords
    found in its tags, title and summary. The lookups are loaded once, lazily."""

    def __init__(self, source: Source, *, crosswalk: Mapping[str, list[str]] | None = None):
        self.source = source
        self._crosswalk: dict[str, list[str]] | None = None if crosswalk is None else {
            text_key(tag): sorted(codes) for tag, codes in crosswalk.items()}
        self._theme_keywords: list[tuple[str, str]] | None = None
        self._keywords_by_first_word: dict[str, list[tuple[str, str]]] | None = None

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

    def preload(self) -> None:
        self.crosswalk, self.theme_keywords  # noqa: B018

    def keyword_themes(self, text: str) -> set[str]:
        form = keyword_form(text)
        if self._keywords_by_first_word is None:
            # A keyword (" w1 w2 ") can only be in the form if its first word is one of the form's words: only
            # those keywords are tried, instead of every keyword of every theme for every text.
            self._keywords_by_first_word = {}
            for keyword, code in self.theme_keywords:
                self._keywords_by_first_word.setdefault(keyword.split()[0], []).append((keyword, code))
        index = self._keywords_by_first_word
        return {code for word in set(form.split()) for keyword, code in index.get(word, ()) if keyword in form}

    def themes(self, title: str, summary: str, tags: list[str], report: NormalizationReport) -> list[str]:
        codes: set[str] = set()
        for tag in tags:
            parts = [tag, *(part for part in re.split(r"\s*[>/»]\s*", tag) if part and part != tag)]
            mapped = [self.crosswalk[text_key(part)] for part in parts if text_key(part) in self.crosswalk]
            # An entry with no theme is an editor's decision to ignore the tag: it is known, not unmapped.
            from_tag = {code for themes in mapped for code in themes} | self.keyword_themes(tag)
            if not mapped and not from_tag:
                report.unmapped_tags.append(tag)
            codes |= from_tag
        codes |= self.keyword_themes(f"{title} . {summary}")
        return sorted(codes)
