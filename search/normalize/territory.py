"""Territories: a record's INSEE code, postcode, city, address, département and region resolved against the COG.

A commune is resolved only when the clues agree on one; otherwise the level all candidates share (département,
region) is kept with the reason why it stops there. Coordinates are checked to lie in France, overseas included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from initiatives.text import place_key

from .place_in_text import firmest, mentions
from .places import Place, PlaceIndex, name_key, place_index
from .report import NormalizationReport
from .text import as_text, clean_text

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
    text = as_text(value).strip().replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def coordinates_in_france(latitude: float, longitude: float) -> bool:
    return any(south <= latitude <= north and west <= longitude <= east for south, north, west, east in FRANCE_BOUNDS)


def read_coordinates(latitude: Any, longitude: Any, report: NormalizationReport) -> tuple[float, float] | None:
    """(latitude, longitude) when both are read and lie in France; unreadable or foreign ones are reported."""
    raw_latitude, raw_longitude = as_text(latitude).strip(), as_text(longitude).strip()
    if not raw_latitude and not raw_longitude:
        return None
    lat, lon = _coordinate(latitude), _coordinate(longitude)
    if lat is None or lon is None:
        report.warn(f"coordonnées illisibles ou incomplètes : « {raw_latitude} », « {raw_longitude} »")
        return None
    if not coordinates_in_france(lat, lon):
        hint = " (latitude et longitude inversées ?)" if coordinates_in_france(lon, lat) else ""
        report.warn(f"coordonnées hors de France ignorées : {lat}, {lon}{hint}")
        return None
    return lat, lon


# Coordinates give the commune only when its centre is this close, and the next commune's centre this much farther:
# without contours, a point between two centres belongs to the département, not to a guess.
COMMUNE_RADIUS_KM = 2.0
COMMUNE_MARGIN = 1.8


@dataclass
class Territory:
    level: str = "none"
    reason: str = ""
    commune: str | None = None  # always a current commune (an arrondissement's city, a former commune's successor)
    departement: str | None = None
    region: str | None = None
    postcode: str = ""  # found in the city field or the address when the postcode field is empty
    arrondissement: str | None = None  # Paris, Lyon or Marseille: the arrondissement the record named
    written_name: str = ""  # a former commune's name, as the record wrote it
    # The record's coordinates lie in another département than its written place (a network's head office, say):
    # they locate something else, so they do not position this place.
    coordinates_elsewhere: bool = False


_CEDEX = re.compile(r"\s+cedex(?:\s*\d{1,2})?\s*$", re.I)
_POSTCODE_CITY = re.compile(r"(?<![\d-])(\d{5}|\d{2}\s\d{3})\s+([^\d,;\n()]+)")
_CITY_POSTCODE = re.compile(r"([^\d,;\n()]+?)\s*\((\d{5})\)")
_PAREN_CODE = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<code>\d{2,3}|2[AaBb])\s*\)$")
_PAREN_NAME = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<territory>[^()\d]{3,})\s*\)$")
_LEADING_CODE = re.compile(r"^\s*(\d{1,3}|2[AaBb])\b\s*[-–—:]?\s*(.*)$")


def normalize_postcode(value: str) -> str:
    """Five digits, or "" when the value is no postcode."""
    digits = re.sub(r"\s", "", value or "")
    if re.fullmatch(r"\d{4}", digits):  # a spreadsheet ate the leading zero ("1000" for 01000)
        return "0" + digits
    return digits if re.fullmatch(r"\d{5}", digits) else ""


def _codes(places: Iterable[Place], attribute: str) -> list[str]:
    return sorted({getattr(place, attribute) for place in places})


def _one_commune(places: list[Place]) -> Place | None:
    """The place standing for ``places`` when they all resolve to one current commune (a commune déléguée often
    bears its commune nouvelle's name and code): the current commune itself when it is among them."""
    if not places or len({place.commune for place in places}) != 1:
        return None
    rank = {"commune": 0, "arrondissement": 1}
    return min(places, key=lambda place: rank.get(place.kind, 2))


class TerritoryResolver:
    """Holds the COG indexed by INSEE code, name and postcode (loaded once, lazily, in a few queries), and resolves
    each record's territory without a query."""

    def __init__(self, *, index: PlaceIndex | None = None) -> None:
        self._index = index

    @property
    def index(self) -> PlaceIndex:
        if self._index is None:
            self._index = place_index()
        return self._index

    @property
    def departements(self) -> dict[str, tuple[str, str]]:
        return self.index.departements

    @property
    def regions(self) -> dict[str, str]:
        return self.index.regions

    def preload(self) -> None:
        self.index  # noqa: B018 - loads the COG

    # resolution ----------------------------------------------------------------------------------
    @staticmethod
    def has_input(fields: dict[str, Any]) -> bool:
        """Whether the record says anything about where it is (else there is no reason to note)."""
        names = ("insee_code", "postcode", "city", "address", "departement", "region")
        return any(as_text(fields.get(name)).strip() for name in names)

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
            territory = self.index.territory_code(place_key(candidate), kind="departement")  # "Réunion" too
            if territory and territory[0] == "departement":
                return territory[1]
        return None

    def _find_region(self, value: str) -> str | None:
        text = clean_text(value)
        if not text:
            return None
        regions = self.regions
        if text.upper() in regions:
            return text.upper()
        key = re.sub(r"^(?:region|la region)\s+", "", place_key(text))
        territory = self.index.territory_code(key, kind="region")
        if territory and territory[0] == "region":
            return territory[1]
        return OLD_REGIONS.get(key)

    def _by_name(self, name: str) -> list[Place]:
        return self.index.named(name)

    def _postcode_places(self, postcode: str) -> list[Place]:
        return list(self.index.by_postcode.get(postcode, []))

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
    def _prefer_arrondissements(places: list[Place]) -> list[Place]:
        """Drop a city when one of its arrondissements is also a candidate (75015 serves Paris and Paris 15e): the
        arrondissement is the finer detail of the same commune."""
        cities = {place.commune for place in places if place.kind == "arrondissement"}
        return [place for place in places if not (place.kind == "commune" and place.insee_code in cities)]

    def _commune(self, place: Place, reason: str) -> Territory:
        current = self.index.by_code[place.commune]
        written = place.name if place.former and place.key != current.key else ""
        if written:
            reason = f"{reason} (ancienne commune « {place.name} », aujourd’hui {current.name})"
        return Territory("commune", reason, place.commune, place.departement, place.region,
                         arrondissement=place.arrondissement, written_name=written)

    def _split_city(self, raw: str) -> tuple[str, str, str | None]:
        """City field -> (name, postcode found in it, département code in parentheses)."""
        city = _CEDEX.sub("", clean_text(raw)).strip(" ,")
        postcode, departement = "", None
        if match := re.match(r"^(\d{5}|\d{2}\s\d{3})\s+(.+)$", city):
            postcode, city = normalize_postcode(match.group(1)), match.group(2)
        elif match := re.match(r"^(.+?)\s*\(?(\d{5})\)?$", city):
            city, postcode = match.group(1), match.group(2)
        if match := _PAREN_CODE.match(city):
            code = match.group("code").upper()
            if code in self.departements:
                city, departement = match.group("name"), code
        elif match := _PAREN_NAME.match(city):  # "Saint-Denis (Réunion)", "Valence (Drôme)"
            territory = self.index.territory_code(place_key(match.group("territory")), kind="departement")
            if territory and territory[0] == "departement":
                city, departement = match.group("name"), territory[1]
        city = _CEDEX.sub("", city).strip(" ,-")
        return city, postcode, departement

    @staticmethod
    def _address_pairs(address: str) -> list[tuple[str, str]]:
        pairs = []
        for match in _POSTCODE_CITY.finditer(address):
            name = _CEDEX.sub("", match.group(2).strip(" -–")).strip(" ,-–")
            if name:
                pairs.append((normalize_postcode(match.group(1)), name))
        for match in _CITY_POSTCODE.finditer(address):
            name = match.group(1).strip(" ,-–")
            name = re.split(r"\s*[,;]\s*", name)[-1]
            if name:
                pairs.append((match.group(2), name))
        return pairs

    def resolve(self, fields: dict[str, Any], report: NormalizationReport, *, text: str = "",
                coordinates: tuple[float, float] | None = None) -> Territory:
        """The record's territory, with the postcode found in its city or address when the postcode field is empty.

        When no field names a place, the commune is looked for in ``text`` (summary, description), then placed by
        ``coordinates``. A written place wins over coordinates that disagree with it (often the head office's).
        """
        territory = self._resolve_territory(fields, report)
        if not territory.postcode:
            city_postcode = self._split_city(as_text(fields.get("city")))[1]
            address_pairs = self._address_pairs(clean_text(fields.get("address")))
            territory.postcode = city_postcode or (address_pairs[0][0] if address_pairs else "")
        if territory.level == "none" and not self.has_input(fields) and text:
            territory = self._from_text(text, report) or territory
        if coordinates is not None:
            if territory.level == "none":
                territory = self._from_coordinates(*coordinates)
            elif territory.commune:
                self._check_coordinates(territory, coordinates, report)
        return territory

    def _from_text(self, text: str, report: NormalizationReport) -> Territory | None:
        """A commune named in the text: postcode + name pairs first, then names introduced as places."""
        for postcode, name in self._address_pairs(text):
            found = self._resolve_pair(postcode, name, "texte (code postal et nom)", NormalizationReport())
            if isinstance(found, Territory) and found.level == "commune":
                return found
        places = firmest(mentions(text, self.index))
        if not places:
            return None
        if place := _one_commune(places):
            return self._commune(place, "commune trouvée dans le texte")
        return self._level_of(places, "plusieurs communes possibles dans le texte")

    def _from_coordinates(self, latitude: float, longitude: float) -> Territory:
        """Coordinates alone: the commune when its centre is clearly the nearest, else the département."""
        nearest = self.index.nearest(latitude, longitude, count=4)
        if not nearest:
            return Territory("none", "coordonnées loin de toute commune connue")
        distance, code = nearest[0]
        place = self.index.by_code[code]
        others = [other for other, other_code in nearest[1:] if other_code != code]  # a commune's villages are one
        if distance <= COMMUNE_RADIUS_KM and (not others or others[0] >= COMMUNE_MARGIN * distance):
            return self._commune(place, f"commune déduite des coordonnées (centre à {distance:.1f} km)")
        return Territory("departement", f"département déduit des coordonnées (près de {place.name})", None,
                         place.departement, place.region)

    def _check_coordinates(self, territory: Territory, coordinates: tuple[float, float],
                           report: NormalizationReport) -> None:
        """Coordinates far from the written commune, in another département: keep the written place, say why."""
        nearest = self.index.nearest(*coordinates, count=1)
        if not nearest:
            return
        near = self.index.by_code[nearest[0][1]]
        if near.departement != territory.departement:
            message = (f"coordonnées près de {near.name} ({near.departement}), loin du lieu écrit : le lieu écrit est "
                       "retenu (les coordonnées sont peut-être celles du siège)")
            report.warn(message)
            territory.reason = f"{territory.reason} ; {message}"
            territory.coordinates_elsewhere = True

    def _resolve_territory(self, fields: dict[str, Any], report: NormalizationReport) -> Territory:
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
        insee_raw = re.sub(r"\s", "", as_text(fields.get("insee_code"))).upper()
        if insee_raw:
            code = "0" + insee_raw if re.fullmatch(r"\d{4}", insee_raw) else insee_raw
            place = self.index.by_code.get(code) or self.index.former_by_code.get(code)
            if place is not None:
                if departement_hint and place.departement != departement_hint:
                    report.warn(f"le code INSEE {code} n’est pas dans le département {departement_hint}")
                return self._commune(place, "commune résolue par code INSEE")
            report.warn(f"code INSEE inconnu : « {insee_raw[:20]} »")

        city, city_postcode, city_departement = self._split_city(as_text(fields.get("city")))
        raw_postcode = as_text(fields.get("postcode")).strip()
        postcode = normalize_postcode(raw_postcode)
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
            if isinstance(found, Territory):
                return found
            conflict = conflict or found
            if not found and not city and not self._postcode_places(pair_postcode):
                city = name  # an unknown postcode: the address's commune name is all there is

        # 3. City name alone, narrowed by the other clues (a contradicted postcode is no clue).
        if city:
            if conflict and not (departement_hint or region_hint):
                return Territory("none", f"{conflict}, non résolu")
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

    def _resolve_pair(self, postcode: str, name: str, how: str, report: NormalizationReport) -> Territory | str:
        """A commune from a postcode and a name, or the reason why not (empty when the pair says nothing)."""
        key = name_key(name)
        if not key or not postcode:
            return ""
        served = self._postcode_places(postcode)
        named = {id(place) for place in self._by_name(name)}
        matches = [place for place in served if id(place) in named]
        arrondissements = [place for place in served
                           if place.kind == "arrondissement" and self.index.by_code[place.commune].key == key]
        matches = self._prefer_arrondissements(arrondissements + matches) if arrondissements else matches
        if place := _one_commune(matches):
            return self._commune(place, f"commune résolue par {how}")
        if matches:
            return self._level_of(matches, f"nom ambigu « {name} » pour le code postal {postcode}")
        if not served and not self._postcode_departements(postcode):  # an unknown postcode proves nothing
            report.warn(f"code postal {postcode} inconnu : la commune est cherchée par son nom")
            return ""
        # A qualifier left out ("Châlons" for Châlons-en-Champagne), among the communes the postcode serves.
        if place := _one_commune(self.index.shortened(name, served)):
            report.warn(f"« {name} » lu comme {place.name} (nom complet), desservie par le code postal {postcode}")
            return self._commune(place, f"commune résolue par {how} (nom abrégé)")
        # A typo, among the communes the postcode serves (a handful: a slip cannot point elsewhere).
        if place := _one_commune(self.index.misspelt(name, served)):
            report.warn(f"« {name} » lu comme {place.name} (faute de frappe), desservie par le code postal {postcode}")
            return self._commune(place, f"commune résolue par {how} (nom mal orthographié)")
        # The postcode does not serve that name: accept the name if it is unique in the postcode's département.
        departements = self._postcode_departements(postcode)
        in_departement = [place for place in self._by_name(name) if place.departement in departements]
        if place := _one_commune(in_departement):
            report.warn(
                f"le code postal {postcode} ne correspond pas à « {name} » : commune {place.commune} retenue "
                f"par son nom dans le département {place.departement}"
            )
            return self._commune(place, f"commune résolue par nom dans le département du code postal {postcode}")
        if in_departement:
            return self._level_of(
                in_departement, f"nom ambigu « {name} » : {len(in_departement)} communes dans le département"
            )
        reason = f"code postal {postcode} et commune « {name} » incohérents"
        report.warn(reason)
        return reason

    def _resolve_name(
        self, name: str, departements: set[str] | None, region: str | None, report: NormalizationReport
    ) -> Territory:
        everywhere = self._by_name(name)
        candidates = everywhere
        if departements:
            candidates = [place for place in candidates if place.departement in departements]
        if region:
            candidates = [place for place in candidates if place.region == region]
        if not candidates and departements:  # a qualifier left out, or a typo, within the record's département
            nearby = [place for code in departements for place in self.index.by_departement.get(code, [])]
            if place := _one_commune(self.index.shortened(name, nearby)):
                report.warn(f"« {name} » lu comme {place.name} (nom complet) dans le département {place.departement}")
                return self._commune(place, "commune résolue par nom abrégé et département")
            if not everywhere and (place := _one_commune(self.index.misspelt(name, nearby))):
                report.warn(f"« {name} » lu comme {place.name} (faute de frappe) dans le département {place.departement}")
                return self._commune(place, "commune résolue par nom mal orthographié et département")
        if place := _one_commune(candidates):
            if _one_commune(everywhere):
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
            return Territory("none", reason)
        listed = ", ".join(_codes(candidates, "departement"))
        communes = len({place.commune for place in candidates})
        reason = f"nom ambigu « {name} » : {communes} communes (départements {listed})"
        return self._level_of(candidates, reason)

    def _level_of(self, places: list[Place], reason: str) -> Territory:
        """The level all the candidates share, and why it stops there."""
        departements, regions = _codes(places, "departement"), _codes(places, "region")
        if len(departements) == 1:
            return Territory("departement", f"{reason}, laissé au niveau département", None, departements[0], regions[0])
        if len(regions) == 1:
            return Territory("region", f"{reason}, laissé au niveau région", None, None, regions[0])
        return Territory("none", f"{reason}, non résolu")

    def _fallback(self, departement: str | None, region: str | None, postcode: str, reason: str) -> Territory:
        prefix = f"{reason} ; " if reason else ""
        if departement:
            return Territory(
                "departement", f"{prefix}département résolu par le champ département", None, departement,
                self.departements[departement][1],
            )
        if postcode:
            departements = sorted(self._postcode_departements(postcode))
            if len(departements) == 1:
                return Territory(
                    "departement", f"{prefix}département déduit du code postal {postcode}", None, departements[0],
                    self.departements[departements[0]][1],
                )
        if region:
            return Territory("region", f"{prefix}région résolue par le champ région", None, None, region)
        return Territory("none", reason or "aucune information de localisation")

