"""A small HTTP server that serves recorded source payloads on 127.0.0.1.

Tests use it to harvest over real HTTP, and the demo uses it to publish its fictional partner
platforms. It can add latency, answer errors, and honours ETag / Last-Modified conditional requests.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Route:
    """What to answer for one path, instead of (or on top of) a file from the root folder."""

    body: bytes | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_type: str | None = None


class FixtureServer:
    """Serve ``root`` on 127.0.0.1 with a random port, in a background thread.

    >>> with FixtureServer(Path("tests/fixtures")) as server:
    ...     server.url("/sources/rss/feed.xml")
    """

    def __init__(self, root: Path | str | None = None, *, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0):
        self.root = Path(root).resolve() if root else None
        self.latency = latency
        self.routes: dict[str, Route] = {}
        # Dynamic answers: path -> callable(query parameters) -> Route (for paginated APIs and the like).
        self.handlers: dict[str, Callable[[dict[str, list[str]]], Route]] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.access_log: list[tuple[str, int]] = []  # (path and query, status answered), in order
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # --- configuration -------------------------------------------------------------------------
    def add(self, path: str, body: bytes | str = b"", *, status: int = 200, headers: dict[str, str] | None = None,
            delay: float = 0.0, content_type: str | None = None) -> str:
        """Answer ``path`` with ``body``; returns the full URL of the path."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, status=status, headers=headers or {}, delay=delay, content_type=content_type)
        return self.url(path)

    def add_handler(self, path: str, handler: Callable[[dict[str, list[str]]], Route]) -> str:
        """Answer ``path`` (any query string) with ``handler(parse_qs(query))``."""
        self.handlers[path] = handler
        return self.url(path)

    def fail(self, path: str, status: int = 500, *, delay: float = 0.0) -> str:
        return self.add(path, f"Erreur {status}".encode(), status=status, delay=delay, content_type="text/plain")

    # --- lifecycle -----------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> FixtureServer:
        # A short poll interval makes stop() quick (the default 0.5 s adds up over many tests).
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fixture-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- request handling ----------------------------------------------------------------------
    def _resolve(self, path: str) -> tuple[Route | None, Path | None]:
        if path in self.routes:
            return self.routes[path], None
        if self.root is None:
            return None, None
        candidate = (self.root / unquote(path).lstrip("/")).resolve()
        if self.root not in candidate.parents and candidate != self.root:
            return None, None  # refuse ../ escapes
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return None, candidate if candidate.is_file() else None

    def _handler_class(self):
        """The request handler, defined here so that it closes over this server (long: the whole HTTP behaviour)."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "CarrefourFixtureServer/1.0"

            def log_message(self, format, *args):  # noqa: A002 - silence the default stderr logging
                pass

            def do_HEAD(self):
                self._serve(head=True)

            def do_GET(self):
                self._serve(head=False)

            def _serve(self, head: bool) -> None:
                parts = urlsplit(self.path)
                key = parts.path + (f"?{parts.query}" if parts.query else "")
                with server._lock:
                    server.hits[key] += 1
                    server.requests.append(("HEAD" if head else "GET", key, dict(self.headers.items())))
                if parts.path in server.handlers and key not in server.routes:
                    route, file_path = server.handlers[parts.path](parse_qs(parts.query)), None
                else:
                    route, file_path = server._resolve(key)
                if route is None and file_path is None and key != parts.path:
                    route, file_path = server._resolve(parts.path)
                delay = server.latency + (route.delay if route else 0.0)
                if delay:
                    time.sleep(delay)
                if route is None and file_path is None:
                    return self._send(404, b"Introuvable", "text/plain; charset=utf-8", {}, head)
                if route is not None:
                    body = route.body or b""
                    ctype = route.content_type or _guess_type(parts.path)
                    extra = dict(route.headers)
                    status = route.status
                    mtime = None
                else:
                    body = file_path.read_bytes()
                    ctype = _guess_type(file_path.name)
                    extra = {}
                    status = 200
                    mtime = file_path.stat().st_mtime
                if status == 200:
                    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                    extra.setdefault("ETag", etag)
                    if mtime is not None:
                        extra.setdefault("Last-Modified", email.utils.formatdate(mtime, usegmt=True))
                    if self._not_modified(extra):
                        return self._send(304, b"", None, {k: v for k, v in extra.items() if k in ("ETag", "Last-Modified")}, True)
                self._send(status, body, ctype, extra, head)

            def _not_modified(self, headers: dict[str, str]) -> bool:
                if_none_match = self.headers.get("If-None-Match")
                if if_none_match is not None:
                    return headers.get("ETag") in [tag.strip() for tag in if_none_match.split(",")]
                if_modified_since = self.headers.get("If-Modified-Since")
                last_modified = headers.get("Last-Modified")
                if if_modified_since and last_modified:
                    try:
                        return email.utils.parsedate_to_datetime(last_modified) <= email.utils.parsedate_to_datetime(if_modified_since)
                    except (TypeError, ValueError):
                        return False
                return False

            def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str], head: bool) -> None:
                with server._lock:
                    server.access_log.append((self.path, status))
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head and body:
                    try:
                        self.wfile.write(body)
                    except (BrokenPipeError, ConnectionResetError):
                        pass

        return Handler


def _guess_type(name: str) -> str:
    ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
    # CSV files keep no declared charset: the harvester must detect their encoding itself.
    if ctype in ("text/html", "text/plain", "text/xml", "application/json", "application/xml", "application/ld+json"):
        ctype += "; charset=utf-8"
    return ctype
