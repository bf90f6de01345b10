from django.conf import settings


def site(request):
    """Values every page needs, without a database query."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "SITE_URL": settings.SITE_URL}
