"""Cross-source deduplication: one clean initiative per innovation.

Two records describe the same innovation when their titles are alike and the rest does not contradict it.
Pairs are found by *blocking* (shared title tokens, commune, website domain, SIREN) and scored on five
components, each in [0, 1] or unknown:

========== ====== ==================================================================================
component  weight what it compares
========== ====== ==================================================================================
title      0.40   best of token Dice (typos, plurals, abbreviations tolerated) and trigram Jaccard
porteur    0.20   SIREN when both have one, else the same similarity as titles on the actor's name
commune    0.20   same commune 1, commune within the other's département 0.7, same département 0.5…
website    0.10   same domain 1, different domains 0.1 (a project page and its porteur's site differ); busy: unknown
description 0.10  word overlap of the summaries; only evidence *for* (each source writes its own text)
========== ====== ==================================================================================

An unknown component counts as ``NEUTRAL`` (it neither proves nor disproves). Two vetoes keep obvious
non-duplicates out of the queue: titles below ``TITLE_GATE``, and communes in different départements
(a "Repair Café" in Lyon and one in Brest) unless website or porteur agree.

Identifiers can carry a pair past a weak title (a blog headline and a project name), see :func:`identity_evidence`.
A *page* (a website's host with a non-trivial path) names one initiative; a SIRET, a SIREN, a contact email or a
bare domain name only its *porteur*, and an association's épicerie and its homework club share them. So, when the
territory does not contradict it (same commune, unknown on one side; or, when one title holds the other's name of two
words or more, another commune of the same département: one project may have several sites):

- the same page merges;
- the same porteur identifier merges when the shorter title's own words (without the porteur's name, the commune's
  name and generic qualifiers such as "solidaire") all appear in the other title: the headline names the project;
- the same porteur (an identifier, or the same name word for word) merges an initiative *named after its porteur*
  ("MOBIL'EMPLOI BLOIS" by Mobil'Emploi France) with a record whose title names that organisation (a volunteering
  mission "Chauffeur bénévole — Mobil'Emploi", a post "Dix ans de Mobil'Emploi"), within one département: an
  organisation's own initiative acts wherever its sites are (:func:`named_after_porteur`);
- otherwise the same porteur identifier sends a pair with weak titles to the editors, with the reason
  ("même SIRET, titres différents") in its components, instead of forgetting it.

An identifier carried by more than ``BUSY_IDENTITY`` records of one source is a platform's or a big organisation's,
not an initiative's (a source lists an initiative once, or once per site): it counts for nothing here. Thresholds:

- ``MERGE_THRESHOLD`` (0.66): merged automatically by the batch pass (search/dedup/passes.py), and only when
  something besides the title confirms it (same commune, same website, porteur ≥ 0.8 or summaries ≥ 0.6): alike titles alone are capped just below, for editors.
  On the labelled set (bench/quality.py) the best-scoring non-duplicate pair scores 0.63 and pairwise
  precision stays 1.0 down to 0.65, then falls (0.90 at 0.60); 0.66 keeps that margin with recall ≈ 0.9.
- ``REVIEW_THRESHOLD`` (0.55): between the two, the pair is queued (DuplicateCandidate "pending") for
  editors, who see the components side by side. Below, pairs are forgotten (re-scored on the next pass).

Editors' decisions (confirmed, rejected, and splits, stored as rejected) are never re-scored, and two
initiatives that share a source are never merged (a source does not list the same thing twice).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any, Protocol

from initiatives.text import text_key
from search.dedup.names import (  # noqa: F401 - also read from here by the sites rule and the tests
    GENERIC_TOKENS,
    name_tokens,
    spelled_out,
    title_acronyms,
    trigrams,
    words_close,
    words_within,
)
from search.normalize.contacts import SHARED_HOSTS as _SHARED_HOSTS
from search.normalize.contacts import url_host_path

MERGE_THRESHOLD = 0.66
REVIEW_THRESHOLD = 0.55
TITLE_GATE = 0.45  # below this title similarity, never a duplicate
NEUTRAL = 0.5  # value of an unknown component
WEIGHTS = {"title": 0.40, "porteur": 0.20, "commune": 0.20, "website": 0.10, "description": 0.10}
# Blocks bigger than this are too generic to compare exhaustively ("solidaire" everywhere): they are skipped,
# and the compound keys (title token + commune / département, token pairs) catch their duplicates.
MAX_BLOCK_SIZE = 60
MERGE_CHUNK = 250  # merges per transaction in the batch pass
BUSY_IDENTITY = 3  # records of one source sharing an identifier beyond which it identifies nothing


# Path segments that say "home page": a URL made only of these names the site, not a page of it.
_HOME_SEGMENTS = frozenset({
    "accueil", "home", "index", "index.html", "index.htm", "index.php", "default.aspx", "fr", "en", "fr-fr", "welcome",
    "bienvenue", "site", "wordpress", "wp",
})


# --- keys and profiles ------------------------------------------------------------------------------
def website_key(url: str) -> str:
    """The part of a website URL that identifies an initiative: its host, plus the page on shared platforms."""
    if not url:
        return ""
    host, path = url_host_path(url)
    if not host:
        return ""
    if host in _SHARED_HOSTS:
        segment = path.strip("/").split("/")[0].lower()
        return f"{host}/{segment}" if segment else ""
    return host


def website_page(url: str) -> str:
    """Host and path of a URL that names one page of a site ("asso.fr/projets/epicerie"), "" for a home page or
    an account on a shared platform (an account names its porteur, who may run several initiatives)."""
    if not url:
        return ""
    host, path = url_host_path(url)
    if not host or host in _SHARED_HOSTS:
        return ""
    segments = [segment for segment in path.lower().split("/") if segment]
    if all(segment in _HOME_SEGMENTS for segment in segments):
        return ""
    return f"{host}/{'/'.join(segments)}"


def _siren(siret: str) -> str:
    digits = re.sub(r"\D", "", siret or "")
    return digits[:9] if len(digits) in (9, 14) else ""


def _siret(siret: str) -> str:
    digits = re.sub(r"\D", "", siret or "")
    return digits if len(digits) == 14 else ""


class DataLike(Protocol):
    """What scoring reads: an InitiativeData, or any object with the same attributes."""

    title: str
    summary: str
    website: str
    commune: str | None
    departement: str | None


@dataclass(frozen=True, slots=True)
class Profile:
    """The comparison-ready form of one record (precomputed once: a pass compares each many times)."""

    title_tokens: tuple[str, ...]
    title_grams: frozenset[str]
    porteur_tokens: tuple[str, ...] = ()
    porteur_grams: frozenset[str] = frozenset()
    siren: str = ""
    commune: str = ""
    departement: str = ""
    website: str = ""
    words: frozenset[str] = frozenset()
    siret: str = ""
    email: str = ""
    page: str = ""  # website_page()
    place_tokens: frozenset[str] = frozenset()  # its place's names (commune, département): not words of the activity
    identities: frozenset[str] = frozenset()  # identity_keys(), computed once
    source: int = 0  # the record's source (the batch pass compares two rows of one source only as sites)
    place: str = ""  # the finest place known: the arrondissement (Paris, Lyon, Marseille), else the commune
    epci: str = ""  # the commune's intercommunalité (its territoire in the Grand Paris), when the pass knows it
    acronyms: frozenset[str] = frozenset()  # title_acronyms()
    title_words: tuple[str, ...] = ()  # every word of the title, small ones included (to spell acronyms out)

    @classmethod
    def build(cls, *, title: str, porteur: str = "", siret: str = "", commune: str | None = None,
              departement: str | None = None, website: str = "", summary: str = "", email: str = "",
              commune_name: str = "", source: int = 0, arrondissement: str | None = None,
              epci: str | None = None) -> Profile:
        title_tokens = name_tokens(title or "")
        porteur_tokens = name_tokens(porteur or "")
        words = frozenset(word for word in name_tokens((summary or "")[:600]) if len(word) >= 4)
        identifiers = {"p": website_page(website), "w": website_key(website), "r": _siret(siret), "s": _siren(siret),
                       "e": (email or "").strip().lower()}
        return cls(
            title_tokens, trigrams(title_tokens), porteur_tokens, trigrams(porteur_tokens), identifiers["s"],
            commune or "", departement or (commune_departement(commune) if commune else ""), identifiers["w"],
            words, identifiers["r"], identifiers["e"], identifiers["p"], frozenset(name_tokens(commune_name or "")),
            frozenset(f"{prefix}:{value}" for prefix, value in identifiers.items() if value), source,
            arrondissement or commune or "", epci or "", title_acronyms(title or ""),
            tuple(text_key(title or "").split()),
        )

    def identity_keys(self) -> frozenset[str]:
        """The identifiers this record carries (p: page, w: site, r: SIRET, s: SIREN, e: email), as keys."""
        return self.identities


def commune_departement(insee_code: str) -> str:
    """The département of an INSEE commune code (overseas: 3 digits; Corsica: 2A/2B)."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]


