"""Whole-page cache for anonymous visitors, invalidated by a content version.

Anonymous visitors of a public portal all see the same pages; rendering them once per version and serving
the stored HTML is what keeps the home page fast under load. Every change that visitors would notice
(a page published or unpublished, a featured initiative published, a harvest that changed initiatives) calls
``public_content_changed()``, which bumps the version: every cached page is stale at once, without having to
know which pages showed what. A short TTL bounds the staleness of live figures in between.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils import translation

VERSION_KEY = "carrefour:public-content-version"
PAGE_TTL = 300  # seconds
SEARCH_TTL = 60  # search pages and API answers: a minute at most behind an editor's change to one initiative
T = TypeVar("T")


def public_content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return int(version)


def public_content_changed() -> None:
    """Make every cached anonymous page stale (called after commits that change what visitors see)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing cached under the current one either
        cache.add(VERSION_KEY, 2, timeout=None)


def _cacheable(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not request.user.is_authenticated
        and not getattr(request, "is_preview", False)
        and not len(get_messages(request))  # a flash message is for one visitor only
    )


def _page_key(request: HttpRequest) -> str:
    # A digest of the path: any address may be requested, and a key must stay short and plain ASCII (memcached).
    path = hashlib.sha256(request.path.encode("utf-8", "surrogatepass")).hexdigest()
    return f"carrefour:page:{path}:{translation.get_language()}:{public_content_version()}"


def _cached_response(cache_key: str) -> HttpResponse | None:
    content = cache.get(cache_key)
    if content is None:
        return None
    response = HttpResponse(content, content_type="text/html; charset=utf-8")
    response["X-Carrefour-Cache"] = "hit"
    return response


def cached_anonymous_page(request: HttpRequest, render: Callable[[], HttpResponse]) -> HttpResponse:
    """Serve ``render()``'s HTML from the cache for anonymous visitors; everyone else gets a fresh render.

    Pages are stored by path; ``AnonymousPageCacheMiddleware`` answers later hits before URL routing.
    """
    if not _cacheable(request):
        return render()
    cache_key = _page_key(request)
    cached = _cached_response(cache_key)
    if cached is not None:
        return cached
    response = render()
    if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
        response.render()
    if response.status_code == 200 and not response.cookies:
        cache.set(cache_key, response.content, PAGE_TTL)
        response["X-Carrefour-Cache"] = "miss"
    return response


class AnonymousPageCacheMiddleware:
    """Answer anonymous requests for pages already cached by ``cached_anonymous_page`` before any routing.

    A hit then costs two cache reads instead of Wagtail's site and page lookups. Placed after the
    authentication and messages middleware, which it needs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _cacheable(request):
            cached = _cached_response(_page_key(request))
            if cached is not None:
                return cached
        return self.get_response(request)


def _view_key(request: HttpRequest, kind: str) -> str:
    # The full address (query string included), the language, and the headers that select a partial response.
    parts = (request.get_full_path(), translation.get_language() or "",
             request.headers.get("HX-Request", ""), request.headers.get("X-Requested-With", ""))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"carrefour:{kind}:{digest}:{public_content_version()}"


def _anonymous(request: HttpRequest) -> bool:
    return (settings.CARREFOUR_ANONYMOUS_VIEW_CACHE and request.method in ("GET", "HEAD")
            and not request.user.is_authenticated
            and not len(get_messages(request)))


def anonymous_view_cache(ttl: int):
    """Cache a view's whole HTML response for anonymous visitors, per address (query string included).

    For pages that depend on the query string (search) or that the middleware's path-only cache cannot serve. The
    key carries the content version, so a harvest or a publication makes them stale at once; ``ttl`` bounds what
    the version does not cover (an editor's change to one initiative). A response carrying a CSRF token or
    setting a cookie is never stored: it belongs to one visitor.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not _anonymous(request):
                return view(request, *args, **kwargs)
            key = _view_key(request, "view")
            stored = cache.get(key)
            if stored is not None:
                content, content_type, vary = stored
                response = HttpResponse(content, content_type=content_type)
                if vary:
                    response["Vary"] = vary
                response["X-Carrefour-Cache"] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.render()
            if (response.status_code == 200 and not response.cookies and not response.streaming
                    and b"csrfmiddlewaretoken" not in response.content):
                cache.set(key, (response.content, response["Content-Type"], response.get("Vary", "")), ttl)
                response["X-Carrefour-Cache"] = "miss"
            return response

        return wrapped

    return decorator


def cached_urlpatterns(patterns: list, ttls: dict[str, int]) -> list:
    """``patterns`` with the views named in ``ttls`` wrapped in :func:`anonymous_view_cache` (per-view caching in
    the URLconf, as Django's cache documentation recommends: the apps' views know nothing of the cache)."""
    wrapped = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and pattern.name in ttls:
            pattern = URLPattern(pattern.pattern, anonymous_view_cache(ttls[pattern.name])(pattern.callback),
                                 pattern.default_args, pattern.name)
        wrapped.append(pattern)
    return wrapped


def anonymous_data_cache(request: HttpRequest, compute: Callable[[], T], *, ttl: int) -> T:
    """``compute()``'s result for this address, cached for anonymous clients (API views: data, not rendering).

    Called inside the view, so authentication, permissions and throttling have already run.
    """
    if not _anonymous(request):
        return compute()
    key = _view_key(request, "data")
    stored = cache.get(key)
    if stored is None:
        stored = compute()
        cache.set(key, stored, ttl)
    return stored
