"""Where editors work: the admin viewsets of the initiative record's models (the « Référentiel » menu groups them,
with the harvest app's sources, in carrefour/wagtail_hooks.py)."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from initiatives.corrections import correction_report_close
from initiatives.models import (
    CorrectionReport,
    Departement,
    Distinction,
    Epci,
    FormerCommune,
    Initiative,
    Porteur,
    Prize,
    PrizeEdition,
    Region,
    Theme,
    ThemeCrosswalk,
)
from initiatives.search_document import build_tsquery
from initiatives.text import text_key


class OrmSearchMixin:
    # These models are not in Wagtail's search index: the admin search filters with the ORM (icontains).
    search_backend_name = None


class InitiativeChooserFilterForm(BaseFilterForm):
    """Search (French full text) and filters by theme, région and département in the initiative chooser."""

    q = forms.CharField(label=_("Rechercher"), required=False,
                        widget=forms.TextInput(attrs={"placeholder": _("Titre, porteur, mots…")}))
    theme = forms.ModelChoiceField(label=_("Thème"), required=False, queryset=Theme.objects.select_related("parent").order_by("facet", "position"),
                                   to_field_name="code")
    region = forms.ModelChoiceField(label=_("Région"), required=False, queryset=Region.objects.all())
    departement = forms.ModelChoiceField(label=_("Département"), required=False, queryset=Departement.objects.all())

    def filter(self, objects):
        objects = objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        data = self.cleaned_data
        if data.get("q"):
            self.is_searching = True
            self.search_query = data["q"]
            tsquery = build_tsquery(data["q"])
            objects = objects.filter(search_vector=tsquery) if tsquery is not None else objects.none()
        if data.get("theme"):
            objects = objects.filter(themes__in=[data["theme"], *data["theme"].children.all()]).distinct()
        if data.get("region"):
            objects = objects.filter(region=data["region"])
        if data.get("departement"):
            objects = objects.filter(departement=data["departement"])
        return objects


class InitiativeChooseMixin:
    filter_form_class = InitiativeChooserFilterForm

    def get_object_list(self):
        return Initiative.objects.select_related("commune", "departement").order_by("-editorial_boost", "title")


class InitiativeChooseView(InitiativeChooseMixin, ChooseView):
    pass


class InitiativeChooseResultsView(InitiativeChooseMixin, ChooseResultsView):
    pass


class InitiativeChooserViewSet(SnippetChooserViewSet):
    choose_view_class = InitiativeChooseView
    choose_results_view_class = InitiativeChooseResultsView


class InitiativeViewSet(OrmSearchMixin, SnippetViewSet):
    model = Initiative
    chooser_viewset_class = InitiativeChooserViewSet
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


class ThemeViewSet(OrmSearchMixin, SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "code", "facet", "parent"]
    list_filter = ["facet"]
    search_fields = ["name", "code", "keywords"]
    ordering = ["facet", "position"]


class ThemeCrosswalkForm(WagtailAdminModelForm):
    def clean(self):
        """One entry per tag of a source, as the normaliser compares tags (accents, case and ligatures aside): the key
        is not on the form, so the database's constraint would otherwise answer with an error page."""
        cleaned = super().clean()
        source, tag = cleaned.get("source"), cleaned.get("tag")
        if source and tag and ThemeCrosswalk.objects.filter(source=source, tag_key=text_key(tag)).exclude(
                pk=self.instance.pk).exists():
            self.add_error("tag", _("Cette source a déjà une correspondance pour cette étiquette (écrite avec ou sans "
                                    "accents, majuscules ou ligatures)."))
        return cleaned


class ThemeCrosswalkViewSet(OrmSearchMixin, SnippetViewSet):
    model = ThemeCrosswalk
    icon = "link"
    list_display = ["tag", "source"]
    list_filter = ["source", "themes"]
    search_fields = ["tag"]
    edit_handler = ObjectList([FieldPanel("source"), FieldPanel("tag"), FieldPanel("themes")],
                              base_form_class=ThemeCrosswalkForm)


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


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Reference data loaded by initiatives.cog.load_cog from the shipped COG: browsed in the admin, never edited
    there (the next load would undo the edit)."""

    write_actions = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.write_actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.write_actions]
        return super().users_with_any_permission(actions) if actions else get_user_model().objects.none()


register_permission_policy(Epci, ReadOnlyPermissionPolicy(Epci))
register_permission_policy(FormerCommune, ReadOnlyPermissionPolicy(FormerCommune))


class ReadOnlyViewSetMixin:
    inspect_view_enabled = True
    copy_view_enabled = False


class EpciViewSet(ReadOnlyViewSetMixin, OrmSearchMixin, SnippetViewSet):
    model = Epci
    icon = "globe"
    menu_label = _("Intercommunalités")
    list_display = ["name", "code", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "code"]


class FormerCommuneViewSet(ReadOnlyViewSetMixin, OrmSearchMixin, SnippetViewSet):
    model = FormerCommune
    icon = "history"
    menu_label = _("Communes déléguées ou associées")
    list_display = ["name", "insee_code", "kind", "commune", "departement"]
    list_filter = ["kind", "departement"]
    search_fields = ["name", "insee_code", "search_name"]

    def get_queryset(self, request):
        return FormerCommune.objects.select_related("commune__departement", "departement")


# --- the editors' queue of visitors' correction reports ---------------------------------------------------------
class CorrectionReportPermissionPolicy(ModelPermissionPolicy):
    """Reports come from visitors (initiatives/views.py): editors answer and close them, never write one here."""

    def user_has_permission(self, user, action):
        return action not in ("add",) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        return super().users_with_any_permission(actions) if actions else get_user_model().objects.none()


register_permission_policy(CorrectionReport, CorrectionReportPermissionPolicy(CorrectionReport))


class CorrectionReportViewSet(OrmSearchMixin, SnippetViewSet):
    """« Signalements »: what visitors reported, open ones first; closing one with an answer e-mails the answer to
    whoever reported it (``after_edit_snippet`` below → initiatives/corrections.py)."""

    model = CorrectionReport
    icon = "warning"
    menu_label = _("Signalements")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["initiative", "field", "created_at", "status", "partners_notified_at"]
    list_filter = ["status", "field"]
    search_fields = ["initiative__title", "correction"]
    ordering = ["-status", "-created_at"]  # « open » sorts after « closed »: open ones first
    edit_handler = ObjectList([
        FieldPanel("initiative", read_only=True), FieldPanel("field", read_only=True),
        FieldPanel("correction", read_only=True), FieldPanel("email", read_only=True),
        FieldPanel("status"), FieldPanel("answer"),
    ])

    def get_queryset(self, request):
        return CorrectionReport.objects.select_related("initiative")


@hooks.register("after_edit_snippet")
def correction_report_edited(request, instance) -> None:
    if isinstance(instance, CorrectionReport):
        correction_report_close(report=instance)
