"""Reads about sources and their harvests."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from initiatives.models import Initiative, Source


def source_list_public() -> QuerySet[Source]:
    """Enabled partner platforms with their number of published initiatives and their health."""
    return (
        Source.objects.filter(enabled=True)
        .select_related("health")
        .annotate(
            initiative_count=Count(
                "records__initiative", distinct=True,
                filter=Q(records__initiative__visibility=Initiative.Visibility.PUBLISHED),
            )
        )
        .order_by("precedence", "name")
    )
