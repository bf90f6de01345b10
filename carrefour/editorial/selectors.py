"""Reads of the editorial layer: the home page sections, partner platforms, laureates."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When

from carrefour.editorial.models import ArticlePage, FeaturedInitiative, PrizeEditionPage, PrizeIndexPage, StandardPage
from communities.selectors import community_count_public, community_list_to_join
from initiatives.models import Distinction, Initiative, Prize, PrizeEdition, Source, Theme


@dataclass(frozen=True)
class KeyFigures:
    initiatives: int
    sources: int
    departements: int
    communities: int


def rank_order() -> Case:
    return Case(
        *[When(rank=rank, then=Value(order)) for rank, order in Distinction.RANK_ORDER.items()],
        default=Value(9), output_field=IntegerField(),
    )


def featured_list(*, limit: int | None = None, on_home: bool = True) -> list:
    """Live featured initiatives (published by an editor), their initiative still public, in editorial order."""
    queryset = (
        FeaturedInitiative.objects.filter(live=True, initiative__visibility=Initiative.Visibility.PUBLISHED)
        .select_related("initiative__commune", "initiative__departement", "initiative__region",
                        "initiative__porteur", "image")
        .prefetch_related(Prefetch("initiative__themes", queryset=Theme.objects.only("name", "code")))
    )
    if on_home:
        queryset = queryset.filter(on_home=True)
    return list(queryset[:limit] if limit else queryset)


def laureate_list(*, limit: int) -> list[Distinction]:
    """The most recent distinctions (latest edition first, best rank first), of public initiatives."""
    return list(
        Distinction.objects.filter(initiative__visibility=Initiative.Visibility.PUBLISHED)
        .select_related("initiative__commune", "initiative__departement", "edition__prize")
        .annotate(rank_order=rank_order())
        .order_by("-edition__year", "rank_order", "initiative__title")[:limit]
    )


def laureates_by_category(*, edition) -> list[tuple[str, list[Distinction]]]:
    """An edition's laureates grouped by category (alphabetical), best rank first within each."""
    distinctions = (
        Distinction.objects.filter(edition=edition, initiative__visibility=Initiative.Visibility.PUBLISHED)
        .select_related("initiative__commune", "initiative__departement", "initiative__porteur")
        .annotate(rank_order=rank_order())
        .order_by("category", "rank_order", "initiative__title")
    )
    groups: dict[str, list[Distinction]] = {}
    for distinction in distinctions:
        groups.setdefault(distinction.category, []).append(distinction)
    return list(groups.items())


def key_figures() -> KeyFigures:
    """Figures computed live from the database (two queries)."""
    counts = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).aggregate(
        initiatives=Count("pk"), departements=Count("departement", distinct=True)
    )
    return KeyFigures(
        initiatives=counts["initiatives"],
        departements=counts["departements"],
        sources=Source.objects.filter(enabled=True).count(),
        communities=community_count_public(),
    )


def latest_initiatives(*, limit: int) -> list[Initiative]:
    return list(
        Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        .select_related("commune", "departement", "region", "porteur")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name", "code")))
        .order_by("-first_seen", "-pk")[:limit]
    )


def article_list(*, limit: int) -> QuerySet:
    return ArticlePage.objects.live().public().select_related("cover_image").order_by("-date", "-pk")[:limit]


def home_sections(*, featured_count: int) -> dict:
    return {
        "featured": featured_list(limit=featured_count),
        "latest": latest_initiatives(limit=6),
        "laureates": laureate_list(limit=6),
        "figures": key_figures(),
        "articles": list(article_list(limit=3)),
        "communities": community_list_to_join(limit=4),
    }


def prize_list() -> list:
    """Prizes with their editions (newest first), laureate counts and published pages."""
    from django.db.models import Prefetch

    prizes = list(
        Prize.objects.prefetch_related(Prefetch(
            "editions",
            queryset=PrizeEdition.objects.annotate(laureate_count=Count(
                "distinctions", filter=Q(distinctions__initiative__visibility=Initiative.Visibility.PUBLISHED)
            )).order_by("-year"),
        ))
    )
    prize_pages = {page.prize_id: page for page in PrizeIndexPage.objects.live().public()}
    edition_pages = {page.edition_id: page for page in PrizeEditionPage.objects.live().public()}
    for prize in prizes:
        prize.published_page = prize_pages.get(prize.pk)
        prize.edition_list = [edition for edition in prize.editions.all() if edition.laureate_count]
        for edition in prize.edition_list:
            edition.published_page = edition_pages.get(edition.pk)
    return [prize for prize in prizes if prize.edition_list]


def page_search(*, q: str, limit: int | None = None, specific: bool = False):
    """Published articles and standard pages matching ``q``, best first, through Wagtail's search backend.

    One search over both types; ``specific`` loads each page's own fields (chapô…) for the full result list.
    """
    from wagtail.models import Page

    pages = Page.objects.live().public().type(ArticlePage, StandardPage)
    if specific:
        pages = pages.specific()
    return list(pages.search(q)[: limit or 200])


def website_jsonld(*, request) -> dict:
    """schema.org WebSite with a SearchAction, so search engines can offer a search box for the portal."""
    from django.conf import settings

    base = request.build_absolute_uri("/")
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": base,
        "inLanguage": "fr",
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": base + "recherche/?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }
