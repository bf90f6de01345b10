"""Writes of the editorial layer."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from carrefour.editorial.models import HomePage


@transaction.atomic
def site_tree_ensure() -> HomePage:
    """Make sure the page tree has its root, a HomePage and a default Site pointing at it (idempotent).

    Wagtail's own migrations create a placeholder "Welcome" page; Carrefour's home replaces it.
    """
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.first()
    if home is None:
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            placeholder.delete()
        home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": settings.WAGTAIL_SITE_NAME},
    )
    return home
