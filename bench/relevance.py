"""Search relevance on the frozen blind set: nDCG@10, MRR and zero-result rate, Carrefour beside Tantivy BM25.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python bench/relevance.py [--keepdb] [--show-misses KIND]

The set (``bench/data/relevance/``: 483 invented initiatives placed in real communes, 109 realistic queries of nine
kinds with graded judgements 0–3) was written by a helper who had not read the ranking code, before any tuning, and
is frozen (its README says how and why). This script:

1. creates a database of its own (``carrefour_bench_relevance``, migrated like production, dropped at the end unless
   ``--keepdb``) and loads the corpus the way a harvest does (``initiative_upsert_from_record``, one source per
   platform of the set), so the search index, the lexicon and the facet bitmaps are the production ones;
2. runs every query through ``search.query.initiative_search`` (what the search page and the API call), top 10;
3. indexes the same records in Tantivy (Rust, BM25; ``pip install tantivy``) with a French stemmer and ASCII folding
   over the same text fields (title ×2, summary, porteur, commune, themes), queries parsed leniently (OR of terms,
   as BM25 engines do by default);
4. prints, per kind and overall, for each engine: nDCG@10 (gain 2^grade − 1, ideal from all judgements), MRR (first
   result graded ≥ 2) and the zero-result rate.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")
DATA = PROJECT_DIR / "bench" / "data" / "relevance"
TOP = 10


def load_set(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    """A frozen set: ``corpus.json`` + ``queries.json`` (bench/data/relevance/), or the JSON-lines form
    (``corpus.jsonl`` + ``queries.jsonl``, porteur as an object, ``category`` for the kind) turned into the first."""
    if (folder / "corpus.json").exists():
        corpus = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
        queries = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
    else:
        def lines(name: str) -> list[dict]:
            return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]

        corpus = []
        for record in lines("corpus.jsonl"):
            porteur = record.get("porteur") or {}
            corpus.append({**record, "porteur": porteur.get("name", ""), "porteur_kind": porteur.get("kind", ""),
                           "source": record.get("source") or folder.name})
        queries = [{**query, "kind": query.get("kind") or query.get("category", "")} for query in lines("queries.jsonl")]
    return corpus, {query["id"]: query for query in queries}


# --- metrics -----------------------------------------------------------------------------------
def ndcg(ranked: list[str], judgements: dict[str, int], k: int = TOP) -> float:
    def dcg(grades: list[int]) -> float:
        return sum((2 ** grade - 1) / math.log2(position + 2) for position, grade in enumerate(grades[:k]))

    ideal = dcg(sorted(judgements.values(), reverse=True))
    return dcg([judgements.get(doc, 0) for doc in ranked]) / ideal if ideal else 0.0


def reciprocal_rank(ranked: list[str], judgements: dict[str, int], k: int = TOP) -> float:
    for position, doc in enumerate(ranked[:k]):
        if judgements.get(doc, 0) >= 2:
            return 1 / (position + 1)
    return 0.0


# --- Carrefour ---------------------------------------------------------------------------------
def load_corpus_into_carrefour(corpus: list[dict]) -> dict[int, str]:
    """The corpus through the harvest's upsert; returns initiative pk -> corpus id."""
    from django.utils.text import slugify

    from initiatives.models import Commune, Source
    from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record

    communes = {c.insee_code: c for c in Commune.objects.filter(insee_code__in={r["commune"] for r in corpus})}
    sources = {}
    mapping = {}
    for record in corpus:
        name = record["source"]
        if name not in sources:
            sources[name], _ = Source.objects.get_or_create(
                slug=f"bench-{slugify(name)}"[:50],
                defaults={"name": name, "website": f"https://{slugify(name)}.example/", "enabled": False})
        commune = communes.get(record.get("commune") or "")
        record["_commune"] = commune.name if commune else ""  # the peer indexes the same place name
        data = InitiativeData(
            title=record["title"], summary=record.get("summary", ""), theme_codes=record.get("themes", []),
            commune=commune.insee_code if commune else None,
            departement=commune.departement_id if commune else record.get("departement"),
            region=commune.region_id if commune else None,
            porteur=PorteurData(name=record["porteur"], kind=record.get("porteur_kind") or "autre")
            if record.get("porteur") else None,
            start_year=record.get("start_year"),
        )
        result = initiative_upsert_from_record(source=sources[name], external_id=record["id"], raw=record, data=data,
                                               source_url=f"{sources[name].website}{record['id']}")
        mapping[result.initiative.pk] = record["id"]
    return mapping


def carrefour_search(query: str, mapping: dict[int, str]) -> tuple[list[str], int, float]:
    from search.params import SearchParams
    from search.query import initiative_search

    started = time.perf_counter()
    results = initiative_search(SearchParams(q=query), page_size=TOP, with_facets=False)
    elapsed = (time.perf_counter() - started) * 1000
    return [mapping[hit.pk] for hit in results.hits if hit.pk in mapping], results.total, elapsed


