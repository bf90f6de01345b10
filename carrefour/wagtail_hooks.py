"""The « Référentiel » admin menu: the initiative record's models and the sources, whichever app defines them."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from initiatives.wagtail_hooks import (
    CorrectionReportViewSet,
    DistinctionViewSet,
    EpciViewSet,
    FormerCommuneViewSet,
    InitiativeViewSet,
    PorteurViewSet,
    PrizeEditionViewSet,
    PrizeViewSet,
    ThemeCrosswalkViewSet,
    ThemeViewSet,
)
from search.harvest.wagtail_hooks import SourceViewSet
from search.wagtail_hooks import SynonymGroupViewSet


class ReferentialGroup(SnippetViewSetGroup):
    menu_label = _("Référentiel")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        InitiativeViewSet, PorteurViewSet, SourceViewSet, ThemeViewSet, ThemeCrosswalkViewSet, PrizeViewSet,
        PrizeEditionViewSet, DistinctionViewSet, EpciViewSet, FormerCommuneViewSet, SynonymGroupViewSet,
    )


register_snippet(ReferentialGroup)
register_snippet(CorrectionReportViewSet)