def profile_of(data: DataLike | Profile) -> Profile:
    if isinstance(data, Profile):
        return data
    porteur = getattr(data, "porteur", None)
    return Profile.build(
        title=data.title, porteur=getattr(porteur, "name", "") or "", siret=getattr(porteur, "siret", "") or "",
        commune=data.commune, departement=data.departement, website=data.website, summary=data.summary,
        email=getattr(data, "contact_email", "") or "",
    )


# --- similarity -------------------------------------------------------------------------------------
class TokenWeights:
    """Inverse document frequency of title words: "L’Estran" says more than "solidaire" or "atelier".

    Built from the titles being compared (the batch pass) or from all published titles (harvest time, cached).
    Without statistics every word weighs 1.
    """

    def __init__(self, document_frequency: dict[str, int] | None = None, documents: int = 0):
        self.document_frequency = document_frequency or {}
        self.documents = documents
        self._cache: dict[str, float] = {}

    @classmethod
    def from_titles(cls, titles: Iterable[tuple[str, ...]]) -> TokenWeights:
        frequency: dict[str, int] = defaultdict(int)
        documents = 0
        for tokens in titles:
            documents += 1
            for token in set(tokens):
                frequency[token] += 1
        return cls(dict(frequency), documents)

    def __call__(self, token: str) -> float:
        weight = self._cache.get(token)
        if weight is None:
            if self.documents < 50:  # too few titles for frequencies to mean anything
                weight = 1.0
            else:
                weight = 1.0 + math.log((self.documents + 1) / (self.document_frequency.get(token, 0) + 1))
            self._cache[token] = weight
        return weight


