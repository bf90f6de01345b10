"""The DRF router: each app registers its viewsets here."""

from rest_framework.routers import DefaultRouter

from communities.api.views import (
    CollectionViewSet,
    CommentViewSet,
    CommunityItemViewSet,
    CommunityViewSet,
    InvitationViewSet,
    JoinRequestViewSet,
)
from initiatives.api.views import InitiativeViewSet, TerritoryViewSet, ThemeViewSet
from search.api import SourceViewSet

router = DefaultRouter()
router.register("initiatives", InitiativeViewSet, basename="initiative")
router.register("themes", ThemeViewSet, basename="theme")
router.register("territories", TerritoryViewSet, basename="territory")
router.register("sources", SourceViewSet, basename="source")
router.register("communities", CommunityViewSet, basename="community")
_COMMUNITY = r"communities/(?P<community_slug>[^/.]+)"
router.register(f"{_COMMUNITY}/items", CommunityItemViewSet, basename="community-item")
router.register(rf"{_COMMUNITY}/items/(?P<item_pk>[0-9]+)/comments", CommentViewSet, basename="community-comment")
router.register(f"{_COMMUNITY}/collections", CollectionViewSet, basename="community-collection")
router.register(f"{_COMMUNITY}/join-requests", JoinRequestViewSet, basename="community-join-request")
router.register("invitations", InvitationViewSet, basename="invitation")


def public_endpoints_only(endpoints):
    """drf-spectacular preprocessing hook: document /api/ only, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
