# -*- coding: utf-8 -*-
"""Deterministic generator for the blind relevance set (standard library only).

    python3 bench/data/relevance/build.py          # writes corpus.json + queries.json
    python3 bench/data/relevance/build.py --check  # validates the written files

Judgements are drafted from hand-assigned concept tags (corpus_items.py) with
per-query rules, then corrected item by item with explicit overrides after a
manual review of every query's judged list (see queries_spec.py).
"""
import csv
import gzip
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
COG = os.path.join(ROOT, "initiatives", "data", "cog", "communes.csv.gz")

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from corpus_items import ITEMS  # noqa: E402

SOURCES = [
    "Territoires Solidaires",
    "Carto'Solidaire",
    "Réseau Entraide Locale",
    "L'Observatoire des Innovations Sociales",
    "La Fabrique des Possibles",
    "Pépinière Citoyenne",
]
THEMES = set("""alimentation economie-circulaire precarite lien-social mobilite insertion
tiers-lieux culture acces-aux-soins inclusion-numerique numerique acces-aux-droits habitat
seniors handicap commerce-local vie-associative travail jeunesse""".split())
KINDS = ["simple", "typo", "no_accents", "acronym", "synonym", "plural", "place", "natural", "elision"]
PORTEUR_KINDS = {"association", "collectivite", "entreprise", "fondation", "etat", "autre"}


def load_communes():
    by_name, by_code = {}, {}
    with gzip.open(COG, "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            by_code[r["insee_code"]] = r
            if r["type"] == "commune-actuelle":
                key = (r["name"], r["departement_code"])
                if key in by_name:
                    raise SystemExit("ambiguous commune %r" % (key,))
                by_name[key] = r
    return by_name, by_code


def _h(text, mod):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % mod


def build_items():
    by_name, _ = load_communes()
    records = []
    for tags, title, summary, themes, place, porteur, kind in ITEMS:
        name, dep = place.rsplit("/", 1)
        row = by_name.get((name, dep))
        if row is None:
            raise SystemExit("unknown commune %s" % place)
        for t in themes:
            if t not in THEMES:
                raise SystemExit("unknown theme %s in %s" % (t, title))
        if kind not in PORTEUR_KINDS:
            raise SystemExit("bad porteur_kind %s" % kind)
        tags = set(tags)
        text = (title + " " + summary).lower()
        if "chantier d'insertion" in text or "chantiers d'insertion" in text:
            tags.add("aci")
        records.append({
            "tags": tags,
            "title": title,
            "summary": summary,
            "themes": themes,
            "place": place,
            "commune": row["insee_code"],
            "commune_name": row["name"],
            "departement": row["departement_code"],
            "region": row["region_code"],
            "population": int(row["population"] or 0),
            "porteur": porteur,
            "porteur_kind": kind,
            "start_year": 2012 + _h("year:" + title, 14),
            "source": SOURCES[_h("src:" + title, len(SOURCES))],
        })
    rng = random.Random(20261203)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = "r%04d" % i
    return records


def build():
    from queries_spec import QUERIES, judge
    items = build_items()
    by_title = {r["title"]: r for r in items}
    corpus = [{k: r[k] for k in ("id", "title", "summary", "themes", "commune", "commune_name",
                                  "departement", "porteur", "porteur_kind", "start_year", "source")}
              for r in items]
    queries = []
    for n, q in enumerate(QUERIES, 1):
        grades = judge(q, items, by_title)
        ordered = dict(sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])))
        queries.append({"id": "q%03d" % n, "query": q["query"], "kind": q["kind"],
                        "intent": q["intent"], "judgements": ordered})
    with open(os.path.join(HERE, "corpus.json"), "w", encoding="utf-8") as fh:
        json.dump(corpus, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "queries.json"), "w", encoding="utf-8") as fh:
        json.dump(queries, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return corpus, queries


def check():
    _, by_code = load_communes()
    with open(os.path.join(HERE, "corpus.json"), encoding="utf-8") as fh:
        corpus = json.load(fh)
    with open(os.path.join(HERE, "queries.json"), encoding="utf-8") as fh:
        queries = json.load(fh)
    errors = []
    ids = set()
    for it in corpus:
        if it["id"] in ids:
            errors.append("duplicate id " + it["id"])
        ids.add(it["id"])
        row = by_code.get(it["commune"])
        if row is None or len(it["commune"]) != 5:
            errors.append("%s: unknown commune %s" % (it["id"], it["commune"]))
        elif row["departement_code"] != it["departement"] or row["name"] != it["commune_name"]:
            errors.append("%s: commune/département mismatch" % it["id"])
        if not set(it["themes"]) <= THEMES or not it["themes"]:
            errors.append("%s: bad themes" % it["id"])
        if it["porteur_kind"] not in PORTEUR_KINDS:
            errors.append("%s: bad porteur_kind" % it["id"])
        if not 2012 <= it["start_year"] <= 2025:
            errors.append("%s: bad year" % it["id"])
        if it["source"] not in SOURCES:
            errors.append("%s: bad source" % it["id"])
    if not 400 <= len(corpus) <= 600:
        errors.append("corpus size %d" % len(corpus))
    counts = {k: 0 for k in KINDS}
    qids = set()
    for q in queries:
        if q["id"] in qids:
            errors.append("duplicate query id " + q["id"])
        qids.add(q["id"])
        if q["kind"] not in counts:
            errors.append("%s: bad kind" % q["id"])
            continue
        counts[q["kind"]] += 1
        for cid, g in q["judgements"].items():
            if cid not in ids:
                errors.append("%s: unknown corpus id %s" % (q["id"], cid))
            if g not in (0, 1, 2, 3):
                errors.append("%s: bad grade" % q["id"])
        if not any(g >= 2 for g in q["judgements"].values()):
            errors.append("%s: no item graded 2 or 3" % q["id"])
    if len(queries) < 90:
        errors.append("only %d queries" % len(queries))
    for k, c in counts.items():
        if c < 8:
            errors.append("kind %s has %d queries" % (k, c))
    judged = [sum(1 for g in q["judgements"].values() if g > 0) for q in queries]
    print("corpus: %d items, %d communes, %d départements" % (
        len(corpus), len({i["commune"] for i in corpus}), len({i["departement"] for i in corpus})))
    print("queries: %d  per kind: %s" % (len(queries), counts))
    print("judged (grade>0) per query: avg %.1f, min %d, max %d" % (
        sum(judged) / len(judged), min(judged), max(judged)))
    if errors:
        print("\n".join(errors))
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        build()
        check()