UNIFORM = TokenWeights()


def _token_dice(left: tuple[str, ...], right: tuple[str, ...], weights: TokenWeights = UNIFORM) -> float:
    """Weighted Dice coefficient of two word lists, a word matching a close word of the other list once."""
    if not left or not right:
        return 0.0
    remaining = list(right)
    matched = 0.0
    for token in left:
        if token in remaining:
            remaining.remove(token)
            matched += 2 * weights(token)
            continue
        for index, other in enumerate(remaining):
            if words_close(token, other):
                del remaining[index]
                matched += weights(token) + weights(other)
                break
    total = sum(weights(token) for token in left) + sum(weights(token) for token in right)
    return matched / total


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    common = len(left & right)
    return common / (len(left) + len(right) - common)


def name_similarity(left_tokens, left_grams, right_tokens, right_grams, weights: TokenWeights = UNIFORM) -> float:
    return max(_token_dice(left_tokens, right_tokens, weights), _jaccard(left_grams, right_grams))


def title_similarity(a: str, b: str, *, weights: TokenWeights = UNIFORM) -> float:
    """How alike two titles are, in [0, 1], insensitive to case, accents, word order, plurals and one typo;
    with ``weights``, rare words count more than common ones."""
    left, right = name_tokens(a), name_tokens(b)
    return name_similarity(left, trigrams(left), right, trigrams(right), weights)


