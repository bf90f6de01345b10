"""Load benchmark: the production configuration under 50 concurrent clients for 60 s, per kind of request.

    .venv/bin/python bench/load.py                      # demo data + 100,000 generated initiatives
    .venv/bin/python bench/load.py --users 50 --seconds 60 --count 100000 --keep

What runs: ``carrefour.settings.production`` with gunicorn (2 × cores + 1 sync workers, the README's
recommendation), a Celery worker, PostgreSQL and Redis (the embedded ones of the development set-up, or
``DATABASE_URL``/``REDIS_URL``), after ``collectstatic``. Locust (PyPI; installed into the virtualenv on first use)
drives the mix of bench/locustfile.py: home page (anonymous, cached), search page with filters, initiative pages,
API list with filters, suggestions. Printed: requests/s, p50/p95/p99 and errors for each kind.

The API's anonymous throttle is raised for the run (it would otherwise answer 429 to the load generator, which is
its job); everything else is the production configuration. The load generator shares the machine with the
server, so figures on a small machine are pessimistic. Targets: 0 errors; p95 ≤ 300 ms for search, ≤ 150 ms for
pages; cached anonymous pages ≥ 300 requests/s.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")
LOCUST = "locust==2.47.0"


def _bench_search():
    spec = importlib.util.spec_from_file_location("bench_search", PROJECT_DIR / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ensure_locust() -> Path:
    binary = Path(sys.executable).parent / "locust"
    if not binary.exists():
        print(f"Installation de {LOCUST}…", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", LOCUST], check=True)
    return binary


def _wait(url: str, headers: dict[str, str], timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, headers=headers, timeout=5).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not answer in {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="clients simultanés (défaut 50)")
    parser.add_argument("--seconds", type=int, default=60, help="durée (défaut 60 s)")
    parser.add_argument("--count", type=int, default=100_000, help="initiatives générées en plus de la démo")
    parser.add_argument("--port", type=int, default=8797)
    parser.add_argument("--keep", action="store_true", help="garder les initiatives générées après la mesure")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads par worker gunicorn (gthread au-delà de 1 ; défaut 1 : workers synchrones)")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from carrefour import db
    from initiatives.models import Initiative

    locust = _ensure_locust()
    call_command("load_demo", verbosity=0)
    bench = _bench_search()
    existing = Initiative.objects.filter(slug__startswith=bench.PREFIX).count()
    if existing < args.count:
        print(f"Génération de {args.count - existing:,} initiatives…", flush=True)
        bench.generate(args.count - existing, seed=42 + existing)

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carrefour.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or db.database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "API_ANON_THROTTLE": "1000000/minute",
    }
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=PROJECT_DIR, env=env,
                   check=True)
    workers = 2 * (os.cpu_count() or 1) + 1
    children = [
        subprocess.Popen([sys.executable, "-m", "gunicorn", "carrefour.wsgi", "--workers", str(workers), "--threads",
                          str(args.threads), "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"],
                         cwd=PROJECT_DIR, env=env),
        subprocess.Popen([sys.executable, "-m", "celery", "-A", "carrefour", "worker", "--loglevel", "WARNING",
                          "--concurrency", "1"], cwd=PROJECT_DIR, env=env),
    ]
    host = f"http://127.0.0.1:{args.port}"
    published = Initiative.objects.filter(visibility="published").count()
    try:
        _wait(f"{host}/healthz", {"X-Forwarded-Proto": "https"})
        with tempfile.TemporaryDirectory() as folder:
            prefix = str(Path(folder) / "load")
            subprocess.run(
                [str(locust), "-f", str(PROJECT_DIR / "bench" / "locustfile.py"), "--headless", "--users",
                 str(args.users), "--spawn-rate", str(args.users), "--run-time", f"{args.seconds}s", "--host", host,
                 "--csv", prefix, "--only-summary", "--loglevel", "WARNING"],
                cwd=PROJECT_DIR, check=False, stdout=subprocess.DEVNULL,
            )
            with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.wait(timeout=20)
        if not args.keep:
            bench.clean()

    print(f"\nProduction locale : gunicorn {workers} workers × {args.threads} threads, {args.users} clients, "
          f"{args.seconds} s, "
          f"{published:,} initiatives publiées")
    print(f"{'type de requête':<20} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'erreurs':>8} {'requêtes':>9}")
    for row in rows:
        print(f"{row['Name']:<20} {float(row['Requests/s']):>8.1f} {row['50%']:>8} {row['95%']:>8} {row['99%']:>8} "
              f"{row['Failure Count']:>8} {row['Request Count']:>9}")


if __name__ == "__main__":
    main()
