"""Where a search request's time goes: GET /api/initiatives/ on the bench data, phase by phase.

    DATABASE_URL=… DJANGO_SETTINGS_MODULE=carrefour.settings.local .venv/bin/python bench/profile_search.py
    … bench/profile_search.py --cprofile 25      # and the 25 costliest functions (cumulative)

Needs the bench initiatives of bench/search.py (run it first with --count N). For every query of its mix, the request
is run warm (facet index built, bitmaps read), with the anonymous view cache off and the facet labels cached, as
bench/search.py measures it (``--cold-labels``: re-read on every request, as the first request after they expire).
Printed per phase, summed over the mix and as a share of the request:

* the phases of ``search.query.initiative_search`` (place in the query, selection, fallback, page ids, hydration,
  snippets, facets, did-you-mean), timed by wrapping those functions;
* the database: round trips and the time spent in ``cursor.execute`` (every SQL statement of the request);
* what is left: DRF serialisation, the view, middleware.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from rest_framework.throttling import AnonRateThrottle  # noqa: E402

from search import query as search_query  # noqa: E402

PHASES = {  # function of search.query → phase name
    "place_in_query": "place in query",
    "_selection": "selection (bitmaps)",
    "_fallback": "fallback",
    "_page_ids": "page ids (ranking)",
    "card_initiatives": "hydration (cards)",
    "highlight_many": "snippets (ts_headline)",
    "_facets": "facets",
    "did_you_mean": "did you mean",
}


def load_bench_queries():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_search", PROJECT_DIR / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.QUERIES, module.api_params, module.cold_cache


class Recorder:
    def __init__(self) -> None:
        self.phase_ms: dict[str, float] = defaultdict(float)
        self.sql_ms = 0.0
        self.sql_count = 0
        self.depth = 0

    def wrap(self, module, name: str, phase: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            if self.depth:  # nested in another timed phase (did_you_mean inside the fallback): count it once
                return original(*args, **kwargs)
            self.depth += 1
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.depth -= 1
                self.phase_ms[phase] += (time.perf_counter() - started) * 1000

        setattr(module, name, timed)

    def sql(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.sql_ms += (time.perf_counter() - started) * 1000
            self.sql_count += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default 5)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the N costliest functions")
    parser.add_argument("--cold-labels", action="store_true",
                        help="re-read the facet labels on every request (the first request after they expire)")
    args = parser.parse_args()
    queries, api_params, cold_cache = load_bench_queries()
    AnonRateThrottle.THROTTLE_RATES = {"anon": None}
    settings.DEBUG = False
    settings.CARREFOUR_ANONYMOUS_VIEW_CACHE = False
    client = Client()
    for _label, q, filters in queries:  # warm-up
        assert client.get("/api/initiatives/", api_params(q, filters)).status_code == 200
    recorder = Recorder()
    for name, phase in PHASES.items():
        recorder.wrap(search_query, name, phase)
    totals: list[float] = []
    search_ms = [0.0]
    original_search = search_query.initiative_search

    def timed_search(*a, **kw):
        started = time.perf_counter()
        try:
            return original_search(*a, **kw)
        finally:
            search_ms[0] += (time.perf_counter() - started) * 1000

    search_query.initiative_search = timed_search
    with contextlib.ExitStack() as stack:
        import search.api as search_api

        if hasattr(search_api, "initiative_search"):
            search_api.initiative_search = timed_search
        if args.cold_labels:
            stack.enter_context(cold_cache())
        stack.enter_context(connection.execute_wrapper(recorder.sql))
        profiler = cProfile.Profile() if args.cprofile else None
        for _ in range(args.repeat):
            for _label, q, filters in queries:
                if profiler:
                    profiler.enable()
                started = time.perf_counter()
                response = client.get("/api/initiatives/", api_params(q, filters))
                totals.append((time.perf_counter() - started) * 1000)
                if profiler:
                    profiler.disable()
                assert response.status_code == 200
    requests = len(totals)
    whole = sum(totals)
    phases_sum = sum(recorder.phase_ms.values())
    print(f"{requests} requests ({len(queries)} queries × {args.repeat}) on "
          f"{len(search_query.facet_index_get().published):,} published initiatives: "
          f"p50 {statistics.median(totals):.1f} ms, mean {whole / requests:.1f} ms\n")
    print(f"  {'phase':<34} {'ms/request':>10} {'share':>7}")
    rows = sorted(recorder.phase_ms.items(), key=lambda item: -item[1])
    rest_of_search = search_ms[0] - phases_sum
    rows += [("search: the rest (sources, timing)", rest_of_search),
             ("outside the search (DRF, view, middleware)", whole - search_ms[0])]
    for name, ms in rows:
        print(f"  {name:<34} {ms / requests:10.2f} {100 * ms / whole:6.1f}%")
    print(f"  {'whole request':<34} {whole / requests:10.2f} {100.0:6.1f}%")
    print(f"\n  database: {recorder.sql_count / requests:.1f} statements per request, "
          f"{recorder.sql_ms / requests:.2f} ms per request in cursor.execute "
          f"({100 * recorder.sql_ms / whole:.0f}% of the request)")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.cprofile)
        print("\n" + out.getvalue())


if __name__ == "__main__":
    main()
