"""Writes of the editorial layer."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Case, FloatField, Max, Value, When
from wagtail.models import Locale, Page, Site

from carrefour.editorial.models import FeaturedInitiative, HomePage
from initiatives.models import Distinction, Initiative

# Ranking multipliers are (1 + boost): a featured initiative weighs 1.5× its text relevance, a gold laureate 1.3×.
FEATURED_BOOST = 0.5
RANK_BOOST = {
    Distinction.Rank.OR: 0.3,
    Distinction.Rank.ARGENT: 0.25,
    Distinction.Rank.BRONZE: 0.2,
    Distinction.Rank.MENTION: 0.15,
    Distinction.Rank.LAUREAT: 0.2,
}


@transaction.atomic
def site_tree_ensure() -> HomePage:
    """Make sure the page tree has its root, a HomePage and a default Site pointing at it (idempotent).

    Wagtail's own migrations create a placeholder "Welcome" page; Carrefour's home replaces it.
    """
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage.objects.first()
    if home is None:
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            placeholder.delete()
        home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": settings.WAGTAIL_SITE_NAME},
    )
    return home


def editorial_boost_refresh(*, initiative_ids: Iterable[int] | None = None) -> int:
    """Recompute ``Initiative.editorial_boost`` from live featuring and distinctions; returns rows changed.

    Called when a featured initiative is published, unpublished or deleted and when a distinction changes;
    with no ids, recomputes every initiative that has or had a boost.
    """
    if initiative_ids is None:
        ids = set(Initiative.objects.filter(editorial_boost__gt=0).values_list("pk", flat=True))
        ids |= set(FeaturedInitiative.objects.values_list("initiative_id", flat=True))
        ids |= set(Distinction.objects.values_list("initiative_id", flat=True))
    else:
        ids = set(initiative_ids)
    if not ids:
        return 0
    featured = set(FeaturedInitiative.objects.filter(live=True, initiative_id__in=ids).values_list("initiative_id", flat=True))
    best_prize = dict(
        Distinction.objects.filter(initiative_id__in=ids)
        .values("initiative_id")
        .annotate(boost=Max(Case(*[When(rank=rank, then=Value(boost)) for rank, boost in RANK_BOOST.items()],
                                 default=Value(0.0), output_field=FloatField())))
        .values_list("initiative_id", "boost")
    )
    changed = 0
    wanted: dict[float, list[int]] = {}
    for pk in ids:
        boost = round((FEATURED_BOOST if pk in featured else 0.0) + best_prize.get(pk, 0.0), 4)
        wanted.setdefault(boost, []).append(pk)
    for boost, pks in wanted.items():
        # Only rows whose boost differs are written: no needless search-trigger work.
        changed += Initiative.objects.filter(pk__in=pks).exclude(editorial_boost=boost).update(editorial_boost=boost)
    return changed
