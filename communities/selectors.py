"""Reads on communities. Visibility is decided here once: private communities exist only for their members."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from communities.models import (
    Activity,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Membership,
    SavedSearch,
    Suggestion,
)
from initiatives.models import Theme


def community_list_visible(*, user, q: str = "") -> QuerySet[Community]:
    """Communities a user may see (public ones, plus private ones they belong to; staff see all)."""
    queryset = Community.objects.all()
    if not (user.is_authenticated and user.is_staff):
        visible = Q(visibility=Community.Visibility.PUBLIC)
        if user.is_authenticated:
            # A subquery, not a join: joining memberships here would also restrict the member_count below.
            visible |= Q(pk__in=Membership.objects.filter(user=user).values("community_id"))
        queryset = queryset.filter(visible)
    if q:
        queryset = queryset.filter(Q(name__icontains=q) | Q(description__icontains=q))
    return (
        queryset.select_related("region", "departement")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name", "code")))
        .annotate(member_count=Count("memberships", distinct=True),
                  item_count=Count("items", filter=Q(items__hidden=False), distinct=True))
        .order_by("-member_count", "name")
    )


def community_get_visible(*, slug: str, user) -> Community:
    """The community, or Http404 when it does not exist *or* the user may not see it (no leak of existence)."""
    community = (
        Community.objects.select_related("region", "departement").prefetch_related("themes")
        .filter(slug=slug).first()
    )
    if community is None or not user.has_perm("communities.view_community", community):
        raise Http404("Communauté introuvable")
    return community


def community_count_public() -> int:
    return Community.objects.filter(visibility=Community.Visibility.PUBLIC).count()


def community_list_to_join(*, limit: int) -> list[Community]:
    """Public communities open to newcomers, the liveliest first (for the home page)."""
    return list(
        Community.objects.filter(visibility=Community.Visibility.PUBLIC)
        .exclude(join_policy=Community.JoinPolicy.INVITATION)
        .annotate(member_count=Count("memberships"))
        .order_by("-member_count", "name")[:limit]
    )


def item_list(*, community: Community, show_hidden: bool = False) -> QuerySet[CommunityItem]:
    items = CommunityItem.objects.filter(community=community)
    if not show_hidden:
        items = items.filter(hidden=False)
    return (
        items.select_related("community", "initiative__commune", "initiative__departement", "initiative__porteur",
                             "collection", "added_by__profile")
        .annotate(comment_count=Count("comments", filter=Q(comments__hidden=False)))
        .order_by("collection__position", "collection_id", "position", "-created_at")
    )


def item_export_rows(*, community: Community, base_url: str) -> list[dict]:
    """A community's visible items as flat rows for the CSV and JSON exports."""
    base_url = base_url.rstrip("/")
    return [{
        "collection": item.collection.name if item.collection else "",
        "titre": item.initiative.title,
        "url": base_url + item.initiative.get_absolute_url(),
        "commune": item.initiative.commune.name if item.initiative.commune else "",
        "departement": item.initiative.departement_id or "",
        "porteur": item.initiative.porteur.name if item.initiative.porteur else "",
        "note": item.note,
        "etiquettes": item.tags,
        "ajoute_le": item.created_at.isoformat(),
    } for item in item_list(community=community)]


def comment_list(*, item: CommunityItem, show_hidden: bool = False) -> QuerySet[Comment]:
    comments = item.comments.select_related("author__profile")
    return comments if show_hidden else comments.filter(hidden=False)


def activity_list(*, community: Community, limit: int = 20) -> list[Activity]:
    return list(community.activities.select_related("actor__profile", "item__community").filter(
        Q(item__isnull=True) | Q(item__hidden=False))[:limit])


def member_list(*, community: Community) -> QuerySet[Membership]:
    return community.memberships.select_related("user__profile").order_by("role", "joined_at")


def invitations_pending(*, community: Community) -> QuerySet[Invitation]:
    """Invitations sent and not yet accepted, annulled or expired, newest first."""
    return community.invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True,
                                        expires_at__gt=timezone.now()).order_by("-created_at")


def join_requests_pending(*, community: Community) -> list[JoinRequest]:
    """Requests to join still waiting for a decision, oldest first (the first to have asked is answered first)."""
    return list(community.join_requests.filter(status=JoinRequest.Status.PENDING)
                .select_related("user__profile").order_by("created_at"))


def membership_get(*, community: Community, user) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(community=community, user=user).first()


def communities_of(*, user) -> QuerySet[Community]:
    """The communities a user belongs to (for the "add to a community" form)."""
    if not user.is_authenticated:
        return Community.objects.none()
    return Community.objects.filter(memberships__user=user).order_by("name")


def saved_search_list(*, user) -> QuerySet[SavedSearch]:
    return SavedSearch.objects.filter(
        Q(user=user) | Q(community__memberships__user=user)
    ).select_related("community").annotate(
        pending=Count("suggestions", filter=Q(suggestions__status=Suggestion.Status.PENDING))
    ).distinct().order_by("community__name", "name")


def suggestion_list(*, community: Community | None = None, user=None) -> QuerySet[Suggestion]:
    suggestions = Suggestion.objects.filter(status=Suggestion.Status.PENDING)
    suggestions = suggestions.filter(saved_search__community=community) if community else suggestions.filter(
        saved_search__user=user)
    return suggestions.select_related("initiative__commune", "initiative__departement", "saved_search")


def suggestion_list_for_user(*, user) -> list[Suggestion]:
    """Pending suggestions of a user's own watched searches and of their communities'."""
    return list(
        Suggestion.objects.filter(status=Suggestion.Status.PENDING)
        .filter(Q(saved_search__user=user) | Q(saved_search__community__memberships__user=user))
        .select_related("initiative", "saved_search__community").distinct().order_by("-created_at")
    )
