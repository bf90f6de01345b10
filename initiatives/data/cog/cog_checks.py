"""Sanity checks of the shipped COG files, run by ``build_cog.py --check``: counts, Corsica and the DROM,
Paris/Lyon/Marseille and their arrondissements, former communes, intercommunalités and positions.
Standard library only."""

from __future__ import annotations

import collections

from initiatives.data.cog.cog_format import read_outputs


class Checks:
    """Prints each check's outcome and counts the failures."""

    def __init__(self):
        self.failures = 0

    def ok(self, label, cond, detail=""):
        self.failures += not cond
        print(f"[{'OK' if cond else 'FAIL'}] {label}{': ' + detail if detail else ''}")


def _check_territories(checks: Checks, regions, deps, communes) -> None:
    """Régions and départements, Corsica and the DROM."""
    ok = checks.ok
    print(f"regions={len(regions)} departements={len(deps)} communes={len(communes)}")
    print("types:", dict(collections.Counter(c["type"] for c in communes)))
    non_com_regions = [r for r in regions if r["zone"] != "com"]
    non_com_deps = [d for d in deps if d["zone"] != "com"]
    ok("18 régions (metro+drom)", len(non_com_regions) == 18, " ".join(r["code"] for r in non_com_regions))
    ok("101 départements (metro+drom)", len(non_com_deps) == 101)
    ok("2A, 2B present", {"2A", "2B"} <= {d["code"] for d in deps})

    corse = [c for c in communes if c["insee_code"][:2] in ("2A", "2B")]
    ok(
        "Corsica communes: département 2A/2B, region 94",
        bool(corse) and all(c["departement_code"] == c["insee_code"][:2] and c["region_code"] == "94" for c in corse),
        f"{len(corse)} communes ({sum(c['departement_code'] == '2A' for c in corse)} in 2A, "
        f"{sum(c['departement_code'] == '2B' for c in corse)} in 2B)",
    )

    expected = {"971": "01", "972": "02", "973": "03", "974": "04", "976": "06"}
    for dep, reg in expected.items():
        rows = [c for c in communes if c["insee_code"].startswith(dep)]
        ok(
            f"{dep}xx communes -> département {dep}, region {reg}",
            bool(rows) and all(c["departement_code"] == dep and c["region_code"] == reg for c in rows),
            f"{len(rows)} communes",
        )


def _check_cities(checks: Checks, communes, by_code) -> None:
    """Paris, Marseille and Lyon with their arrondissements; Saint-Denis; postcodes and populations."""
    ok = checks.ok
    paris = by_code.get("75056")
    arr = sorted((c for c in communes if c["parent_code"] == "75056"), key=lambda c: c["insee_code"])
    arr_cps = sorted({p for c in arr for p in c["postcodes"].split()})
    ok(
        "Paris 75056 + 20 arrondissements 75101-75120",
        paris is not None and [c["insee_code"] for c in arr] == [f"751{i:02d}" for i in range(1, 21)],
        f"75056 postcodes={paris['postcodes'] if paris else None!r}",
    )
    ok("Paris postcodes == union of arrondissements' postcodes", sorted(paris["postcodes"].split()) == arr_cps)
    print("     75116:", {k: by_code["75116"][k] for k in ("name", "postcodes", "parent_code")})
    print("     75101:", {k: by_code["75101"][k] for k in ("name", "postcodes", "parent_code", "population")})
    mars = by_code.get("13055")
    marr = [c for c in communes if c["parent_code"] == "13055"]
    ok("Marseille 13055 has 16 arrondissements 13201-13216", len(marr) == 16, f"13055 postcodes={mars['postcodes']!r}")
    lyon = [c for c in communes if c["parent_code"] == "69123"]
    ok("Lyon 69123 has 9 arrondissements", len(lyon) == 9)
    pop_sum = sum(int(c["population"]) for c in arr)
    print(f"     Paris population {paris['population']} vs sum of arrondissements {pop_sum}")

    sd = [c for c in communes if c["name"] == "Saint-Denis"]
    print("     Saint-Denis:", [(c["insee_code"], c["departement_code"], c["region_code"], c["postcodes"]) for c in sd])
    ok("Saint-Denis in 93 (93066) and 974 (97411)", {"93066", "97411"} <= {c["insee_code"] for c in sd})

    multi = [c for c in communes if len(c["postcodes"].split()) > 1]
    print(f"     communes with >1 postcode: {len(multi)}; with no postcode: "
          f"{[c['insee_code'] + ' ' + c['name'] for c in communes if not c['postcodes']]}")
    print(f"     communes with no population: {[c['insee_code'] for c in communes if not c['population']]}")


def _check_links(checks: Checks, regions, communes, former, epcis, by_code) -> None:
    """Former communes, intercommunalités and positions."""
    ok = checks.ok
    former_types = collections.Counter(c["type"] for c in former)
    ok("2105 communes déléguées, 471 associées",
       (former_types["commune-deleguee"], former_types["commune-associee"]) == (2105, 471))
    ok("every former commune's chef-lieu is a current commune in the same département",
       all(by_code.get(c["chef_lieu"], {}).get("departement_code") == c["departement_code"] for c in former))
    epci_codes = {e["code"] for e in epcis}
    ok("every commune's EPCI and EPT exist",
       all(c["epci_code"] in epci_codes | {""} and c["ept_code"] in epci_codes | {""} for c in communes))
    metro_regions = {r["code"] for r in regions if r["zone"] == "metro"}
    metro = [c for c in communes if c["region_code"] in metro_regions]
    unplaced = [c["insee_code"] for c in metro if not c["latitude"]]
    ok("metropolitan communes have a position (but the 4 re-established ones of the Cantal)",
       unplaced == ["15031", "15035", "15047", "15171"], " ".join(unplaced))
    ok("metropolitan positions inside 41.3-51.2 N, 5.2 W-9.6 E",
       all(41.3 < float(c["latitude"]) < 51.2 and -5.2 < float(c["longitude"]) < 9.6 for c in metro if c["latitude"]))


def check() -> int:
    """Run every check on the files next to this script; 1 if any failed."""
    regions, deps, communes, former, epcis = read_outputs()
    by_code = {c["insee_code"]: c for c in communes}
    checks = Checks()
    _check_territories(checks, regions, deps, communes)
    _check_cities(checks, communes, by_code)
    _check_links(checks, regions, communes, former, epcis, by_code)
    print(f"     Mayotte: {[(r['code'], r['name'], r['chef_lieu']) for r in regions if r['code'] == '06']}")
    print(f"     COM pseudo-regions: {[(r['code'], r['name']) for r in regions if r['zone'] == 'com']}")
    print("FAILURES:", checks.failures)
    return 1 if checks.failures else 0
