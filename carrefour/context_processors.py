from django.conf import settings


def _canonical_url(request) -> str:
    """This page's address without its query string, but with its page number past the first (a list's later
    pages are pages of their own). Views whose query string *is* the content (the search) pass their own."""
    page = request.GET.get("page", "")
    suffix = f"?page={int(page)}" if page.isdigit() and int(page) > 1 else ""
    return request.build_absolute_uri(request.path) + suffix


def site(request):
    """Values every page needs, without a database query.

    ``CONTENT_LANGUAGE``: harvested records and editorial pages are written in the reference language; an English page
    marks them with ``lang`` so that screen readers pronounce them as French (RGAA 8.7)."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "SITE_URL": settings.SITE_URL,
            "canonical_url": _canonical_url(request), "CONTENT_LANGUAGE": settings.LANGUAGE_CODE}
