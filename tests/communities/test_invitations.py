"""An invitation admits only the person it was sent to, once, before it expires, unless the community annuls it
(issue 19: a forwarded link let another member join a private community)."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from rest_framework.test import APIClient

from communities.models import Community, Invitation, Membership


@pytest.fixture
def private(make_community) -> Community:
    return make_community(name="Cercle fermé", visibility=Community.Visibility.PRIVATE,
                          join_policy=Community.JoinPolicy.INVITATION)


def invite(community, people, email="nonmember@example.org") -> Invitation:
    return Invitation.objects.create(community=community, email=email, invited_by=people["owner"])


def test_another_account_cannot_use_a_forwarded_link(client, people, private):
    invitation = invite(private, people)
    link = f"/communautes/invitation/{invitation.token}/"
    client.force_login(people["staff"])  # signed in, verified, but as someone else
    page = client.get(link).content.decode()
    assert "n•••@example.org" in page and "Accepter l’invitation" not in page
    assert "nonmember@example.org" not in page  # the invited address is not disclosed to whoever holds the link
    response = client.post(link, follow=True)
    assert "envoyée à une autre adresse" in response.content.decode()
    assert not Membership.objects.filter(community=private, user=people["staff"]).exists()

    api = APIClient()
    api.force_login(people["member"])
    refused = api.post(f"/api/invitations/{invitation.token}/accept/")
    assert refused.status_code == 400 and "autre adresse" in refused.json()["detail"]
    invitation.refresh_from_db()
    assert invitation.accepted_at is None  # still usable by the right person

    api.force_login(people["nonmember"])
    assert api.post(f"/api/invitations/{invitation.token}/accept/").status_code == 200
    assert Membership.objects.filter(community=private, user=people["nonmember"]).exists()


def test_the_invited_address_must_be_confirmed_on_the_account(client, people, private):
    user = people["unverified"]
    invitation = invite(private, people, email=user.email.upper())  # addresses compare without case
    client.force_login(user)
    client.post(f"/communautes/invitation/{invitation.token}/")
    assert not Membership.objects.filter(community=private, user=user).exists()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.post(f"/communautes/invitation/{invitation.token}/")
    assert Membership.objects.filter(community=private, user=user).exists()


def test_moderators_see_pending_invitations_and_annul_them(client, people, private):
    invitation = invite(private, people)
    members_page = f"/communautes/{private.slug}/membres/"
    client.force_login(people["member"])
    assert "nonmember@example.org" not in client.get(members_page).content.decode()
    revoke = f"/communautes/{private.slug}/invitations/{invitation.pk}/annuler/"
    assert client.post(revoke).status_code == 403
    client.force_login(people["moderator"])
    assert "nonmember@example.org" in client.get(members_page).content.decode()
    client.post(revoke)
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None and invitation.revoked_by == people["moderator"]
    pending = client.get(members_page).content.decode().split('id="invitations-titre"')[1]
    assert "nonmember@example.org" not in pending and "Aucune invitation en attente." in pending

    client.force_login(people["nonmember"])
    assert client.get(f"/communautes/invitation/{invitation.token}/").context["invitation"] is None
    response = client.post(f"/communautes/invitation/{invitation.token}/", follow=True)
    assert "annulée" in response.content.decode()
    assert not Membership.objects.filter(community=private, user=people["nonmember"]).exists()