# --- Tantivy -----------------------------------------------------------------------------------
class TantivyPeer:
    FIELDS = ["title", "summary", "porteur", "commune", "themes"]

    def __init__(self, corpus: list[dict], theme_names: dict[str, str]):
        import tantivy

        self.tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for name in self.FIELDS:
            builder.add_text_field(name, stored=False, tokenizer_name="fr")
        self.index = tantivy.Index(builder.build())  # in memory
        analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase())
                    .filter(tantivy.Filter.ascii_fold()).filter(tantivy.Filter.stemmer("french")).build())
        self.index.register_tokenizer("fr", analyzer)
        writer = self.index.writer(heap_size=50_000_000, num_threads=1)
        for record in corpus:
            writer.add_document(tantivy.Document(
                id=record["id"], title=record["title"], summary=record.get("summary", ""),
                porteur=record.get("porteur") or "", commune=record.get("commune_name") or record.get("_commune") or "",
                themes=" ".join(theme_names.get(code, code) for code in record.get("themes", []))))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, query: str) -> tuple[list[str], int, float]:
        started = time.perf_counter()
        parsed, _errors = self.index.parse_query_lenient(query, self.FIELDS, field_boosts={"title": 2.0})
        result = self.searcher.search(parsed, TOP, count=True)
        ids = [self.searcher.doc(address)["id"][0] for _score, address in result.hits]
        return ids, result.count, (time.perf_counter() - started) * 1000


# --- report ------------------------------------------------------------------------------------
def report(runs: dict[str, list[tuple[str, list[str], int]]], queries: dict[str, dict]) -> dict:
    table = {}
    everything = [row for kind_rows in runs.values() for row in kind_rows]
    for kind, rows in [*sorted(runs.items()), ("TOUT", everything)]:
        n = len(rows)
        table[kind] = (
            sum(ndcg(ids, queries[qid]["judgements"]) for qid, ids, _ in rows) / n,
            sum(reciprocal_rank(ids, queries[qid]["judgements"]) for qid, ids, _ in rows) / n,
            sum(1 for _, _, total in rows if total == 0) / n,
            n,
        )
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="", help="dossier d’un autre jeu figé (défaut : bench/data/relevance/)")
    parser.add_argument("--keepdb", action="store_true", help="garder la base du banc (relance plus rapide)")
    parser.add_argument("--show-misses", metavar="KIND", default="",
                        help="afficher, pour ce type de requête, les requêtes où Carrefour fait moins bien (nDCG)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connections

    folder = Path(args.set).resolve() if args.set else DATA
    suffix = "" if folder == DATA else "_" + "".join(c for c in folder.name if c.isalnum())
    connections["default"].settings_dict["TEST"]["NAME"] = f"carrefour_bench_relevance{suffix}"
    from django.test.utils import setup_databases, teardown_databases

    corpus, queries = load_set(folder)
    started = time.perf_counter()
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=args.keepdb)
    try:
        from initiatives.models import Initiative, SourceRecord, Theme

        if args.keepdb and SourceRecord.objects.filter(source__slug__startswith="bench-").count() == len(corpus):
            mapping = dict(SourceRecord.objects.filter(source__slug__startswith="bench-")
                           .values_list("initiative_id", "external_id"))
        else:
            mapping = load_corpus_into_carrefour(corpus)
        from search.lexicon import search_terms_refresh

        search_terms_refresh()  # the nightly lexicon rebuild, as production has it after a night
        print(f"Corpus : {len(corpus)} fiches, {Initiative.objects.count()} initiatives, {len(queries)} requêtes "
              f"(préparation {time.perf_counter() - started:.0f} s)")
        theme_names = dict(Theme.objects.values_list("code", "name"))
        peer = TantivyPeer(corpus, theme_names)

        runs: dict[str, dict[str, list]] = {"Carrefour": defaultdict(list), "Tantivy": defaultdict(list)}
        latencies: dict[str, list[float]] = {"Carrefour": [], "Tantivy": []}
        for qid, query in queries.items():
            for name, engine in (("Carrefour", lambda q: carrefour_search(q, mapping)), ("Tantivy", peer.search)):
                ids, total, elapsed = engine(query["query"])
                runs[name][query["kind"]].append((qid, ids, total))
                latencies[name].append(elapsed)
        tables = {name: report(runs[name], queries) for name in runs}
        print(f"\n{'type':<12} {'n':>3}   {'nDCG@10':>17}   {'MRR':>17}   {'sans résultat':>17}")
        print(f"{'':<12} {'':>3}   {'Carrefour Tantivy':>17}   {'Carrefour Tantivy':>17}   {'Carrefour Tantivy':>17}")
        for kind in tables["Carrefour"]:
            ours, peer_row = tables["Carrefour"][kind], tables["Tantivy"][kind]
            print(f"{kind:<12} {ours[3]:>3}   {ours[0]:>9.3f} {peer_row[0]:>7.3f}   {ours[1]:>9.3f} {peer_row[1]:>7.3f}"
                  f"   {ours[2]:>9.1%} {peer_row[2]:>7.1%}")
        for name, values in latencies.items():
            ordered = sorted(values)
            print(f"{name} : p50 {ordered[len(ordered) // 2]:.1f} ms, p95 {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms"
                  f" par requête (top {TOP}, compte exact, sans facettes)")
        if args.show_misses:
            print(f"\nRequêtes « {args.show_misses} » où Carrefour fait moins bien que Tantivy :")
            peer_by_id = {qid: ids for rows in runs["Tantivy"].values() for qid, ids, _ in rows}
            for qid, ids, total in runs["Carrefour"].get(args.show_misses, []):
                judgements = queries[qid]["judgements"]
                ours, theirs = ndcg(ids, judgements), ndcg(peer_by_id[qid], judgements)
                if ours < theirs:
                    print(f"  {queries[qid]['query']!r}: {ours:.2f} < {theirs:.2f} ({total} résultats)")
    finally:
        if not args.keepdb:
            teardown_databases(old_config, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
