#!/usr/bin/env python3
"""Generator and validator of the blind relevance set « relevance2 ».

Standard library only. Usage (from the repository root or this folder):
    python3 bench/data/relevance2/make_set.py           # build corpus.jsonl + queries.jsonl, then validate
    python3 bench/data/relevance2/make_set.py --check   # validate the jsonl files only
    python3 bench/data/relevance2/make_set.py --review  # print, per query, unjudged records matching its key terms

The jsonl files are the source of truth; this script documents how they were made.
Do NOT rebuild once ranking tuning has started (the set is frozen).
"""
from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
COG = ROOT / "initiatives" / "data" / "cog"
sys.path.insert(0, str(HERE))

# ---------------------------------------------------------------------------------------------
# COG
# ---------------------------------------------------------------------------------------------

def load_cog():
    communes = {}
    with gzip.open(COG / "communes.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            communes[row["insee_code"]] = row
    deps = {}
    with open(COG / "departements.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            deps[row["code"]] = row
    regs = {}
    with open(COG / "regions.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            regs[row["code"]] = row
    return communes, deps, regs


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------

IMPLIES = {
    "epsol": ["aide_alim"], "banque_alim": ["aide_alim"], "frigo": ["aide_alim"],
    "resto_sol": ["aide_alim"], "ssa": ["aide_alim"],
    "amap": ["circuit_court"], "mag_prod": ["circuit_court"], "drive_fermier": ["circuit_court"],
    "pat": ["circuit_court"], "cantine_locale": ["circuit_court"], "legumerie": ["circuit_court"],
    "jp": ["jardin"], "jfam": ["jardin"], "jins": ["jardin"],
    "garage_sol": ["mob_sol"], "autoecole_soc": ["mob_sol"], "plateforme_mob": ["mob_sol"],
    "transport_sol": ["mob_sol"], "loc_vehicule": ["mob_sol"],
    "velo_atelier": ["velo"], "velo_ecole": ["velo"], "velo_sol": ["velo"], "velo_cargo": ["velo"],
    "velobus": ["velo"],
    "recyclerie": ["reemploi"], "repair": ["reemploi"], "friperie": ["reemploi"],
    "reemploi_btp": ["reemploi"], "recond": ["reemploi", "num"],
    "aci": ["siae"], "ei": ["siae"], "etti": ["siae"], "ai": ["siae"],
    "hab_inclusif": ["logement"], "hab_particip": ["logement"], "intergen": ["logement"],
    "pension_famille": ["logement"], "logement_abord": ["logement"], "heberg_urgence": ["logement"],
    "autorehab": ["logement"],
    "isolement_age": ["age"], "ehpad": ["age"], "aidants": ["age"], "alzheimer": ["age"],
    "portage_repas": ["age"],
    "devoirs": ["education"], "decrochage": ["education"], "mentorat": ["education"],
    "med_num": ["num"], "france_services": ["num"],
    "msp": ["sante"], "centre_sante": ["sante"], "bus_sante": ["sante"], "telemed": ["sante"],
    "sante_mentale": ["sante"], "prevention": ["sante"],
    "prec_energ": ["energie"], "energie_cit": ["energie"], "renov": ["energie"],
    "creche_avip": ["creche"], "creche_horaires": ["creche"], "creche_parentale": ["creche"],
    "creche": ["petite_enfance"], "laep": ["petite_enfance"], "rpe": ["petite_enfance"],
    "esat": ["handicap"], "ea": ["handicap"],
    "fle": ["refugies"], "heberg_citoyen": ["refugies"], "emploi_refugies": ["refugies"], "mna": ["refugies"],
    "multiservice": ["rural_services"], "itinerant": ["rural_services"],
    "maraude": ["sans_abri"], "bagagerie": ["sans_abri"], "accueil_jour": ["sans_abri"], "laverie": ["sans_abri"],
    "micro_folie": ["culture"], "lecture": ["culture"], "musique": ["culture"], "theatre": ["culture"],
    "cinema": ["culture"], "patrimoine": ["culture"],
}


def expand(tags):
    out = set(tags)
    todo = list(tags)
    while todo:
        t = todo.pop()
        for u in IMPLIES.get(t, []):
            if u not in out:
                out.add(u)
                todo.append(u)
    return out


def resolve_place(place, communes, deps):
    """'Name/dep' or an INSEE code -> (commune, dep, region); 'D:xx' -> (None, xx, reg); 'R:xx' -> (None, None, xx)."""
    if place.startswith("D:"):
        d = place[2:]
        return None, d, deps[d]["region_code"]
    if place.startswith("R:"):
        return None, None, place[2:]
    if "/" in place:
        name, dep = place.rsplit("/", 1)
        hits = [c for c in communes.values()
                if c["departement_code"] == dep and fold(c["name"]) == fold(name)
                and c["type"] == "commune-actuelle"]
        if len(hits) != 1:
            raise SystemExit(f"place {place!r}: {len(hits)} matches")
        c = hits[0]
    else:
        c = communes[place]
    return c["insee_code"], c["departement_code"], c["region_code"]


def build_corpus():
    import records
    for mod in ["corpus_food", "corpus_mobility", "corpus_reemploi_emploi", "corpus_care",
                "corpus_youth", "corpus_health_culture", "corpus_territory", "corpus_extra"]:
        try:
            __import__(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
    communes, deps, regs = load_cog()
    recs = list(records.RECORDS)
    rng = random.Random(20261204)
    order = list(range(len(recs)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = recs[i]
        commune, dep, reg = resolve_place(r["place"], communes, deps)
        out.append({
            "id": f"c{n:04d}",
            "_tags": expand(r["tags"]),
            "_key": r["key"],
            "_place": r["place"],
            "title": r["title"], "summary": r["summary"], "description": r["description"],
            "commune": commune, "departement": dep, "region": reg,
            "themes": r["themes"],
            "porteur": {"name": r["porteur"], "kind": r["kind"]},
            "start_year": r["year"],
        })
    return out


PUBLIC = ["id", "title", "summary", "description", "commune", "departement", "region", "themes",
          "porteur", "start_year"]


def text_of(rec):
    return " ".join([rec["title"], rec["summary"], rec["description"], " ".join(rec["themes"]),
                     rec["porteur"]["name"]])


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

CATEGORIES = ["typo", "no_accent", "acronym", "plural", "synonym", "place", "natural", "exact", "multiword"]
KINDS = {"association", "collectivite", "entreprise", "fondation", "etat", "autre"}


def validate():
    communes, deps, regs = load_cog()
    errors = []
    corpus = []
    for n, line in enumerate((HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            corpus.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"corpus line {n}: {e}")
    queries = []
    for n, line in enumerate((HERE / "queries.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            queries.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"queries line {n}: {e}")
    ids = [r["id"] for r in corpus]
    if len(ids) != len(set(ids)):
        errors.append("duplicate corpus ids")
    qids = [q["id"] for q in queries]
    if len(qids) != len(set(qids)):
        errors.append("duplicate query ids")
    if not 400 <= len(corpus) <= 500:
        errors.append(f"corpus size {len(corpus)} not in 400..500")
    idset = set(ids)
    for r in corpus:
        if set(r) != set(PUBLIC):
            errors.append(f"{r['id']}: keys {sorted(r)}")
        if r["porteur"]["kind"] not in KINDS:
            errors.append(f"{r['id']}: porteur kind {r['porteur']['kind']}")
        for k in ("title", "summary", "description"):
            if not r[k].strip():
                errors.append(f"{r['id']}: empty {k}")
        c, d, g = r["commune"], r["departement"], r["region"]
        if g not in regs:
            errors.append(f"{r['id']}: unknown region {g}")
        if d is not None:
            if d not in deps:
                errors.append(f"{r['id']}: unknown departement {d}")
            elif deps[d]["region_code"] != g:
                errors.append(f"{r['id']}: departement {d} not in region {g}")
        if c is not None:
            row = communes.get(c)
            if row is None:
                errors.append(f"{r['id']}: unknown commune {c}")
            elif row["departement_code"] != d or row["region_code"] != g:
                errors.append(f"{r['id']}: commune {c} is in {row['departement_code']}/{row['region_code']}, not {d}/{g}")
        elif d is None and g is None:
            errors.append(f"{r['id']}: no place at all")
    counts = {}
    for q in queries:
        if set(q) != {"id", "query", "category", "judgements", "note"}:
            errors.append(f"{q['id']}: keys {sorted(q)}")
        if q["category"] not in CATEGORIES:
            errors.append(f"{q['id']}: category {q['category']}")
        counts[q["category"]] = counts.get(q["category"], 0) + 1
        for cid, g in q["judgements"].items():
            if cid not in idset:
                errors.append(f"{q['id']}: judged id {cid} not in corpus")
            if g not in (1, 2, 3):
                errors.append(f"{q['id']}: grade {g} for {cid}")
        if not any(g >= 2 for g in q["judgements"].values()):
            errors.append(f"{q['id']}: no record graded >= 2")
    for cat in CATEGORIES:
        if counts.get(cat, 0) < 8:
            errors.append(f"category {cat}: {counts.get(cat, 0)} queries (< 8)")
    if len(queries) < 90:
        errors.append(f"{len(queries)} queries (< 90)")
    for e in errors:
        print("ERROR", e)
    nocommune = sum(1 for r in corpus if r["commune"] is None)
    print(f"corpus: {len(corpus)} records ({nocommune} without commune), "
          f"{len({r['commune'] for r in corpus if r['commune']})} communes, "
          f"{len({r['departement'] for r in corpus if r['departement']})} départements")
    print(f"queries: {len(queries)}; " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CATEGORIES))
    grades = [g for q in queries for g in q["judgements"].values()]
    print(f"judgements: {len(grades)} (3: {grades.count(3)}, 2: {grades.count(2)}, 1: {grades.count(1)})")
    print("OK" if not errors else f"{len(errors)} errors")
    return not errors


def main():
    if "--check" in sys.argv:
        sys.exit(0 if validate() else 1)
    corpus = build_corpus()
    import queries_def
    queries = queries_def.judge_all(corpus)
    if "--review" in sys.argv:
        queries_def.review(corpus, queries, sys.argv)
        return
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps({k: r[k] for k in PUBLIC}, ensure_ascii=False) + "\n")
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    sys.exit(0 if validate() else 1)


if __name__ == "__main__":
    main()
