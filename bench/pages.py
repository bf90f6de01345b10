"""Home page benchmark: render time without cache, and cached anonymous requests per second over HTTP.

    .venv/bin/python bench/pages.py                 # uses the demo data of the development database
    .venv/bin/python bench/pages.py --requests 300 --seconds 15 --workers 2 --clients 16

What is measured:

* **render**: ``GET /`` through Django's test Client, the anonymous page cache made stale before every request
  (the version is bumped), so each request renders the page and runs its queries: p50/p95/max in ms, and the
  number of queries of one render. Target: p95 ≤ 150 ms with the demo data.
* **cached**: gunicorn (``--workers``, sync workers, the local settings with the Redis/Valkey cache) serves
  ``GET /`` to ``--clients`` concurrent HTTP clients for ``--seconds``; anonymous, so every request after the
  first is a cache hit. Prints requests/s, p50/p95 and errors.

The demo data must be there: ``make demo`` once (or ``manage.py load_demo`` then ``manage.py harvest`` with the
demo platforms served by ``python -m carrefour.demo.server``). ``--ensure-demo`` does the latter itself.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def ensure_demo() -> None:
    from django.core.management import call_command

    from initiatives.models import Initiative

    call_command("load_demo", verbosity=0)
    if Initiative.objects.count() >= 100:
        return
    print("Moissonnage des plateformes de démonstration…", flush=True)
    server = subprocess.Popen([sys.executable, "-m", "carrefour.demo.server", "--port", "8765"], cwd=PROJECT_DIR)
    try:
        time.sleep(1.5)
        subprocess.run([sys.executable, "manage.py", "harvest"], cwd=PROJECT_DIR, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        server.terminate()
    call_command("load_demo", verbosity=0)


def bench_render(requests: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from carrefour.cache import public_content_changed
    from initiatives.models import Initiative

    client = Client(HTTP_HOST="localhost")
    client.get("/")  # per-process caches (site root, content types) as in a running server
    timings = []
    for _ in range(requests):
        public_content_changed()
        start = time.perf_counter()
        response = client.get("/")
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200 and response["X-Carrefour-Cache"] == "miss", response.status_code
    public_content_changed()
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    print(f"Initiatives publiées : {Initiative.objects.filter(visibility='published').count()}")
    print(f"render (sans cache, {requests} requêtes) : p50 {statistics.median(timings):.1f} ms · "
          f"p95 {percentile(timings, 0.95):.1f} ms · max {max(timings):.1f} ms · "
          f"{len(captured.captured_queries)} requêtes SQL par rendu (objectif p95 ≤ 150 ms)")


def bench_cached(seconds: float, workers: int, clients: int, port: int) -> None:
    import httpx

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "carrefour.settings.local"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "carrefour.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning"],
        cwd=PROJECT_DIR, env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url, headers={"Host": "localhost"}).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.3)
        timings: list[float] = []
        errors = 0
        hits = 0
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds

        def worker() -> None:
            nonlocal errors, hits
            with httpx.Client(headers={"Host": "localhost"}) as http:
                while time.monotonic() < stop_at:
                    start = time.perf_counter()
                    try:
                        response = http.get(url)
                        ok = response.status_code == 200
                        hit = response.headers.get("X-Carrefour-Cache") == "hit"
                    except httpx.HTTPError:
                        ok, hit = False, False
                    elapsed = (time.perf_counter() - start) * 1000
                    with lock:
                        timings.append(elapsed)
                        errors += not ok
                        hits += hit

        threads = [threading.Thread(target=worker) for _ in range(clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        print(f"cached (gunicorn {workers} workers, {clients} clients, {seconds:.0f} s) : "
              f"{len(timings) / elapsed:.0f} requêtes/s · p50 {statistics.median(timings):.1f} ms · "
              f"p95 {percentile(timings, 0.95):.1f} ms · {errors} erreurs · "
              f"{hits / max(1, len(timings)):.0%} servies par le cache")
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="rendus mesurés sans cache (défaut 200)")
    parser.add_argument("--seconds", type=float, default=10, help="durée de la mesure avec cache (défaut 10 s)")
    parser.add_argument("--workers", type=int, default=2, help="workers gunicorn (défaut 2)")
    parser.add_argument("--clients", type=int, default=16, help="clients HTTP simultanés (défaut 16)")
    parser.add_argument("--port", type=int, default=8799)
    parser.add_argument("--ensure-demo", action="store_true", help="charger et moissonner la démo si besoin")
    args = parser.parse_args()

    import django

    django.setup()
    if args.ensure_demo:
        ensure_demo()
    bench_render(args.requests)
    bench_cached(args.seconds, args.workers, args.clients, args.port)


if __name__ == "__main__":
    main()
