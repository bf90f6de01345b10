"""The demo as a user runs it, then 200 sequential requests to uncached pages: errors and idle database connections.

    .venv/bin/python bench/demo_connections.py                  # embedded PostgreSQL and Valkey, as `make demo`
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/carrefour_demo REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python bench/demo_connections.py --requests 200

What it does (issue 18: `runserver` with CONN_MAX_AGE=60 kept one connection per request thread, 97 of 100
connections ended idle and one request in ten got a 503):

1. starts ``manage.py demo`` exactly as ``make demo`` does (gunicorn with DEBUG off, the Celery worker with beat,
   the demo platforms), on a free port, and waits until the worker's harvests have filled the search;
2. counts the database's connections (``pg_stat_activity``: all, and idle ones) before the first request;
3. sends ``--requests`` sequential GET requests to pages the anonymous cache has never seen (searches with distinct
   words, page numbers and filters, initiative pages, territories, the map and the Observatoire with parameters),
   counting the connections every 10 requests;
4. prints the status codes, the errors, the latency p50/p95 and the idle connections at the start, at the peak and
   at the end, then stops the demo.

The database must be reachable by this script (``DATABASE_URL``, or the embedded server's URL).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

WORDS = ["solidaire", "jardin", "mobilite", "epicerie", "insertion", "tiers-lieu", "numerique", "sante", "culture",
         "energie", "logement", "emploi", "jeunes", "seniors", "alimentation", "recyclage", "velo", "habitat",
         "education", "handicap"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 30) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - 127.0.0.1 only
            body = response.read()
            return response.status, body, time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read(), time.perf_counter() - started
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return 0, str(error).encode(), time.perf_counter() - started


def connections(database_url: str) -> tuple[int, int]:
    """(all connections, idle ones) to the demo's database, this script's own one excepted."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE state = 'idle') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchone()
    return row[0], row[1]


def wait_until(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(1)
    raise SystemExit(f"Délai dépassé : {what}")


def urls(base: str, requests: int, slugs: list[str]) -> list[str]:
    """Addresses the anonymous page cache has not seen: it keys on the full path, query string included."""
    out = []
    for number in range(requests):
        word = WORDS[number % len(WORDS)]
        kind = number % 5
        if kind == 0:
            out.append(f"{base}/recherche/?q={word}&sort=recent&n={number}")
        elif kind == 1:
            out.append(f"{base}/recherche/?q={word}&page={1 + number % 3}&n={number}")
        elif kind == 2 and slugs:
            out.append(f"{base}/initiatives/{slugs[number % len(slugs)]}/?n={number}")
        elif kind == 3:
            out.append(f"{base}/carte/?q={word}&maille=departement&n={number}")
        else:
            out.append(f"{base}/observatoire/?q={word}&n={number}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=600, help="attente maximale du démarrage et des moissons (s)")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")
    from carrefour.db import database_url

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    demo = subprocess.Popen([sys.executable, "manage.py", "demo", "--addr", f"127.0.0.1:{port}"], cwd=PROJECT_DIR,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(lambda: get(f"{base}/healthz", timeout=5)[0] == 200, args.timeout, "le site ne répond pas")
        db_url = database_url()  # the embedded server is up once the demo answers

        def harvested() -> int:
            status, body, _ = get(f"{base}/api/initiatives/?page_size=50", timeout=10)
            return json.loads(body).get("count", 0) if status == 200 else 0

        # The worker harvests the demo platforms after start: wait until the count stops growing.
        previous = -1
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            count = harvested()
            if count and count == previous:
                break
            previous = count
            time.sleep(10)
        status, body, _ = get(f"{base}/api/initiatives/?page_size=50")
        slugs = [item["slug"] for item in json.loads(body).get("results", [])] if status == 200 else []
        print(f"Démo prête sur {base} : {previous} initiatives.")

        before = connections(db_url)
        samples = [before]
        statuses: dict[int, int] = {}
        errors: list[str] = []
        latencies: list[float] = []
        for number, url in enumerate(urls(base, args.requests, slugs), start=1):
            status, body, elapsed = get(url)
            statuses[status] = statuses.get(status, 0) + 1
            latencies.append(elapsed * 1000)
            if status >= 400 or status == 0:
                errors.append(f"{status} {url} {body[:120]!r}")
            if number % 10 == 0:
                samples.append(connections(db_url))
        after = samples[-1]
        ordered = sorted(latencies)
        print(f"{args.requests} requêtes séquentielles sur des pages hors cache")
        print(f"  statuts : {dict(sorted(statuses.items()))}")
        print(f"  erreurs : {len(errors)}")
        for error in errors[:10]:
            print(f"    {error}")
        print(f"  latence : p50 {statistics.median(ordered):.0f} ms, "
              f"p95 {ordered[int(0.95 * (len(ordered) - 1))]:.0f} ms, max {ordered[-1]:.0f} ms")
        print(f"  connexions à la base (toutes / inactives) : avant {before[0]} / {before[1]}, "
              f"pic {max(s[0] for s in samples)} / {max(s[1] for s in samples)}, après {after[0]} / {after[1]}")
        print(f"  croissance des connexions inactives : {after[1] - before[1]:+d}")
        return 1 if errors else 0
    finally:
        os.killpg(demo.pid, signal.SIGTERM)
        try:
            demo.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())
