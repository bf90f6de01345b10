"""The fixture HTTP server serves files, errors and latency, and honours conditional requests."""

import time

import httpx


def test_serves_files_and_overrides(fixture_server, tmp_path):
    url = fixture_server.add("/hello.json", '{"bonjour": "monde"}')
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.json() == {"bonjour": "monde"}
    assert response.headers["content-type"].startswith("application/json")
    assert httpx.get(fixture_server.url("/absent")).status_code == 404
    assert httpx.get(fixture_server.url("/../conftest.py")).status_code == 404


def test_errors_and_latency(fixture_server):
    fixture_server.fail("/boom", 503)
    fixture_server.add("/slow", "ok", delay=0.3)
    assert httpx.get(fixture_server.url("/boom")).status_code == 503
    started = time.monotonic()
    assert httpx.get(fixture_server.url("/slow")).text == "ok"
    assert time.monotonic() - started >= 0.3
    assert fixture_server.hits["/slow"] == 1


def test_etag_and_last_modified(fixture_server):
    url = fixture_server.add("/feed.xml", "<rss/>", headers={"Last-Modified": "Mon, 02 Nov 2026 10:00:00 GMT"})
    first = httpx.get(url)
    etag = first.headers["etag"]
    assert httpx.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    assert httpx.get(url, headers={"If-Modified-Since": "Tue, 03 Nov 2026 10:00:00 GMT"}).status_code == 304
    assert httpx.get(url, headers={"If-Modified-Since": "Sun, 01 Nov 2026 10:00:00 GMT"}).status_code == 200


def test_dynamic_handler_sees_query_parameters(fixture_server):
    from carrefour.demo.fixture_server import Route

    fixture_server.add_handler("/api", lambda query: Route(body=("page " + query.get("page", ["1"])[0]).encode()))
    assert httpx.get(fixture_server.url("/api?page=3")).text == "page 3"
    assert httpx.get(fixture_server.url("/api")).text == "page 1"
