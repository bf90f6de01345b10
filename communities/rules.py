"""Who may do what in a community: named django-rules predicates, used by views, templates and the API.

Every permission takes the community as its object, except ``change_item`` (move, edit or remove an item), which
takes the item. Roles are read from one membership query per (user, community) and cached on the user object for
the request.
"""

from __future__ import annotations

import rules

from communities.models import Community, Membership


def _role(user, community: Community) -> str | None:
    if user is None or not user.is_authenticated or community is None or community.pk is None:
        return None
    cache = user.__dict__.setdefault("_community_roles", {})
    if community.pk not in cache:
        cache[community.pk] = (
            Membership.objects.filter(user=user, community=community).values_list("role", flat=True).first()
        )
    return cache[community.pk]


def forget_roles(user) -> None:
    """Call after a membership change in the same request."""
    if user is not None:
        user.__dict__.pop("_community_roles", None)


@rules.predicate
def is_member(user, community) -> bool:
    return _role(user, community) is not None


@rules.predicate
def is_moderator(user, community) -> bool:
    return _role(user, community) in (Membership.Role.MODERATOR, Membership.Role.OWNER)


@rules.predicate
def is_owner(user, community) -> bool:
    return _role(user, community) == Membership.Role.OWNER


@rules.predicate
def is_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_staff)


@rules.predicate
def is_verified(user) -> bool:
    """A signed-in user whose e-mail address is verified (allauth)."""
    if user is None or not user.is_authenticated:
        return False
    if "_email_verified" not in user.__dict__:
        from allauth.account.models import EmailAddress

        user.__dict__["_email_verified"] = EmailAddress.objects.filter(user=user, verified=True).exists()
    return user.__dict__["_email_verified"]


@rules.predicate
def is_public(user, community) -> bool:
    return community is not None and community.visibility == Community.Visibility.PUBLIC


@rules.predicate
def joins_freely(user, community) -> bool:
    return community is not None and community.join_policy == Community.JoinPolicy.OPEN


@rules.predicate
def joins_on_request(user, community) -> bool:
    return community is not None and community.join_policy == Community.JoinPolicy.REQUEST


can_view = is_public | is_member | is_staff

@rules.predicate
def added_the_item(user, item) -> bool:
    return bool(item is not None and user is not None and user.is_authenticated and item.added_by_id == user.pk)


@rules.predicate
def member_of_the_items_community(user, item) -> bool:
    return item is not None and is_member(user, item.community)


@rules.predicate
def moderates_the_items_community(user, item) -> bool:
    return item is not None and (is_moderator(user, item.community) or is_staff(user))


rules.add_perm("communities.create_community", is_verified)
rules.add_perm("communities.view_community", can_view)
rules.add_perm("communities.join_community", is_verified & ~is_member & is_public & joins_freely)
rules.add_perm("communities.request_join", is_verified & ~is_member & is_public & joins_on_request)
rules.add_perm("communities.leave_community", is_member & ~is_owner)
rules.add_perm("communities.add_item", is_member)
rules.add_perm("communities.comment", is_member)
rules.add_perm("communities.report", is_member)
rules.add_perm("communities.moderate", is_moderator | is_staff)
rules.add_perm("communities.invite", is_moderator)
rules.add_perm("communities.manage_members", is_moderator)
rules.add_perm("communities.edit_community", is_owner | is_staff)
rules.add_perm("communities.delete_community", is_owner | is_staff)
rules.add_perm("communities.transfer_ownership", is_owner)
rules.add_perm("communities.export", is_member | is_staff)
rules.add_perm("communities.watch_search", is_member)
# Moving an item to a collection, editing its note or removing it: the member who added it, or a moderator.
rules.add_perm("communities.change_item", (added_the_item & member_of_the_items_community)
               | moderates_the_items_community)
