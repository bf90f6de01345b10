"""Territories: a record's INSEE code, postcode, city, address, département and region resolved against the COG.

A commune is resolved only when the clues agree on one; otherwise the level all candidates share (département,
region) is kept with the reason why it stops there. Coordinates are checked to lie in France, overseas included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from initiatives.models import Commune, Departement, Region
from initiatives.text import place_key

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
class Territory:
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


def normalize_postcode(value: str) -> str:
    """Five digits, or "" when the value is no postcode."""
    digits = re.sub(r"\s", "", value or "")
    if re.fullmatch(r"\d{4}", digits):  # a spreadsheet ate the leading zero ("1000" for 01000)
        return "0" + digits
    return digits if re.fullmatch(r"\d{5}", digits) else ""


def _codes(places: Iterable[_Place], attribute: str) -> list[str]:
    return sorted({getattr(place, attribute) for place in places})


class TerritoryResolver:
    """Holds the COG indexed by INSEE code, name and postcode (loaded once, lazily, in a few queries), and resolves
    each record's territory without a query."""

    def __init__(self) -> None:
        self._places: dict[str, _Place] | None = None
        self._by_key: dict[str, list[_Place]] = {}
        self._by_postcode: dict[str, list[_Place]] = {}
        self._departements: dict[str, tuple[str, str]] | None = None  # code -> (name, region code)
        self._departement_keys: dict[str, str] = {}
        self._regions: dict[str, str] | None = None  # code -> name
        self._region_keys: dict[str, str] = {}

    # lazy caches ---------------------------------------------------------------------------------
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
        self.places, self.departements, self.regions  # noqa: B018

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

    def _commune(self, place: _Place, reason: str) -> Territory:
        return Territory("commune", reason, place.insee_code, place.departement, place.region)

    def _split_city(self, raw: str) -> tuple[str, str, str | None]:
        """City field -> (name, postcode found in it, département code in parentheses)."""
        city = _TRAILING_COUNTRY.sub("", _CEDEX.sub("", clean_text(raw))).strip(" ,")
        postcode, departement = "", None
        if match := re.match(r"^(\d{5}|\d{2}\s\d{3})\s+(.+)$", city):
            postcode, city = normalize_postcode(match.group(1)), match.group(2)
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
                pairs.append((normalize_postcode(match.group(1)), name))
        for match in _CITY_POSTCODE.finditer(address):
            name = match.group(1).strip(" ,-–")
            name = re.split(r"\s*[,;]\s*", name)[-1]
            if name:
                pairs.append((match.group(2), name))
        return pairs

    def resolve(self, fields: dict[str, Any], report: NormalizationReport) -> Territory:
        """The record's territory, with the postcode found in its city or address when the postcode field is empty."""
        territory = self._resolve_territory(fields, report)
        if not territory.postcode:
            city_postcode = self._split_city(as_text(fields.get("city")))[1]
            address_pairs = self._address_pairs(clean_text(fields.get("address")))
            territory.postcode = city_postcode or (address_pairs[0][0] if address_pairs else "")
        return territory

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
            place = self.places.get(code)
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
    ) -> Territory:
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
            return Territory("none", reason)
        listed = ", ".join(_codes(candidates, "departement"))
        reason = f"nom ambigu « {name} » : {len(candidates)} communes (départements {listed})"
        return self._level_of(candidates, reason)

    def _level_of(self, places: list[_Place], reason: str) -> Territory:
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

