"""Serve the demo partner platforms on 127.0.0.1, each under its own path prefix.

    python -m carrefour.demo.server --port 8765 [--version 2]

Payloads are generated from the demo world once, at start-up, and served from memory; paginated APIs
and feeds are dynamic handlers that honour their own paging parameters. Nothing reaches the internet.
"""

from __future__ import annotations

import argparse
import sys

from carrefour.demo.fixture_server import FixtureServer
from carrefour.demo.platforms import PLATFORMS, build_sites
from carrefour.demo.platforms.common import esc


def build_demo_server(host: str = "127.0.0.1", port: int = 0, version: int = 1) -> FixtureServer:
    """A FixtureServer (not started) publishing every demo platform; ``version=2`` is a later state of some."""
    server = FixtureServer(None, host=host, port=port)
    sites = build_sites(server.base_url, version)
    for platform in PLATFORMS:
        site = sites[platform.slug]
        for path, route in site.routes.items():
            server.routes[path] = route
        for path, handler in site.handlers.items():
            server.add_handler(path, handler)
    base = server.base_url
    server.add(
        "/robots.txt",
        f"User-agent: *\nAllow: /\n\nSitemap: {base}/prix-territoria-demo/sitemap.xml\n",
        content_type="text/plain; charset=utf-8",
    )
    rows = "\n".join(
        f'<tr><td>{esc(p.name)}</td><td>{esc(p.dialect)}</td><td><a href="{p.entry}">{p.entry}</a></td>'
        f"<td>{len(sites[p.slug].items)}</td></tr>"
        for p in PLATFORMS
    )
    server.add(
        "/",
        f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Plateformes partenaires de démonstration</title></head><body>
<h1>Plateformes partenaires de démonstration (version {version})</h1>
<table><thead><tr><th>Plateforme</th><th>Format</th><th>Point d'entrée</th><th>Éléments</th></tr></thead>
<tbody>{rows}</tbody></table></body></html>
""",
        content_type="text/html; charset=utf-8",
    )
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve Carrefour's demo partner platforms on 127.0.0.1.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--version", type=int, choices=(1, 2), default=1, help="2 = a later state: some items removed, edited or added"
    )
    args = parser.parse_args(argv)
    server = build_demo_server(args.host, args.port, args.version)
    print(f"Demo platforms (version {args.version}) on {server.base_url}/", flush=True)
    for platform in PLATFORMS:
        print(f"  {platform.name:<48} {server.base_url}{platform.entry}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
