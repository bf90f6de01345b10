"""Shared fixtures: fixture HTTP servers, a real Celery worker, and the Chromium browser harness."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from carrefour.demo.fixture_server import FixtureServer

PROJECT_DIR = Path(__file__).resolve().parent.parent
FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS_DIR = PROJECT_DIR / "test-artifacts"
CHROMIUM = os.environ.get("CARREFOUR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Facet counts and robots.txt answers are cached: no test may see another's."""
    from django.core.cache import cache

    from search.thesaurus import thesaurus_forget

    cache.clear()
    thesaurus_forget()  # and the process's own copy of the synonym groups
    yield


# --- fixture HTTP servers ----------------------------------------------------------------------
@pytest.fixture
def fixture_server():
    """An HTTP server on 127.0.0.1 (random port) serving tests/fixtures/, with per-path overrides."""
    with FixtureServer(FIXTURES_DIR) as server:
        yield server


def wait_for(predicate, timeout: float = 30.0, message: str = "condition not met in time"):
    """Poll ``predicate`` until it returns something truthy (returned), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(message)


# --- a real Celery worker ----------------------------------------------------------------------
def database_url_for(settings_dict: dict) -> str:
    host = settings_dict.get("HOST") or ""
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    password = f":{quote(settings_dict['PASSWORD'], safe='')}" if settings_dict.get("PASSWORD") else ""
    return f"postgres://{settings_dict['USER']}{password}@{quote(str(host), safe='')}{port}/{settings_dict['NAME']}"


class WorkerProcess:
    """A ``celery worker`` subprocess consuming a private queue, on the test database."""

    def __init__(self, queue: str, name: str, env: dict[str, str]):
        self.queue, self.name, self.env = queue, name, env
        self.process: subprocess.Popen | None = None
        self.log_path = ARTIFACTS_DIR / f"worker-{name.split('@')[0]}.log"

    def start(self, timeout: float = 60) -> WorkerProcess:
        from carrefour.celery import app

        ARTIFACTS_DIR.mkdir(exist_ok=True)
        self.log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "carrefour", "worker", "--pool", "solo", "--queues", self.queue,
             "--hostname", self.name, "--without-gossip", "--without-mingle", "--loglevel", "INFO"],
            cwd=PROJECT_DIR, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited early; see {self.log_path}:\n{self.log_path.read_text()[-3000:]}")
            if app.control.ping(destination=[self.name], timeout=0.5):
                return self
        self.stop()
        raise RuntimeError(f"Celery worker did not answer within {timeout}s; see {self.log_path}")

    def stop(self, sig: int | None = None) -> None:
        if self.process and self.process.poll() is None:
            if sig is None:
                self.process.terminate()
            else:
                self.process.send_signal(sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()


@pytest.fixture
def celery_worker_process(transactional_db, settings):
    """Start a real worker on a private queue, and send this test's tasks through the real broker.

    Yields a factory: ``start()`` returns a running :class:`WorkerProcess` (call it again after a stop).
    """
    from django.db import connection

    from carrefour.celery import app

    queue = f"test-{uuid.uuid4().hex[:10]}"
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "carrefour.settings.test",
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "PYTHONUNBUFFERED": "1",
    }
    workers: list[WorkerProcess] = []
    previous = (app.conf.task_always_eager, app.conf.task_default_queue)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = queue

    def start(env: dict[str, str] | None = None) -> WorkerProcess:
        worker = WorkerProcess(queue, f"{queue}-{len(workers)}@localhost", {**base_env, **(env or {})}).start()
        workers.append(worker)
        return worker

    start.queue = queue
    try:
        yield start
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue = previous
        for worker in workers:
            worker.stop()
        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)


# --- browser harness -----------------------------------------------------------------------------
def _chromium_missing_reason() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        return f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    return None


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def pytest_collection_modifyitems(config, items):
    reason = _chromium_missing_reason()
    if reason is None:
        return
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items:
        return
    if os.environ.get("CARREFOUR_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"Browser tests are required (CARREFOUR_REQUIRE_BROWSER=1) but {reason}")
    sys.stderr.write(f"\n\n*** WARNING: {reason}: skipping {len(browser_items)} browser tests ***\n\n")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test body are
    # still synchronous and safe, so allow them explicitly.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(request, browser, live_server):
    """A fresh browser page; a screenshot is saved under test-artifacts/ when the test fails."""
    context = browser.new_context(locale="fr-FR", base_url=live_server.url)
    page = context.new_page()
    console_errors: list[str] = []
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    page.console_errors = console_errors
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS_DIR.mkdir(exist_ok=True)
        path = ARTIFACTS_DIR / f"{request.node.name}.png"
        page.screenshot(path=str(path), full_page=True)
        sys.stderr.write(f"\nScreenshot saved to {path}\n")
    context.close()
