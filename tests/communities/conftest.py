"""Users in every role around a community, for the rules matrix and the views."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress

from communities.models import Community, Membership
from communities.services import community_create, community_join
from tests.factories import UserFactory


def verified_user(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def people(db):
    """owner, moderator, member, nonmember (verified), staff (verified, not a member), unverified."""
    users = {name: verified_user(username=name, email=f"{name}@example.org") for name in
             ("owner", "moderator", "member", "nonmember")}
    users["staff"] = verified_user(username="staff", email="staff@example.org", is_staff=True)
    users["unverified"] = UserFactory(username="unverified", email="unverified@example.org")
    return users


@pytest.fixture
def make_community(people):
    def make(*, visibility: str = Community.Visibility.PUBLIC, join_policy: str = Community.JoinPolicy.OPEN,
             name: str = "Mobilité rurale") -> Community:
        community = community_create(user=people["owner"], name=name, description="Se déplacer sans voiture.",
                                     visibility=visibility, join_policy=join_policy)
        for role in ("moderator", "member"):
            membership = community_join(community=community, user=people[role])
            if role == "moderator":
                membership.role = Membership.Role.MODERATOR
                membership.save()
        return community

    return make
