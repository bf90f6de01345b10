"""The DRF router: each app registers its viewsets here."""

from rest_framework.routers import DefaultRouter

from initiatives.api.views import InitiativeViewSet, TerritoryViewSet, ThemeViewSet
from search.api import SourceViewSet

router = DefaultRouter()
router.register("initiatives", InitiativeViewSet, basename="initiative")
router.register("themes", ThemeViewSet, basename="theme")
router.register("territories", TerritoryViewSet, basename="territory")
router.register("sources", SourceViewSet, basename="source")


def public_endpoints_only(endpoints):
    """drf-spectacular preprocessing hook: document /api/ only, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
