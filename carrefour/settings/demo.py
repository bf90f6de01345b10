"""The demo as production runs: DEBUG off, a real WSGI server (gunicorn, started by ``manage.py demo``), static
files collected and served by WhiteNoise with hashed names, the error pages a visitor would get.

Only what a laptop lacks differs from production: the embedded PostgreSQL and Valkey (``local``), mail printed on
the console, no HTTPS redirect (it serves http://127.0.0.1), and a secret key generated once per checkout in
``.data/`` unless DJANGO_SECRET_KEY is set.
"""

import secrets
from pathlib import Path

from .base import BASE_DIR, env
from .local import *  # noqa: F403


def _secret_key() -> str:
    path = BASE_DIR / ".data" / "demo-secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="") or _secret_key()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
STATIC_ROOT = Path(env("CARREFOUR_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
SESSION_COOKIE_HTTPONLY = True
