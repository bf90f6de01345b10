"""Reads on initiatives and French territories."""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from initiatives.models import Commune, Departement, Distinction, Initiative, Region, Site, SourceRecord, Theme
from initiatives.text import place_key

_ARRONDISSEMENT = re.compile(
    r"^(?P<city>paris|lyon|marseille)\s+(?P<number>\d{1,2})\s*(?:e|er|eme|ere|ieme)?(?:\s+arrondissement)?$"
)


def initiative_list(
    *,
    region: Region | None = None,
    departement: Departement | None = None,
    commune: Commune | None = None,
    theme: Theme | None = None,
) -> QuerySet[Initiative]:
    """Published initiatives with what a list card shows, newest first."""
    queryset = (
        Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        .select_related("porteur", "commune", "departement", "region")
        .prefetch_related("themes")
        .order_by("-last_updated", "pk")
    )
    # An initiative is in its own territory and in each of its sites' (initiatives/sites.py).
    if region is not None:
        queryset = queryset.filter(Q(region=region) | Exists(Site.objects.filter(initiative=OuterRef("pk"),
                                                                                 region=region)))
    if departement is not None:
        queryset = queryset.filter(Q(departement=departement) | Exists(
            Site.objects.filter(initiative=OuterRef("pk"), departement=departement)))
    if commune is not None:
        queryset = queryset.filter(Q(commune__in=[commune, *commune.arrondissements.all()]) | Exists(
            Site.objects.filter(initiative=OuterRef("pk"), commune=commune)))
    if theme is not None:
        queryset = queryset.filter(themes__in=[theme, *theme.children.all()]).distinct()
    return queryset


def initiative_get_public(*, slug: str) -> Initiative:
    """One published initiative with everything its page shows, in a fixed number of queries."""
    return (
        Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
        .select_related("porteur", "commune", "departement", "region", "editorial__image")
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.select_related("parent")),
            Prefetch("records", queryset=SourceRecord.objects.select_related("source").order_by("source__precedence")),
            Prefetch("distinctions", queryset=Distinction.objects.select_related("edition__prize")),
            Prefetch("sites", queryset=Site.objects.select_related("commune", "arrondissement", "departement")
                     .order_by("-main", "commune__name", "pk")),
        )
        .get(slug=slug)
    )


def commune_get(*, insee_code: str) -> Commune | None:
    return Commune.objects.select_related("departement", "region").filter(insee_code=insee_code).first()


def commune_list_by_postcode(*, postcode: str) -> list[Commune]:
    """Every commune a postcode serves (several, often), arrondissements included."""
    return list(Commune.objects.select_related("departement", "region").filter(postcodes__contains=[postcode]))


def commune_list_by_name(
    *, name: str, departement_code: str | None = None, region_code: str | None = None
) -> list[Commune]:
    """Communes whose name matches, accent- and case-insensitively, "St"/"Saint", hyphens and articles aside.

    "Paris 15e", "Lyon 3ème" or "Marseille 13e arrondissement" give the municipal arrondissement. Several results
    mean the name is ambiguous: the caller decides with its other clues, never by guessing.
    """
    key = place_key(name)
    if not key:
        return []
    arrondissement = _ARRONDISSEMENT.match(key)
    if arrondissement:
        number = int(arrondissement.group("number"))
        key = f"{arrondissement.group('city')} {number}{'er' if number == 1 else 'e'} arrondissement"
    queryset = Commune.objects.select_related("departement", "region").filter(search_name=key)
    if departement_code:
        queryset = queryset.filter(departement_id=departement_code)
    if region_code:
        queryset = queryset.filter(region_id=region_code)
    return list(queryset.order_by("-population", "insee_code"))


def commune_suggest(*, name: str, limit: int = 5) -> list[Commune]:
    """Closest names by trigram similarity, for "did you mean" hints in the admin; never used to resolve."""
    from django.contrib.postgres.search import TrigramSimilarity

    return list(
        Commune.objects.annotate(similarity=TrigramSimilarity("search_name", place_key(name)))
        .filter(similarity__gt=0.4)
        .select_related("departement")
        .order_by("-similarity", "-population")[:limit]
    )


def departement_find(*, value: str) -> Departement | None:
    """A département from its code ("2A", "974", "1" for Ain) or its name ("Côte-d'Or", "cote d or")."""
    value = (value or "").strip()
    if not value:
        return None
    code = value.upper()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    found = Departement.objects.filter(code=code).first()
    if found:
        return found
    key = place_key(value)
    for departement in Departement.objects.all():
        if place_key(departement.name) == key:
            return departement
    return None


def region_find(*, value: str) -> Region | None:
    value = (value or "").strip()
    if not value:
        return None
    found = Region.objects.filter(code=value).first()
    if found:
        return found
    key = place_key(value)
    return next((region for region in Region.objects.all() if place_key(region.name) == key), None)


def theme_tree() -> dict[str, list[Theme]]:
    """Top-level themes per facet, each with its ``children`` prefetched."""
    themes = Theme.objects.filter(parent__isnull=True).prefetch_related("children").order_by("position")
    tree: dict[str, list[Theme]] = {facet: [] for facet, _ in Theme.Facet.choices}
    for theme in themes:
        tree[theme.facet].append(theme)
    return tree


def epci_position_list() -> dict[str, tuple[float, float]]:
    """Each EPCI à fiscalité propre's position (latitude, longitude): the mean of its communes' positions weighted
    by their population (a commune without one weighs as one inhabitant), so that the point sits near where most
    people live, usually its main town. The Grand Paris territoires (``Commune.ept``) lie inside the Métropole's
    communes and have none: a map of intercommunalités draws each commune once."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT epci_id, sum(latitude * weight) / sum(weight), sum(longitude * weight) / sum(weight) "
            "FROM (SELECT epci_id, latitude, longitude, greatest(coalesce(population, 0), 1) AS weight "
            "      FROM initiatives_commune WHERE kind = %s AND epci_id IS NOT NULL AND latitude IS NOT NULL "
            "      AND longitude IS NOT NULL) placed GROUP BY epci_id",
            [Commune.Kind.COMMUNE],
        )
        return {code: (latitude, longitude) for code, latitude, longitude in cursor.fetchall()}
