"""Editorial content in the Wagtail admin: featured innovations (with drafts, revisions and moderation)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from carrefour.editorial import selectors
from carrefour.editorial.models import FeaturedInitiative


class FeaturedInitiativeViewSet(SnippetViewSet):
    model = FeaturedInitiative
    icon = "pick"
    menu_label = _("Innovations à la une")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["__str__", "initiative", "on_home", "position", "live", "updated_at"]
    list_filter = ["live", "on_home"]
    search_fields = ["title", "initiative__title"]
    search_backend_name = None  # not in Wagtail's search index: the admin filters with the ORM
    ordering = ["position", "-updated_at"]


register_snippet(FeaturedInitiativeViewSet)


# The search results page shows matching articles through this hook (search does not import the editorial layer).
@hooks.register("search_related_pages")
def search_related_pages(*, q: str, limit: int) -> list:
    return selectors.page_search(q=q, limit=limit)
