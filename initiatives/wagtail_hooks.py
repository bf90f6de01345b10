"""Where editors work: the initiative record's models in the Wagtail admin, grouped under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from initiatives.models import (
    Distinction,
    Initiative,
    Porteur,
    Prize,
    PrizeEdition,
    Source,
    Theme,
    ThemeCrosswalk,
)
from search.forms import SourceAdminForm


class OrmSearchMixin:
    # These models are not in Wagtail's search index: the admin search filters with the ORM (icontains).
    search_backend_name = None


class InitiativeViewSet(OrmSearchMixin, SnippetViewSet):
    model = Initiative
    icon = "site"
    menu_label = _("Initiatives")
    list_display = ["title", "porteur", "commune", "departement", "visibility", "last_updated"]
    list_filter = ["visibility", "status", "content_type", "region", "themes"]
    search_fields = ["title", "summary", "porteur__name"]
    ordering = ["-last_updated"]
    list_per_page = 50


class PorteurViewSet(OrmSearchMixin, SnippetViewSet):
    model = Porteur
    icon = "group"
    list_display = ["name", "kind", "siret", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "siret"]


class SourceViewSet(OrmSearchMixin, SnippetViewSet):
    model = Source
    icon = "download"
    list_display = ["name", "format", "enabled", "schedule", "precedence", "last_success", "failure_streak"]
    list_filter = ["format", "enabled", "schedule"]
    search_fields = ["name", "slug", "website"]
    edit_handler = ObjectList(
        [FieldPanel(name) for name in (
            "name", "slug", "website", "logo_url", "description", "licence", "licence_url", "format", "configuration",
            "enabled", "schedule", "contact", "precedence", "show_contact_email",
        )],
        base_form_class=SourceAdminForm,
    )


class ThemeViewSet(OrmSearchMixin, SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "code", "facet", "parent"]
    list_filter = ["facet"]
    search_fields = ["name", "code", "keywords"]
    ordering = ["facet", "position"]


class ThemeCrosswalkViewSet(OrmSearchMixin, SnippetViewSet):
    model = ThemeCrosswalk
    icon = "link"
    list_display = ["tag", "source"]
    list_filter = ["source", "themes"]
    search_fields = ["tag"]


class PrizeViewSet(OrmSearchMixin, SnippetViewSet):
    model = Prize
    icon = "pick"
    list_display = ["name", "organiser"]
    search_fields = ["name", "organiser"]


class PrizeEditionViewSet(OrmSearchMixin, SnippetViewSet):
    model = PrizeEdition
    icon = "date"
    list_display = ["prize", "year"]
    list_filter = ["prize"]
    search_fields = ["prize__name"]


class DistinctionViewSet(OrmSearchMixin, SnippetViewSet):
    model = Distinction
    icon = "success"
    list_display = ["initiative", "edition", "category", "rank"]
    list_filter = ["rank", "edition__prize"]
    search_fields = ["initiative__title", "category"]


class ReferentialGroup(SnippetViewSetGroup):
    menu_label = _("Référentiel")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        InitiativeViewSet, PorteurViewSet, SourceViewSet, ThemeViewSet, ThemeCrosswalkViewSet, PrizeViewSet,
        PrizeEditionViewSet, DistinctionViewSet,
    )


register_snippet(ReferentialGroup)
