#!/usr/bin/env python3
"""Build the compact COG (Code officiel géographique) files shipped with Carrefour.

Source: the npm package ``@etalab/decoupage-administratif`` (code MIT, data
Licence Ouverte / Etalab, derived from the INSEE COG). Standard library only.

Usage (run from anywhere; nothing is downloaded by this script)::

    mkdir -p /tmp/cog && cd /tmp/cog
    npm pack @etalab/decoupage-administratif@6.0.0
    tar xzf etalab-decoupage-administratif-6.0.0.tgz   # -> /tmp/cog/package
    python initiatives/data/cog/build_cog.py /tmp/cog/package

    # only re-run the sanity checks on the committed files:
    python initiatives/data/cog/build_cog.py --check

The positional argument may be the unpacked package folder (containing
``package.json`` and ``data/``), a ``node_modules/@etalab/decoupage-administratif``
folder, or the ``data/`` folder itself.

Outputs (written next to this script, deterministic byte-for-byte for a given
package version and ``--retrieved`` date):

* ``regions.csv``       code,name,chef_lieu,zone
* ``departements.csv``  code,name,region_code,chef_lieu,zone
* ``communes.csv.gz``   insee_code,name,type,departement_code,region_code,
                        postcodes,population,parent_code
* ``SOURCE.md``         attribution and rebuild instructions
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import gzip
import io
import json
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
PACKAGE_NAME = "@etalab/decoupage-administratif"

# Commune types kept in communes.csv.gz. ``commune-deleguee`` and
# ``commune-associee`` are former communes merged into a current one; they share
# INSEE codes with current communes and are deliberately dropped.
KEPT_TYPES = ("commune-actuelle", "arrondissement-municipal")

REGION_FIELDS = ["code", "name", "chef_lieu", "zone"]
DEPARTEMENT_FIELDS = ["code", "name", "region_code", "chef_lieu", "zone"]
COMMUNE_FIELDS = [
    "insee_code",
    "name",
    "type",
    "departement_code",
    "region_code",
    "postcodes",
    "population",
    "parent_code",
]


def _sort_key(code: str):
    """Sort INSEE-like codes: '2A'/'2B' between '29' and '30'; 3-digit after 2."""
    return (len(code), code.replace("2A", "20A").replace("2B", "20B"))


def locate_data(path: Path) -> tuple[Path, str]:
    """Return (data_dir, version) for a package folder or its data/ folder."""
    path = path.resolve()
    if (path / "data" / "communes.json").is_file():
        pkg_dir, data_dir = path, path / "data"
    elif (path / "communes.json").is_file():
        pkg_dir, data_dir = path.parent, path
    else:
        sys.exit(f"error: no communes.json found under {path}")
    version = "unknown"
    pkg_json = pkg_dir / "package.json"
    if pkg_json.is_file():
        meta = json.loads(pkg_json.read_text(encoding="utf-8"))
        if meta.get("name") != PACKAGE_NAME:
            sys.exit(f"error: {pkg_json} is {meta.get('name')!r}, not {PACKAGE_NAME}")
        version = meta.get("version", "unknown")
    return data_dir, version


def load(data_dir: Path, name: str):
    with open(data_dir / name, encoding="utf-8") as fh:
        return json.load(fh)


def csv_text(fields, rows) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def write_gzip(path: Path, text: str) -> None:
    # mtime=0 and an empty embedded filename keep the output reproducible.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(text.encode("utf-8"))


def build(src: Path, retrieved: str) -> None:
    """Write the shipped COG files from the package's data (long: one linear pass over the three files)."""
    data_dir, version = locate_data(src)
    regions = load(data_dir, "regions.json")
    departements = load(data_dir, "departements.json")
    communes = load(data_dir, "communes.json")

    region_rows = sorted(
        (
            {"code": r["code"], "name": r["nom"], "chef_lieu": r.get("chefLieu", ""), "zone": r.get("zone", "")}
            for r in regions
        ),
        key=lambda r: _sort_key(r["code"]),
    )
    region_codes = {r["code"] for r in region_rows}

    dep_rows = sorted(
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
    dep_codes = {d["code"] for d in dep_rows}

    all_types = collections.Counter(c["type"] for c in communes)
    commune_rows = []
    for c in communes:
        if c["type"] not in KEPT_TYPES:
            continue
        pop = c.get("population")
        commune_rows.append(
            {
                "insee_code": c["code"],
                "name": c["nom"],
                "type": c["type"],
                "departement_code": c.get("departement", ""),
                "region_code": c.get("region", ""),
                "postcodes": " ".join(c.get("codesPostaux") or []),
                "population": "" if pop is None else str(int(pop)),
                "parent_code": c.get("commune", "") if c["type"] == "arrondissement-municipal" else "",
            }
        )
    commune_rows.sort(key=lambda c: (c["insee_code"], c["type"]))

    # Integrity checks: unique codes and resolvable foreign keys.
    codes = [c["insee_code"] for c in commune_rows]
    dupes = [k for k, v in collections.Counter(codes).items() if v > 1]
    if dupes:
        sys.exit(f"error: duplicate INSEE codes in output: {dupes[:10]}")
    code_set = set(codes)
    for c in commune_rows:
        if c["departement_code"] not in dep_codes:
            sys.exit(f"error: {c['insee_code']} has unknown departement {c['departement_code']}")
        if c["region_code"] not in region_codes:
            sys.exit(f"error: {c['insee_code']} has unknown region {c['region_code']}")
        if c["parent_code"] and c["parent_code"] not in code_set:
            sys.exit(f"error: {c['insee_code']} has unknown parent {c['parent_code']}")
    for d in dep_rows:
        if d["region_code"] not in region_codes:
            sys.exit(f"error: departement {d['code']} has unknown region {d['region_code']}")

    write_text(OUT_DIR / "regions.csv", csv_text(REGION_FIELDS, region_rows))
    write_text(OUT_DIR / "departements.csv", csv_text(DEPARTEMENT_FIELDS, dep_rows))
    write_gzip(OUT_DIR / "communes.csv.gz", csv_text(COMMUNE_FIELDS, commune_rows))

    kept = collections.Counter(c["type"] for c in commune_rows)
    zone_of_region = {r["code"]: r["zone"] for r in region_rows}
    kept_zone = collections.Counter(
        (c["type"], zone_of_region[c["region_code"]]) for c in commune_rows
    )
    stats = {
        "version": version,
        "retrieved": retrieved,
        "regions": collections.Counter(r["zone"] for r in region_rows),
        "departements": collections.Counter(d["zone"] for d in dep_rows),
        "all_types": all_types,
        "kept": kept,
        "kept_zone": kept_zone,
        "n_source": len(communes),
        "no_postcode": [c["insee_code"] for c in commune_rows if not c["postcodes"]],
        "no_population": [c["insee_code"] for c in commune_rows if not c["population"]],
        "zero_population": [c["insee_code"] for c in commune_rows if c["population"] == "0"],
    }
    write_text(OUT_DIR / "SOURCE.md", source_md(stats))

    print(f"{PACKAGE_NAME} {version} ({data_dir})")
    print(f"regions.csv       {len(region_rows)} rows {dict(stats['regions'])}")
    print(f"departements.csv  {len(dep_rows)} rows {dict(stats['departements'])}")
    print(f"communes.csv.gz   {len(commune_rows)} rows {dict(kept)} (source: {len(communes)} entries {dict(all_types)})")


def _fmt_counter(counter) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(counter.items()))


