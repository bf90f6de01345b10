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


ROLES = ("owner", "moderator", "member", "nonmember", "staff", "anonymous")


@pytest.mark.parametrize("role", ROLES)
def test_the_api_lists_and_revokes_pending_invitations_as_the_members_page_does(client, people, private, role):
    """One rule (communities.invite) for the members page, its revoke button and the API."""
    user = people.get(role)
    api = APIClient()
    if user is not None:
        client.force_login(user)
        api.force_login(user)
    html_invitation, api_invitation = invite(private, people), invite(private, people, email="autre@example.org")
    page = client.get(f"/communautes/{private.slug}/membres/")
    html_sees = page.status_code == 200 and "nonmember@example.org" in page.content.decode()
    listed = api.get(f"/api/communities/{private.slug}/invitations/")
    api_sees = listed.status_code == 200 and {i["email"] for i in listed.json()["results"]} == {
        "nonmember@example.org", "autre@example.org"}
    client.post(f"/communautes/{private.slug}/invitations/{html_invitation.pk}/annuler/")
    revoked = api.delete(f"/api/communities/{private.slug}/invitations/{api_invitation.pk}/")
    html_revokes = Invitation.objects.get(pk=html_invitation.pk).revoked_at is not None
    api_revokes = Invitation.objects.get(pk=api_invitation.pk).revoked_at is not None
    assert html_sees == api_sees == html_revokes == api_revokes, (html_sees, api_sees, html_revokes, api_revokes)
    assert api_revokes == (role in ("owner", "moderator"))  # staff are not members of this private community
    if api_revokes:
        assert revoked.status_code == 204
        assert api.get(f"/api/communities/{private.slug}/invitations/").json()["results"] == []
    else:
        assert revoked.status_code in (403, 404)


def test_an_accepted_invitation_cannot_be_revoked_through_the_api(people, private):
    invitation = invite(private, people)
    invitation.accepted_at = invitation.created_at
    invitation.save(update_fields=["accepted_at"])
    api = APIClient()
    api.force_login(people["owner"])
    response = api.delete(f"/api/communities/{private.slug}/invitations/{invitation.pk}/")
    assert response.status_code == 400 and "acceptée" in response.json()["detail"]
    assert api.delete(f"/api/communities/{private.slug}/invitations/999999/").status_code == 404
