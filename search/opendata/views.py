"""Reuse of the data: export and map endpoints (in the OpenAPI schema), search feeds, DCAT-AP catalogue,
OpenSearch description. Every endpoint takes the same filters as the search page."""

from __future__ import annotations

import datetime
from xml.sax.saxutils import escape

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from carrefour.cache import SEARCH_TTL, anonymous_data_cache
from initiatives.api.cors import public_cors
from initiatives.api.serializers import QueryParametersSerializer
from initiatives.api.views import ERRORS, VALIDATION_ERROR, PublicReadOnlyMixin
from initiatives.models import Initiative
from search.api_params import SEARCH_PARAMETERS, search_params_of
from search.opendata.dcat import dcat_catalogue_document
from search.opendata.exports import CONTENT_TYPES, FORMATS, export_stream
from search.opendata.visuals import MAP_LEVELS, epci_positions, map_counts
from search.params import SearchParams, search_params_parse
from search.query import matching, suggest

FILTER_PARAMETERS = [p for p in SEARCH_PARAMETERS if p.name not in ("sort", "ordering", "page")]


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


class ExportQuerySerializer(QueryParametersSerializer):
    sep = serializers.ChoiceField(choices=[",", ";"], required=False)


class MapQuerySerializer(QueryParametersSerializer):
    level = serializers.ChoiceField(choices=list(MAP_LEVELS), required=False)


class ExportView(PublicReadOnlyMixin, APIView):
    """Every initiative matching the filters, streamed (constant memory whatever the size)."""

    def perform_content_negotiation(self, request, force=False):
        # The format is in the path: an Accept header such as text/csv or application/geo+json must not be
        # refused by DRF's negotiation (none of its renderers is used for the streamed body).
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(
        operation_id="initiatives_export",
        summary="Exporter une recherche",
        description="CSV (UTF-8 avec BOM ; `sep=;` pour les tableurs français), JSON, GeoJSON (RFC 7946 : "
                    "coordonnées de l’initiative ou centre de sa commune) ou JSON-LD (schema.org). Mêmes filtres "
                    "que la recherche ; ordre stable (identifiant croissant).",
        parameters=[
            OpenApiParameter("fmt", OpenApiTypes.STR, OpenApiParameter.PATH, enum=list(FORMATS),
                             description="Format du fichier."),
            OpenApiParameter("sep", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=[",", ";"],
                             description="Séparateur du CSV (défaut : virgule)."),
            *FILTER_PARAMETERS,
        ],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.BINARY, description="csv"),
            (200, "application/json"): OpenApiResponse({"type": "array", "items": {"type": "object"}},
                                                       description="json"),
            (200, "application/geo+json"): OpenApiResponse({"type": "object"}, description="geojson"),
            (200, "application/ld+json"): OpenApiResponse({"type": "object"}, description="jsonld"),
            400: VALIDATION_ERROR,
        } | ERRORS,
    )
    def get(self, request: Request, fmt: str) -> StreamingHttpResponse:
        params = search_params_of(request)
        options = ExportQuerySerializer(data=request.query_params)
        options.is_valid(raise_exception=True)
        delimiter = options.validated_data.get("sep") or ","
        response = StreamingHttpResponse(
            export_stream(fmt, params, base_url=_base_url(request), delimiter=delimiter),
            content_type=CONTENT_TYPES[fmt],
        )
        stamp = datetime.date.today().isoformat()
        response["Content-Disposition"] = f'attachment; filename="carrefour-initiatives-{stamp}.{fmt}"'
        return response


MAP_AREA_FIELDS = {
    "code": serializers.CharField(help_text="Code INSEE"), "name": serializers.CharField(),
    "count": serializers.IntegerField(),
    "latitude": serializers.FloatField(required=False, help_text="Intercommunalités : position (WGS 84)."),
    "longitude": serializers.FloatField(required=False, help_text="Intercommunalités : position (WGS 84)."),
}


class MapView(PublicReadOnlyMixin, APIView):
    """Counts per région, département or intercommunalité for the filters: the data of the map."""

    @extend_schema(
        operation_id="initiatives_map",
        summary="Nombre d’initiatives par territoire",
        parameters=[OpenApiParameter("level", OpenApiTypes.STR, OpenApiParameter.QUERY,
                                     enum=list(MAP_LEVELS), description="Maille (défaut : region) ; epci : "
                                     "intercommunalités (SIREN), avec leur position (moyenne des communes "
                                     "pondérée par leur population)."),
                    *FILTER_PARAMETERS],
        responses={200: inline_serializer("MapCounts", {
            "level": serializers.CharField(), "total": serializers.IntegerField(),
            "areas": inline_serializer("MapArea", MAP_AREA_FIELDS, many=True),
        }), 400: VALIDATION_ERROR, **ERRORS},
    )
    def get(self, request: Request) -> Response:
        params = search_params_of(request)
        options = MapQuerySerializer(data=request.query_params)
        options.is_valid(raise_exception=True)
        level = options.validated_data.get("level") or "region"
        areas = area_counts(params, level=level)
        return Response({"level": level, "total": sum(a["count"] for a in areas), "areas": areas})


