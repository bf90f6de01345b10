"""Wagtail pages and editorial content: what editors write and choose, kept apart from harvested data."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from carrefour.cache import cached_anonymous_page
from carrefour.editorial.blocks import ArticleBodyBlock
from carrefour.editorial.feeds import ArticleFeed
from search.selectors import source_list_public


class HomePage(Page):
    """The portal's front door: a search box first, then what editors put forward.

    It exists as a page (not a plain view) so that editors change its texts without a deploy; its sections
    (featured innovations, laureates, figures…) are computed by ``carrefour.editorial.selectors``.
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
    featured_count = models.PositiveSmallIntegerField(_("nombre d’innovations à la une"), default=6)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("body"), FieldPanel("featured_count"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["editorial.ArticleIndexPage", "editorial.PrizeIndexPage", "editorial.StandardPage",
                     "editorial.SourcesPage"]
    max_count = 1
    template = "editorial/home_page.html"

    class Meta:
        verbose_name = _("page d’accueil")

    def serve(self, request, *args, **kwargs):
        return cached_anonymous_page(request, lambda: super(HomePage, self).serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        from carrefour.editorial import selectors  # selectors import these models: the cycle is cut here

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_sections(featured_count=self.featured_count))
        context["website_jsonld"] = selectors.website_jsonld(request=request)
        return context


class StandardPage(Page):
    """A plain page (À propos, Partenaires, Mentions légales, Accessibilité): text written once, rarely changed."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["editorial.HomePage", "editorial.StandardPage"]
    subpage_types = ["editorial.StandardPage"]
    template = "editorial/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
        verbose_name_plural = _("pages simples")


class SourcesPage(Page):
    """The partner platforms, listed from the Source model so the page never drifts from what is harvested."""

    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["editorial.HomePage", "editorial.StandardPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "editorial/sources_page.html"

    class Meta:
        verbose_name = _("page des plateformes partenaires")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sources"] = source_list_public()
        return context


# --- Articles -------------------------------------------------------------------------------------
class ArticleIndexPage(RoutablePageMixin, Page):
    """The list of articles, with its RSS feed at ``flux/``."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["editorial.HomePage"]
    subpage_types = ["editorial.ArticlePage"]
    template = "editorial/article_index_page.html"
    PER_PAGE = 12

    class Meta:
        verbose_name = _("liste d’articles")
        verbose_name_plural = _("listes d’articles")

    def articles(self, *, tag: str | None = None):
        articles = (
            ArticlePage.objects.live().public().descendant_of(self).select_related("cover_image")
            .prefetch_related("tags").order_by("-date", "-first_published_at")
        )
        if tag:
            articles = articles.filter(tags__slug=tag)
        return articles

    @path("")
    def index(self, request):
        from django.core.paginator import Paginator

        tag = request.GET.get("etiquette") or None
        paginator = Paginator(self.articles(tag=tag), self.PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"page_obj": page_obj, "tag": tag})

    @path("flux/", name="feed")
    def feed(self, request):
        return ArticleFeed(self)(request)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("editorial.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(Page):
    """An article about public and social innovation, written by the editorial team."""

    date = models.DateField(_("date de publication"), default=timezone.localdate)
    chapo = models.TextField(_("chapô"), max_length=600, help_text=_("Le résumé affiché en tête et dans les listes."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("image de couverture"),
    )
    cover_alt = models.CharField(_("texte alternatif de la couverture"), max_length=250, blank=True)
    cover_credit = models.CharField(_("crédit de la couverture"), max_length=200, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("contenu"))
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("étiquettes"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("chapo"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt"), FieldPanel("cover_credit")],
            heading=_("Couverture"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("chapo"), index.SearchField("body"), index.FilterField("date"),
    ]
    parent_page_types = ["editorial.ArticleIndexPage"]
    subpage_types: list[str] = []
    template = "editorial/article_page.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self) -> None:
        super().clean()
        if self.cover_image_id and not self.cover_credit:
            raise ValidationError({"cover_credit": _("Indiquez le crédit de l’image de couverture.")})


# --- Prizes ---------------------------------------------------------------------------------------
class PrizeIndexPage(Page):
    """One prize (e.g. Prix TERRITORIA): its presentation and its editions as child pages.

    The laureates are the Prize/Edition/Distinction records of the initiative model, never a second copy.
    """

    prize = models.OneToOneField(
        "initiatives.Prize", on_delete=models.PROTECT, related_name="page", verbose_name=_("prix")
    )
    introduction = RichTextField(_("présentation"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("prize"), FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["editorial.HomePage"]
    subpage_types = ["editorial.PrizeEditionPage"]
    template = "editorial/prize_index_page.html"

    class Meta:
        verbose_name = _("page d’un prix")
        verbose_name_plural = _("pages de prix")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = (
            PrizeEditionPage.objects.live().public().child_of(self).select_related("edition")
            .order_by("-edition__year")
        )
        return context


def check_edition_matches_prize(edition, parent) -> None:
    parent = parent.specific if parent is not None else None
    if edition is not None and isinstance(parent, PrizeIndexPage) and edition.prize_id != parent.prize_id:
        raise ValidationError({"edition": _("Cette édition appartient à un autre prix que la page parente.")})


class PrizeEditionPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        try:
            check_edition_matches_prize(cleaned_data.get("edition"), self.parent_page)
        except ValidationError as error:
            self.add_error("edition", error.message_dict["edition"])
        return cleaned_data


class PrizeEditionPage(Page):
    """One year of a prize: its laureates by category and rank, each linking to its initiative."""

    edition = models.OneToOneField(
        "initiatives.PrizeEdition", on_delete=models.PROTECT, related_name="page", verbose_name=_("édition")
    )
    introduction = RichTextField(_("présentation"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("edition"), FieldPanel("introduction")]
    base_form_class = PrizeEditionPageForm
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["editorial.PrizeIndexPage"]
    subpage_types: list[str] = []
    template = "editorial/prize_edition_page.html"

    class Meta:
        verbose_name = _("édition d’un prix")
        verbose_name_plural = _("éditions de prix")

    def clean(self) -> None:
        super().clean()
        # The tree path exists once the page is placed (add_child, moves); the admin form checks new pages.
        parent = self.get_parent() if self.path else None
        check_edition_matches_prize(self.edition if self.edition_id else None, parent)

    def get_context(self, request, *args, **kwargs):
        from carrefour.editorial import selectors  # selectors import these models: the cycle is cut here

        context = super().get_context(request, *args, **kwargs)
        context["categories"] = selectors.laureates_by_category(edition=self.edition)
        return context


# --- Featured innovations -------------------------------------------------------------------------
class FeaturedInitiative(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """An initiative put forward by editors, with texts that belong to them.

    The overrides live here, never on the Initiative row, so that a re-harvest (which rewrites the
    harvested fields) cannot touch them. Drafts, revisions and the moderation workflow come from Wagtail.
    """

    initiative = models.OneToOneField(
        "initiatives.Initiative", on_delete=models.CASCADE, related_name="editorial", verbose_name=_("initiative")
    )
    title = models.CharField(
        _("titre éditorial"), max_length=300, blank=True, help_text=_("Laisser vide pour garder le titre moissonné.")
    )
    chapo = models.TextField(_("chapô"), max_length=600, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(_("texte alternatif de l’image"), max_length=250, blank=True)
    image_credit = models.CharField(_("crédit de l’image"), max_length=200, blank=True)
    why_inspiring = RichTextField(
        _("pourquoi c’est inspirant"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    on_home = models.BooleanField(_("à la une de l’accueil"), default=True)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0, help_text=_("Les plus petits d’abord."))
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="featuredinitiative")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState", content_type_field="base_content_type", object_id_field="object_id",
        related_query_name="featuredinitiative", for_concrete_model=False,
    )

    panels = [
        FieldPanel("initiative"),
        FieldPanel("title"),
        FieldPanel("chapo"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")], heading=_("Image")),
        FieldPanel("why_inspiring"),
        FieldPanel("on_home"),
        FieldPanel("position"),
    ]

    class Meta:
        verbose_name = _("innovation à la une")
        verbose_name_plural = _("innovations à la une")
        ordering = ["position", "-updated_at"]

    def __str__(self) -> str:
        return self.display_title

    @property
    def revisions(self):
        return self._revisions

    @property
    def display_title(self) -> str:
        return self.title or self.initiative.title

    def clean(self) -> None:
        super().clean()
        if self.image_id and not self.image_credit:
            raise ValidationError({"image_credit": _("Indiquez le crédit de l’image.")})

    def get_preview_template(self, request, mode_name):
        return "editorial/featured_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"featured": self, "initiative": self.initiative}
