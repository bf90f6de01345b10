"""Time the deduplication pass over 100,000 initiatives.

    DJANGO_SETTINGS_MODULE=carrefour.settings.local .venv/bin/python bench/dedup_speed.py [--count 100000]

Runs in a separate database (``carrefour_bench`` on the embedded server, or BENCH_DATABASE_URL), migrated on
first use, so that the pass never merges anything in the development data. The rows it creates carry the
prefix ``bench-speed-`` and are deleted at the end (``--keep`` to look at them).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")
if not os.environ.get("BENCH_DATABASE_URL"):
    from carrefour import db

    os.environ["BENCH_DATABASE_URL"] = db.embedded_database_url("carrefour_bench")
os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from initiatives.models import Commune, Initiative, Porteur, Source, SourceRecord  # noqa: E402
from initiatives.services import InitiativeData, PorteurData  # noqa: E402
from search.dedup.models import DuplicateCandidate  # noqa: E402
from search.dedup.passes import dedup_pass  # noqa: E402

PREFIX = "bench-speed-"
KINDS = ["Repair Café", "Épicerie solidaire", "Jardin partagé", "Garage solidaire", "Tiers-lieu", "Ressourcerie",
         "Maison de santé", "Atelier vélo", "Médiation numérique", "Habitat inclusif", "Café associatif",
         "Chantier d’insertion", "Navette solidaire", "Espace jeunes", "Conciergerie solidaire", "Fablab"]
SYLLABLES = ["ba", "ro", "mi", "ca", "lu", "ve", "to", "ri", "sa", "po", "li", "ne", "da", "gu", "fe", "zo", "ta",
             "mo", "bi", "che", "lan", "mar", "vil", "bou", "ter", "gal", "pin", "roc"]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(4, 6))).capitalize()


def cleanup() -> None:
    sources = Source.objects.filter(slug__startswith=PREFIX)
    ids = Initiative.objects.filter(slug__startswith=PREFIX).values("pk")
    DuplicateCandidate.objects.filter(initiative_a__in=ids).delete()
    DuplicateCandidate.objects.filter(initiative_b__in=ids).delete()
    SourceRecord.objects.filter(source__in=sources).delete()
    Initiative.objects.filter(slug__startswith=PREFIX).delete()
    Porteur.objects.filter(name__startswith="Bench ").delete()
    sources.delete()


def populate(count: int, duplicate_rate: float, rng: random.Random) -> int:
    sources = [Source.objects.create(name=f"Bench {index}", slug=f"{PREFIX}{index}", format="json_api",
                                     precedence=10 * index) for index in range(1, 5)]
    communes = list(Commune.objects.order_by("insee_code").values_list("insee_code", "departement_id"))  # same data each run
    entities = int(count / (1 + duplicate_rate))
    records: list[tuple[Source, InitiativeData]] = []
    for number in range(entities):
        insee, departement = rng.choice(communes)
        label = name(rng)
        data = InitiativeData(
            title=f"{rng.choice(KINDS)} {label}", summary=f"Initiative {label} : ateliers, bénévoles et habitants.",
            website=f"https://{label.lower()}-{number}.example.fr/" if rng.random() < 0.6 else "",
            commune=insee, departement=departement,
            porteur=PorteurData(name=f"Bench association {label}") if rng.random() < 0.7 else None,
        )
        first, second = rng.sample(sources, 2)
        records.append((first, data))
        if len(records) < count and rng.random() < duplicate_rate:
            copy = InitiativeData.from_json(data.to_json())
            copy.title = copy.title.lower() if rng.random() < 0.5 else copy.title.replace("é", "e")
            records.append((second, copy))
    records = records[:count]
    started = time.monotonic()
    for start in range(0, len(records), 5000):
        batch = records[start:start + 5000]
        initiatives = Initiative.objects.bulk_create([
            Initiative(title=data.title, slug=f"{PREFIX}{start + index}", commune_id=data.commune,
                       departement_id=data.departement, website=data.website)
            for index, (_, data) in enumerate(batch)
        ])
        SourceRecord.objects.bulk_create([
            SourceRecord(source=source, external_id=f"{start + index}", data=data.to_json(), raw={},
                         content_hash=f"{start + index}", initiative=initiative)
            for index, ((source, data), initiative) in enumerate(zip(batch, initiatives, strict=True))
        ])
    print(f"{len(records)} initiatives créées en {time.monotonic() - started:.1f} s "
          f"({len(records) - entities} doublons injectés)")
    return len(records)


DUMP_SQL = {
    # Every field a merge rewrites, keyed by slug and external id (primary keys change from run to run).
    "initiative": (
        "SELECT i.slug, i.visibility, m.slug, i.title, i.summary, i.website, i.commune_id, i.departement_id, "
        "i.region_id, i.latitude, i.longitude, p.name, i.search_vector::text, "
        "(SELECT string_agg(key || '=' || r.external_id, ',' ORDER BY key) FROM jsonb_each_text(i.provenance) e "
        " JOIN initiatives_sourcerecord r ON r.id = e.value::bigint) "
        "FROM initiatives_initiative i LEFT JOIN initiatives_initiative m ON m.id = i.merged_into_id "
        "LEFT JOIN initiatives_porteur p ON p.id = i.porteur_id WHERE i.slug LIKE %s ORDER BY i.slug"
    ),
    "site": (
        "SELECT i.slug, s.main, r.external_id, s.commune_id, s.departement_id, s.region_id, s.latitude, s.longitude, "
        "s.position FROM initiatives_site s JOIN initiatives_initiative i ON i.id = s.initiative_id "
        "LEFT JOIN initiatives_sourcerecord r ON r.id = s.record_id WHERE i.slug LIKE %s "
        "ORDER BY i.slug, s.main DESC, s.commune_id, s.departement_id, r.external_id"
    ),
    "record": (
        "SELECT r.external_id, i.slug FROM initiatives_sourcerecord r JOIN initiatives_initiative i "
        "ON i.id = r.initiative_id WHERE i.slug LIKE %s ORDER BY r.external_id"
    ),
    "decision": (
        "SELECT a.slug, b.slug, d.status, d.score FROM search_duplicatecandidate d "
        "JOIN initiatives_initiative a ON a.id = d.initiative_a_id JOIN initiatives_initiative b "
        "ON b.id = d.initiative_b_id WHERE a.slug LIKE %s ORDER BY a.slug, b.slug"
    ),
}


def write_merges(path: Path, merges: list[tuple[int, int, float]]) -> None:
    """The merges in order, then what the pass left in the database (initiatives, sites, records, decisions), so
    that two versions of the pass can be compared with ``diff``."""
    slugs = dict(Initiative.objects.filter(slug__startswith=PREFIX).values_list("pk", "slug"))
    with path.open("w") as out:
        for kept, merged, score in merges:
            out.write(f"merge {slugs[kept]} <- {slugs[merged]} {score:.4f}\n")
        with connection.cursor() as cursor:
            for kind, sql in DUMP_SQL.items():
                cursor.execute(sql, [f"{PREFIX}%"])
                for row in cursor.fetchall():
                    out.write(f"{kind} {row!r}\n")
    print(f"{len(merges)} fusions et l’état final écrits dans {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--duplicates", type=float, default=0.03, help="share of entities listed twice")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--merges", type=Path, help="write the merges made (kept, merged, score; by slug, stable "
                        "across runs) to this file, to compare two versions of the pass")
    args = parser.parse_args()
    print(f"Base de mesure : {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    cleanup()
    try:
        populate(args.count, args.duplicates, random.Random(7))
        started = time.monotonic()
        stats = dedup_pass(progress=lambda message: print(f"  … {message} ({time.monotonic() - started:.1f} s)"))
        print(f"Passe de dédoublonnage : {stats.duration:.1f} s — {stats.summary()}")
        if args.merges:
            write_merges(args.merges, stats.merges)
    finally:
        if not args.keep:
            cleanup()


if __name__ == "__main__":
    main()