@dataclass
class PairScore:
    score: float
    components: dict[str, float | None]  # None: unknown on at least one side
    vetoed: str = ""  # why the score was capped ("" when it was not)
    reason: str = ""  # why identifiers moved the score ("même SIRET, titres différents"), for editors

    def as_json(self) -> dict[str, Any]:
        data = {**{name: None if value is None else round(value, 3) for name, value in self.components.items()},
                "veto": self.vetoed}
        if self.reason:
            data["reason"] = self.reason
        return data


@dataclass(frozen=True, slots=True)
class Identity:
    """What two records' identifiers say: which ones agree, and whether one of them names the initiative."""

    labels: tuple[str, ...]  # "même page web", "même SIRET"…, strongest first
    page: bool  # the same page: names the initiative itself


_IDENTIFIERS = (  # (key prefix, label), strongest first; "p" names the initiative, the others its porteur
    ("p", "même page web"), ("r", "même SIRET"), ("s", "même SIREN"), ("e", "même courriel"), ("w", "même site web"),
)


def identity_evidence(a: Profile, b: Profile, busy: frozenset[str] = frozenset()) -> Identity | None:
    """The identifiers two records share, leaving out those too common to identify anything (``busy``)."""
    shared = a.identity_keys() & b.identity_keys()
    if not shared:
        return None
    labels = []
    for prefix, label in _IDENTIFIERS:
        key = next((key for key in shared if key.startswith(f"{prefix}:")), None)
        if key is None or key in busy:
            continue
        if prefix == "s" and "même SIRET" in labels:
            continue  # the same SIRET says the same SIREN
        if prefix == "w" and "même page web" in labels:
            continue
        labels.append(label)
    if not labels:
        return None
    return Identity(tuple(labels), labels[0] == "même page web")


def _own_words(profile: Profile, other: Profile) -> tuple[str, ...]:
    """A title's words that may name its activity: not the porteur's name, the commune's, or a generic qualifier."""
    ignored = GENERIC_TOKENS | set(profile.porteur_tokens) | set(other.porteur_tokens) | profile.place_tokens \
        | other.place_tokens
    return tuple(token for token in profile.title_tokens if token not in ignored)


def same_porteur(a: Profile, b: Profile, busy: frozenset[str] = frozenset()) -> bool | None:
    """True or False when both records name their porteur (SIREN first, unless it is ``busy``: a federation's),
    None when one does not."""
    if a.siren and b.siren and f"s:{a.siren}" not in busy and f"s:{b.siren}" not in busy:
        return a.siren == b.siren
    if a.porteur_tokens and b.porteur_tokens:
        # The same name, word for word (case, accents and small words aside): "Les Voisineurs" and "Voisins
        # Solidaires" are alike to a fuzzy measure, and are two associations.
        return set(a.porteur_tokens) == set(b.porteur_tokens)
    return None


def named_after_porteur(a: Profile, b: Profile) -> bool:
    """One title is its porteur's name (give or take its place: "MOBIL'EMPLOI BLOIS" by Mobil'Emploi France), and
    the other names it too ("Chauffeur bénévole — Mobil'Emploi", "Dix ans de Mobil'Emploi"): an initiative named
    after the organisation running it, and a mission, a post or a page about that organisation — or one of its
    activities whose title names it ("Repair café de Familles Rurales"): :func:`score_pair` only merges such a pair
    in one commune, or with a shared identifier when one side has no place (a post).

    The name must hold two words, one of them not a generic qualifier ("Comptoir Solidaire", not "Solidaire")."""
    porteur = set(a.porteur_tokens) | set(b.porteur_tokens)
    if not porteur:
        return False
    for named, other in ((a, b), (b, a)):
        words = tuple(token for token in named.title_tokens if token not in named.place_tokens)
        if (len(words) >= 2 and set(words) <= porteur and not set(words) <= GENERIC_TOKENS
                and words_within(words, other.title_tokens) and len(other.title_tokens) > len(words)):
            return True
    return False


