"""Places in a query: « épicerie solidaire marseille », « tiers-lieu dans le Cantal », « aide aux devoirs st denis ».

The end of a query is compared, exactly, with the names of the régions, départements and communes of the COG in the
normaliser's index (search/normalize/places.py: current communes, arrondissements and former communes, accent-free,
« st » read « saint », articles as the COG writes them), and with département codes (« 69 », « 2A », « 974 »). What it names is taken out of the words searched; the initiatives placed there (on
any of their sites) rank first, the others follow; and the page offers the place as a filter, one choice per
département when the name is ambiguous (« Saint-Denis » : Seine-Saint-Denis (93), La Réunion (974)…).

A place name that is also a common word must not win (« repas pas cher », « atelier jardin », « à la campagne »): a
one-word name counts when it is a région or a commune of 20,000 inhabitants or more; after a preposition (« à »,
« dans le »…) when it is a département or a commune whose name the platforms' words (the search lexicon) never use
otherwise; and written with a capital when it is not such a word. A région or département wins over the small communes of the same name (« en Bretagne »). A query that is only a
place stays a text search (the document holds place names).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

from initiatives.models import Commune
from initiatives.text import place_key
from search.models import SearchTerm
from search.normalize.places import PlaceIndex, place_index

MAX_WORDS = 6
BIG_COMMUNE = 20_000
PREPOSITIONS = {"a", "au", "aux", "dans", "en", "sur", "pres", "vers", "de", "du", "des", "d", "l", "le", "la", "les"}
CONTRACTED = {"au": "le", "du": "le", "aux": "les", "des": "les"}
DEPARTEMENT_CODE = re.compile(r"^(?:\d{2}|2[ab]|9[78]\d)$")


@dataclass(frozen=True)
class PlaceChoice:
    kind: str  # "region", "departement" or "commune"
    code: str
    name: str
    departement: str = ""  # a commune's département code, what the search can filter on
    region: str = ""
    population: int = 0
    departement_name: str = ""

    @property
    def label(self) -> str:
        if self.kind == "commune":
            return f"{self.name} ({self.departement})"
        if self.kind == "departement":
            return f"{self.name} ({self.code})"
        return self.name


@dataclass
class PlaceInQuery:
    written: str  # the words of the query that name the place
    rest: str  # the other words, searched as text
    choices: list[PlaceChoice] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " / ".join(choice.label for choice in self.choices[:4])

    def filter_choices(self, limit: int = 4) -> list[tuple[str, str, str]]:
        """(parameter, value, label) the page offers as filters: the région, or the département of each place (the
        most populous first; the search filters on départements, not communes)."""
        seen, out = set(), []
        for choice in self.choices:
            option = ("region", choice.region, choice.name) if choice.kind == "region" else \
                ("departement", choice.departement, f"{choice.departement_name} ({choice.departement})")
            if option[1] and option[:2] not in seen:
                seen.add(option[:2])
                out.append(option)
        return out[:limit]

    def filters(self) -> dict[str, list[str]]:
        """What the initiatives placed there carry, for ranking them first."""
        return {
            "commune": sorted({c.code for c in self.choices if c.kind == "commune"}),
            "departement": sorted({c.code for c in self.choices if c.kind == "departement"}),
            "region": sorted({c.code for c in self.choices if c.kind == "region"}),
        }


_INDEX_TTL = 300.0  # seconds: place_index() checks the COG's size with two counts, not on every query
_index: tuple[float, PlaceIndex] | None = None


def _places() -> PlaceIndex:
    """The normaliser's COG index (search/normalize/places.py: the one index of place names), reused."""
    global _index
    if _index is None or time.monotonic() - _index[0] > _INDEX_TTL:
        _index = (time.monotonic(), place_index())
    return _index[1]


@lru_cache(maxsize=1)
def _big_communes() -> dict[str, int]:
    return dict(Commune.objects.filter(population__gte=BIG_COMMUNE).values_list("insee_code", "population"))


