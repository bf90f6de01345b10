"""The harvest fetcher against real HTTP servers on 127.0.0.1: happy paths, misbehaving servers, SSRF guard."""

from __future__ import annotations

import gzip
import pickle
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings

from carrefour.demo.fixture_server import FixtureServer, Route
from search.harvest import ssrf
from search.harvest.fetch import Fetcher, FetchError, FetchOptions, check_url

LOCAL = ("127.0.0.1",)
# Tiny limits keep the file fast; robots.txt stays on unless a test is about something else.
FAST = FetchOptions(connect_timeout=1.0, timeout=3.0, retries=0, backoff=0.01, min_delay=0.0)


@pytest.fixture(scope="module")
def module_fixture_server() -> Iterator[FixtureServer]:
    with FixtureServer(Path(__file__).resolve().parents[1] / "fixtures") as server:
        yield server


@pytest.fixture
def fixture_server(module_fixture_server: FixtureServer) -> FixtureServer:
    """The conftest server, shared by this module and reset per test: stopping one waits out its 0.5 s poll."""
    server = module_fixture_server
    server.routes.clear()
    server.handlers.clear()
    server.hits.clear()
    server.requests.clear()
    return server


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(allowed_hosts=LOCAL) as instance:
        yield instance


# --- a bare TCP server for peers that http.server cannot imitate ----------------------------------
class RawServer:
    """Accepts connections on 127.0.0.1, reads the request head, then lets ``respond`` misbehave."""

    def __init__(self, respond: Callable[[socket.socket, threading.Event], None]):
        self._respond = respond
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self.requests: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            try:
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                self.requests.append(head)
                self._respond(conn, self._stop)
            except OSError:
                pass  # the fetcher hung up on us, as it should

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket, threading.Event], None]], RawServer]]:
    servers: list[RawServer] = []

    def start(respond: Callable[[socket.socket, threading.Event], None]) -> RawServer:
        servers.append(RawServer(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def trickle_headers(conn: socket.socket, stop: threading.Event) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok":
        conn.sendall(bytes([byte]))
        if stop.wait(0.3):
            return


def trickle_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n")
    while not stop.wait(0.3):
        conn.sendall(b"x")


def endless_chunked(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n" % (64 * 1024) + b"a" * (64 * 1024) + b"\r\n"
    while not stop.is_set():
        conn.sendall(chunk)


def huge_content_length(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10737418240\r\n\r\n")
    stop.wait(5)


def peak_memory(call: Callable[[], Any]) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the caller inspects it
        error: BaseException | None = exc
    else:
        error = None
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return error, peak


# --- happy paths ------------------------------------------------------------------------------------
def test_fetch_returns_content_headers_and_validators(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/api/items.json", '{"items": []}', headers={"X-Total-Count": "0"},
                             content_type="application/json")

    result = fetcher.fetch(url, options=FAST)

    assert result.status == 200
    assert result.url == url
    assert result.content == b'{"items": []}'
    assert result.headers["x-total-count"] == "0"
    assert result.headers["content-type"] == "application/json"
    assert result.etag and result.etag == result.headers["etag"]
    assert result.not_modified is False
    assert result.attempts == 1
    assert result.elapsed > 0


def test_user_agent_names_carrefour_and_its_about_page(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/page", "ok")

    fetcher.fetch(url, options=FAST)

    expected = f"CarrefourBot/1.0 (+{django_settings.SITE_URL}/a-propos/; moissonneur du Carrefour des innovations sociales)"
    assert fetcher.user_agent == expected
    assert [path for _, path, _ in fixture_server.requests] == ["/robots.txt", "/page"]
    assert {headers["User-Agent"] for _, _, headers in fixture_server.requests} == {expected}


def test_gzip_body_is_decoded(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/feed.xml", gzip.compress(b"<rss/>" * 1000), headers={"Content-Encoding": "gzip"})

    assert fetcher.fetch(url, options=FAST).content == b"<rss/>" * 1000


def test_conditional_get_by_etag(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/feed.xml", "<rss/>")
    first = fetcher.fetch(url, options=FAST)

    second = fetcher.fetch(url, options=FAST, etag=first.etag)

    assert second.status == 304
    assert second.not_modified is True
    assert second.content == b""
    assert second.etag == first.etag
    assert fixture_server.requests[-1][2]["If-None-Match"] == first.etag


def test_conditional_get_by_last_modified(fixture_server: FixtureServer, fetcher: Fetcher):
    stamp = "Mon, 06 Jan 2025 10:00:00 GMT"
    url = fixture_server.add("/export.csv", "a;b\n", headers={"Last-Modified": stamp})
    first = fetcher.fetch(url, options=FAST)
    assert first.last_modified == stamp

    second = fetcher.fetch(url, options=FAST, last_modified=first.last_modified)

    assert second.not_modified is True
    assert second.last_modified == stamp
    assert fixture_server.requests[-1][2]["If-Modified-Since"] == stamp
    assert "If-None-Match" not in fixture_server.requests[-1][2]


# --- redirects --------------------------------------------------------------------------------------
def test_redirects_are_followed_with_relative_locations(fixture_server: FixtureServer, fetcher: Fetcher):
    fixture_server.add("/old", status=301, headers={"Location": "/middle"})
    fixture_server.add("/middle", status=302, headers={"Location": "new?page=1"})
    target = fixture_server.add("/new", "arrivé")

    result = fetcher.fetch(fixture_server.url("/old"), options=FAST)

    assert result.url == target + "?page=1"
    assert result.content == "arrivé".encode()
    assert fixture_server.hits["/new?page=1"] == 1


@pytest.mark.parametrize("location", [
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:{port}/secret",
    "http://[::ffff:127.0.0.1]:{port}/secret",
    "http://2130706433:{port}/secret",
    "http://localhost:{port}/secret",
    "file:///etc/passwd",
])
def test_redirect_to_a_forbidden_address_is_refused(fixture_server: FixtureServer, fetcher: Fetcher, location: str):
    fixture_server.add("/secret", "les clés du serveur")
    url = fixture_server.add("/go", status=302, headers={"Location": location.format(port=fixture_server.port)})

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FAST)

    assert excinfo.value.kind in ("ssrf", "invalid_url")
    assert not excinfo.value.url.endswith("/go")  # refused on the redirect hop
    assert fixture_server.hits["/secret"] == 0


def test_redirect_loop_is_cut(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/loop", status=302, headers={"Location": "/loop"})

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "max_redirects": 3}))

    assert excinfo.value.kind == "too_many_redirects"
    assert fixture_server.hits["/loop"] == 4  # the first request and three redirects


# --- retries ----------------------------------------------------------------------------------------
def test_server_errors_are_retried_with_backoff(fixture_server: FixtureServer, fetcher: Fetcher):
    answers = iter([Route(b"oups", status=500), Route(b"oups", status=503), Route(b"enfin")])
    url = fixture_server.add_handler("/flaky", lambda query: next(answers))

    result = fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "retries": 2, "backoff": 0.05}))

    assert result.content == b"enfin"
    assert result.attempts == 3
    assert fixture_server.hits["/flaky"] == 3
    assert result.elapsed >= 0.05 + 0.1  # backoff doubled


def test_persistent_server_error_raises_http_error(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.fail("/broken", 500)

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "retries": 2}))

    assert (excinfo.value.kind, excinfo.value.status, excinfo.value.attempts) == ("http", 500, 3)
    assert fixture_server.hits["/broken"] == 3
    assert "500" in str(excinfo.value)