def source_md(s) -> str:
    kz = s["kept_zone"]
    ca = "commune-actuelle"
    return f"""# Code officiel géographique (COG) — compact copy

Generated by `build_cog.py` — do not edit the data files by hand.

## Source and licence

- npm package: [`{PACKAGE_NAME}`](https://www.npmjs.com/package/@etalab/decoupage-administratif)
  version **{s['version']}** (COG millésime 2026), repository
  <https://github.com/datagouv/decoupage-administratif> (Etalab / data.gouv.fr).
- Package licence: MIT (code). The package README states the *data* is under the
  [Licence Ouverte / Open Licence (Etalab)](https://www.etalab.gouv.fr/licence-ouverte-open-licence).
- Underlying data: INSEE [Code officiel géographique](https://www.insee.fr/fr/information/2560452),
  INSEE populations légales, and La Poste *Base officielle des codes postaux*
  (postcodes), as aggregated by the package.
- Retrieved: {s['retrieved']} with `npm pack {PACKAGE_NAME}@{s['version']}`.

Attribution: « Source : INSEE, Code officiel géographique ; La Poste ; via
@etalab/decoupage-administratif {s['version']} (Etalab) ».

## Files

| File | Columns | Rows |
|---|---|---|
| `regions.csv` | {', '.join(REGION_FIELDS)} | {sum(s['regions'].values())} ({_fmt_counter(s['regions'])}) |
| `departements.csv` | {', '.join(DEPARTEMENT_FIELDS)} | {sum(s['departements'].values())} ({_fmt_counter(s['departements'])}) |
| `communes.csv.gz` (gzip, UTF-8 CSV) | {', '.join(COMMUNE_FIELDS)} | {sum(s['kept'].values())} ({_fmt_counter(s['kept'])}) |

Notes:

- `zone` is the package's own classification: `metro` (metropolitan France,
  incl. Corsica), `drom` (overseas regions/départements 971–974, 976) and `com`
  (collectivités d'outre-mer and other territories: 975, 977, 978, 984, 986,
  987, 988, 989). The package gives each `com` a pseudo-region equal to its own
  code (e.g. region `975`), and lists it as both a region and a département.
  Filter on `zone != "com"` to get the 18 régions / 101 départements.
- `chef_lieu` is the INSEE code of the chef-lieu commune.
- Communes: only `commune-actuelle` and `arrondissement-municipal` (Paris,
  Lyon, Marseille) are kept; `commune-deleguee` / `commune-associee` are
  dropped. `parent_code` is set only for arrondissements municipaux
  (75056 Paris, 69123 Lyon, 13055 Marseille).
  Current communes: {kz.get((ca, 'metro'), 0)} metro + {kz.get((ca, 'drom'), 0)} DROM
  + {kz.get((ca, 'com'), 0)} COM = {s['kept'].get(ca, 0)}.
- Package entries ({s['n_source']}): {_fmt_counter(s['all_types'])}.
- `postcodes` is space-separated; a parent commune (e.g. Paris 75056) lists the
  postcodes of all its arrondissements. Empty for: {', '.join(s['no_postcode']) or 'none'}.
- `population` is empty for: {', '.join(s['no_population']) or 'none'}.
  It is `0` for {', '.join(s['zero_population']) or 'none'} (the Meuse
  « villages morts pour la France », which have no inhabitants but remain communes).
- Oddity kept as-is from the package: region/département 984 (TAAF) has
  `chef_lieu` 97502 (Saint-Pierre, in Saint-Pierre-et-Miquelon).
- No coordinates: the package's `communes.json` has no centre/mairie/contour
  fields, so no lat/lon columns are provided.

## Rebuild

```sh
mkdir -p /tmp/cog && cd /tmp/cog
npm pack {PACKAGE_NAME}@{s['version']}
npm view {PACKAGE_NAME}@{s['version']} dist.integrity   # compare with the tarball
tar xzf etalab-decoupage-administratif-{s['version']}.tgz
cd /work/main   # repository root
python initiatives/data/cog/build_cog.py /tmp/cog/package --retrieved {s['retrieved']}
python initiatives/data/cog/build_cog.py --check
```

Output is deterministic (sorted rows, gzip mtime 0), so an unchanged package
version gives byte-identical files. Never leave `node_modules/` in the repository.
"""


