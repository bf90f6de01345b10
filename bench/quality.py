"""Measure normalisation and deduplication on the labelled sets, side by side, with figures per kind of problem.

    DJANGO_SETTINGS_MODULE=carrefour.settings.local .venv/bin/python bench/quality.py [--set own|blind|both] [--verbose]

Two sets (bench/data/README.md):
- ``own``: bench/data/quality_set.json, written by the team that wrote the rules (bench/make_quality_set.py);
- ``blind``: bench/data/blind/quality_set.json, written blind from public facts and frozen before any rule changed.

Each record is normalised by the harvest's Normalizer, stored the way the harvest stores it (source by source, every
new record a new initiative; a record without an id gets the connectors' own fallback id), then the dedup pass runs.
Figures:
- dedup precision and recall, pairwise over the set's records: a predicted pair is two records that end in the
  same initiative; a true pair, two records of the same project (``duplicate_pairs`` in the own set, the ``project``
  key in the blind one: rows of one source describing one project at several sites count too);
- territory accuracy: the exact current commune, over records that name a place (not only coordinates);
- département accuracy over records that give only coordinates; records naming no place must stay unplaced;
- multi-site: projects listed at several sites that end as one initiative whose sites (initiatives.Site) are the
  project's communes;
- the same figures per kind of problem (``kinds`` of the blind records).
Everything runs in a transaction that is rolled back. Run it on a database without other initiatives: the pass
compares with every published initiative, and its word weights come from all their titles.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from initiatives.models import Initiative, Site, Source, SourceRecord, Theme, ThemeCrosswalk  # noqa: E402
from initiatives.services import initiative_upsert_from_record  # noqa: E402
from search.dedup.models import DuplicateCandidate  # noqa: E402
from search.dedup.passes import dedup_pass  # noqa: E402
from search.dedup.scoring import MERGE_THRESHOLD, REVIEW_THRESHOLD, score_pair  # noqa: E402
from search.harvest.connectors.base import RawRecord  # noqa: E402
from search.harvest.connectors.mapping import content_id  # noqa: E402
from search.normalize.normalizer import Normalizer  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SETS = {"own": DATA / "quality_set.json", "blind": DATA / "blind" / "quality_set.json"}
PREFIX = "bench-quality-"


class Rollback(Exception):
    pass


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += bool(hit)
        self.total += 1

    def __str__(self) -> str:
        return f"{self.hits / self.total:.3f} ({self.hits}/{self.total})" if self.total else "—"


@dataclass
class Figures:
    records: int = 0
    sources: int = 0
    precision: Ratio = field(default_factory=Ratio)
    recall: Ratio = field(default_factory=Ratio)
    recall_across: Ratio = field(default_factory=Ratio)  # pairs of records from two sources
    recall_within: Ratio = field(default_factory=Ratio)  # pairs of one source's rows (sites of one project)
    territory: Ratio = field(default_factory=Ratio)
    coordinates_departement: Ratio = field(default_factory=Ratio)
    unplaced: Ratio = field(default_factory=Ratio)
    multi_site: Ratio = field(default_factory=Ratio)
    with_theme: Ratio = field(default_factory=Ratio)
    pending: int = 0
    merged: int = 0
    seconds: float = 0.0
    by_kind: dict[str, dict[str, Ratio]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Ratio)))


def record_kinds(record: dict) -> list[str]:
    return record.get("kinds") or ["(sans type)"]


def coordinates_only(record: dict) -> bool:
    return "coordinates_only" in record.get("kinds", [])


def true_pairs(dataset: dict) -> set[tuple[str, str]]:
    if "duplicate_pairs" in dataset:
        return {tuple(sorted(pair)) for pair in dataset["duplicate_pairs"]}
    by_project: dict[str, list[str]] = defaultdict(list)
    for record in dataset["records"]:
        by_project[record["project"]].append(record["id"])
    return {tuple(sorted(pair)) for ids in by_project.values() for pair in combinations(ids, 2)}


def store(dataset: dict, verbose: bool) -> tuple[dict, dict, dict[str, Source]]:
    """Normalise and store every record as the harvest does; return its data and its initiative by record id."""
    themes = {theme.code: theme for theme in Theme.objects.all()}
    sources: dict[str, Source] = {}
    for item in dataset["sources"]:
        source = Source.objects.create(name=item["name"][:200], slug=PREFIX + item["slug"], format="json_api",
                                       precedence=item["precedence"])
        for tag, codes in item["crosswalk"].items():
            entry = ThemeCrosswalk.objects.create(source=source, tag=tag)
            entry.themes.set([themes[code] for code in codes if code in themes])
        sources[item["slug"]] = source
    normalizers = {slug: Normalizer(source) for slug, source in sources.items()}
    normalised, external_ids = {}, {}
    for record in dataset["records"]:
        external_id = record["external_id"] or content_id(record["fields"])
        raw = RawRecord(external_id=external_id, fields=record["fields"], raw=record["fields"])
        data, report = normalizers[record["source"]].normalize(raw)
        normalised[record["id"]], external_ids[record["id"]] = (data, report), external_id
    order = sorted(dataset["records"], key=lambda record: (sources[record["source"]].precedence, record["id"]))
    for record in order:
        data = normalised[record["id"]][0]
        initiative_upsert_from_record(source=sources[record["source"]], external_id=external_ids[record["id"]],
                                      raw=record["fields"], data=data)
    return normalised, external_ids, sources


def measure(name: str, dataset: dict, verbose: bool) -> Figures:
    figures = Figures(records=len(dataset["records"]), sources=len(dataset["sources"]))
    started = time.monotonic()
    normalised, external_ids, sources = store(dataset, verbose)
    stats = dedup_pass()
    figures.seconds, figures.merged = time.monotonic() - started, stats.merged
    initiative_of = {
        (source_id, external_id): initiative_id
        for source_id, external_id, initiative_id in SourceRecord.objects.filter(
            source__in=sources.values()).values_list("source_id", "external_id", "initiative_id")
    }
    owner = {record["id"]: initiative_of[(sources[record["source"]].pk, external_ids[record["id"]])]
             for record in dataset["records"]}
    by_id = {record["id"]: record for record in dataset["records"]}

    # Dedup, pairwise; per kind, a pair counts for the kinds of both its records.
    clusters: dict[int, list[str]] = defaultdict(list)
    for record_id, initiative_id in owner.items():
        clusters[initiative_id].append(record_id)
    predicted = {tuple(sorted(pair)) for ids in clusters.values() for pair in combinations(ids, 2)}
    truth = true_pairs(dataset)
    for pair in predicted:
        figures.precision.add(pair in truth)
    for pair in truth:
        found = pair in predicted
        figures.recall.add(found)
        same_source = by_id[pair[0]]["source"] == by_id[pair[1]]["source"]
        (figures.recall_within if same_source else figures.recall_across).add(found)
        for kind in set(record_kinds(by_id[pair[0]])) | set(record_kinds(by_id[pair[1]])):
            figures.by_kind[kind]["rappel"].add(found)
        if verbose and not found:
            left, right = normalised[pair[0]][0], normalised[pair[1]][0]
            print(f"  [{name}] doublon manqué : {left.title!r} / {right.title!r} {score_pair(left, right).score:.3f}")
    if verbose:
        for pair in sorted(predicted - truth):
            print(f"  [{name}] fusion à tort : {pair}")

    # Territory.
    for record in dataset["records"]:
        data, report = normalised[record["id"]]
        figures.with_theme.add(bool(data.theme_codes))
        expected, expected_departement = record.get("expected_commune"), record.get("expected_departement")
        if coordinates_only(record):
            hit = data.departement == expected_departement
            figures.coordinates_departement.add(hit)
            kind_figure = "département (coordonnées)"
        elif expected:
            hit = data.commune == expected
            figures.territory.add(hit)
            kind_figure = "commune"
        elif not expected_departement and "expected_commune" in record and "kinds" in record:
            hit = not data.commune and not data.departement
            figures.unplaced.add(hit)
            kind_figure = "reste sans lieu"
        else:
            continue
        for kind in record_kinds(record):
            figures.by_kind[kind][kind_figure].add(hit)
        if verbose and not hit:
            print(f"  [{name}] territoire : {record['id']} attendu {expected or expected_departement}, obtenu "
                  f"{data.commune or data.departement} ({report.territory_reason})")

    # Multi-site projects (blind set).
    for project, truth_project in dataset.get("projects", {}).items():
        if len(truth_project["sites"]) < 2:
            continue
        ids = [record["id"] for record in dataset["records"] if record["project"] == project]
        initiatives = {owner[record_id] for record_id in ids}
        # The initiative's own sites (initiatives.Site), as its page lists them.
        sites = set(Site.objects.filter(initiative_id__in=initiatives).values_list("commune_id", flat=True))
        hit = len(initiatives) == 1 and sites == set(truth_project["sites"])
        figures.multi_site.add(hit)
        if verbose and not hit:
            print(f"  [{name}] multi-sites : {project} en {len(initiatives)} initiative(s), sites {sorted(sites)} "
                  f"attendus {sorted(truth_project['sites'])}")
    figures.pending = DuplicateCandidate.objects.filter(
        status="pending", initiative_a__records__source__in=sources.values()).distinct().count()
    return figures


def report(results: dict[str, Figures]) -> None:
    names = list(results)
    rows = [
        ("fiches (sources)", lambda f: f"{f.records} ({f.sources})"),
        ("dédoublonnage : précision", lambda f: str(f.precision)),
        ("dédoublonnage : rappel", lambda f: str(f.recall)),
        ("  dont entre deux sources", lambda f: str(f.recall_across)),
        ("  dont lignes d'une même source", lambda f: str(f.recall_within)),
        ("fusions par la passe", lambda f: str(f.merged)),
        ("paires en attente des éditeurs", lambda f: str(f.pending)),
        ("territoire : commune exacte", lambda f: str(f.territory)),
        ("coordonnées seules : département", lambda f: str(f.coordinates_departement)),
        ("sans lieu : restent sans lieu", lambda f: str(f.unplaced)),
        ("multi-sites : une initiative, bons sites", lambda f: str(f.multi_site)),
        ("au moins un thème", lambda f: str(f.with_theme)),
        ("durée (stockage + passe)", lambda f: f"{f.seconds:.1f} s"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    print(f"Seuils : fusion ≥ {MERGE_THRESHOLD}, file des éditeurs ≥ {REVIEW_THRESHOLD}")
    print("".ljust(width) + "".join(name.ljust(26) for name in names))
    for label, value in rows:
        print(label.ljust(width) + "".join(value(results[name]).ljust(26) for name in names))
    for name, figures in results.items():
        if set(figures.by_kind) == {"(sans type)"}:
            continue
        print(f"\nPar type de problème ({name}) :")
        for kind in sorted(figures.by_kind):
            cells = ", ".join(f"{label} {ratio}" for label, ratio in sorted(figures.by_kind[kind].items()))
            print(f"  {kind.ljust(24)} {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["own", "blind", "both"], default="both", help="which labelled set (both)")
    parser.add_argument("--verbose", action="store_true", help="list the errors")
    args = parser.parse_args()
    others = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).count()
    if others:
        print(f"Attention : {others} autres initiatives publiées dans cette base ; les chiffres ne sont comparables "
              "que sur une base vide.")
    results: dict[str, Figures] = {}
    for name in (["own", "blind"] if args.set == "both" else [args.set]):
        dataset = json.loads(SETS[name].read_text(encoding="utf-8"))
        try:
            with transaction.atomic():  # each set alone: they must not merge with each other
                results[name] = measure(name, dataset, args.verbose)
                raise Rollback
        except Rollback:
            pass
    report(results)


if __name__ == "__main__":
    main()