def test_client_errors_are_not_retried(fixture_server: FixtureServer, fetcher: Fetcher):
    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(fixture_server.url("/missing"), options=FetchOptions(**{**FAST.__dict__, "retries": 2}))

    assert (excinfo.value.kind, excinfo.value.status, excinfo.value.attempts) == ("http", 404, 1)
    assert fixture_server.hits["/missing"] == 1


def test_429_honours_a_short_retry_after_and_gives_up_on_a_long_one(fixture_server: FixtureServer,
                                                                     fetcher: Fetcher):
    answers = iter([Route(b"", status=429, headers={"Retry-After": "0"}), Route(b"ok")])
    short = fixture_server.add_handler("/short", lambda query: next(answers))
    long = fixture_server.add("/long", status=429, headers={"Retry-After": "3600"})
    options = FetchOptions(**{**FAST.__dict__, "retries": 2})

    assert fetcher.fetch(short, options=options).attempts == 2
    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(long, options=options)

    assert (excinfo.value.status, excinfo.value.retry_after, excinfo.value.attempts) == (429, 3600, 1)


def test_connection_refused_is_retried_then_reported(fetcher: Fetcher):
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]  # nobody listens once closed

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(f"http://127.0.0.1:{port}/", options=FetchOptions(**{**FAST.__dict__, "retries": 1,
                                                                           "respect_robots": False}))

    assert (excinfo.value.kind, excinfo.value.attempts) == ("connection", 2)


# --- size cap and deadline --------------------------------------------------------------------------
def test_declared_content_length_over_the_cap_is_refused(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/big.csv", b"x" * 200_000)

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "max_bytes": 100 * 1024}))

    assert excinfo.value.kind == "too_large"
    assert str(excinfo.value).startswith("Réponse trop volumineuse (> 100 Ko)")


