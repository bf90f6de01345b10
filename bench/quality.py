"""Measure normalisation and deduplication on the labelled set bench/data/quality_set.json.

    DJANGO_SETTINGS_MODULE=carrefour.settings.local .venv/bin/python bench/quality.py [--verbose]

Each record is normalised by search.normalize.normalizer.Normalizer (territory accuracy, % with a theme), then stored
the way the harvest stores it (every new record a new initiative, source by source), then the batch pass merges.
Dedup precision and recall are pairwise over the set's records: a predicted pair is two records that end
in the same initiative. Everything runs in a transaction that is rolled back: the database is left as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from initiatives.models import Initiative, Source, SourceRecord, Theme, ThemeCrosswalk  # noqa: E402
from initiatives.services import initiative_upsert_from_record  # noqa: E402
from search.dedup.models import DuplicateCandidate  # noqa: E402
from search.dedup.passes import dedup_pass  # noqa: E402
from search.dedup.scoring import (  # noqa: E402
    MERGE_THRESHOLD,
    REVIEW_THRESHOLD,
    TokenWeights,
    blocking_keys,
    profile_of,
    score_pair,
)
from search.harvest.connectors.base import RawRecord  # noqa: E402
from search.normalize.normalizer import Normalizer  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "quality_set.json"
PREFIX = "bench-quality-"


class Rollback(Exception):
    pass


def run(verbose: bool) -> dict[str, float]:
    dataset = json.loads(DATA.read_text(encoding="utf-8"))
    others = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).count()
    if others:  # the pass compares with every published initiative, and word weights come from all their titles
        print(f"Attention : {others} autres initiatives publiées dans cette base ; les chiffres ne sont comparables "
              "que sur une base vide.")
    themes = {theme.code: theme for theme in Theme.objects.all()}
    sources: dict[str, Source] = {}
    for item in dataset["sources"]:
        source = Source.objects.create(name=item["name"], slug=PREFIX + item["slug"], format="json_api",
                                       precedence=item["precedence"])
        for tag, codes in item["crosswalk"].items():
            entry = ThemeCrosswalk.objects.create(source=source, tag=tag)
            entry.themes.set([themes[code] for code in codes if code in themes])
        sources[item["slug"]] = source
    normalizers = {slug: Normalizer(source) for slug, source in sources.items()}

    # 1. Normalisation.
    normalised = []
    placed = correct = with_theme = 0
    started = time.monotonic()
    for record in dataset["records"]:
        raw = RawRecord(external_id=record["external_id"], fields=record["fields"], raw=record["fields"])
        data, report = normalizers[record["source"]].normalize(raw)
        normalised.append((record, data))
        with_theme += bool(data.theme_codes)
        if record["expected_commune"]:
            placed += 1
            if data.commune == record["expected_commune"]:
                correct += 1
            elif verbose:
                print(f"  territoire : {record['id']} attendu {record['expected_commune']}, obtenu {data.commune} "
                      f"({report.territory_reason}) {record['fields']}")
    normalise_time = time.monotonic() - started

    # 2. Storage as the harvest does it: source by source, every new record a new initiative; the pass merges.
    started = time.monotonic()
    order = sorted(normalised, key=lambda item: (sources[item[0]["source"]].precedence, item[0]["id"]))
    for record, data in order:
        source = sources[record["source"]]
        initiative_upsert_from_record(source=source, external_id=record["external_id"], raw=record["fields"],
                                      data=data)
    stats = dedup_pass()
    dedup_time = time.monotonic() - started

    # 3. Pairwise precision and recall.
    initiative_of = {
        (source_id, external_id): initiative_id
        for source_id, external_id, initiative_id in SourceRecord.objects.filter(
            source__in=sources.values()).values_list("source_id", "external_id", "initiative_id")
    }
    clusters: dict[int, list[str]] = defaultdict(list)
    for record in dataset["records"]:
        clusters[initiative_of[(sources[record["source"]].pk, record["external_id"])]].append(record["id"])
    predicted = {tuple(sorted(pair)) for ids in clusters.values() for pair in combinations(ids, 2)}
    truth = {tuple(sorted(pair)) for pair in dataset["duplicate_pairs"]}
    true_positive = len(predicted & truth)
    precision = true_positive / len(predicted) if predicted else 1.0
    recall = true_positive / len(truth) if truth else 1.0
    pending = DuplicateCandidate.objects.filter(status="pending", initiative_a__records__source__in=sources.values())
    pending_count = pending.distinct().count()
    if verbose:
        by_id = {record["id"]: data for record, data in normalised}
        sweep(dataset, by_id, truth)
        for pair in sorted(predicted - truth):
            print(f"  fusion à tort : {pair} {score_pair(by_id[pair[0]], by_id[pair[1]]).as_json()}")
        for pair in sorted(truth - predicted):
            scored = score_pair(by_id[pair[0]], by_id[pair[1]])
            print(f"  doublon manqué : {by_id[pair[0]].title!r} / {by_id[pair[1]].title!r} {scored.score} "
                  f"{scored.as_json()}")

    results = {
        "records": len(dataset["records"]),
        "known_duplicate_pairs": len(truth),
        "dedup_precision": precision,
        "dedup_recall": recall,
        "territory_accuracy": correct / placed if placed else 1.0,
        "with_theme": with_theme / len(dataset["records"]),
    }
    print(f"Jeu étiqueté : {len(dataset['records'])} fiches, {len(sources)} sources, {len(truth)} paires de doublons, "
          f"{placed} fiches nommant un lieu")
    print(f"Seuils : fusion ≥ {MERGE_THRESHOLD}, file des éditeurs ≥ {REVIEW_THRESHOLD}")
    print(f"Dédoublonnage : précision {precision:.3f}, rappel {recall:.3f} "
          f"({true_positive} vrais positifs, {len(predicted) - true_positive} faux positifs, "
          f"{len(truth) - true_positive} manqués ; {stats.merged} fusions par la passe, {pending_count} paires en attente des éditeurs)")
    print(f"Territoire : exactitude {results['territory_accuracy']:.3f} ({correct}/{placed})")
    print(f"Thèmes : {100 * results['with_theme']:.1f} % des fiches ont au moins un thème")
    print(f"Durées : normalisation {normalise_time:.2f} s, stockage + passe {dedup_time:.2f} s")
    return results


def sweep(dataset: dict, by_id: dict, truth: set) -> None:
    """Pairwise precision/recall of the score alone at several thresholds (blocked pairs, no transitivity)."""
    profiles = {record_id: profile_of(data) for record_id, data in by_id.items()}
    weights = TokenWeights.from_titles(profile.title_tokens for profile in profiles.values())
    blocks: dict[str, list[str]] = defaultdict(list)
    for record in dataset["records"]:
        for key in blocking_keys(profiles[record["id"]]):
            blocks[key].append(record["id"])
    source_of = {record["id"]: record["source"] for record in dataset["records"]}
    pairs = {tuple(sorted(pair)) for members in blocks.values() for pair in combinations(members, 2)
             if source_of[pair[0]] != source_of[pair[1]]}
    print(f"  paires bloquées : {len(pairs)}, doublons couverts : {len(pairs & truth)}/{len(truth)}")
    scores = {pair: score_pair(profiles[pair[0]], profiles[pair[1]], weights=weights).score for pair in pairs}
    for threshold in (0.60, 0.65, 0.70, 0.72, 0.75, 0.78, 0.80, 0.85):
        chosen = {pair for pair, score in scores.items() if score >= threshold}
        hits = len(chosen & truth)
        print(f"  seuil {threshold:.2f} : précision {hits / len(chosen) if chosen else 1:.3f}, "
              f"rappel {hits / len(truth):.3f}")
    for pair, score in sorted(scores.items(), key=lambda item: -item[1]):
        if score >= REVIEW_THRESHOLD - 0.05 and pair not in truth:
            scored = score_pair(profiles[pair[0]], profiles[pair[1]], weights=weights)
            print(f"  non-doublon à {score:.3f} : {by_id[pair[0]].title!r} / {by_id[pair[1]].title!r} {scored.as_json()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the errors")
    args = parser.parse_args()
    try:
        with transaction.atomic():
            run(args.verbose)
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
