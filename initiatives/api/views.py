"""Read-only API views for initiatives (full-text + faceted search), themes and territories.

The search list goes through ``search.query.initiative_search`` (the same engine as the HTML search page);
the views only validate parameters, call selectors and shape the answer.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import Http404
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.utils.urls import remove_query_param, replace_query_param

from carrefour.cache import SEARCH_TTL, anonymous_data_cache
from initiatives.api.serializers import (
    InitiativeDetailSerializer,
    InitiativeListSerializer,
    InitiativeSearchPageSerializer,
    QueryParametersSerializer,
    SearchQuerySerializer,
    TerritoriesSerializer,
    ThemeTreeSerializer,
    facet_values_data,
)
from initiatives.models import Departement, Distinction, Initiative, Porteur, Region, SourceRecord, Theme
from initiatives.selectors import commune_list_by_name
from search.query import FACETS, PAGE_SIZE, SORTS, SearchParams, initiative_search

COMMUNE_LIMIT = 20
MAX_ID = 2**63 - 1

ErrorSerializer = inline_serializer("Error", {"detail": serializers.CharField()})
ERRORS = {
    404: OpenApiResponse(ErrorSerializer, description="Introuvable (ou page hors limites)."),
    429: OpenApiResponse(ErrorSerializer, description="Trop de requêtes (limite des visiteurs anonymes)."),
}
VALIDATION_ERROR = OpenApiResponse(
    OpenApiTypes.OBJECT, description="Paramètre invalide : {nom du paramètre: [messages]}."
)


class PublicReadOnlyMixin:
    """Anonymous access, throttled; every endpoint here is read-only and public."""

    throttle_classes = [AnonRateThrottle]
    permission_classes = [AllowAny]


def _many(name: str, description: str, items: dict | None = None) -> OpenApiParameter:
    return OpenApiParameter(
        name, {"type": "array", "items": items or {"type": "string"}}, OpenApiParameter.QUERY, explode=True,
        style="form",
        description=description + " Plusieurs valeurs : répéter le paramètre (OU dans la facette, ET entre facettes).",
    )


SEARCH_PARAMETERS = [
    OpenApiParameter(
        "q", OpenApiTypes.STR, OpenApiParameter.QUERY,
        description="Texte recherché (200 caractères au plus, le reste est ignoré) : mots (tous requis), "
        "\"expression exacte\", -exclusion, OU/OR. Le dernier mot vaut aussi comme préfixe.",
    ),
    _many("theme", "Code de thème ; un thème parent inclut ses sous-thèmes."),
    _many("region", "Code INSEE de région (ex. 53)."),
    _many("departement", "Code INSEE de département (ex. 29, 2A, 974)."),
    _many("source", "Slug de source."),
    _many("porteur_kind", "Type de porteur.", {"type": "string", "enum": list(Porteur.Kind.values)}),
    _many("year", "Année de début.", {"type": "integer", "minimum": 1801, "maximum": 2199}),
    _many("prize", "Slug de prix."),
    OpenApiParameter("sort", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=list(SORTS),
                     description="Tri : pertinence (défaut), plus récentes, titre."),
    OpenApiParameter("ordering", OpenApiTypes.STR, OpenApiParameter.QUERY, enum=list(SORTS),
                     description="Synonyme de sort (sort l’emporte)."),
    OpenApiParameter("page", {"type": "integer", "minimum": 1, "maximum": 500}, OpenApiParameter.QUERY,
                     description=f"Numéro de page (1–500, {PAGE_SIZE} résultats par page) ; au-delà de la "
                     "dernière page : 404."),
]


def _search_params(request: Request) -> SearchParams:
    query = SearchQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    data = query.validated_data
    values = {
        name: [value.strip() for value in data.get(name, []) if value.strip()][:50] for name in FACETS if name != "year"
    }
    return SearchParams(
        q=data.get("q", "").strip()[:200], year=list(data.get("year", []))[:50], **values,
        sort=data.get("sort") or data.get("ordering") or "relevance", page=data.get("page") or 1,
    )


def _page_link(request: Request, page: int | None) -> str | None:
    if page is None:
        return None
    url = request.build_absolute_uri()
    return remove_query_param(url, "page") if page == 1 else replace_query_param(url, "page", page)


class SingleObjectListSchema(AutoSchema):
    """For list actions that answer ONE object (a page with facets, a territory tree), not an array."""

    def _is_list_view(self, serializer=None) -> bool:
        return False


class InitiativeViewSet(PublicReadOnlyMixin, viewsets.ViewSet):
    """Published initiatives: search (with facets) and detail."""

    schema = SingleObjectListSchema()

    lookup_value_regex = r"[0-9]+"

    @extend_schema(
        operation_id="initiatives_list",
        summary="Rechercher des initiatives",
        parameters=SEARCH_PARAMETERS,
        responses={200: InitiativeSearchPageSerializer, 400: VALIDATION_ERROR, **ERRORS},
    )
    def list(self, request: Request) -> Response:
        params = _search_params(request)
        return Response(anonymous_data_cache(request, lambda: self._search_data(request, params), ttl=SEARCH_TTL))

    def _search_data(self, request: Request, params: SearchParams) -> dict:
        results = initiative_search(params)
        if params.page > results.num_pages:
            raise NotFound(f"Page invalide : il y a {results.num_pages} page(s) de résultats.")
        facets = {name: facet_values_data(results.facets.get(name, [])) for name in FACETS}
        has_next = params.page < min(results.num_pages, 500)
        return {
            "count": results.total,
            "next": _page_link(request, params.page + 1 if has_next else None),
            "previous": _page_link(request, params.page - 1 if params.page > 1 else None),
            "results": InitiativeListSerializer(results.hits, many=True).data,
            "facets": facets,
            "suggestion": results.suggestion,
            "ranked": results.ranked,
        }

    @extend_schema(
        summary="Une initiative",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH, description="Identifiant.")],
        responses={200: InitiativeDetailSerializer, **ERRORS},
    )
    def retrieve(self, request: Request, pk: str | None = None) -> Response:
        if not pk or not pk.isdigit() or int(pk) > MAX_ID:
            raise Http404
        initiative = (
            Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED, pk=int(pk))
            .select_related("porteur", "commune", "departement", "region")
            .prefetch_related(
                Prefetch("themes", queryset=Theme.objects.order_by("facet", "position", "name")),
                Prefetch("records", queryset=SourceRecord.objects.select_related("source").order_by("source__precedence", "pk")),
                Prefetch("distinctions", queryset=Distinction.objects.select_related("edition__prize")),
            )
            .first()
        )
        if initiative is None:
            raise NotFound("Aucune initiative publiée avec cet identifiant.")
        return Response(InitiativeDetailSerializer(initiative).data)


@extend_schema(summary="Thèmes (arborescence)", responses={200: ThemeTreeSerializer(many=True), 400: VALIDATION_ERROR, 429: ERRORS[429]})
class ThemeViewSet(PublicReadOnlyMixin, viewsets.mixins.ListModelMixin, viewsets.GenericViewSet):
    """The Carrefour taxonomy: top-level themes of each facet with their sub-themes."""

    serializer_class = ThemeTreeSerializer
    pagination_class = None
    filterset_fields = ["facet"]
    queryset = (
        Theme.objects.filter(parent__isnull=True)
        .prefetch_related(Prefetch("children", queryset=Theme.objects.order_by("position", "name")))
        .order_by("facet", "position", "name")
    )


class TerritoryQuerySerializer(QueryParametersSerializer):
    q = serializers.CharField(required=False, allow_blank=True)


class TerritoryViewSet(PublicReadOnlyMixin, viewsets.ViewSet):
    """French regions with their départements; with ``q``, the communes of that name too."""

    schema = SingleObjectListSchema()

    @extend_schema(
        operation_id="territories_list",
        summary="Régions, départements et recherche de communes",
        parameters=[OpenApiParameter(
            "q", OpenApiTypes.STR, OpenApiParameter.QUERY,
            description=f"Nom de commune (accents, majuscules, « St »/« Saint » indifférents ; « Paris 15e » donne "
            f"l’arrondissement) ; {COMMUNE_LIMIT} communes au plus, les plus peuplées d’abord.",
        )],
        responses={200: TerritoriesSerializer, 400: VALIDATION_ERROR, 429: ERRORS[429]},
    )
    def list(self, request: Request) -> Response:
        query = TerritoryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        name = query.validated_data.get("q", "").strip()[:150]
        regions = Region.objects.prefetch_related(
            Prefetch("departements", queryset=Departement.objects.order_by("code"))
        ).order_by("name")
        communes = commune_list_by_name(name=name)[:COMMUNE_LIMIT] if name else []
        return Response(TerritoriesSerializer({"regions": regions, "communes": communes}).data)


