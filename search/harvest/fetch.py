"""The one place that does HTTP for harvests: fetch one URL safely and politely, and hand back its bytes.

It guards against SSRF on every hop (the guard and the ``FetchError`` type live in ``search.harvest.ssrf`` and
are re-exported here), obeys robots.txt, spaces requests to a host, enforces a total deadline
and a size cap, retries transient failures and speaks conditional GET; parsing belongs to ``search.harvest.connectors``
and bookkeeping (database, suspension of failing sources) to ``search.harvest.harvester``.

Concurrency: a :class:`Fetcher` is thread-safe and its politeness delay is per host and per instance. The
harvest service keeps concurrency at 1 per source with a lock, so a source is never harvested twice at once;
the per-host delay only matters when several sources live on the same host.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, Protocol

import httpx
from protego import Protego

from search.harvest.ssrf import (  # FetchError and check_url are part of this module's API too
    FetchError,
    check_url,
    forbidden_reason,
    normalise_hosts,
    optional_setting,
    parse_ip,
    split_url,
)

logger = logging.getLogger(__name__)

ROBOTS_TOKEN = "CarrefourBot"
DEFAULT_SITE_URL = "http://127.0.0.1:8000"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Longer Retry-After values mean "come back later": the service suspends the source instead of blocking a worker.
MAX_RETRY_AFTER = 5.0
# RFC 9309 asks crawlers to parse at least the first 500 KiB of a robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024
CHUNK_SIZE = 64 * 1024


class RobotsRules:
    """A robots.txt verdict: its rules read per RFC 9309 by protego (groups by user agent, ``*`` and ``$``
    wildcards, the longest matching rule wins, Allow over Disallow on a tie), or everything allowed (no robots.txt:
    4xx) or forbidden (unreachable: 5xx, network error). The standard library's parser ignores wildcards and
    applies the first matching rule, so ``Disallow: /*.pdf$`` let it fetch ``a.pdf``."""

    def __init__(self, verdict: str, text: str = ""):
        self.verdict = verdict
        self._rules = Protego.parse(text) if verdict == "parse" else None

    def allows(self, url: str) -> bool:
        if self._rules is not None:
            return bool(self._rules.can_fetch(url, ROBOTS_TOKEN))
        return self.verdict == "allow"


# --- public types ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FetchOptions:
    """Per-request limits; the defaults suit a nightly harvest of a partner platform."""

    connect_timeout: float = 5.0
    timeout: float = 30.0  # total budget of one HTTP exchange (connect + headers + body), slow-loris safe
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2  # extra attempts on 5xx, 429, timeouts and connection errors
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    min_delay: float = 1.0  # minimum seconds between two request starts to the same host
    respect_robots: bool = True

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> FetchOptions:
        """The limits a validated source configuration sets."""
        return cls(connect_timeout=float(config["connect_timeout"]), timeout=float(config["timeout"]),
                   max_bytes=int(config["max_bytes"]), min_delay=float(config["min_delay"]))


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ", "
    content: bytes  # decoded (gzip/deflate removed), at most max_bytes
    not_modified: bool  # True on 304, with content b""
    etag: str | None
    last_modified: str | None
    elapsed: float  # seconds for the whole fetch, retries and politeness waits included
    attempts: int


class SharedCache(Protocol):
    """The part of Django's cache API used to share robots.txt verdicts between processes."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any, timeout: float | None = None) -> None: ...


def default_user_agent() -> str:
    site_url = str(optional_setting("SITE_URL", DEFAULT_SITE_URL) or DEFAULT_SITE_URL).rstrip("/")
    return f"{ROBOTS_TOKEN}/1.0 (+{site_url}/a-propos/; moissonneur du Carrefour des innovations sociales)"


# --- helpers ---------------------------------------------------------------------------------------
def _format_size(size: int) -> str:
    for unit, label in ((1024 * 1024, "Mo"), (1024, "Ko")):
        if size >= unit:
            return f"{size / unit:g} {label}"
    return f"{size} octets"


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _Inflater:
    """gzip/deflate decoding that never produces more than asked, so a compression bomb stays bounded.

    httpx's own decoders inflate a whole network chunk at once (up to ~1000x its size), hence this.
    """

    def __init__(self, encoding: str):
        self._deflate = encoding == "deflate"
        self._identity = encoding in ("", "identity")
        self._first = True
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS if self._deflate else 16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, limit: int) -> bytes:
        if self._identity:
            return data
        pending = self._inflater.unconsumed_tail + data
        try:
            output = self._inflater.decompress(pending, limit)
        except zlib.error:
            if not (self._deflate and self._first):
                raise
            # Some servers send raw deflate without the zlib header.
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            output = self._inflater.decompress(pending, limit)
        self._first = False
        return output

    def flush(self) -> bytes:
        return b"" if self._identity else self._inflater.flush()


class _Watchdog:
    """Cuts the connection at the deadline, and checks the address actually connected to.

    httpx only has per-operation timeouts: a server trickling its headers or body one byte at a time never
    trips them, so a timer shuts the socket down, which wakes up the blocked read. The peer check closes the
    DNS-rebinding gap between ``check_url``'s resolution and the connection's own.
    """

    def __init__(self, url: str, check_peer: bool):
        self.url = url
        self.check_peer = check_peer
        self.fired = False
        self._done = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def start(self, seconds: float) -> None:
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        with self._lock:
            self._done = True
        if self._timer is not None:
            self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            sock = self._socket
        _shutdown(sock)

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore ``trace`` extension: sees the network stream once connected (and after TLS)."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        if stream is None:
            return
        if self.check_peer and event == "connection.connect_tcp.complete":
            peer = stream.get_extra_info("server_addr")
            reason = forbidden_reason(parse_ip(str(peer[0]))) if peer else None
            if reason:
                stream.close()
                raise FetchError("ssrf", f"Adresse refusée à la connexion ({reason}, {peer[0]})", url=self.url)
        sock = stream.get_extra_info("socket")
        with self._lock:
            self._socket = sock
            fired = self.fired
        if fired:
            _shutdown(sock)


def _shutdown(sock: socket.socket | None) -> None:
    if sock is None:
        return
    try:
        # The base-class method works on an SSLSocket too, without tearing its TLS state from under the reader.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


@dataclass
class _Exchange:
    status: int
    headers: dict[str, str]
    content: bytes


# --- the fetcher -----------------------------------------------------------------------------------
class Fetcher:
    """An HTTP client for harvests; reuse one per harvest run (or per worker) to share robots.txt and delays.

    ``robots_cache`` may be a Django cache (``django.core.cache.cache``) to share robots.txt verdicts between
    processes; by default they live in this instance only.
    """

    def __init__(self, *, user_agent: str | None = None, allowed_hosts: Iterable[str] | None = None,
                 robots_ttl: float = 24 * 3600, transport: httpx.BaseTransport | None = None,
                 robots_cache: SharedCache | None = None):
        self.user_agent = user_agent or default_user_agent()
        self.allowed_hosts = normalise_hosts(allowed_hosts)
        self.robots_ttl = robots_ttl
        self._shared_cache = robots_cache
        self._client = httpx.Client(
            follow_redirects=False,  # every hop must go through check_url and robots.txt
            trust_env=False,  # an environment proxy would resolve names itself, out of the SSRF guard's sight
            transport=transport,
            # One connection per request: the watchdog and the peer check see every socket being opened.
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": self.user_agent, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"},
        )
        self._lock = threading.Lock()
        self._last_start: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotsRules]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # --- public API ------------------------------------------------------------------------------
    def fetch(self, url: str, *, options: FetchOptions = FetchOptions(), etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """GET ``url``; raises :class:`FetchError` on anything but a 2xx or a 304."""
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                result = self._fetch_once(url, options, etag=etag, last_modified=last_modified)
            except FetchError as error:
                error.attempts = attempt
                delay = _retry_delay(error, attempt, options)
                if delay is None:
                    raise
                logger.info("Retrying %s in %.2fs after attempt %d: %s", url, delay, attempt, error)
                time.sleep(delay)
                continue
            result.attempts = attempt
            result.elapsed = time.monotonic() - started
            return result

    def robots_allowed(self, url: str, *, options: FetchOptions = FetchOptions()) -> bool:
        """Whether robots.txt lets CarrefourBot fetch ``url`` (fetching and caching robots.txt if needed)."""
        scheme, host, port = split_url(url)
        origin = f"{scheme}://{host}:{port}"
        robots_url = str(httpx.URL(url).copy_with(userinfo=b"", path="/robots.txt", query=None, fragment=None))
        return self._robots_parser(origin, robots_url, options).allows(url)

    # --- one attempt: a redirect chain ---------------------------------------------------------------
    def _fetch_once(self, url: str, options: FetchOptions, *, etag: str | None = None,
                    last_modified: str | None = None, truncate: bool = False) -> FetchResult:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(options.max_redirects + 1):
            check_url(current, allowed_hosts=self.allowed_hosts)
            if options.respect_robots and not self.robots_allowed(current, options=options):
                raise FetchError("robots", url=current)
            self._wait_turn(split_url(current)[1], options.min_delay)
            exchange = self._exchange(current, headers, options, truncate=truncate)
            if exchange.status in REDIRECT_STATUSES:
                location = exchange.headers.get("location")
                if not location:
                    raise FetchError("http", f"Redirection {exchange.status} sans en-tête Location",
                                     url=current, status=exchange.status)
                current = str(httpx.URL(current).join(location.strip()))
                continue
            if exchange.status == 304 or 200 <= exchange.status < 300:
                return FetchResult(
                    url=current,
                    status=exchange.status,
                    headers=exchange.headers,
                    content=exchange.content,
                    not_modified=exchange.status == 304,
                    etag=exchange.headers.get("etag") or (etag if exchange.status == 304 else None),
                    last_modified=exchange.headers.get("last-modified")
                    or (last_modified if exchange.status == 304 else None),
                    elapsed=0.0,
                    attempts=1,
                )
            raise FetchError("http", f"Le site a répondu {exchange.status}", url=current, status=exchange.status,
                             retry_after=_parse_retry_after(exchange.headers.get("retry-after")))
        raise FetchError("too_many_redirects", f"Trop de redirections (plus de {options.max_redirects})", url=url)

    def _wait_turn(self, host: str, min_delay: float) -> None:
        """Politeness: reserve the next start slot for ``host`` under the lock, then sleep outside it."""
        with self._lock:
            now = time.monotonic()
            previous = self._last_start.get(host)
            start = now if previous is None else max(now, previous + min_delay)
            self._last_start[host] = start
        if start > now:
            time.sleep(start - now)

    # --- one HTTP exchange -----------------------------------------------------------------------
    def _exchange(self, url: str, headers: dict[str, str], options: FetchOptions, *, truncate: bool) -> _Exchange:
        deadline = time.monotonic() + options.timeout
        watchdog = _Watchdog(url, check_peer=split_url(url)[1] not in self.allowed_hosts)
        # The per-operation timeouts are backstops; the watchdog and the deadline enforce the total budget.
        timeout = httpx.Timeout(options.timeout, connect=min(options.connect_timeout, options.timeout))
        timed_out = FetchError("timeout", f"Délai dépassé ({options.timeout:g} s)", url=url)
        watchdog.start(options.timeout)
        try:
            with self._client.stream("GET", url, headers=headers, timeout=timeout,
                                     extensions={"trace": watchdog.trace}) as response:
                response_headers = dict(response.headers.items())
                content = b""
                if 200 <= response.status_code < 300:
                    content = self._read_body(response, url, options, deadline, truncate=truncate)
            if watchdog.fired:
                raise timed_out
            return _Exchange(response.status_code, response_headers, content)
        except httpx.TimeoutException:
            raise timed_out
        except httpx.TransportError as exc:
            if watchdog.fired:
                raise timed_out
            raise FetchError("connection", f"Connexion au site impossible ({exc.__class__.__name__}: {exc})",
                             url=url)
        except httpx.DecodingError as exc:
            raise FetchError("http", f"Contenu compressé illisible ({exc})", url=url)
        except httpx.InvalidURL as exc:
            raise FetchError("invalid_url", f"Adresse invalide ({exc})", url=url)
        finally:
            watchdog.cancel()

    def _read_body(self, response: httpx.Response, url: str, options: FetchOptions, deadline: float, *,
                   truncate: bool) -> bytes:
        limit = options.max_bytes
        too_large = FetchError("too_large", f"Réponse trop volumineuse (> {_format_size(limit)})", url=url)
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit and not truncate:
            raise too_large
        encoding = response.headers.get("content-encoding", "").strip().lower()
        chunks: Iterator[bytes]
        if encoding in ("", "identity", "gzip", "x-gzip", "deflate"):
            inflater: _Inflater | None = _Inflater("deflate" if encoding == "deflate" else encoding)
            chunks = response.iter_raw(CHUNK_SIZE)
        else:
            # An encoding we did not ask for (br, zstd, stacked codings): httpx decodes it, chunk by chunk.
            inflater = None
            chunks = response.iter_bytes(CHUNK_SIZE)
        body = bytearray()
        try:
            for chunk in chunks:
                if time.monotonic() > deadline:
                    raise FetchError("timeout", f"Délai dépassé ({options.timeout:g} s)", url=url)
                # Ask for one byte more than the room left: getting it proves the body is too large.
                body += inflater.feed(chunk, limit - len(body) + 1) if inflater else chunk
                if len(body) > limit:
                    if truncate:
                        return bytes(body[:limit])
                    raise too_large
            if inflater:
                body += inflater.flush()
        except zlib.error as exc:
            raise FetchError("http", f"Contenu compressé illisible ({exc})", url=url)
        if len(body) > limit:
            if truncate:
                return bytes(body[:limit])
            raise too_large
        return bytes(body)

    # --- robots.txt ------------------------------------------------------------------------------
    def _robots_parser(self, origin: str, robots_url: str, options: FetchOptions) -> RobotsRules:
        with self._lock:
            cached = self._robots.get(origin)
            if cached and cached[0] > time.monotonic():
                return cached[1]
            origin_lock = self._robots_locks.setdefault(origin, threading.Lock())
        # One download per origin even when several threads ask at once.
        with origin_lock:
            with self._lock:
                cached = self._robots.get(origin)
                if cached and cached[0] > time.monotonic():
                    return cached[1]
            verdict, text, ttl = self._load_robots(origin, robots_url, options)
            parser = RobotsRules(verdict, text)
            with self._lock:
                self._robots[origin] = (time.monotonic() + ttl, parser)
            return parser

    def _load_robots(self, origin: str, robots_url: str, options: FetchOptions) -> tuple[str, str, float]:
        """Return (verdict, robots.txt text, seconds to keep it) following RFC 9309 section 2.3.1."""
        key = "carrefour:robots:" + hashlib.sha256(origin.encode()).hexdigest()[:32]
        shared = self._shared_get(key)
        if shared is not None:
            verdict, text, expires_at = shared
            return verdict, text, max(0.0, min(self.robots_ttl, expires_at - time.time()))
        robots_options = replace(options, retries=0, max_redirects=5, respect_robots=False,
                                 max_bytes=ROBOTS_MAX_BYTES)
        try:
            result = self._fetch_once(robots_url, robots_options, truncate=True)
        except FetchError as error:
            if (error.kind == "http" and error.status is not None and 400 <= error.status < 500) \
                    or error.kind == "too_many_redirects":
                verdict, text, ttl = "allow", "", self.robots_ttl  # "unavailable": no rules
            else:
                logger.warning("robots.txt unreachable, disallowing %s for now: %s", origin, error)
                verdict, text, ttl = "deny", "", self.robots_ttl
        else:
            verdict, text, ttl = "parse", result.content.decode("utf-8", errors="replace").lstrip("\ufeff"), \
                self.robots_ttl
        self._shared_set(key, (verdict, text, time.time() + ttl), ttl)
        return verdict, text, ttl

    def _shared_get(self, key: str) -> tuple[str, str, float] | None:
        if self._shared_cache is None:
            return None
        try:
            return self._shared_cache.get(key)
        except Exception:  # a broken cache must not stop a harvest
            logger.warning("robots.txt shared cache unavailable", exc_info=True)
            return None

    def _shared_set(self, key: str, value: tuple[str, str, float], ttl: float) -> None:
        if self._shared_cache is None:
            return
        try:
            self._shared_cache.set(key, value, ttl)
        except Exception:  # a broken cache must not stop a harvest
            logger.warning("robots.txt shared cache unavailable", exc_info=True)


def _retry_delay(error: FetchError, attempt: int, options: FetchOptions) -> float | None:
    """Seconds to wait before retrying after ``error``, or None when it is final."""
    if attempt > options.retries:
        return None
    delay = options.backoff * 2 ** (attempt - 1)
    if error.kind in ("timeout", "connection"):
        return delay
    if error.kind == "http" and error.status is not None and (error.status >= 500 or error.status == 429):
        if error.retry_after is not None:
            if error.retry_after > MAX_RETRY_AFTER:
                return None
            return max(delay, error.retry_after)
        return delay
    return None
