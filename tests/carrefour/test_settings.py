"""Production settings fail fast without secrets and pass Django's deployment checks."""

import os
import subprocess
import sys

from tests.conftest import PROJECT_DIR

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "carrefour.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-0123456789",
    "DJANGO_ALLOWED_HOSTS": "carrefour.example.fr",
    "DATABASE_URL": "postgres://carrefour@127.0.0.1:5432/carrefour",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp+tls://user:password@smtp.example.fr:587",
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env={**clean, **env}, capture_output=True, text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_the_documented_production_environment():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_without_secret_key_fails_fast():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DJANGO_SECRET_KEY"}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_security_headers_are_sent(client, db):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_only_the_wagtail_admin_gets_a_wider_script_policy(client, db):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    admin = client.get("/admin/")
    directives = dict(part.strip().split(" ", 1) for part in admin.headers["Content-Security-Policy"].split(";"))
    assert "'unsafe-inline'" in directives["script-src"]  # Wagtail's choosers and StreamField need it
    assert directives["frame-ancestors"] == "'self'" and admin.headers["X-Frame-Options"] == "SAMEORIGIN"
    public = client.get("/recherche/")
    assert "unsafe-inline" not in dict(
        part.strip().split(" ", 1) for part in public.headers["Content-Security-Policy"].split(";")
    )["script-src"]
    assert public.headers["X-Frame-Options"] == "DENY"
    # No call to wagtail.org from the dashboard (issue 18: the CSP blocked it, a console error on every view).
    assert 'data-controller="w-upgrade' not in admin.content.decode()


def test_collectstatic_with_the_production_manifest_storage(tmp_path):
    # The manifest storage fails on a reference it cannot resolve (a vendored source map, a CSS url()):
    # that would break a deployment, so the README's collectstatic step runs here into a temporary folder.
    code = (
        "import django; django.setup(); from django.test.utils import override_settings; "
        "from django.core.management import call_command; "
        f"override_settings(STATIC_ROOT={str(tmp_path)!r}).enable(); "
        "call_command('collectstatic', '--noinput', verbosity=0)"
    )
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_"))}
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, env={**clean, **PRODUCTION_ENV},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "staticfiles.json").exists()
    assert (tmp_path / "vendor" / "leaflet-1.9.4" / "leaflet.js").exists()