def area_counts(params: SearchParams, *, level: str) -> list[dict]:
    """Counts per area for the map: the same numbers as the search facets and the map page (``map_counts``); an
    intercommunalité also has its position."""
    positions = epci_positions() if level == "epci" else {}
    return [{"code": value.value, "name": value.label, "count": value.count}
            | ({"latitude": positions[value.value][0], "longitude": positions[value.value][1]}
               if value.value in positions else {})
            for value in map_counts(params, level=level)]


# --- Feeds -----------------------------------------------------------------------------------------
class SearchFeed(Feed):
    """The newest initiatives matching a search, so anyone can subscribe to it in a feed reader."""

    feed_type = Rss201rev2Feed
    LIMIT = 50
    author_name = "Carrefour des innovations sociales"  # Atom requires an author (RFC 4287 §4.1.1)

    def get_object(self, request: HttpRequest, *args, **kwargs) -> tuple[HttpRequest, SearchParams]:
        return request, search_params_parse(request.GET)

    def title(self, obj) -> str:
        _request, params = obj
        if params.q:
            return _("Carrefour – initiatives pour « %(q)s »") % {"q": params.q}
        return _("Carrefour – nouvelles initiatives")

    def link(self, obj) -> str:
        request, _params = obj
        query = request.GET.urlencode()
        return reverse("search:search") + (f"?{query}" if query else "")

    def feed_url(self, obj) -> str:
        """rel="self": this very feed, its search included, so that subscribing through it keeps the filter."""
        request, _params = obj
        return request.get_full_path()

    def description(self, obj) -> str:
        return _("Les dernières initiatives recensées par le Carrefour des innovations sociales.")

    def items(self, obj):
        _request, params = obj
        return (
            Initiative.objects.filter(pk__in=matching(params).values("pk"))
            .select_related("commune", "porteur").prefetch_related("themes")
            .order_by("-first_seen", "-pk")[: self.LIMIT]
        )

    def item_title(self, item: Initiative) -> str:
        return item.title

    def item_description(self, item: Initiative) -> str:
        place = f" ({item.commune.name})" if item.commune else ""
        return f"{item.summary}{place}"

    def item_link(self, item: Initiative) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Initiative):
        """The initiative's own date when a source gave one (its start), else when Carrefour first listed it."""
        if item.start_date:
            return datetime.datetime.combine(item.start_date, datetime.time(12), tzinfo=datetime.UTC)
        return item.first_seen

    def item_updateddate(self, item: Initiative):
        return item.last_updated

    def item_categories(self, item: Initiative) -> list[str]:
        return [theme.name for theme in item.themes.all()]


class SearchAtomFeed(SearchFeed):
    feed_type = Atom1Feed
    subtitle = SearchFeed.description


# --- DCAT-AP catalogue and OpenSearch ------------------------------------------------------------
@public_cors
def dcat_catalogue(request: HttpRequest) -> JsonResponse:
    """A DCAT-AP 2.1.1 catalogue in JSON-LD: all initiatives, and one dataset per source with its licence."""
    response = JsonResponse(dcat_catalogue_document(_base_url(request)),
                            json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Type"] = "application/ld+json"
    return response


@public_cors
def opensearch_description(request: HttpRequest) -> HttpResponse:
    base = _base_url(request)
    description = _("Rechercher une innovation sociale sur le Carrefour des innovations sociales")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Carrefour</ShortName>
  <Description>{escape(description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>fr-FR</Language>
  <Url type="text/html" method="get" template="{base}/recherche/?q={{searchTerms}}"/>
  <Url type="application/rss+xml" template="{base}/recherche/flux.rss?q={{searchTerms}}"/>
  <Url type="application/x-suggestions+json" rel="suggestions" template="{base}/opensearch/suggestions?q={{searchTerms}}"/>
</OpenSearchDescription>
"""
    return HttpResponse(xml, content_type="application/opensearchdescription+xml; charset=utf-8")


@public_cors
def opensearch_suggestions(request: HttpRequest) -> JsonResponse:
    """The same suggestions as /api/search/suggest, in the OpenSearch Suggestions 1.1 shape browsers read:
    ``[query, [completions], [descriptions], [urls]]``."""
    q = (request.GET.get("q") or "").strip()[:100]
    found = anonymous_data_cache(request, lambda: suggest(q), ttl=SEARCH_TTL)  # as the API's: every keystroke
    labels = [item["label"] for item in found]
    descriptions = [_("Initiative") if item["kind"] == "initiative" else "" for item in found]
    urls = [request.build_absolute_uri(item["url"]) if item.get("url") else "" for item in found]
    response = JsonResponse([q, labels, descriptions, urls], safe=False, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/x-suggestions+json; charset=utf-8"
    return response
