"""The DRF router: each app registers its viewsets here."""

from rest_framework.routers import DefaultRouter

router = DefaultRouter()


def public_endpoints_only(endpoints):
    """drf-spectacular preprocessing hook: document /api/ only, not Wagtail's internal admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
