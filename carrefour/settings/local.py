"""Development and demo settings: embedded PostgreSQL and embedded Valkey unless the environment says otherwise."""

from carrefour import broker, db

from .base import *  # noqa: F403
from .base import env, redis_cache

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-carrefour-do-not-use-in-production")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver", "[::1]"])

# Without REDIS_URL, start (or reuse) the embedded Valkey so worker, beat and web share a real broker.
REDIS_URL = env("REDIS_URL", default="") or broker.embedded_redis_url()
CELERY_BROKER_URL = REDIS_URL

# The demo's fixture sources are served on 127.0.0.1.
CARREFOUR_SSRF_ALLOWED_HOSTS = env.list("CARREFOUR_SSRF_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# DATABASE_URL, or the embedded PostgreSQL server started on demand.
DATABASES = {"default": db.database_config(db.database_url())}
# One cache namespace per database: a benchmark or a second checkout on another database never reads this one's
# pages or search index.
CACHES = redis_cache(REDIS_URL, prefix=f"carrefour:{DATABASES['default']['NAME']}")
