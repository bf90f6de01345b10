"""Public pages of the search app: the partner platforms and the federated search page."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from carrefour.cache import SEARCH_TTL, anonymous_view_cache
from initiatives.models import Initiative, SourceRecord
from initiatives.text import text_key
from search.live import live_search
from search.opendata.visuals import MAP_LEVELS, choropleth, observatory_charts
from search.params import FACETS, SearchParams, search_params_parse
from search.query import FacetValue, SearchResults, compute_facets, initiative_search
from search.selectors import source_list_public

FACET_LABELS = {
    "theme": gettext_lazy("Thèmes"),
    "region": gettext_lazy("Régions"),
    "departement": gettext_lazy("Départements"),
    "epci": gettext_lazy("Intercommunalités"),
    "source": gettext_lazy("Plateformes"),
    "porteur_kind": gettext_lazy("Types de porteur"),
    "year": gettext_lazy("Année de lancement"),
    "prize": gettext_lazy("Prix et distinctions"),
}
SORT_CHOICES = [
    ("relevance", gettext_lazy("Pertinence")),
    ("newest", gettext_lazy("Plus récentes")),
    ("title", gettext_lazy("Titre (A → Z)")),
]
# Values shown before the "Afficher plus" disclosure of a long facet.
FACET_VISIBLE = 8
POPULAR_THEMES = 6


def source_list(request: HttpRequest) -> HttpResponse:
    sources = list(source_list_public())
    return render(request, "search/source_list.html", {"sources": sources, "page_title": _("Plateformes partenaires")})


@dataclass
class Facet:
    """One facet of the sidebar, ready to render: selected values first, the long tail behind a disclosure."""

    name: str
    label: str
    values: list[FacetValue]
    more: list[FacetValue] = field(default_factory=list)

    @property
    def selected_count(self) -> int:
        return sum(1 for value in self.values + self.more if value.selected or any(c.selected for c in value.children))


def _has_selection(value: FacetValue) -> bool:
    return value.selected or any(child.selected for child in value.children)


def _sidebar(results: SearchResults, params: SearchParams) -> list[Facet]:
    facets = []
    for name in FACETS:
        values = list(results.facets.get(name, []))
        # A selected value that no longer matches anything must stay visible, or it could not be unticked.
        shown = {value.value for value in values} | {child.value for value in values for child in value.children}
        values += [
            FacetValue(str(value), str(value), 0, True) for value in getattr(params, name) if str(value) not in shown
        ]
        values.sort(key=lambda value: not _has_selection(value))  # stable: keeps each facet's own order otherwise
        for value in values:
            value.children.sort(key=lambda child: not child.selected)
        visible = max(FACET_VISIBLE, sum(1 for value in values if _has_selection(value)))
        if values:
            facets.append(Facet(name, str(FACET_LABELS[name]), values[:visible], values[visible:]))
    return facets


def _query_string(params: SearchParams, **changes) -> str:
    """The canonical query string of a search (without ``page``): every filter, so the URL can be shared."""
    pairs: list[tuple[str, str]] = []
    q = changes.get("q", params.q)
    if q:
        pairs.append(("q", q))
    if not changes.get("clear_filters"):
        for name in FACETS:
            pairs += [(name, str(value)) for value in getattr(params, name)]
    if params.sort != "relevance":
        pairs.append(("sort", params.sort))
    if changes.get("exact", params.exact):
        pairs.append(("exact", "1"))
    return urlencode(pairs)


@dataclass
class LiveSection:
    hits: list
    statuses: list
    filtered: bool  # the indexed results are filtered, the live ones cannot be


def _live_section(params: SearchParams, results: SearchResults) -> LiveSection | None:
    """Hits fetched live from the platforms that offer a search, minus those already indexed."""
    live = live_search(params.q, budget=getattr(settings, "CARREFOUR_LIVE_SEARCH_BUDGET", 3.0))
    known_urls = {record.source_url for hit in results.hits for record in hit.records.all() if record.source_url}
    known_titles = {text_key(hit.title) for hit in results.hits}
    candidate_urls = [hit.url for hit in live.hits if hit.url and hit.url not in known_urls]
    if candidate_urls:  # indexed elsewhere than on this page: one query for all of them
        known_urls |= set(
            SourceRecord.objects.filter(
                source_url__in=candidate_urls, initiative__visibility=Initiative.Visibility.PUBLISHED
            ).values_list("source_url", flat=True)
        )
    hits, seen = [], set()
    for hit in live.hits:
        key = text_key(hit.title)
        if hit.url in known_urls or key in known_titles or (hit.url, key) in seen:
            continue
        seen.add((hit.url, key))
        hits.append(hit)
    if not hits and not live.statuses:
        return None
    return LiveSection(hits, list(live.statuses), bool(params.filters()))


def _popular_themes() -> list[FacetValue]:
    # The facets of the page without a query: bitmap counts over the whole catalogue (search/facet_index.py).
    return compute_facets(SearchParams())["theme"][:POPULAR_THEMES]


def _is_partial(request: HttpRequest) -> bool:
    return request.headers.get("X-Requested-With") == "fetch" or bool(getattr(request, "htmx", False))



def related_pages(*, q: str, limit: int) -> list:
    """Editorial pages matching ``q``, from whichever app registers the ``search_related_pages`` Wagtail hook
    (carrefour/editorial): search sits below the editorial layer and does not import it."""
    for finder in hooks.get_hooks("search_related_pages"):
        return finder(q=q, limit=limit)
    return []


def _canonical_url(request: HttpRequest, query_string: str, page: int) -> str:
    """The filters are the content: the canonical address keeps them, in one order, with the page past the first."""
    query = "&".join(part for part in (query_string, f"page={page}" if page > 1 else "") if part)
    return request.build_absolute_uri(request.path) + (f"?{query}" if query else "")


@anonymous_view_cache(SEARCH_TTL)
def search_page(request: HttpRequest) -> HttpResponse:
    params = search_params_parse(request.GET)
    results = initiative_search(params)
    if params.page > results.num_pages:  # an old link past the last page: show the last page
        params.page = results.num_pages
        results = initiative_search(params)
    for hit in results.hits:
        links, seen = [], set()
        for record in hit.records.all():  # prefetched, ordered by source precedence
            if record.source_id not in seen:
                seen.add(record.source_id)
                links.append((record.source, record.source_url))
        hit.source_links = links
    page_obj = Paginator(range(results.total), results.page_size).get_page(params.page)
    query_string = _query_string(params)
    context = {
        "params": params,
        "results": results,
        "hits": results.hits,
        "page_obj": page_obj,
        "query_string": query_string,
        "facets": _sidebar(results, params),
        "has_filters": bool(params.filters()),
        "clear_filters_url": "?" + _query_string(params, clear_filters=True),
        "suggestion_url": "?" + _query_string(params, q=results.suggestion) if results.suggestion else "",
        # A place the query named: filters on it (one per département when the name is ambiguous).
        "place_filters": [
            (label, "?" + _query_string(replace(params, q=results.place.rest, page=1, **{name: [value]})))
            for name, value, label in results.place.filter_choices()
        ] if results.place else [],
        # Results of a corrected or relaxed query: the way back to the words as typed.
        "exact_url": "?" + _query_string(params, exact=True) if results.fallback else "",
        "sort_choices": SORT_CHOICES,
        "live": _live_section(params, results) if params.q and params.page == 1 else None,
        "popular_themes": _popular_themes() if results.total == 0 else [],
        # Published articles beside initiatives: the site search covers both.
        "articles": related_pages(q=params.q, limit=3) if params.q and params.page == 1 else [],
        "page_title": _("« %(q)s » — Recherche") % {"q": params.q}
        if params.q
        else _("Rechercher une innovation sociale"),
        "partial": _is_partial(request),
        "canonical_url": _canonical_url(request, query_string, params.page),
    }
    template = "search/_results.html" if context["partial"] else "search/search.html"
    response = render(request, template, context)
    patch_vary_headers(response, ("X-Requested-With", "HX-Request"))
    return response


def _filters_summary(params: SearchParams) -> bool:
    return bool(params.q or params.filters())


def map_page(request: HttpRequest) -> HttpResponse:
    """Map of the current search, by région or département (choropleth) or by intercommunalité (proportional
    points), with its table alternative."""
    params = search_params_parse(request.GET)
    level = request.GET.get("maille") if request.GET.get("maille") in MAP_LEVELS else "region"
    query = _query_string(params)
    tiles = settings.CARREFOUR_MAP_TILES_URL
    response = render(request, "search/map.html", {
        "page_title": _("Carte des initiatives"), "map": choropleth(params, level=level), "params": params,
        "query_string": query, "level": level, "filtered": _filters_summary(params),
        "tiles": tiles, "tiles_attribution": settings.CARREFOUR_MAP_TILES_ATTRIBUTION,
    })
    if tiles:
        # The configured tile server, and only it, may serve images to this page.
        parts = urlsplit(tiles.replace("{s}", "*"))
        response._csp_update = {"img-src": [f"{parts.scheme}://{parts.netloc}"]}
    return response


def observatory(request: HttpRequest) -> HttpResponse:
    """Charts of the current search (same filters as the search page), each with its table and CSV."""
    params = search_params_parse(request.GET)
    return render(request, "search/observatory.html", {
        "page_title": _("Observatoire"), "charts": observatory_charts(params), "params": params,
        "query_string": _query_string(params), "filtered": _filters_summary(params),
    })


def observatory_csv(request: HttpRequest, chart: str) -> HttpResponse:
    params = search_params_parse(request.GET)
    found = next((c for c in observatory_charts(params) if c.slug == chart), None)
    if found is None:
        raise Http404(_("Ce graphique n’existe pas."))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="carrefour-{chart}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([_("libellé"), found.unit])
    for bar in found.bars:
        writer.writerow([bar.label, bar.value])
    return response
