"""Read-only API views of the referential (themes, territories) and what every public API view shares (the
anonymous, throttled access; the error shapes of the schema). The initiatives' search API is in search/api.py.
"""

from __future__ import annotations

from django.db.models import Prefetch
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle

from initiatives.api.cors import allow_any_origin
from initiatives.api.serializers import (
    QueryParametersSerializer,
    TerritoriesSerializer,
    ThemeTreeSerializer,
)
from initiatives.api.throttling import MemberRateThrottle
from initiatives.models import Departement, Region, Theme
from initiatives.selectors import commune_list_by_name

COMMUNE_LIMIT = 20
MAX_ID = 2**63 - 1

ErrorSerializer = inline_serializer("Error", {"detail": serializers.CharField()})
THROTTLED = ("Trop de requêtes : la limite par adresse (visiteurs anonymes) ou par compte est atteinte ; "
             "réessayer après le nombre de secondes indiqué par l’en-tête Retry-After.")
ERRORS = {
    404: OpenApiResponse(ErrorSerializer, description="Introuvable (ou page hors limites)."),
    429: OpenApiResponse(ErrorSerializer, description=THROTTLED),
}
VALIDATION_ERROR = OpenApiResponse(
    OpenApiTypes.OBJECT, description="Paramètre invalide : {nom du paramètre: [messages]}."
)


class PublicReadOnlyMixin:
    """Anonymous access, throttled, callable from any site (CORS); every endpoint here is read-only and public."""

    throttle_classes = [AnonRateThrottle, MemberRateThrottle]
    permission_classes = [AllowAny]

    def finalize_response(self, request, response, *args, **kwargs):
        """Open data: readable from any site's scripts (initiatives/api/cors.py)."""
        return allow_any_origin(request, super().finalize_response(request, response, *args, **kwargs))


class SingleObjectListSchema(AutoSchema):
    """For list actions that answer ONE object (a page with facets, a territory tree), not an array."""

    def _is_list_view(self, serializer=None) -> bool:
        return False


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


