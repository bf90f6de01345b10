"""Request-level policies: the visitor's language, NUL characters in page addresses, the admin's script policy, a
clean 503 when the database is lost."""

import logging

from django.conf import settings
from django.http import QueryDict
from django.utils import translation
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)


class ChosenLanguageMiddleware:
    """Like Django's LocaleMiddleware, minus the Accept-Language negotiation.

    A browser set to English still gets the French site (the reference text); the language switcher stores an
    explicit choice in the language cookie, which this middleware honours.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response


class PageQueryNulMiddleware:
    """The one rule for NUL characters in a page's query string (``?q=jar%00din``): removed, as a browser would
    never send them and PostgreSQL refuses them in any text parameter. The API is strict instead: its parameter
    parsers answer 400 with the parameter's name (search/params.py, communities/api/serializers.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query and not request.path.startswith("/api/"):
            request.GET = QueryDict(query.replace("%00", ""), encoding=request.encoding)
        return self.get_response(request)


class AdminContentSecurityMiddleware:
    """Relax the Content-Security-Policy for the Wagtail admin only.

    Wagtail's admin (choosers, previews, StreamField) relies on inline scripts and same-origin frames; the
    public site keeps its strict nonce-based policy. Staff pages are behind login, so the wider policy does not
    expose visitors. Must sit after CSPMiddleware so that it marks the response before the header is built.
    """

    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.ADMIN_PREFIX):
            response._csp_replace = {
                "script-src": ["'self'", "'unsafe-inline'"],
                "frame-ancestors": ["'self'"],
                "frame-src": ["'self'"],
            }
            # The live preview panel frames admin URLs (XFrameOptionsMiddleware keeps a header already set).
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response


class DatabaseUnavailableMiddleware:
    """A lost database connection gives a clean 503 page, and the next request reconnects.

    The page is static (templates/503.html, no database access while rendering it), and the broken connection
    is closed so that Django opens a fresh one for the next request instead of reusing a dead socket.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.db import InterfaceError, OperationalError, connections
        from django.http import HttpResponse
        from django.template.loader import render_to_string

        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable during %s %s: %s", request.method, request.path, exception)
        for connection in connections.all(initialized_only=True):
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - a dead connection may fail to close; it is discarded anyway
                connection.connection = None
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
