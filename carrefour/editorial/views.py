"""Editorial views that are not pages of the tree: all prizes, article search, robots.txt."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from carrefour.editorial import selectors


def laureates(request: HttpRequest) -> HttpResponse:
    """Every prize with its editions and latest laureates; each links to its page when editors published one."""
    return render(request, "editorial/laureates.html", {
        "page_title": _("Prix et lauréats"), "prizes": selectors.prize_list(),
    })


def article_search(request: HttpRequest) -> HttpResponse:
    q = (request.GET.get("q") or "").strip()[:200]
    results = selectors.page_search(q=q, specific=True) if q else []
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "editorial/article_search.html", {
        "page_title": _("« %(q)s » — Articles et pages") % {"q": q} if q else _("Rechercher dans les articles"),
        "q": q, "page_obj": page_obj, "query_string": f"q={q}" if q else "",
    })


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /comptes/",
        # The API's searches are endless like the search pages; its open data is not (RFC 9309: the longest
        # matching rule wins, so these Allow lines beat "Disallow: /api/").
        "Disallow: /api/",
        "Allow: /api/export/",
        "Allow: /api/docs/",
        "Allow: /api/schema/",
        # Search result pages are endless combinations of filters: crawlers get the sitemap instead.
        "Disallow: /recherche/?",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
