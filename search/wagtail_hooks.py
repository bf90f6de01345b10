"""The search thesaurus in the admin: editors keep the synonym groups (menu « Référentiel », carrefour/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    search_backend_name = None  # the admin search filters with the ORM
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonymes de la recherche")
    list_display = ["__str__", "note", "enabled", "updated_at"]
    list_filter = ["enabled"]
    search_fields = ["expressions", "note"]
    panels = [FieldPanel("expressions"), FieldPanel("note"), FieldPanel("enabled")]