def _named(key: str) -> tuple[PlaceChoice, ...]:
    """The régions, départements and communes (current, arrondissement or former: each resolves to its current
    commune) whose name is ``key``, exactly as the normaliser compares names."""
    index = _places()
    choices: list[PlaceChoice] = []
    if (code := index.region_keys.get(key)) and code in index.regions:
        choices.append(PlaceChoice("region", code, index.regions[code], region=code))
    if code := index.departement_keys.get(key):
        name, region = index.departements[code]
        choices.append(PlaceChoice("departement", code, name, code, region, departement_name=name))
    seen = set()
    big = _big_communes()
    for place in index.by_key.get(key, ()):
        if place.commune in seen:
            continue
        seen.add(place.commune)
        current = index.by_code.get(place.commune)
        choices.append(PlaceChoice(
            "commune", place.commune, current.name if current else place.name, place.departement, place.region,
            big.get(place.commune, 0), index.departements.get(place.departement, ("", ""))[0]))
    return tuple(sorted(choices, key=lambda c: (c.kind != "region", c.kind != "departement", -c.population, c.code)))


def _departement_of_code(code: str) -> PlaceChoice | None:
    index = _places()
    code = code.upper()
    if code not in index.departements:
        return None
    name, region = index.departements[code]
    return PlaceChoice("departement", code, name, code, region, departement_name=name)


def _common_word(word: str) -> bool:
    return SearchTerm.objects.filter(key=word).exists()


def _accepted(words: list[str], original_word: str, start: int,
              choices: tuple[PlaceChoice, ...]) -> tuple[PlaceChoice, ...]:
    """The choices a name may stand for here (see the module's rules)."""
    if any(c.kind in ("region", "departement") for c in choices):
        # « Bretagne » is the région before the villages of that name.
        choices = tuple(c for c in choices if c.kind != "commune" or c.population >= BIG_COMMUNE)
    if len(words) - start > 1:
        return choices  # several words: a name, not a common word
    common = _common_word(words[start])
    if start > 0 and words[start - 1] in PREPOSITIONS:
        # « dans le Cher », « à Millau »; but « à la campagne » is not the village of Campagne.
        return tuple(c for c in choices if c.kind != "commune" or c.population >= BIG_COMMUNE or not common)
    capital = original_word[:1].isupper()
    return tuple(c for c in choices if c.kind == "region"
                 or (c.kind == "commune" and c.population >= BIG_COMMUNE)
                 or (capital and not common))


def place_in_query(q: str) -> PlaceInQuery | None:
    """The place the end of the query names, with the rest of the query; None when there is none."""
    if not q or '"' in q or re.search(r"(?:^|\s)-\w|\b(?:OU|OR)\b", q):
        return None
    original = q.split()
    words = place_key(q).split()
    if len(words) < 2:
        return None  # a place alone is searched as text
    if DEPARTEMENT_CODE.match(words[-1]):
        choice = _departement_of_code(words[-1])
        if choice:
            return PlaceInQuery(original[-1], _rest(q, 1), [choice])
    for length in range(min(MAX_WORDS, len(words) - 1), 0, -1):
        start = len(words) - length
        name = " ".join(words[start:])
        choices = _named(name)
        if not choices and start > 0 and words[start - 1] in CONTRACTED:  # « au Puy-en-Velay » is « Le Puy-en-Velay »
            choices = _named(f"{CONTRACTED[words[start - 1]]} {name}")
        if choices and (accepted := _accepted(words, original[-1], start, choices)):
            rest = _rest(q, length)
            # A preposition that only led to the place goes with it (« … dans le Cantal »).
            while rest.split() and place_key(rest.split()[-1]) in PREPOSITIONS and len(rest.split()) > 1:
                rest = " ".join(rest.split()[:-1])
            if all(place_key(word) in PREPOSITIONS for word in rest.split()):
                return None  # « dans le Cantal » alone: a place with nothing else, searched as text
            return PlaceInQuery(q[len(rest):].strip(), rest, list(accepted))
    return None


def _rest(q: str, place_words: int) -> str:
    """The query without its last ``place_words`` words, as place_key counts them (« Saint-Denis » is two)."""
    tokens = q.split()
    while tokens and place_words > 0:
        place_words -= len(place_key(tokens[-1]).split()) or 1
        tokens.pop()
    return " ".join(tokens)
