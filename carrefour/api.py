"""The DRF router: each app registers its viewsets here; with the OpenAPI schema hook and the API's own 404."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from rest_framework.exceptions import NotFound
from rest_framework.routers import DefaultRouter

from communities.api.views import (
    SLUG_REGEX,
    CollectionViewSet,
    CommentViewSet,
    CommunityInvitationViewSet,
    CommunityItemViewSet,
    CommunityViewSet,
    InvitationViewSet,
    JoinRequestViewSet,
)
from initiatives.api.views import THROTTLED, TerritoryViewSet, ThemeViewSet
from search.api import InitiativeViewSet, SourceViewSet

router = DefaultRouter()
router.register("initiatives", InitiativeViewSet, basename="initiative")
router.register("themes", ThemeViewSet, basename="theme")
router.register("territories", TerritoryViewSet, basename="territory")
router.register("sources", SourceViewSet, basename="source")
router.register("communities", CommunityViewSet, basename="community")
_COMMUNITY = rf"communities/(?P<community_slug>{SLUG_REGEX})"
router.register(f"{_COMMUNITY}/items", CommunityItemViewSet, basename="community-item")
router.register(rf"{_COMMUNITY}/items/(?P<item_pk>[0-9]+)/comments", CommentViewSet, basename="community-comment")
router.register(f"{_COMMUNITY}/collections", CollectionViewSet, basename="community-collection")
router.register(f"{_COMMUNITY}/join-requests", JoinRequestViewSet, basename="community-join-request")
router.register(f"{_COMMUNITY}/invitations", CommunityInvitationViewSet, basename="community-invitation")
router.register("invitations", InvitationViewSet, basename="invitation")


def public_endpoints_only(endpoints):
    """drf-spectacular preprocessing hook: document /api/ only, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]


def document_empty_query_values(result, generator, request, public):
    """drf-spectacular postprocessing hook: an optional query parameter sent empty (``?page=``) is taken as
    absent by DRF's serializers and pagination and by django-filter; OpenAPI says so with allowEmptyValue."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                schema = parameter.get("schema", {})
                if parameter.get("in") == "query" and not parameter.get("required") and schema.get("type") != "array":
                    parameter["allowEmptyValue"] = True
    return result


def document_throttling(result, generator, request, public):
    """drf-spectacular postprocessing hook: every API view is throttled (REST_FRAMEWORK's defaults, or the
    public mixin's), so every operation can answer 429, with the Retry-After header."""
    too_many = {
        "description": THROTTLED,
        "headers": {"Retry-After": {"schema": {"type": "integer"},
                                    "description": "Secondes à attendre avant la prochaine requête."}},
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict) and "responses" in operation:
                answer = operation["responses"].setdefault("429", dict(too_many))
                answer.setdefault("headers", too_many["headers"])
    return result


def not_found(request: HttpRequest) -> HttpResponse:
    """The answer to an /api/ address that matches no API route: a JSON 404 like DRF's own."""
    return JsonResponse({"detail": str(NotFound.default_detail)}, status=404)
