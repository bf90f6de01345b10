"""Who may move or remove an item is one rule (communities.change_item in communities/rules.py): the HTML pages,
their buttons and the API give the same answer for every role (issue 19: any member could move anyone's item in
the HTML pages, while the API allowed only its adder or a moderator)."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from communities.models import CommunityItem
from communities.services import collection_create, community_join, item_add
from tests.factories import make_initiative

from .conftest import verified_user

ROLES = ("owner", "moderator", "adder", "member", "nonmember", "staff", "anonymous")
EXPECTED = {"owner": True, "moderator": True, "adder": True, "member": False, "nonmember": False, "staff": True,
            "anonymous": False}


@pytest.fixture
def setting(people, make_community):
    community = make_community(name="Mobilité rurale")
    adder = verified_user(username="adder", email="adder@example.org")
    community_join(community=community, user=adder)
    collection = collection_create(community=community, user=people["owner"], name="Transport")
    users = {**people, "adder": adder, "anonymous": None}
    return community, collection, users


def _item(community, users) -> CommunityItem:
    return item_add(community=community, initiative=make_initiative(), user=users["adder"])


def _html_move(client, community, item, collection) -> bool:
    client.post(f"/communautes/{community.slug}/elements/{item.pk}/deplacer/", {"collection": collection.pk})
    return CommunityItem.objects.get(pk=item.pk).collection_id == collection.pk


def _html_remove(client, community, item) -> bool:
    client.post(f"/communautes/{community.slug}/elements/{item.pk}/retirer/")
    return not CommunityItem.objects.filter(pk=item.pk).exists()


def _api(user) -> APIClient:
    api = APIClient()
    if user is not None:
        api.force_login(user)
    return api


@pytest.mark.parametrize("role", ROLES)
def test_html_buttons_html_actions_and_api_agree(client, setting, role):
    community, collection, users = setting
    user = users[role]
    if user is not None:
        client.force_login(user)
    item = _item(community, users)
    page = client.get(f"/communautes/{community.slug}/elements/{item.pk}/")
    shows = page.status_code == 200 and "Retirer de la communauté" in page.content.decode()
    answers = {
        "rule": bool(user) and user.has_perm("communities.change_item", item),
        "buttons": shows,
        "html move": _html_move(client, community, item, collection),
        "html remove": _html_remove(client, community, item),
    }
    item = _item(community, users)
    url = f"/api/communities/{community.slug}/items/{item.pk}/"
    answers["api move"] = _api(user).patch(url, {"collection": collection.pk}, format="json").status_code == 200
    answers["api remove"] = _api(user).delete(url).status_code == 204
    assert answers == dict.fromkeys(answers, EXPECTED[role]), role