def read_outputs():
    def rd(name):
        with open(OUT_DIR / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    with gzip.open(OUT_DIR / "communes.csv.gz", "rt", encoding="utf-8", newline="") as fh:
        communes = list(csv.DictReader(fh))
    return rd("regions.csv"), rd("departements.csv"), communes


def check() -> int:
    regions, deps, communes = read_outputs()
    by_code = {c["insee_code"]: c for c in communes}
    failures = 0

    def ok(label, cond, detail=""):
        nonlocal failures
        failures += not cond
        print(f"[{'OK' if cond else 'FAIL'}] {label}{': ' + detail if detail else ''}")

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
    print(f"     Mayotte: {[(r['code'], r['name'], r['chef_lieu']) for r in regions if r['code'] == '06']}")
    print(f"     COM pseudo-regions: {[(r['code'], r['name']) for r in regions if r['zone'] == 'com']}")
    print("FAILURES:", failures)
    return 1 if failures else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path, help="unpacked npm package folder or its data/ folder")
    parser.add_argument("--retrieved", default=datetime.date.today().isoformat(),
                        help="retrieval date written into SOURCE.md (default: today)")
    parser.add_argument("--check", action="store_true", help="run sanity checks on the output files")
    args = parser.parse_args(argv)
    if args.source is None and not args.check:
        parser.error("give the package folder, or --check")
    if args.source is not None:
        build(args.source, args.retrieved)
    if args.check:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