def test_huge_declared_length_is_refused_before_reading(raw_server, fetcher: Fetcher):
    server = raw_server(huge_content_length)
    started = time.monotonic()

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(server.url(), options=FetchOptions(**{**FAST.__dict__, "respect_robots": False}))

    assert excinfo.value.kind == "too_large"
    assert str(excinfo.value).startswith("Réponse trop volumineuse (> 10 Mo)")
    assert time.monotonic() - started < 1


def test_endless_chunked_body_is_cut_with_bounded_memory(raw_server, fetcher: Fetcher):
    server = raw_server(endless_chunked)
    options = FetchOptions(**{**FAST.__dict__, "respect_robots": False, "max_bytes": 1024 * 1024})
    started = time.monotonic()

    error, peak = peak_memory(lambda: fetcher.fetch(server.url(), options=options))

    assert isinstance(error, FetchError) and error.kind == "too_large"
    assert time.monotonic() - started < 2
    assert peak < 6 * 1024 * 1024


def test_decompression_bomb_counts_decoded_bytes(fixture_server: FixtureServer, fetcher: Fetcher):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)  # about 50 KB on the wire
    url = fixture_server.add("/bomb.json", bomb, headers={"Content-Encoding": "gzip"})
    options = FetchOptions(**{**FAST.__dict__, "max_bytes": 1024 * 1024})

    error, peak = peak_memory(lambda: fetcher.fetch(url, options=options))

    assert isinstance(error, FetchError) and error.kind == "too_large"
    assert peak < 6 * 1024 * 1024


