"""The communities REST API: privacy (404, never 403, for what one may not see), permissions per role,
service refusals as 400, token authentication, invitations, join requests, pinned query counts, schema."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from communities.models import (
    Collection,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Report,
)
from communities.services import collection_create, comment_add, community_join, item_add
from initiatives.models import Theme
from tests.factories import UserFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def as_user(api: APIClient, user) -> APIClient:
    """A real session login: the user is loaded afresh on each request, as in production (unlike
    force_authenticate, which would carry the role cache of communities.rules from one request to the next)."""
    if user is not None:
        api.force_login(user)
    return api


@pytest.fixture
def public(make_community) -> Community:
    return make_community(name="Mobilité rurale")


@pytest.fixture
def private(make_community) -> Community:
    return make_community(name="Cercle fermé", visibility=Community.Visibility.PRIVATE,
                          join_policy=Community.JoinPolicy.INVITATION)


@pytest.fixture
def item(public, people) -> CommunityItem:
    return item_add(community=public, initiative=make_initiative(title="Autopartage au village"),
                    user=people["member"], note="À suivre", tags=["mobilité"])


@pytest.fixture
def comment(item, people) -> Comment:
    return comment_add(item=item, user=people["member"], body="Très inspirant.")


def items_url(community: Community) -> str:
    return f"/api/communities/{community.slug}/items/"


def comments_url(item: CommunityItem) -> str:
    return f"{items_url(item.community)}{item.pk}/comments/"


# --- reading and privacy ---------------------------------------------------------------------------
def test_anonymous_reads_a_public_community(api, public, item, comment):
    listing = api.get("/api/communities/")
    assert listing.status_code == 200
    assert [row["slug"] for row in listing.json()["results"]] == [public.slug]
    assert listing.json()["results"][0]["member_count"] == 3

    detail = api.get(f"/api/communities/{public.slug}/").json()
    assert detail["name"] == "Mobilité rurale" and detail["role"] is None
    assert detail["permissions"]["join_community"] is False and detail["permissions"]["add_item"] is False

    items = api.get(items_url(public)).json()["results"]
    assert items[0]["initiative"]["title"] == "Autopartage au village"
    assert items[0]["tags"] == ["mobilité"] and items[0]["comment_count"] == 1
    # Never the start of the e-mail address: a neutral name until the member chooses one.
    assert items[0]["added_by"]["name"] == f"Membre n° {item.added_by_id}"

    comments = api.get(comments_url(item)).json()["results"]
    assert [c["body"] for c in comments] == ["Très inspirant."]
    members = api.get(f"/api/communities/{public.slug}/members/").json()["results"]
    assert {m["role"] for m in members} == {"owner", "moderator", "member"}
    assert "email" not in members[0]["user"]


@pytest.mark.parametrize("viewer", [None, "nonmember", "unverified"])
def test_private_community_is_404_for_outsiders_everywhere(api, people, private, viewer):
    secret = item_add(community=private, initiative=make_initiative(), user=people["member"])
    comment_add(item=secret, user=people["member"], body="Entre nous.")
    as_user(api, people.get(viewer))

    assert private.slug not in [row["slug"] for row in api.get("/api/communities/").json()["results"]]
    base = f"/api/communities/{private.slug}/"
    for url in (base, items_url(private), f"{items_url(private)}{secret.pk}/", comments_url(secret),
                f"{base}members/", f"{base}collections/", f"{base}join-requests/"):
        assert api.get(url).status_code == 404, url
    # Writes too: a 403 would tell the community exists.
    assert api.post(f"{base}join/").status_code == 404
    assert api.post(items_url(private), {"initiative": make_initiative().slug}, format="json").status_code == 404
    assert api.post(comments_url(secret), {"body": "Coucou"}, format="json").status_code == 404


@pytest.mark.parametrize("viewer", ["member", "staff"])
def test_private_community_is_visible_to_members_and_staff(api, people, private, viewer):
    as_user(api, people[viewer])
    rows = {row["slug"]: row for row in api.get("/api/communities/").json()["results"]}
    assert rows[private.slug]["member_count"] == 3  # all members, not only the viewer's membership
    assert api.get(f"/api/communities/{private.slug}/").status_code == 200
    assert api.get(items_url(private)).status_code == 200


def test_unknown_community_is_404(api):
    assert api.get("/api/communities/nulle-part/").status_code == 404
    assert api.get("/api/communities/nulle-part/items/").status_code == 404


# --- communities -----------------------------------------------------------------------------------
def test_verified_user_creates_a_community(api, people):
    as_user(api, people["nonmember"])
    response = api.post("/api/communities/", {
        "name": "Précarité alimentaire", "description": "Épiceries solidaires.", "visibility": "private",
        "join_policy": "request",
    }, format="json")
    assert response.status_code == 201
    assert response.json()["slug"] == "precarite-alimentaire" and response.json()["role"] == "owner"
    community = Community.objects.get(slug="precarite-alimentaire")
    assert community.memberships.get().user == people["nonmember"]


@pytest.mark.parametrize("viewer", [None, "unverified"])
def test_only_verified_users_create_communities(api, people, viewer):
    as_user(api, people.get(viewer))
    response = api.post("/api/communities/", {"name": "Interdite"}, format="json")
    assert response.status_code in (401, 403)
    assert not Community.objects.filter(name="Interdite").exists()


def test_owner_edits_and_deletes_moderator_cannot(api, people, public):
    url = f"/api/communities/{public.slug}/"
    as_user(api, people["moderator"])
    assert api.patch(url, {"description": "Non."}, format="json").status_code == 403
    assert api.delete(url).status_code == 403

    as_user(api, people["owner"])
    response = api.patch(url, {"description": "Nouveau cap.", "region": "53"}, format="json")
    assert response.status_code == 200 and response.json()["region"]["code"] == "53"
    assert api.delete(url).status_code == 204
    assert not Community.objects.filter(pk=public.pk).exists()


def test_service_refusal_is_a_400_with_its_message(api, people, public):
    """A moderator may remove members, but only the owner removes a moderator (CommunityError)."""
    as_user(api, people["moderator"])
    response = api.delete(f"/api/communities/{public.slug}/members/{people['owner'].pk}/")
    assert response.status_code == 400
    assert response.json() == {"detail": "La propriétaire ou le propriétaire ne peut pas être retiré."}
    assert api.delete(f"/api/communities/{public.slug}/members/{people['member'].pk}/").status_code == 204
    assert not public.memberships.filter(user=people["member"]).exists()


def test_only_the_owner_changes_roles(api, people, public):
    url = f"/api/communities/{public.slug}/members/{people['member'].pk}/role/"
    as_user(api, people["moderator"])
    assert api.post(url, {"role": "moderator"}, format="json").status_code == 403
    as_user(api, people["owner"])
    response = api.post(url, {"role": "moderator"}, format="json")
    assert response.status_code == 200 and response.json()["role"] == "moderator"
    owner_url = f"/api/communities/{public.slug}/members/{people['owner'].pk}/role/"
    assert api.post(owner_url, {"role": "member"}, format="json").status_code == 400


def test_owner_transfers_ownership(api, people, public):
    url = f"/api/communities/{public.slug}/transfer-ownership/"
    as_user(api, people["moderator"])
    assert api.post(url, {"user": people["member"].pk}, format="json").status_code == 403

    as_user(api, people["owner"])
    refused = api.post(url, {"user": people["nonmember"].pk}, format="json")
    assert refused.status_code == 400 and "membre" in refused.json()["detail"]
    assert api.post(url, {"user": people["member"].pk}, format="json").status_code == 204
    roles = dict(public.memberships.values_list("user__username", "role"))
    assert roles == {"owner": "moderator", "member": "owner", "moderator": "moderator"}


def test_members_leave_but_the_owner_cannot(api, people, public):
    as_user(api, people["owner"])
    assert api.post(f"/api/communities/{public.slug}/leave/").status_code == 403
    as_user(api, people["member"])
    assert api.post(f"/api/communities/{public.slug}/leave/").status_code == 204
    assert not public.memberships.filter(user=people["member"]).exists()


# --- joining ---------------------------------------------------------------------------------------
def test_join_an_open_community(api, people, public):
    assert api.post(f"/api/communities/{public.slug}/join/").status_code in (401, 403)
    as_user(api, people["nonmember"])
    response = api.post(f"/api/communities/{public.slug}/join/")
    assert response.status_code == 201 and response.json()["role"] == "member"
    assert public.memberships.filter(user=people["nonmember"]).exists()
    # Already a member: the permission no longer holds.
    assert api.post(f"/api/communities/{public.slug}/join/").status_code == 403


def test_request_to_join_then_a_moderator_approves(api, people, make_community):
    community = make_community(name="Sur demande", join_policy=Community.JoinPolicy.REQUEST)
    base = f"/api/communities/{community.slug}/"
    as_user(api, people["nonmember"])
    assert api.post(f"{base}join/").status_code == 403
    response = api.post(f"{base}request-join/", {"message": "Je travaille sur le sujet."}, format="json")
    assert response.status_code == 201 and response.json()["status"] == "pending"
    assert api.get(f"{base}join-requests/").status_code == 403

    as_user(api, people["member"])
    assert api.get(f"{base}join-requests/").status_code == 403

    as_user(api, people["moderator"])
    pending = api.get(f"{base}join-requests/").json()["results"]
    assert [(r["user"]["name"], r["message"]) for r in pending] == [(f"Membre n° {people['nonmember'].pk}",
                                                                   "Je travaille sur le sujet.")]
    decided = api.post(f"{base}join-requests/{pending[0]['id']}/approve/")
    assert decided.status_code == 200 and decided.json()["status"] == "approved"
    assert community.memberships.filter(user=people["nonmember"], role="member").exists()
    assert api.post(f"{base}join-requests/{pending[0]['id']}/reject/").status_code == 404  # no longer pending


def test_moderator_rejects_a_request(api, people, make_community):
    community = make_community(name="Sur demande", join_policy=Community.JoinPolicy.REQUEST)
    join_request = JoinRequest.objects.create(community=community, user=people["nonmember"])
    as_user(api, people["moderator"])
    response = api.post(f"/api/communities/{community.slug}/join-requests/{join_request.pk}/reject/")
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    assert not community.memberships.filter(user=people["nonmember"]).exists()


# --- invitations -----------------------------------------------------------------------------------
def test_moderator_invites_by_email(api, people, private):
    url = f"/api/communities/{private.slug}/invite/"
    as_user(api, people["member"])
    assert api.post(url, {"email": "amie@example.org"}, format="json").status_code == 403
    as_user(api, people["moderator"])
    response = api.post(url, {"email": "Amie@Example.org"}, format="json")
    assert response.status_code == 201 and "token" not in response.json()
    invitation = Invitation.objects.get(community=private)
    assert invitation.email == "amie@example.org"
    assert len(mail.outbox) == 1 and f"http://testserver/communautes/invitation/{invitation.token}/" in mail.outbox[0].body


def test_invitation_accept_with_a_valid_token(api, people, private):
    invitation = Invitation.objects.create(community=private, email="nonmember@example.org",
                                           invited_by=people["owner"])
    url = f"/api/invitations/{invitation.token}/accept/"
    assert api.post(url).status_code in (401, 403)
    as_user(api, people["nonmember"])
    response = api.post(url)
    assert response.status_code == 200
    assert response.json()["slug"] == private.slug and response.json()["role"] == "member"
    assert private.memberships.filter(user=people["nonmember"]).exists()
    used = api.post(url)
    assert used.status_code == 400 and used.json() == {"detail": "Cette invitation a déjà été utilisée."}


def test_invitation_accept_with_a_wrong_token(api, people, private):
    Invitation.objects.create(community=private, email="nonmember@example.org", invited_by=people["owner"])
    as_user(api, people["nonmember"])
    response = api.post("/api/invitations/pas-le-bon-jeton/accept/")
    assert response.status_code == 400 and response.json() == {"detail": "Cette invitation n’existe pas."}
    assert not private.memberships.filter(user=people["nonmember"]).exists()


def test_invitation_accept_with_an_expired_token(api, people, private):
    invitation = Invitation.objects.create(community=private, email="nonmember@example.org",
                                           invited_by=people["owner"],
                                           expires_at=timezone.now() - timedelta(minutes=1))
    as_user(api, people["nonmember"])
    response = api.post(f"/api/invitations/{invitation.token}/accept/")
    assert response.status_code == 400 and "expiré" in response.json()["detail"]
    assert not private.memberships.filter(user=people["nonmember"]).exists()


# --- items -----------------------------------------------------------------------------------------
def test_member_adds_an_item_nonmember_cannot(api, people, public):
    initiative = make_initiative(title="Covoiturage solidaire")
    collection = collection_create(community=public, user=people["owner"], name="Transport")
    payload = {"initiative": initiative.slug, "note": "Testé à Redon", "tags": ["rural", " Rural ", "vélo"],
               "collection": collection.pk}

    as_user(api, people["nonmember"])
    assert api.post(items_url(public), payload, format="json").status_code == 403
    assert api.post(items_url(public), {**payload, "initiative": "nope"}, format="json").status_code == 403

    as_user(api, people["member"])
    response = api.post(items_url(public), payload, format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["initiative"]["id"] == initiative.pk and body["tags"] == ["rural", "vélo"]
    assert body["collection"] == {"id": collection.pk, "name": "Transport"}
    assert body["added_by"]["id"] == people["member"].pk
    by_id = api.post(items_url(public), {"initiative": str(make_initiative().pk)}, format="json")
    assert by_id.status_code == 201


def test_item_input_is_validated(api, people, public, make_community):
    other = make_community(name="Autre")
    foreign = collection_create(community=other, user=people["owner"], name="Ailleurs")
    as_user(api, people["member"])
    unknown = api.post(items_url(public), {"initiative": "inexistante"}, format="json")
    assert unknown.status_code == 400 and "initiative" in unknown.json()
    wrong_collection = api.post(items_url(public), {"initiative": make_initiative().slug,
                                                    "collection": foreign.pk}, format="json")
    assert wrong_collection.status_code == 400 and "collection" in wrong_collection.json()


def test_the_adder_or_a_moderator_edits_and_removes_an_item(api, people, public, item):
    url = f"{items_url(public)}{item.pk}/"
    collection = collection_create(community=public, user=people["owner"], name="Transport")
    as_user(api, people["owner"])  # moderators edit others' items (the owner is one)
    response = api.patch(url, {"note": "Vu sur place", "tags": ["terrain"], "collection": collection.pk},
                         format="json")
    assert response.status_code == 200
    assert (response.json()["note"], response.json()["tags"]) == ("Vu sur place", ["terrain"])
    assert response.json()["collection"]["id"] == collection.pk
    assert api.patch(url, {"collection": None}, format="json").json()["collection"] is None
    cleared = api.patch(url, {"note": "", "tags": []}, format="json").json()  # empty values clear
    assert (cleared["note"], cleared["tags"]) == ("", [])
    assert api.patch(url, {"tags": ["vélo"]}, format="json").json()["note"] == ""  # untouched fields stay
    assert api.put(url, {"note": "Tout"}, format="json").status_code == 405  # partial updates only

    as_user(api, people["nonmember"])  # becomes a plain member who did not add the item
    assert api.post(f"/api/communities/{public.slug}/join/").status_code == 201
    assert api.patch(url, {"note": "Non"}, format="json").status_code == 403
    assert api.delete(url).status_code == 403

    as_user(api, people["member"])
    assert api.delete(url).status_code == 204
    assert not CommunityItem.objects.filter(pk=item.pk).exists()


def test_moderator_hides_an_item_member_cannot(api, people, public, item):
    as_user(api, people["member"])
    assert api.post(f"{items_url(public)}{item.pk}/hide/").status_code == 403

    as_user(api, people["moderator"])
    response = api.post(f"{items_url(public)}{item.pk}/hide/")
    assert response.status_code == 200 and response.json()["hidden"] is True
    assert [row["hidden"] for row in api.get(items_url(public)).json()["results"]] == [True]

    as_user(api, people["member"])
    assert api.get(items_url(public)).json()["results"] == []
    assert api.get(f"{items_url(public)}{item.pk}/").status_code == 404
    assert api.get(comments_url(item)).status_code == 404

    as_user(api, people["moderator"])
    assert api.post(f"{items_url(public)}{item.pk}/unhide/").json()["hidden"] is False


def test_member_reports_an_item(api, people, public, item):
    as_user(api, people["nonmember"])
    assert api.post(f"{items_url(public)}{item.pk}/report/", {"reason": "Spam"}, format="json").status_code == 403
    as_user(api, people["member"])
    response = api.post(f"{items_url(public)}{item.pk}/report/", {"reason": "Hors sujet"}, format="json")
    assert response.status_code == 201 and response.json()["status"] == "open"
    assert Report.objects.get(item=item).reason == "Hors sujet"


# --- comments --------------------------------------------------------------------------------------
def test_member_comments_nonmember_cannot(api, people, public, item):
    as_user(api, people["nonmember"])
    assert api.post(comments_url(item), {"body": "Bonjour"}, format="json").status_code == 403
    as_user(api, people["member"])
    response = api.post(comments_url(item), {"body": "<b>Bravo</b> !"}, format="json")
    assert response.status_code == 201
    assert response.json()["body"] == "<b>Bravo</b> !" and response.json()["author"]["name"] == f"Membre n° {people['member'].pk}"
    blank = api.post(comments_url(item), {"body": "   "}, format="json")
    assert blank.status_code == 400


def test_moderator_hides_a_comment_member_cannot(api, people, item, comment):
    url = f"{comments_url(item)}{comment.pk}/hide/"
    as_user(api, people["member"])
    assert api.post(url).status_code == 403
    as_user(api, people["moderator"])
    assert api.post(url).json()["hidden"] is True
    assert [c["hidden"] for c in api.get(comments_url(item)).json()["results"]] == [True]
    as_user(api, people["member"])
    assert api.get(comments_url(item)).json()["results"] == []


def test_member_reports_a_comment(api, people, item, comment):
    as_user(api, people["member"])
    response = api.post(f"{comments_url(item)}{comment.pk}/report/", {}, format="json")
    assert response.status_code == 201
    assert Report.objects.get(comment=comment).reason == "Sans motif"


# --- collections -----------------------------------------------------------------------------------
def test_members_create_collections_moderators_edit_them(api, people, public):
    url = f"/api/communities/{public.slug}/collections/"
    as_user(api, people["nonmember"])
    assert api.post(url, {"name": "Vélo"}, format="json").status_code == 403
    as_user(api, people["member"])
    created = api.post(url, {"name": "Vélo", "description": "Deux roues"}, format="json")
    assert created.status_code == 201
    collection_url = f"{url}{created.json()['id']}/"
    assert api.patch(collection_url, {"name": "Cycles"}, format="json").status_code == 403
    assert [c["name"] for c in api.get(url).json()] == ["Vélo"]

    as_user(api, people["moderator"])
    assert api.patch(collection_url, {"name": "Cycles"}, format="json").json()["name"] == "Cycles"
    assert api.delete(collection_url).status_code == 204
    assert not Collection.objects.filter(community=public).exists()


# --- authentication, query counts, schema ----------------------------------------------------------
def test_token_authentication(api, people, public):
    token = Token.objects.create(user=people["member"])
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get(f"/api/communities/{public.slug}/").json()["role"] == "member"
    response = api.post(items_url(public), {"initiative": make_initiative().slug}, format="json")
    assert response.status_code == 201

    # A wrong token is refused, not treated as anonymous (403: session authentication comes first in DRF's list).
    api.credentials(HTTP_AUTHORIZATION="Token faux-jeton")
    assert api.get(f"/api/communities/{public.slug}/").status_code in (401, 403)


@pytest.mark.parametrize("viewer", [None, "member", "moderator"])
def test_items_list_query_count_does_not_grow(api, people, public, viewer, django_assert_max_num_queries):
    as_user(api, people.get(viewer))
    collection = collection_create(community=public, user=people["owner"], name="Transport")

    def add(count: int) -> None:
        for _ in range(count):
            added = item_add(community=public, initiative=make_initiative(porteur={"name": "Asso"}),
                             user=people["member"], tags=["x"], collection=collection)
            comment_add(item=added, user=people["member"], body="Oui")

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            response = api.get(items_url(public))
        assert response.status_code == 200
        return len(context.captured_queries)

    add(3)
    few = queries()
    add(12)
    with django_assert_max_num_queries(7):
        many = queries()
    assert few == many


def test_community_list_and_members_query_counts_do_not_grow(api, people, public, make_community,
                                                             django_assert_max_num_queries):
    as_user(api, people["member"])

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            assert api.get("/api/communities/").status_code == 200
            assert api.get(f"/api/communities/{public.slug}/members/").status_code == 200
        return len(context.captured_queries)

    few = queries()
    themes = list(Theme.objects.filter(parent=None)[:3])
    for number in range(8):
        make_community(name=f"Autre {number}").themes.set(themes)
        community_join(community=public, user=UserFactory())
    with django_assert_max_num_queries(11):
        many = queries()
    assert few == many


def test_schema_documents_the_communities_api(api):
    response = api.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/communities/", "/api/communities/{slug}/", "/api/communities/{slug}/join/",
        "/api/communities/{slug}/request-join/", "/api/communities/{slug}/members/",
        "/api/communities/{slug}/members/{user_id}/role/", "/api/communities/{slug}/transfer-ownership/",
        "/api/communities/{community_slug}/items/", "/api/communities/{community_slug}/items/{id}/hide/",
        "/api/communities/{community_slug}/items/{item_pk}/comments/",
        "/api/communities/{community_slug}/collections/", "/api/communities/{community_slug}/join-requests/",
        "/api/invitations/{token}/accept/",
    ):
        assert path in paths, path
