"""The search API: initiatives (full-text + faceted search, and detail), suggestions, sources (with harvest health
and live-search stats).

The search list goes through ``search.query.initiative_search`` (the same engine as the HTML search page) and its
parameters through ``search.params`` (the same parser as every other entry point).
"""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from carrefour.cache import SEARCH_TTL, anonymous_data_cache
from initiatives.api.serializers import InitiativeDetailSerializer, QueryParametersSerializer, search_hits_data
from initiatives.api.views import ERRORS, VALIDATION_ERROR, PublicReadOnlyMixin, SingleObjectListSchema
from initiatives.models import Distinction, Initiative, Source, SourceRecord, Theme
from search.api_params import SEARCH_PARAMETERS, page_link, search_params_of
from search.live import live_stats_many
from search.params import FACETS, SearchParams
from search.query import initiative_search, suggest
from search.serializers import InitiativeSearchPageSerializer, SuggestResponseSerializer, facet_values_data

MAX_ID = 2**63 - 1


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
        params = search_params_of(request)
        return Response(anonymous_data_cache(request, lambda: self._search_data(request, params), ttl=SEARCH_TTL))

    def _search_data(self, request: Request, params: SearchParams) -> dict:
        results = initiative_search(params)
        if params.page > results.num_pages:
            raise NotFound(f"Page invalide : il y a {results.num_pages} page(s) de résultats.")
        facets = {name: facet_values_data(results.facets.get(name, [])) for name in FACETS}
        has_next = params.page < min(results.num_pages, 500)
        return {
            "count": results.total,
            "next": page_link(request, params.page + 1 if has_next else None),
            "previous": page_link(request, params.page - 1 if params.page > 1 else None),
            "results": search_hits_data(results.hits),
            "facets": facets,
            "suggestion": results.suggestion,
            "fallback": results.fallback,
            "query_used": results.query_used,
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


class SuggestQuerySerializer(QueryParametersSerializer):
    q = serializers.CharField(required=False, allow_blank=True)


class SuggestView(PublicReadOnlyMixin, APIView):
    """Search-as-you-type: indexed words completing the last word, then matching initiative titles."""

    @extend_schema(
        summary="Suggestions de recherche",
        parameters=[OpenApiParameter(
            "q", OpenApiTypes.STR, OpenApiParameter.QUERY,
            description="Début de la recherche (100 caractères au plus, le reste est ignoré).",
        )],
        responses={200: SuggestResponseSerializer, 400: VALIDATION_ERROR, 429: ERRORS[429]},
    )
    def get(self, request: Request) -> Response:
        query = SuggestQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        q = query.validated_data.get("q", "")[:100]
        return Response(anonymous_data_cache(request, lambda: {"suggestions": suggest(q)}, ttl=SEARCH_TTL))


class HealthSerializer(serializers.Serializer):
    last_run_at = serializers.DateTimeField(allow_null=True)
    last_success_at = serializers.DateTimeField(allow_null=True)
    failure_streak = serializers.IntegerField()
    suspended = serializers.BooleanField()
    suspended_until = serializers.DateTimeField(allow_null=True)


class LiveStatsSerializer(serializers.Serializer):
    available = serializers.BooleanField(help_text="La source propose une recherche en direct.")
    p50_ms = serializers.FloatField(allow_null=True)
    p95_ms = serializers.FloatField(allow_null=True)
    reliability = serializers.FloatField(allow_null=True, help_text="Part des derniers appels réussis (0–1).")
    calls = serializers.IntegerField()
    suspended_until = serializers.DateTimeField(allow_null=True)


class SourceSerializer(serializers.ModelSerializer):
    initiative_count = serializers.IntegerField(read_only=True)
    health = serializers.SerializerMethodField()
    live_search = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = [
            "name", "slug", "website", "logo_url", "description", "licence", "licence_url", "format", "schedule",
            "initiative_count", "health", "live_search",
        ]

    @extend_schema_field(HealthSerializer)
    def get_health(self, source: Source) -> dict:
        health = getattr(source, "health", None)
        suspended_until = health.suspended_until if health else None
        return HealthSerializer({
            "last_run_at": health.last_run_at if health else None,
            "last_success_at": health.last_success_at if health else None,
            "failure_streak": health.failure_streak if health else 0,
            "suspended": bool(suspended_until and suspended_until > timezone.now()),
            "suspended_until": suspended_until,
        }).data

    @extend_schema_field(LiveStatsSerializer)
    def get_live_search(self, source: Source) -> dict:
        stats = self.context.get("live_stats", {}).get(source.slug) or live_stats_many([source])[source.slug]
        return LiveStatsSerializer({"available": "search" in (source.configuration or {}), **stats}).data


@extend_schema(responses={200: SourceSerializer(many=True), 429: ERRORS[429]})
class SourceViewSet(PublicReadOnlyMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Enabled partner sources: licence, harvest health, published initiatives and live-search latency."""

    serializer_class = SourceSerializer
    pagination_class = None
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def get_queryset(self):
        published = Q(records__initiative__visibility=Initiative.Visibility.PUBLISHED)
        return (
            Source.objects.filter(enabled=True)
            .select_related("health")
            .annotate(initiative_count=Count("records__initiative", filter=published, distinct=True))
            .order_by("precedence", "name")
        )

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "live_stats": getattr(self, "_live_stats", {})}

    @extend_schema(summary="Sources partenaires")
    def list(self, request: Request, *args, **kwargs) -> Response:
        sources = list(self.filter_queryset(self.get_queryset()))
        self._live_stats = live_stats_many(sources)
        return Response(self.get_serializer(sources, many=True).data)

    @extend_schema(summary="Une source", responses={200: SourceSerializer, 404: ERRORS[404], 429: ERRORS[429]})
    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        return super().retrieve(request, *args, **kwargs)