@pytest.mark.parametrize("respond", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_slow_loris_is_cut_at_the_total_deadline(raw_server, fetcher: Fetcher, respond):
    server = raw_server(respond)
    started = time.monotonic()

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(server.url(), options=FetchOptions(**{**FAST.__dict__, "timeout": 1.0,
                                                            "respect_robots": False}))

    assert excinfo.value.kind == "timeout"
    assert 0.9 < time.monotonic() - started < 1.8


# --- robots.txt -------------------------------------------------------------------------------------
ROBOTS = """\
User-agent: CarrefourBot
Disallow: /prive/

User-agent: *
Disallow: /
"""


def test_robots_disallow_is_obeyed_for_our_token(fixture_server: FixtureServer, fetcher: Fetcher):
    fixture_server.add("/robots.txt", ROBOTS, content_type="text/plain")
    fixture_server.add("/prive/fiche", "secret")
    public = fixture_server.add("/public/fiche", "ok")

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(fixture_server.url("/prive/fiche"), options=FAST)

    assert excinfo.value.kind == "robots"
    assert fixture_server.hits["/prive/fiche"] == 0
    assert fetcher.fetch(public, options=FAST).content == b"ok"  # our group wins over "*"
    assert fixture_server.hits["/robots.txt"] == 1  # cached


def test_robots_star_group_applies_to_us(fixture_server: FixtureServer, fetcher: Fetcher):
    fixture_server.add("/robots.txt", "User-agent: *\nDisallow: /\n")

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(fixture_server.add("/page", "ok"), options=FAST)

    assert excinfo.value.kind == "robots"


def test_missing_robots_allows_everything(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/page", "ok")

    assert fetcher.fetch(url, options=FAST).content == b"ok"
    assert fixture_server.hits["/robots.txt"] == 1


def test_robots_server_error_disallows_everything(fixture_server: FixtureServer, fetcher: Fetcher):
    fixture_server.fail("/robots.txt", 500)
    url = fixture_server.add("/page", "ok")

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FAST)

    assert excinfo.value.kind == "robots"
    assert "robots.txt" in str(excinfo.value)
    assert fixture_server.hits["/page"] == 0


def test_robots_is_fetched_once_per_origin_until_it_expires(fixture_server: FixtureServer):
    first, second = fixture_server.add("/a", "a"), fixture_server.add("/b", "b")
    with Fetcher(allowed_hosts=LOCAL) as fetcher:
        fetcher.fetch(first, options=FAST)
        fetcher.fetch(second, options=FAST)
    assert fixture_server.hits["/robots.txt"] == 1

    with Fetcher(allowed_hosts=LOCAL, robots_ttl=0) as fetcher:
        fetcher.fetch(first, options=FAST)
        fetcher.fetch(second, options=FAST)
    assert fixture_server.hits["/robots.txt"] == 3


def test_robots_verdict_can_be_shared_through_a_cache(fixture_server: FixtureServer):
    class DictCache(dict):
        def set(self, key: str, value: Any, timeout: float | None = None) -> None:
            self[key] = value

    fixture_server.add("/robots.txt", "User-agent: *\nDisallow: /prive/\n")
    shared = DictCache()
    for _ in range(2):
        with Fetcher(allowed_hosts=LOCAL, robots_cache=shared) as fetcher:
            assert fetcher.fetch(fixture_server.add("/page", "ok"), options=FAST).content == b"ok"
            assert not fetcher.robots_allowed(fixture_server.url("/prive/x"))

    assert fixture_server.hits["/robots.txt"] == 1


ROBOTS_9309 = """User-agent: *
Disallow: /

User-agent: CarrefourBot
Disallow: /*.pdf$
Disallow: /prive
Allow: /prive/ouvert
Disallow: /archives/
Allow: /archives/
"""


@pytest.mark.parametrize("path, allowed", [
    ("/a.pdf", False),  # "$" anchors the end
    ("/a.pdf?v=2", True),
    ("/dossier/b.pdf", False),  # "*" matches any run of characters
    ("/prive/x", False),
    ("/prive/ouvert/page", True),  # the longest match wins, whatever the order
    ("/archives/2020", True),  # equal length: Allow wins
    ("/", True),  # our group applies, not the "*" one
])
def test_robots_rules_follow_rfc_9309(fixture_server: FixtureServer, fetcher: Fetcher, path, allowed):
    fixture_server.add("/robots.txt", ROBOTS_9309, content_type="text/plain")
    assert fetcher.robots_allowed(fixture_server.url(path)) is allowed


def test_harvests_share_robots_txt_for_a_day(fixture_server: FixtureServer):
    """A harvest asks the Fetcher with the shared Django cache: the next harvest (another Fetcher, another worker)
    reads robots.txt from it instead of fetching it again."""
    from django.core.cache import cache

    fixture_server.add("/robots.txt", "User-agent: *\nDisallow: /prive/\n")
    for _ in range(3):
        with Fetcher(allowed_hosts=LOCAL, robots_cache=cache) as fetcher:
            assert not fetcher.robots_allowed(fixture_server.url("/prive/x"))
    assert fixture_server.hits["/robots.txt"] == 1


def test_an_unreachable_robots_txt_forbids_everything_for_the_whole_period(fixture_server: FixtureServer):
    from django.core.cache import cache

    fixture_server.fail("/robots.txt", 503)
    for _ in range(2):
        with Fetcher(allowed_hosts=LOCAL, robots_cache=cache) as fetcher:
            assert not fetcher.robots_allowed(fixture_server.url("/page"))
    assert fixture_server.hits["/robots.txt"] == 1  # the verdict holds (RFC 9309 §2.3.1.4), not re-asked each run


# --- politeness -------------------------------------------------------------------------------------
def test_requests_to_one_host_are_spaced_by_min_delay(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/page", "ok")
    polite = FetchOptions(**{**FAST.__dict__, "min_delay": 0.2, "respect_robots": False})
    started = time.monotonic()

    for _ in range(3):
        fetcher.fetch(url, options=polite)
    sequential = time.monotonic() - started

    threads = [threading.Thread(target=fetcher.fetch, args=(url,), kwargs={"options": polite}) for _ in range(3)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    concurrent = time.monotonic() - started

    assert sequential >= 0.4
    assert concurrent >= 0.5  # three more slots after the last sequential start
    assert fixture_server.hits["/page"] == 6


def test_without_min_delay_requests_do_not_wait(fixture_server: FixtureServer, fetcher: Fetcher):
    url = fixture_server.add("/page", "ok")
    started = time.monotonic()

    for _ in range(3):
        fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "respect_robots": False}))

    assert time.monotonic() - started < 0.4


# --- SSRF guard -------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", [
    "http://127.0.0.1/",
    "http://127.0.0.1:8000/admin/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.1.1/",
    "http://100.100.100.200/",
    "http://169.254.169.254/latest/meta-data/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://[::1]/",
    "http://[::]/",
    "http://[fe80::1]/",
    "http://[fec0::1]/",
    "http://[fc00::1]/",
    "http://[fd00:ec2::254]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[2002:c0a8:101::]/",  # 6to4 around 192.168.1.1
    "http://[64:ff9b::a00:1]/",  # NAT64 around 10.0.0.1
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://localhost/",
    "https://LOCALHOST:8443/",
])
def test_check_url_refuses_internal_addresses(url: str):
    with pytest.raises(FetchError) as excinfo:
        check_url(url, allowed_hosts=())

    assert excinfo.value.kind == "ssrf"
    assert excinfo.value.url == url
    assert str(excinfo.value).startswith("Adresse refusée")


