"""Harvest throughput, end to end over HTTP into PostgreSQL.

Prints: new items/s for a paginated JSON source and for a CSV file of --count items (default 10,000), and the
duration of an unchanged re-harvest of --unchanged items (default 100,000). Uses the dev database (embedded
PostgreSQL unless DATABASE_URL is set); everything it creates has slugs starting with "bench-" and is removed
at the end (and with --clean).

    DJANGO_SETTINGS_MODULE=carrefour.settings.local .venv/bin/python bench/harvest.py [--count N] [--unchanged N]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from carrefour.demo.fixture_server import FixtureServer, Route  # noqa: E402
from initiatives.models import Commune, Initiative, Porteur, Source, SourceRecord  # noqa: E402
from search.harvest.fetch import Fetcher  # noqa: E402
from search.harvest.harvester import source_harvest  # noqa: E402
from search.harvest.models import FetchState, HarvestRun, SourceHealth  # noqa: E402

KINDS = ["Épicerie solidaire", "Recyclerie", "Garage solidaire", "Tiers-lieu", "Jardin partagé", "Atelier vélo",
         "Café associatif", "Maison de santé", "Covoiturage rural", "Chantier d’insertion", "Fab lab", "AMAP"]
WORDS = ["solidaire", "partagé", "citoyen", "rural", "quartier", "jeunes", "seniors", "numérique", "circuit court",
         "réemploi", "insertion", "mobilité", "familles", "habitants", "bénévoles", "coopérative"]


def items(count: int, communes: list[tuple[str, str, str]], seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        insee, name, postcode = communes[rng.randrange(len(communes))]
        kind = rng.choice(KINDS)
        rows.append({
            "id": f"b{number}",
            "nom": f"{kind} {name} n°{number}",
            "resume": f"{kind} {' '.join(rng.sample(WORDS, 4))} à {name}.",
            "description": "<p>" + " ".join(rng.choice(WORDS) for _ in range(40)) + "</p>",
            "ville": name,
            "cp": postcode,
            "porteur": f"Association {rng.choice(WORDS)} de {name}",
            "themes": rng.sample(["Alimentation", "Mobilité", "Insertion", "Lien social", "Numérique"], 2),
            "annee": str(rng.randint(1995, 2025)),
        })
    return rows


def json_source(server: FixtureServer, rows: list[dict], slug: str) -> Source:
    def page(query):
        offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
        body = {"total_count": len(rows), "results": rows[offset: offset + limit]}
        return Route(body=json.dumps(body).encode(), content_type="application/json")

    url = server.add_handler(f"/{slug}/records", page)
    return Source.objects.create(name=slug, slug=slug, format="json_api", configuration={
        "format": "json_api", "url": url, "records_path": "results", "id": "id", "min_delay": 0, "max_pages": 100000,
        "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 500, "total_path": "total_count"},
        "fields": {"title": "nom", "summary": "resume", "description": "description", "city": "ville", "postcode": "cp",
                   "porteur_name": "porteur", "tags": "themes", "start_date": "annee"},
    })


def csv_source(server: FixtureServer, rows: list[dict], slug: str) -> Source:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Identifiant", "Intitulé", "Résumé", "Commune", "Code postal", "Porteur", "Thèmes", "Année"])
    for row in rows:
        writer.writerow([row["id"], row["nom"], row["resume"], row["ville"], row["cp"], row["porteur"],
                         ", ".join(row["themes"]), row["annee"]])
    url = server.add(f"/{slug}/export.csv", buffer.getvalue().encode("cp1252", errors="replace"), content_type="text/csv")
    return Source.objects.create(name=slug, slug=slug, format="csv", configuration={
        "format": "csv", "url": url, "id": "Identifiant", "min_delay": 0, "delimiter": ";", "encoding": "cp1252",
        "max_bytes": 200 * 1024 * 1024,
        "fields": {"title": "Intitulé", "summary": "Résumé", "city": "Commune", "postcode": "Code postal",
                   "porteur_name": "Porteur", "tags": {"column": "Thèmes", "transforms": [{"split": ","}, "strip"]},
                   "start_date": "Année"},
    })


def clean() -> None:
    sources = Source.objects.filter(slug__startswith="bench-h")
    initiative_ids = list(SourceRecord.objects.filter(source__in=sources).values_list("initiative_id", flat=True))
    SourceRecord.objects.filter(source__in=sources).delete()
    for start in range(0, len(initiative_ids), 20000):
        Initiative.objects.filter(pk__in=initiative_ids[start:start + 20000]).delete()
    Porteur.objects.filter(initiatives__isnull=True, name__startswith="Association ").delete()
    for model in (HarvestRun, FetchState, SourceHealth):
        model.objects.filter(source__in=sources).delete()
    sources.delete()


def timed_harvest(source: Source, fetcher: Fetcher) -> tuple[HarvestRun, float]:
    started = time.perf_counter()
    run = source_harvest(source=source, fetcher=fetcher)
    return run, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="items of the JSON and CSV sources (default 10,000)")
    parser.add_argument("--unchanged", type=int, default=100_000, help="items of the unchanged re-harvest (default 100,000)")
    parser.add_argument("--clean", action="store_true", help="only remove what a previous run left")
    args = parser.parse_args()
    clean()
    if args.clean:
        return
    communes = list(Commune.objects.filter(kind="commune", population__gt=2000)
                    .values_list("insee_code", "name", "postcodes__0"))
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])
    print(f"PostgreSQL {connection.cursor().connection.info.server_version}, {os.cpu_count()} CPU")
    try:
        with FixtureServer() as server:
            for seed, (label, factory) in enumerate((("JSON paginé (500/page)", json_source),
                                                     ("CSV Windows-1252 ;", csv_source))):
                # Different data per source: identical rows would make the run a deduplication benchmark.
                rows = items(args.count, communes, seed=seed)
                source = factory(server, rows, f"bench-h-{factory.__name__}")
                run, seconds = timed_harvest(source, fetcher)
                assert run.created == args.count, (run.status, run.records_seen, run.pages_fetched, run.created, run.errors[:3], run.warnings[:3])
                print(f"{label:28s} {args.count:>7,} nouvelles fiches en {seconds:6.1f} s  ->  {args.count / seconds:7.0f} fiches/s")
                run, seconds = timed_harvest(source, fetcher)
                print(f"{label + ' inchangé':28s} {run.unchanged:>7,} fiches inchangées en {seconds:6.2f} s ({run.created} créées, {run.updated} modifiées)")
            if args.unchanged:
                big = items(args.unchanged, communes, seed=11)
                source = json_source(server, big, "bench-h-unchanged")
                run, seconds = timed_harvest(source, fetcher)
                print(f"Premier moissonnage de {args.unchanged:,} fiches : {seconds:.1f} s ({args.unchanged / seconds:.0f} fiches/s)")
                FetchState.objects.filter(source=source).delete()  # no 304 shortcut: every page is re-read and re-hashed
                run, seconds = timed_harvest(source, fetcher)
                assert run.unchanged == args.unchanged and run.created == run.updated == 0
                print(f"Re-moissonnage inchangé de {args.unchanged:,} fiches (pages relues et comparées) : {seconds:.1f} s")
                run, seconds = timed_harvest(source, fetcher)
                print(f"Re-moissonnage inchangé de {args.unchanged:,} fiches (304 sur chaque page) : {seconds:.1f} s")
    finally:
        clean()


if __name__ == "__main__":
    main()
