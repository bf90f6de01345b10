"""Wagtail pages of the editorial layer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The portal's front door: a search box first, then what editors put forward.

    It exists as a page (not a plain view) so that editors change its texts without a deploy.
    """

    hero_title = models.CharField(
        _("titre d’accroche"), max_length=200, default="Trouvez les innovations sociales près de chez vous"
    )
    hero_text = models.TextField(
        _("texte d’accroche"),
        blank=True,
        default="Un seul moteur de recherche pour les innovations sociales recensées par les plateformes françaises.",
    )
    body = RichTextField(_("présentation"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "editorial/home_page.html"

    class Meta:
        verbose_name = _("page d’accueil")