@pytest.mark.parametrize("url", [
    "ftp://example.org/file",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "gopher://example.org/",
    "http:///no-host",
    "http://example.org:99999/",
    "//example.org/",
    "",
])
def test_check_url_refuses_other_schemes_and_malformed_urls(url: str):
    with pytest.raises(FetchError) as excinfo:
        check_url(url)

    assert excinfo.value.kind == "invalid_url"


@pytest.mark.parametrize("url", ["http://93.184.215.14/", "https://[2606:4700:4700::1111]/dns-query"])
def test_check_url_accepts_public_addresses(url: str):
    check_url(url)


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names resolved without the network; other names go to the real resolver."""
    records: dict[str, list[str]] = {}
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in records:
            return real_getaddrinfo(host, port, *args, **kwargs)
        if not records[host]:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))
                for address in records[host]]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return records


def test_check_url_refuses_a_name_resolving_to_loopback(fake_dns: dict[str, list[str]]):
    fake_dns["evil.example"] = ["127.0.0.1"]

    with pytest.raises(FetchError) as excinfo:
        check_url("https://evil.example/feed", allowed_hosts=LOCAL)

    assert excinfo.value.kind == "ssrf"


def test_check_url_refuses_when_any_address_is_internal(fake_dns: dict[str, list[str]]):
    fake_dns["mixed.example"] = ["93.184.215.14", "10.1.2.3"]
    fake_dns["good.example"] = ["93.184.215.14", "2606:4700:4700::1111"]

    with pytest.raises(FetchError):
        check_url("https://mixed.example/")
    check_url("https://good.example/")


def test_unresolvable_host_is_a_connection_error(fake_dns: dict[str, list[str]]):
    fake_dns["nowhere.example"] = []

    with pytest.raises(FetchError) as excinfo:
        check_url("https://nowhere.example/")

    assert excinfo.value.kind == "connection"
    assert "Nom d'hôte introuvable" in str(excinfo.value)


def test_allow_list_is_by_exact_host_name():
    allowed = ("127.0.0.1", "localhost")
    check_url("http://127.0.0.1:8000/", allowed_hosts=allowed)
    check_url("http://LocalHost/", allowed_hosts=allowed)
    for url in ("http://2130706433/", "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://[::1]/",
                "http://0x7f.1/", "http://127.0.0.2/", "http://127.0.0.1\\@169.254.169.254/",
                "http://localhost@10.0.0.1/"):
        with pytest.raises(FetchError):
            check_url(url, allowed_hosts=allowed)


def test_fetcher_reads_the_allow_list_from_settings(settings):
    settings.CARREFOUR_SSRF_ALLOWED_HOSTS = ["Demo.Local"]

    with Fetcher() as fetcher:
        assert fetcher.allowed_hosts == frozenset({"demo.local"})


def test_peer_address_is_checked_again_at_connection(fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch):
    """DNS rebinding: the name looked public when checked but the connection lands on loopback."""
    monkeypatch.setattr(ssrf, "resolve", lambda host, port: [ssrf.parse_ip("93.184.215.14")])
    url = fixture_server.add("/page", "ok")

    with Fetcher(allowed_hosts=()) as fetcher, pytest.raises(FetchError) as excinfo:
        fetcher.fetch(url, options=FetchOptions(**{**FAST.__dict__, "respect_robots": False}))

    assert excinfo.value.kind == "ssrf"
    assert fixture_server.hits["/page"] == 0


def test_fetch_refuses_invalid_and_internal_urls_without_network(fetcher: Fetcher):
    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch("file:///etc/passwd", options=FAST)
    assert excinfo.value.kind == "invalid_url"

    with pytest.raises(FetchError) as excinfo:
        fetcher.fetch("http://169.254.169.254/latest/meta-data/", options=FetchOptions(retries=2))
    assert (excinfo.value.kind, excinfo.value.attempts) == ("ssrf", 1)


# --- the error type ---------------------------------------------------------------------------------
def test_fetch_error_survives_pickling_for_celery():
    error = FetchError("http", "Le site a répondu 503", url="https://example.org/", status=503, retry_after=2.0)

    copy = pickle.loads(pickle.dumps(error))

    assert (copy.kind, copy.url, copy.status, copy.retry_after) == ("http", "https://example.org/", 503, 2.0)
    assert str(copy) == "Le site a répondu 503 : https://example.org/"


def test_fetch_error_rejects_unknown_kinds():
    with pytest.raises(ValueError):
        FetchError("oops")
