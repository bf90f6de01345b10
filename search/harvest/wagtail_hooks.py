"""Harvest screens in the Wagtail admin: runs per source, dry run, "Moissonner maintenant"."""

from django.db import models
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from initiatives.models import Source
from search.harvest import admin_views
from search.harvest.forms import SourceAdminForm
from search.harvest.models import HarvestRun


class SourceIndexView(SnippetIndexView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("initiatives.add_source"):
            buttons.append(HeaderButton(_("Nouvelle source à partir d’une adresse"), url=reverse("source_from_url"),
                                        icon_name="link"))
        return buttons


class SourceViewSet(SnippetViewSet):
    """Sources are edited with their configuration checked by the connectors (menu: carrefour/wagtail_hooks.py)."""

    search_backend_name = None  # not in Wagtail's search index: the admin search filters with the ORM
    model = Source
    index_view_class = SourceIndexView
    icon = "download"
    list_display = ["name", "format", "enabled", "schedule", "precedence", "last_success", "failure_streak",
                    "open_reports"]
    list_filter = ["format", "enabled", "schedule"]
    search_fields = ["name", "slug", "website"]
    edit_handler = ObjectList(
        [FieldPanel(name) for name in (
            "name", "slug", "website", "logo_url", "description", "licence", "licence_url", "format", "configuration",
            "enabled", "schedule", "contact", "precedence", "show_contact_email",
        )],
        base_form_class=SourceAdminForm,
    )


class HarvestRunPermissionPolicy(ModelPermissionPolicy):
    """A harvest log is written by harvests only: nobody adds or deletes a run by hand (« Ajouter un moissonnage »
    was an IntegrityError); editors may only acknowledge a review."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def _readable(value) -> str:
    """One error, warning or figure of a run as a person reads it (« url : message »), not a Python dict."""
    if isinstance(value, dict):
        return " ; ".join(f"{key} : {item}" for key, item in value.items())
    return str(value)


class HarvestRunInspectView(InspectView):
    """Times in the site's time zone (as in the list), yes/no instead of True/False, errors as a list."""

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if isinstance(field, models.DateTimeField):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "—"
        if isinstance(field, models.BooleanField):
            return _("oui") if value else _("non")
        if isinstance(field, models.JSONField):
            rows = ([f"{key} : {item}" for key, item in value.items()] if isinstance(value, dict)
                    else [_readable(item) for item in value or []])
            if not rows:
                return "—"
            return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((row,) for row in rows)))
        if value is None:
            return "—"
        return super().get_field_display_value(field_name, field)


class HarvestRunViewSet(ModelViewSet):
    model = HarvestRun
    permission_policy = HarvestRunPermissionPolicy(HarvestRun)
    inspect_view_class = HarvestRunInspectView
    icon = "history"
    menu_label = _("Moissonnages")
    menu_order = 210
    add_to_admin_menu = True
    # source_total over the runs of one source (filter by source) is its item count over time.
    list_display = ["source", "started_at", "status", "records_seen", "created", "updated", "unchanged", "failed",
                    "missing", "source_total", "flagged_for_review"]
    list_filter = ["status", "flagged_for_review", "source", "trigger"]
    search_backend_name = None
    search_fields = ["source__name", "review_reason"]
    inspect_view_enabled = True
    form_fields = ["flagged_for_review", "review_reason"]  # editors acknowledge a review; the rest is read-only


@hooks.register("register_admin_viewset")
def register_harvest_runs():
    return HarvestRunViewSet("harvest_runs")


@hooks.register("register_admin_urls")
def register_source_urls():
    return [
        path("sources/depuis-une-adresse/", admin_views.source_from_url, name="source_from_url"),
        path("sources/<int:pk>/tester/", admin_views.source_test, name="source_test"),
        path("sources/<int:pk>/moissonner/", admin_views.source_harvest_now, name="source_harvest_now"),
    ]


@hooks.register("register_snippet_listing_buttons")
def source_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Source) and user.has_perm("initiatives.change_source"):
        yield ListingButton(_("Tester la source"), reverse("source_test", args=[snippet.pk]), priority=20, icon_name="search")
