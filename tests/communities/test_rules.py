"""The permission matrix: every action × every role × both visibilities, against an explicit table."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from communities.models import Community

ROLES = ["anonymous", "nonmember", "member", "moderator", "owner", "staff"]
A, N, M, D, O, S = (frozenset({role}) for role in ROLES)  # noqa: E741 - one letter per role keeps the table readable
MEMBERS = M | D | O
NOBODY: frozenset[str] = frozenset()

# action -> (permission, join policy of the community, who may do it if public, who may do it if private)
MATRIX = {
    "view": ("view_community", "open", A | N | MEMBERS | S, MEMBERS | S),
    "join": ("join_community", "open", N | S, NOBODY),
    "request": ("request_join", "request", N | S, NOBODY),
    "add item": ("add_item", "open", MEMBERS, MEMBERS),
    "comment": ("comment", "open", MEMBERS, MEMBERS),
    "report": ("report", "open", MEMBERS, MEMBERS),
    "moderate": ("moderate", "open", D | O | S, D | O | S),
    "edit": ("edit_community", "open", O | S, O | S),
    "delete": ("delete_community", "open", O | S, O | S),
    "invite": ("invite", "open", D | O, D | O),
    "export": ("export", "open", MEMBERS | S, MEMBERS | S),
    "leave": ("leave_community", "open", M | D, M | D),
    "transfer ownership": ("transfer_ownership", "open", O, O),
}


def _user(people, role):
    return AnonymousUser() if role == "anonymous" else people[role]


@pytest.mark.parametrize("visibility", ["public", "private"])
@pytest.mark.parametrize("action", list(MATRIX))
def test_permission_matrix(people, make_community, action, visibility):
    permission, policy, if_public, if_private = MATRIX[action]
    community = make_community(visibility=visibility, join_policy=policy)
    allowed = if_public if visibility == "public" else if_private
    got = {role for role in ROLES if _user(people, role).has_perm(f"communities.{permission}", community)}
    assert got == set(allowed), f"{action} on a {visibility} community"


@pytest.mark.parametrize("policy", ["open", "request", "invitation"])
def test_join_policies(people, make_community, policy):
    community = make_community(join_policy=policy)
    nonmember = people["nonmember"]
    assert nonmember.has_perm("communities.join_community", community) is (policy == "open")
    assert nonmember.has_perm("communities.request_join", community) is (policy == "request")


def test_only_verified_users_create_or_join(people, make_community):
    community = make_community()
    assert people["nonmember"].has_perm("communities.create_community")
    assert not people["unverified"].has_perm("communities.create_community")
    assert not people["unverified"].has_perm("communities.join_community", community)
    assert not AnonymousUser().has_perm("communities.create_community")


def test_roles_are_read_fresh_after_a_membership_change(people, make_community):
    from communities.services import community_join, membership_leave

    community = make_community()
    user = people["nonmember"]
    assert not user.has_perm("communities.add_item", community)
    community_join(community=community, user=user)
    assert user.has_perm("communities.add_item", community)
    membership_leave(community=community, user=user)
    assert not user.has_perm("communities.add_item", community)
    assert Community.objects.filter(pk=community.pk).exists()
