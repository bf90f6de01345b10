"""Where an initiative is present: its sites (implantations), derived from its source records.

Networks publish one row per antenna; once those rows are one initiative (search/dedup), each place they give is a
site of it. The rules, in one place:

- one site per current commune: an arrondissement of Paris, Lyon or Marseille, or a former commune's name, is a
  detail of its commune's site, never a second site;
- a record that gives only a département adds a site for it, unless a commune site is already in that département;
  a région alone likewise; a record without any place adds none;
- records are read in the caller's order (source precedence): the first placed record gives the *main* site, whose
  territory, address and coordinates are the initiative's own;
- a site's position is the coordinates its record gave (``adresse``), else its commune's centre (``commune``), else
  none. Coordinates the normaliser found to point at another département (a head office) never reach here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.db import transaction

from initiatives.models import Commune, Site

# The initiative fields that follow its main site, all together: a territory never mixes two records' places.
PLACE_FIELDS = ("commune", "departement", "region", "address", "postcode", "latitude", "longitude", "territory_note")


class PlacedData(Protocol):
    """What the rules read of a record's normalised data (an ``InitiativeData``)."""

    commune: str | None
    arrondissement: str | None
    commune_written: str
    departement: str | None
    region: str | None
    address: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class SiteData:
    record_id: int | None
    commune: str | None
    departement: str | None
    region: str | None
    arrondissement: str | None = None
    written_name: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None

    @property
    def key(self) -> str:
        if self.commune:
            return self.commune
        return f"d:{self.departement}" if self.departement else f"r:{self.region}"


def place_rank(data: PlacedData) -> int:
    """How precisely a record places its initiative: 3 a commune, 2 a département, 1 a région, 0 nowhere."""
    return 3 if data.commune else 2 if data.departement else 1 if data.region else 0


def sites_from_records(records: Iterable[tuple[int | None, PlacedData]]) -> list[SiteData]:
    """The sites ``records`` (record id, normalised data; in precedence order) give, the main site first: the
    first record of the most precise kind of place, as :func:`main_record_index` says."""
    by_key: dict[str, SiteData] = {}
    for record_id, data in records:
        if not place_rank(data):
            continue
        site = SiteData(
            record_id, data.commune or None, data.departement or None, data.region or None,
            data.arrondissement or None, data.commune_written or "", data.address or "",
            data.latitude if data.longitude is not None else None,
            data.longitude if data.latitude is not None else None,
        )
        known = by_key.get(site.key)
        if known is None:
            by_key[site.key] = site
        elif known.latitude is None and site.latitude is not None:
            # The same commune again: the first record stays, completed by a later one's address and position.
            by_key[site.key] = SiteData(known.record_id, known.commune, known.departement, known.region,
                                        known.arrondissement or site.arrondissement,
                                        known.written_name or site.written_name, known.address or site.address,
                                        site.latitude, site.longitude)
    sites = list(by_key.values())
    communes_in = {site.departement for site in sites if site.commune}
    departements_in = {site.region for site in sites if site.commune or site.departement}
    kept = [
        site for site in sites
        if site.commune
        or (site.departement and site.departement not in communes_in)
        or (not site.departement and site.region not in departements_in)
    ]
    # The most precise first, precedence order within (a stable sort): the main site is main_record_index's.
    return sorted(kept, key=lambda site: 0 if site.commune else 1 if site.departement else 2)


def main_record_index(datas: Sequence[tuple[Any, PlacedData]]) -> int | None:
    """Which of ``datas`` (in precedence order) gives the initiative its place: the first of the most precise."""
    best, index = 0, None
    for position, (_, data) in enumerate(datas):
        rank = place_rank(data)
        if rank > best:
            best, index = rank, position
    return index


def site_rows(initiative_id: int, sites: Sequence[SiteData], centres: dict[str, tuple[float, float]]) -> list[dict]:
    """Rows of ``initiatives_site`` for ``sites`` (the first is the main one); ``centres``: commune positions."""
    rows = []
    for number, site in enumerate(sites):
        if site.latitude is not None:
            latitude, longitude, position = site.latitude, site.longitude, Site.Position.ADDRESS
        elif site.commune in centres:
            (latitude, longitude), position = centres[site.commune], Site.Position.COMMUNE
        else:
            latitude = longitude = None
            position = Site.Position.NONE
        rows.append({
            "initiative_id": initiative_id, "record_id": site.record_id, "main": number == 0,
            "commune_id": site.commune, "arrondissement_id": site.arrondissement,
            "departement_id": site.departement, "region_id": site.region, "written_name": site.written_name[:200],
            "address": site.address[:500], "latitude": latitude, "longitude": longitude, "position": position,
        })
    return rows


def commune_centres(codes: Iterable[str | None]) -> dict[str, tuple[float, float]]:
    wanted = {code for code in codes if code}
    if not wanted:
        return {}
    return {code: (latitude, longitude) for code, latitude, longitude in Commune.objects.filter(
        insee_code__in=wanted, latitude__isnull=False).values_list("insee_code", "latitude", "longitude")}


# The columns of a site row that say whether an initiative's sites changed (site_rows gives them).
SITE_COLUMNS = ("record_id", "main", "commune_id", "arrondissement_id", "departement_id", "region_id", "written_name",
                "address", "latitude", "longitude", "position")


@transaction.atomic
def initiatives_sites_set(*, sites: dict[int, Sequence[SiteData]]) -> None:
    """Replace the sites of initiatives (id -> sites), writing nothing for those whose sites are unchanged (the
    facet log stays quiet): one read, one delete and one insert for all of them."""
    centres = commune_centres(site.commune for items in sites.values() for site in items)
    rows = {initiative_id: site_rows(initiative_id, items, centres) for initiative_id, items in sites.items()}
    current: dict[int, list[tuple]] = {initiative_id: [] for initiative_id in sites}
    for initiative_id, *values in Site.objects.filter(initiative_id__in=sites).order_by(
            "initiative_id", "-main", "pk").values_list("initiative_id", *SITE_COLUMNS):
        current[initiative_id].append(tuple(values))
    changed = [initiative_id for initiative_id, items in rows.items()
               if current[initiative_id] != [tuple(row[name] for name in SITE_COLUMNS) for row in items]]
    if not changed:
        return
    Site.objects.filter(initiative_id__in=changed).delete()
    Site.objects.bulk_create([Site(**row) for initiative_id in changed for row in rows[initiative_id]])

