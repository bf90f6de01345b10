"""Export benchmark: time and peak memory of the server process for a 100,000-initiative CSV export.

    .venv/bin/python bench/export.py                  # generates the bench initiatives if needed (bench/search.py)
    .venv/bin/python bench/export.py --count 100000 --format csv
    .venv/bin/python bench/export.py --clean          # remove the bench data

It starts gunicorn (one sync worker, the local settings) and downloads ``/api/export/<format>/`` over HTTP with
httpx, streaming. Printed: rows and bytes received, total time, and the peak resident memory of the worker
that served the export (``VmHWM`` of the process, read from /proc), before and after. Targets for 100,000
initiatives: ≤ 20 s and ≤ 200 MB peak RSS.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carrefour.settings.local")


def _bench_search():
    """bench/search.py (its data generator), loaded by path: ``search`` is also the name of an app."""
    spec = importlib.util.spec_from_file_location("bench_search", PROJECT_DIR / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="bench initiatives to have (default 100000)")
    parser.add_argument("--format", default="csv", choices=["csv", "json", "geojson", "jsonld"])
    parser.add_argument("--port", type=int, default=8798)
    parser.add_argument("--clean", action="store_true", help="remove the bench data and exit")
    args = parser.parse_args()

    import django

    django.setup()
    import httpx

    from initiatives.models import Initiative

    bench = _bench_search()
    if args.clean:
        bench.clean()
        return
    existing = Initiative.objects.filter(slug__startswith=bench.PREFIX).count()
    if existing < args.count:
        print(f"Génération de {args.count - existing:,} initiatives de banc d’essai…", flush=True)
        bench.generate(args.count - existing, seed=42 + existing)
    published = Initiative.objects.filter(visibility="published").count()

    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "carrefour.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{args.port}",
         "--timeout", "300", "--log-level", "warning"],
        cwd=PROJECT_DIR, env={**os.environ},
    )
    url = f"http://127.0.0.1:{args.port}/api/export/{args.format}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{args.port}/healthz", headers={"Host": "localhost"}, timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.3)
        worker = _children(server.pid)[0]
        before = _peak_rss_mb(worker)
        received = lines = 0
        started = time.perf_counter()
        with httpx.stream("GET", url, headers={"Host": "localhost"}, timeout=600) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                received += len(chunk)
                lines += chunk.count(b"\n")
        elapsed = time.perf_counter() - started
        after = _peak_rss_mb(worker)
    finally:
        server.terminate()
        server.wait(timeout=10)
    rows = lines - 1 if args.format == "csv" else None
    print(f"Initiatives publiées : {published:,}")
    print(f"export {args.format} : {rows if rows is not None else '?'} lignes, {received / 1e6:.1f} Mo en "
          f"{elapsed:.1f} s ({(rows or published) / elapsed:,.0f} initiatives/s) · mémoire résidente maximale du "
          f"worker : {before:.0f} Mo avant, {after:.0f} Mo après (objectifs : ≤ 20 s, ≤ 200 Mo)")


if __name__ == "__main__":
    main()
