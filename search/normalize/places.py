"""The COG as the normaliser looks places up: every name a commune is written with, and where communes lie.

A *place* is anything a record may name: a current commune, a municipal arrondissement (Paris, Lyon, Marseille) or
a former commune (déléguée or associée of a commune nouvelle). Each place resolves to the current commune an
initiative is placed in; the arrondissement, or the old name as written, is kept as a detail.

Names are compared by ``place_key`` first, exactly. Only when the exact key matches no place are the *cleaning
rules* tried, each removing or moving words (a trailing country, region or département, a qualifier left out, an
article moved to the end). Trying them only after the exact key fails is what guarantees that no official name is
ever turned into no match or into another commune (tests/search/test_places.py runs every COG name through it).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection

from initiatives.models import Commune, Departement, FormerCommune, Region
from initiatives.text import place_key

# Words that link a commune's name to its qualifier: "Châlons-en-Champagne", "Bourg-lès-Valence", "Val-d'Isère".
_CONNECTORS = frozenset({"sur", "sous", "en", "de", "des", "du", "d", "les", "le", "la", "l", "aux", "au",
                         "et", "lez", "pres", "a", "dans"})
_ARTICLES = ("le", "la", "les", "l")
# The régions before the reform of 1 January 2016 (loi n° 2015-29 du 16 janvier 2015), with the current région that
# holds each: still written after a commune's name. Only their whole name (or common short form) is a key.
FORMER_REGIONS = {
    "Alsace": "44", "Aquitaine": "75", "Auvergne": "84", "Basse-Normandie": "28", "Bourgogne": "27", "Centre": "24",
    "Champagne-Ardenne": "44", "Franche-Comté": "27", "Haute-Normandie": "28", "Languedoc-Roussillon": "76",
    "Languedoc": "76", "Limousin": "75", "Lorraine": "44", "Midi-Pyrénées": "76", "Nord-Pas-de-Calais": "32",
    "Picardie": "32", "Poitou-Charentes": "75", "Rhône-Alpes": "84", "PACA": "93",
}
# Words that begin many names and name nothing alone.
_NOT_A_NAME = frozenset({"saint", "sainte", "saints", "saintes", "st", "ste", "notre", "le", "la", "les", "l"})
_CEDEX = re.compile(r"\s+cedex(?:\s*\d{1,2})?\s*$")
_ARRONDISSEMENT = re.compile(
    r"^(?P<city>paris|lyon|marseille)\s+(?P<number>\d{1,2})\s*(?:e|er|eme|ere|ieme|em)?(?:\s+arr|\s+arrondissement)?$"
)


@dataclass(frozen=True, slots=True)
class Place:
    insee_code: str  # the place's own code (the arrondissement's, the former commune's)
    name: str
    key: str
    kind: str  # "commune", "arrondissement", "deleguee", "associee"
    commune: str  # the current commune it resolves to
    departement: str
    region: str

    @property
    def arrondissement(self) -> str | None:
        return self.insee_code if self.kind == "arrondissement" else None

    @property
    def former(self) -> bool:
        return self.kind in ("deleguee", "associee")


def _bare(key: str) -> str:
    return re.sub(r"^(?:le|la|les|l)\s+", "", key)


def name_key(name: str) -> str:
    """``place_key`` plus the spellings of arrondissements ("Paris 11e", "Lyon 3ème" -> "paris 11e arrondissement")."""
    key = _CEDEX.sub("", place_key(name))
    if match := _ARRONDISSEMENT.match(key):
        number = int(match.group("number"))
        key = f"{match.group('city')} {number}{'er' if number == 1 else 'e'} arrondissement"
    return key


class PlaceIndex:
    """Every COG place by code, name key and postcode, the départements and régions by name, and the communes'
    positions on a grid (loaded once, in a few queries)."""

    GRID = 0.1  # degrees per cell of the position grid

    def __init__(self) -> None:
        self.by_code: dict[str, Place] = {}  # current communes and arrondissements by INSEE code
        self.by_key: dict[str, list[Place]] = {}
        self.by_postcode: dict[str, list[Place]] = {}
        self.departements: dict[str, tuple[str, str]] = {}  # code -> (name, region code)
        self.departement_keys: dict[str, str] = {}
        self.regions: dict[str, str] = {}
        self.region_keys: dict[str, str] = {}
        self.positions: dict[tuple[int, int], list[tuple[float, float, str]]] = {}  # cell -> (lat, lon, commune)
        self.by_departement: dict[str, list[Place]] = {}
        self.former_by_code: dict[str, Place] = {}  # old INSEE codes that are no current commune's
        self._load()
        self._bare_keys = {
            "departement": {_bare(key): code for key, code in self.departement_keys.items()},
            "region": {_bare(key): code for key, code in self.region_keys.items()},
        }


    def _load(self) -> None:
        for code, name, region in Departement.objects.values_list("code", "name", "region_id"):
            self.departements[code] = (name, region)
            self.departement_keys[place_key(name)] = code
        self.regions = dict(Region.objects.values_list("code", "name"))
        self.region_keys = {place_key(name): code for code, name in self.regions.items()}
        for name, code in FORMER_REGIONS.items():  # people still write them after a commune ("Colmar (Alsace)")
            self.region_keys.setdefault(place_key(name), code)
        rows = Commune.objects.values_list("insee_code", "name", "search_name", "kind", "parent_id", "departement_id",
                                           "region_id", "postcodes", "latitude", "longitude")
        for insee_code, name, key, kind, parent, departement, region, postcodes, latitude, longitude in rows.iterator(
                chunk_size=5000):
            place = Place(insee_code, name, name_key(name) or key, kind, parent or insee_code, departement, region)
            self.by_code[insee_code] = place
            self._add(place)
            for postcode in postcodes or ():
                self.by_postcode.setdefault(postcode, []).append(place)
            if latitude is not None and longitude is not None and kind == Commune.Kind.COMMUNE:
                self.positions.setdefault(self._cell(latitude, longitude), []).append((latitude, longitude, insee_code))
        former = FormerCommune.objects.values_list("insee_code", "name", "kind", "commune_id", "departement_id",
                                                   "commune__region_id", "commune__postcodes", "latitude", "longitude")
        for insee_code, name, kind, commune, departement, region, postcodes, latitude, longitude in former.iterator(
                chunk_size=5000):
            place = Place(insee_code, name, name_key(name), kind, commune, departement, region)
            self._add(place)
            if latitude is not None and longitude is not None:  # an old village of a large commune nouvelle
                self.positions.setdefault(self._cell(latitude, longitude), []).append((latitude, longitude, commune))
            for postcode in postcodes or ():  # the commune nouvelle's postcodes serve its former communes
                self.by_postcode.setdefault(postcode, []).append(place)

    def _add(self, place: Place) -> None:
        self.by_key.setdefault(place.key, []).append(place)
        self.by_departement.setdefault(place.departement, []).append(place)
        if place.former and place.insee_code not in self.by_code:
            self.former_by_code.setdefault(place.insee_code, place)

    # names -------------------------------------------------------------------------------------------------------
    def named(self, name: str) -> list[Place]:
        """The places written ``name``: the exact key first; the cleaning rules only when it matches nothing."""
        key = name_key(name)
        if not key:
            return []
        exact = self.by_key.get(key)
        if exact:
            return list(exact)
        for variant, territory in self.variants(key):
            found = self.by_key.get(variant)
            if found:
                narrowed = [place for place in found if territory is None
                            or getattr(place, territory[0]) == territory[1]]
                return narrowed or list(found)
        return []

    def variants(self, key: str) -> Iterator[tuple[str, tuple[str, str] | None]]:
        """Cleaned forms of a key that matched nothing, most faithful first, each with the département or région its
        removed words named (None for a country). Each rule removes or moves words."""
        words = key.split()
        # A trailing country ("Valence France"), région or département ("Vannes Bretagne", "Dax Landes").
        for size in range(min(6, len(words) - 1), 0, -1):
            tail = " ".join(words[-size:])
            if tail == "france":
                yield " ".join(words[:-size]), None
            elif territory := self.territory_code(tail):
                yield " ".join(words[:-size]), territory
        # An article moved to the end without brackets ("Rochelle La", "Havre Le").
        if len(words) > 1 and words[-1] in _ARTICLES:
            yield f"{words[-1]} {' '.join(words[:-1])}", None
        # A département or région in front ("Gironde Libourne", as some exports join their columns).
        for size in range(min(3, len(words) - 1), 0, -1):
            if territory := self.territory_code(" ".join(words[:size])):
                yield " ".join(words[size:]), territory

    def territory_code(self, key: str, *, kind: str | None = None) -> tuple[str, str] | None:
        """The département or région a key names ("gironde", "la reunion", "bretagne"), articles aside, as
        ("departement", code) or ("region", code): the two share codes (84 is Vaucluse and Auvergne-Rhône-Alpes)
        and names (La Réunion, Martinique…), so a caller that knows which it wants says ``kind``."""
        tables = {"departement": self.departement_keys, "region": self.region_keys}
        for name in ([kind] if kind else []) + ["departement", "region"]:
            if key in tables[name]:
                return (name, tables[name][key])
        bare = _bare(key)
        for name in ([kind] if kind else []) + ["departement", "region"]:
            if bare in self._bare_keys[name]:
                return (name, self._bare_keys[name][bare])
        return None

    def shortened(self, name: str, places: list[Place]) -> list[Place]:
        """Among ``places``, those whose name starts with ``name`` followed by a connector: "Châlons" for
        "Châlons-en-Champagne", "Bourg" for "Bourg-en-Bresse"; failing that, followed by another name, as communes
        joined from two ("Charleville" for Charleville-Mézières), unless ``name`` ends in a word that names nothing
        alone ("Saint", an article). Callers narrow ``places`` (postcode, département) first: a short name alone
        says nothing."""
        key = name_key(name)
        if not key:
            return []
        found, compound = [], []
        for place in places:
            rest = place.key[len(key):].split() if place.key.startswith(key + " ") else []
            if rest and rest[0] in _CONNECTORS:
                found.append(place)
            elif rest and key.split()[-1] not in _NOT_A_NAME:
                compound.append(place)  # the first of two joined names: "Charleville" for Charleville-Mézières
        return found or compound

    def misspelt(self, name: str, places: list[Place]) -> list[Place]:
        """Among ``places``, those whose name is ``name`` with one slip of the keyboard: a letter left out, added,
        replaced, or two letters swapped, hyphens and spaces aside ("Plan-d'rOgon", "Arandon-Passnis"). Only for names
        of five letters or more, and only the closest ones: callers narrow ``places`` first (postcode, département)."""
        written = compact_key(name)
        if len(written) < 5:
            return []
        scored = [(edit_distance(written, compact_key(place.name), limit=1), place) for place in places]
        close = [(distance, place) for distance, place in scored if distance <= 1]
        if not close:
            return []
        best = min(distance for distance, _ in close)
        return [place for distance, place in close if distance == best]

    # positions ---------------------------------------------------------------------------------------------------
    def _cell(self, latitude: float, longitude: float) -> tuple[int, int]:
        return (math.floor(latitude / self.GRID), math.floor(longitude / self.GRID))

    def nearest(self, latitude: float, longitude: float, *, count: int = 3, radius: int = 3) -> list[tuple[float, str]]:
        """The ``count`` commune positions nearest to a point, as (kilometres, INSEE code), within ``radius`` cells."""
        row, column = self._cell(latitude, longitude)
        found = []
        for drow in range(-radius, radius + 1):
            for dcolumn in range(-radius, radius + 1):
                for lat, lon, code in self.positions.get((row + drow, column + dcolumn), ()):
                    found.append((distance_km(latitude, longitude, lat, lon), code))
        found.sort()
        return found[:count]


_indexes: dict[str, tuple[tuple[int, int], PlaceIndex]] = {}


def place_index() -> PlaceIndex:
    """The COG index of this process, for this database: built once (about a second), then reused by every
    normaliser while the COG tables keep their size (the COG only changes through load_cog, i.e. migrations)."""
    name = str(connection.settings_dict.get("NAME"))
    size = (Commune.objects.count(), FormerCommune.objects.count())
    cached = _indexes.get(name)
    if cached is None or cached[0] != size:
        cached = _indexes[name] = (size, PlaceIndex())
    return cached[1]


def compact_key(name: str) -> str:
    """The name's key without spaces: hyphens and apostrophes moved by a typo do not count."""
    return name_key(name).replace(" ", "")


def edit_distance(left: str, right: str, *, limit: int) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), or ``limit + 1``
    as soon as it is known to exceed ``limit``."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, char in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, other in enumerate(right, 1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == right[j - 2] and left[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
