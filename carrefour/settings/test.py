"""Test settings: fast hashing, local memory cache, eager tasks.

The broker is still a real one (REDIS_URL, or the embedded Valkey) so that the tests which send a
task to a real worker (see tests/conftest.py) and the health checks talk to it.
"""

from carrefour import broker, db

from .base import *  # noqa: F403
from .base import REDIS_URL, env

SECRET_KEY = "test-only-key-carrefour"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# DATABASE_URL, or the embedded PostgreSQL server; pytest-django creates its own test_* database.
DATABASES = {"default": db.database_config(db.database_url())}

# Local memory even with REDIS_URL: each test clears it (tests/conftest.py), which must never flush a shared Redis.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Database 15 of the embedded server keeps test messages away from a running demo's queues.
CELERY_BROKER_URL = REDIS_URL or broker.embedded_redis_url(db=15)
# A real worker started by a test may turn this off to publish its follow-up tasks through the broker as in production.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
CELERY_TASK_EAGER_PROPAGATES = True

CARREFOUR_SSRF_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "10000/minute", "user": "10000/minute"}}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="WARNING")}}  # noqa: F405

# Per-view caches of search pages and API answers (carrefour/cache.py) are off: most tests change data and search
# again within one transaction, where the content version is bumped only on commit. tests/carrefour/
# test_view_cache.py turns them on.
CARREFOUR_ANONYMOUS_VIEW_CACHE = False
