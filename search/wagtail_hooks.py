"""The search in the admin: editors keep the synonym groups (menu « Référentiel », carrefour/wagtail_hooks.py), and
their edits of an initiative teach the lexicon its new words at once (« Vouliez-vous dire », corrected results)."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from initiatives.models import Initiative
from search.lexicon import search_terms_add_for
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


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def lexicon_learns_editorial_words(request, instance) -> None:
    if isinstance(instance, Initiative):
        pk = instance.pk
        transaction.on_commit(lambda: search_terms_add_for(initiative_ids=[pk]))
