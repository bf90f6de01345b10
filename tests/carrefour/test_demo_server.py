"""The demo serves the portal as production does (issue 18; the brief's non-negotiable): gunicorn, DEBUG off,
static files collected and served with hashed names, the site's own error pages. Started here exactly as
``manage.py demo`` starts it (``gunicorn_command``, carrefour/settings/demo.py) and read over real HTTP."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from carrefour.management.commands.demo import DEMO_SETTINGS, gunicorn_command
from tests.conftest import database_url_for, wait_for
from tests.factories import make_initiative

BASE_DIR = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")


def _answers(url: str) -> bool:
    try:
        _get(url)  # any answer: the server is up (/healthz says 503 without a Celery worker)
        return True
    except OSError:
        return False


@pytest.fixture
def demo_server(transactional_db, tmp_path):
    from django.db import connection

    env = {**os.environ, **DEMO_SETTINGS, "DATABASE_URL": database_url_for(connection.settings_dict),
           "CARREFOUR_STATIC_ROOT": str(tmp_path / "static"), "DJANGO_SECRET_KEY": "test-only-demo-key",
           "PYTHONUNBUFFERED": "1"}
    env.pop("DJANGO_DEBUG", None)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env=env,
                   cwd=BASE_DIR, check=True)
    base = f"http://127.0.0.1:{_free_port()}"
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(gunicorn_command(base.removeprefix("http://")), env=env, cwd=BASE_DIR, stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: process.poll() is not None or _answers(f"{base}/healthz"), 60, "gunicorn never answered")
        assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_the_demo_runs_gunicorn_with_debug_off_and_collected_static_files(demo_server):
    initiative = make_initiative(title="Épicerie solidaire du quartier")
    status, headers, home = _get(f"{demo_server}/")
    assert status == 200 and headers.get("Server", "").startswith("gunicorn")
    # Static files under their hashed names (ManifestStaticFilesStorage), served by WhiteNoise for a year.
    stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', home)
    assert stylesheet, "no hashed stylesheet in the home page"
    status, headers, _ = _get(f"{demo_server}{stylesheet.group(1)}")
    assert status == 200 and "max-age=315360000" in headers.get("Cache-Control", "")

    status, _, page = _get(f"{demo_server}{initiative.get_absolute_url()}")
    assert status == 200 and "Épicerie solidaire du quartier" in page

    # A visitor's 404 is the site's page, never Django's debug page listing every route.
    status, _, missing = _get(f"{demo_server}/cette-page-n-existe-pas/")
    assert status == 404
    assert "URLconf" not in missing and "Traceback" not in missing and "DEBUG = True" not in missing
    assert "Page introuvable" in missing
