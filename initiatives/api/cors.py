"""CORS for the public, read-only API: any site may call it from a browser (open data), never with credentials.

`Access-Control-Allow-Origin: *` forbids credentialed requests by the Fetch standard, so a page elsewhere can read
what an anonymous visitor could, and nothing a signed-in member sees. Community endpoints (which use the session)
get no CORS header at all. One function, used by `PublicReadOnlyMixin` and the few plain views that serve open data.
"""

from __future__ import annotations

import functools

from django.http import HttpRequest, HttpResponse

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type"
PREFLIGHT_MAX_AGE = str(24 * 3600)


def allow_any_origin(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    if request.method == "OPTIONS":
        response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
        response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    else:
        # Let a script read the pagination and rate-limit headers too.
        response["Access-Control-Expose-Headers"] = "Link, Retry-After, Content-Disposition"
    return response


def public_cors(view):
    """The same, for a plain Django view."""
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        return allow_any_origin(request, view(request, *args, **kwargs))
    return wrapped
