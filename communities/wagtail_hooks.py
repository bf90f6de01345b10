"""Communities in the Wagtail admin: staff see every community and every report, whatever its visibility."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from communities.models import Community, Report, SavedSearch


class CommunityViewSet(SnippetViewSet):
    model = Community
    icon = "group"
    menu_label = _("Communautés")
    list_display = ["name", "visibility", "join_policy", "created_by", "created_at"]
    list_filter = ["visibility", "join_policy"]
    search_fields = ["name", "description"]
    search_backend_name = None


class ReportViewSet(SnippetViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Signalements")
    list_display = ["__str__", "community", "reporter", "status", "created_at"]
    list_filter = ["status", "community"]
    search_fields = ["reason"]
    search_backend_name = None
    ordering = ["status", "-created_at"]


class SavedSearchViewSet(SnippetViewSet):
    model = SavedSearch
    icon = "search"
    menu_label = _("Recherches suivies")
    list_display = ["name", "community", "user", "last_checked_at"]
    search_fields = ["name", "query"]
    search_backend_name = None


class CommunitiesGroup(SnippetViewSetGroup):
    menu_label = _("Communautés")
    menu_icon = "group"
    menu_order = 250
    items = (CommunityViewSet, ReportViewSet, SavedSearchViewSet)


register_snippet(CommunitiesGroup)