def title_contained(a: Profile, b: Profile) -> int:
    """The shorter title's own words all appear (give or take a typo) in the longer one, as a project's name in a
    headline about it: "Épicerie solidaire Le Phare" in "Découvrez l'épicerie du Phare". A title that is only the
    porteur's name is contained in none: the porteur may run several initiatives. Without any porteur name, a
    single-word title is not enough either (it may be the porteur's name).

    Returns how many own words were found (0: not contained): two or more make a name, not one activity word."""
    short, long = sorted((a, b), key=lambda profile: len(profile.title_tokens))
    words = _own_words(short, long)
    if not words or (len(words) < 2 and not (a.porteur_tokens or b.porteur_tokens)):
        return 0
    return len(words) if words_within(words, long.title_tokens) else 0


def _territory_component(a: Profile, b: Profile) -> float | None:
    if a.commune and b.commune:
        if a.commune == b.commune:
            return 1.0
        return 0.3 if a.departement == b.departement else 0.0
    if a.departement and b.departement:
        if a.departement != b.departement:
            return 0.0
        return 0.7 if (a.commune or b.commune) else 0.6
    return None


def _spell_acronyms(profile: Profile, other: Profile) -> Profile:
    """``profile`` with its acronyms written out as ``other``'s title spells them ("MSP du Haut-Cantal" beside
    "Maison de santé pluriprofessionnelle du Haut-Cantal")."""
    tokens, changed = list(profile.title_tokens), False
    for acronym in profile.acronyms:
        form = name_tokens(acronym)  # as title_tokens hold it ("repas" is "repa" there)
        run = spelled_out(acronym, other.title_words) if form and form[0] not in other.title_tokens else ()
        if run and form[0] in tokens:
            tokens.remove(form[0])
            tokens.extend(name_tokens(" ".join(run)))
            changed = True
    return replace(profile, title_tokens=tuple(tokens), title_grams=trigrams(tokens)) if changed else profile


