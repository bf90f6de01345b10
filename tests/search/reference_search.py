"""An independent reference for the search's selection, written the plain ORM way (joins, no bitmaps), so that the
tests can check the facet index and ``search.query.matching`` against something they do not share code with."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from initiatives.models import Initiative
from initiatives.search_document import build_tsquery
from search.params import SearchParams


def reference_matching(params: SearchParams, *, skip: str | None = None) -> QuerySet[Initiative]:
    """Published initiatives matching the text and every filter but ``skip`` (may contain duplicates: use
    ``.values("pk").distinct()``)."""
    queryset = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
    tsquery = build_tsquery(params.q)
    if tsquery is not None:
        queryset = queryset.filter(search_vector=tsquery)
    if params.theme and skip != "theme":
        queryset = queryset.filter(Q(themes__code__in=params.theme) | Q(themes__parent__code__in=params.theme))
    if params.region and skip != "region":
        # An initiative is in its own territory and in each of its sites'.
        queryset = queryset.filter(Q(region_id__in=params.region) | Q(sites__region_id__in=params.region))
    if params.departement and skip != "departement":
        queryset = queryset.filter(Q(departement_id__in=params.departement)
                                   | Q(sites__departement_id__in=params.departement))
    if params.epci and skip != "epci":
        # The intercommunalités of its own commune and of its sites' communes (the EPCI, or a Grand Paris territoire).
        queryset = queryset.filter(Q(commune__epci_id__in=params.epci) | Q(commune__ept_id__in=params.epci)
                                   | Q(sites__commune__epci_id__in=params.epci)
                                   | Q(sites__commune__ept_id__in=params.epci))
    if params.source and skip != "source":
        queryset = queryset.filter(records__source__slug__in=params.source)
    if params.porteur_kind and skip != "porteur_kind":
        queryset = queryset.filter(porteur__kind__in=params.porteur_kind)
    if params.year and skip != "year":
        queryset = queryset.filter(start_year__in=params.year)
    if params.prize and skip != "prize":
        queryset = queryset.filter(distinctions__edition__prize__slug__in=params.prize)
    return queryset