def score_pair(a: DataLike | Profile, b: DataLike | Profile, *, weights: TokenWeights = UNIFORM,
               busy: frozenset[str] = frozenset()) -> PairScore:
    """Score two records (InitiativeData, anything shaped like it, or :class:`Profile`); ``busy``: identifier keys
    (:meth:`Profile.identity_keys`) too common in the compared records to identify anything."""
    a, b = profile_of(a), profile_of(b)
    spelled = (a, b)
    if a.acronyms or b.acronyms:
        a, b = _spell_acronyms(a, b), _spell_acronyms(b, a)
    title = name_similarity(a.title_tokens, a.title_grams, b.title_tokens, b.title_grams, weights)
    identity = identity_evidence(a, b, busy)
    if title < TITLE_GATE and identity is None and not (same_porteur(a, b, busy) and named_after_porteur(a, b)):
        # Most blocked pairs stop here: the rest would not change the outcome.
        return PairScore(round(min(WEIGHTS["title"] * title + (1 - WEIGHTS["title"]) * NEUTRAL,
                                   REVIEW_THRESHOLD - 0.01), 4),
                         {"title": title, "porteur": None, "commune": None, "website": None, "description": None},
                         "titres trop différents")
    if a.siren and b.siren:
        porteur: float | None = 1.0 if a.siren == b.siren else 0.0
    elif a.porteur_tokens and b.porteur_tokens:
        porteur = name_similarity(a.porteur_tokens, a.porteur_grams, b.porteur_tokens, b.porteur_grams)
    else:
        porteur = None
    territory = _territory_component(a, b)
    # A busy site (a directory's, a platform's) is nobody's own: it says nothing either way.
    busy_site = f"w:{a.website}" in busy or f"w:{b.website}" in busy
    website = (1.0 if a.website == b.website else 0.1) if a.website and b.website and not busy_site else None
    description = None
    if a.words and b.words:
        overlap = len(a.words & b.words) / math.sqrt(len(a.words) * len(b.words))
        description = min(1.0, overlap / 0.5)
    components = {"title": title, "porteur": porteur, "commune": territory, "website": website,
                  "description": description}
    score = sum(WEIGHTS[name] * (NEUTRAL if value is None else value) for name, value in components.items())
    if description is not None and description < NEUTRAL:
        # Each source writes its own text: different summaries are no evidence against a match.
        score += WEIGHTS["description"] * (NEUTRAL - description)
    if identity is not None and (territory is None or territory >= 0.3):
        # The territory does not contradict the identifiers: the same commune, a side without one, or — when one
        # title holds the other's name, two words or more — two communes of one département: one project at two
        # sites (a network's antennas, a tiers-lieu with two places).
        contained = title_contained(a, b)
        if territory is not None and territory < 0.6 and contained < 2:
            contained = 0
        if (identity.page and (territory is None or territory >= 0.6)) or contained:
            reason = ", ".join(identity.labels)
            if title < TITLE_GATE:
                reason += ", titre de l’une dans l’autre" if contained else ", titres différents"
            return PairScore(round(max(score, MERGE_THRESHOLD), 4), components, "", reason)
    nearby = territory == 1.0 or bool(a.epci and a.epci == b.epci)  # its commune, or its intercommunalité
    if ((identity is not None and (territory is None or nearby)) or (nearby and same_porteur(a, b, busy))) \
            and named_after_porteur(a, b):
        # An organisation's own initiative and its mission or a post about it, where it acts: its commune or its
        # intercommunalité (an association of Villeurbanne runs workshops in Lyon), or, with a shared identifier, a
        # post placed nowhere. Another intercommunalité, even in the département, may be another of its activities.
        reason = (identity.labels[0] if identity else "même porteur") + ", initiative au nom de son porteur"
        return PairScore(round(max(score, MERGE_THRESHOLD), 4), components, "", reason)
    vetoed = ""
    if title < TITLE_GATE:
        if identity is not None and territory != 0.0:
            # The same porteur, titles that may name two of its initiatives: editors decide.
            reason = ", ".join(identity.labels) + ", titres différents"
            return PairScore(round(min(max(score, REVIEW_THRESHOLD), MERGE_THRESHOLD - 0.01), 4), components,
                             "titres trop différents", reason)
        vetoed = "titres trop différents"
    elif territory == 0.0 and website != 1.0 and porteur != 1.0:
        vetoed = "départements différents"
    if vetoed:
        score = min(score, REVIEW_THRESHOLD - 0.01)
    elif not (territory == 1.0 or website == 1.0 or (porteur or 0) >= 0.8 or (description or 0) >= 0.6):
        # Alike titles, nothing else confirming: editors decide, never the machine.
        vetoed = "seul le titre concorde"
        score = min(score, MERGE_THRESHOLD - 0.01)
    elif spelled != (a, b) and identity is None and porteur != 1.0:
        # Alike only once an acronym is spelled out ("SEL de Guéret", "Solidarité Emploi Logement de Guéret"):
        # initials can fit by chance; without an identifier or the porteur, editors decide.
        vetoed = "sigle développé"
        score = min(score, MERGE_THRESHOLD - 0.01)
    return PairScore(round(score, 4), components, vetoed)


# --- blocking ---------------------------------------------------------------------------------------
def blocking_keys(profile: Profile) -> set[str]:
    """The keys under which a record is filed; two records are compared only if they share one.

    Title tokens are cut to 5 letters so that plurals and end-of-word typos share a key.
    """
    tokens = sorted({token[:5] for token in profile.title_tokens if len(token) >= 3})
    keys = {f"t:{token}" for token in tokens}
    keys.update(f"tt:{first}|{second}" for first, second in combinations(tokens, 2))
    if profile.commune:
        keys.update(f"c:{profile.commune}|{token}" for token in tokens)
    if profile.departement:
        keys.update(f"d:{profile.departement}|{token}" for token in tokens)
    # Identifiers block too (a page, an email), so that a pair with unlike titles is compared on them.
    keys.update(profile.identity_keys() - {f"r:{profile.siret}"})  # the SIREN block holds the SIRET's pairs
    return keys
