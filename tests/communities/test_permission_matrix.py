"""One rule per permission (issue 19): for every action × role × kind of community, the HTML pages and the API give
the same answer, and it is the answer of the predicate in communities/rules.py (behind the visibility rule: a
community one may not see is a 404 whatever else the rules say). The item rule (communities.change_item, with the
item's author) has its own matrix in test_item_permission_parity.py; invitations in test_invitations.py."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from rest_framework.test import APIClient

from communities.models import Community, CommunityItem, Membership
from communities.services import item_add
from tests.factories import make_initiative

ROLES = ("owner", "moderator", "member", "nonmember", "staff", "unverified", "anonymous")
KINDS = {
    "public-open": (Community.Visibility.PUBLIC, Community.JoinPolicy.OPEN),
    "public-request": (Community.Visibility.PUBLIC, Community.JoinPolicy.REQUEST),
    "private": (Community.Visibility.PRIVATE, Community.JoinPolicy.INVITATION),
}


def _member(community, user) -> bool:
    return user is not None and Membership.objects.filter(community=community, user=user).exists()


# action: (rule, HTML probe, API probe); each probe says whether the action was allowed (by its answer, or by its
# effect for the actions that change membership).
def _html_get(path):
    return lambda client, community, item, user: client.get(path.format(slug=community.slug)).status_code == 200


def _api_status(method, path, ok, **data):
    def probe(api, community, item, user):
        url = path.format(slug=community.slug, item=item.pk)
        return getattr(api, method)(url, data or None, format="json").status_code in ok
    return probe


def _html_join(client, community, item, user):
    was = _member(community, user)
    client.post(f"/communautes/{community.slug}/rejoindre/")
    return not was and _member(community, user)


def _html_leave(client, community, item, user):
    was = _member(community, user)
    client.post(f"/communautes/{community.slug}/quitter/")
    return was and not _member(community, user)


ACTIONS = {
    "view": ("communities.view_community", _html_get("/communautes/{slug}/"),
             _api_status("get", "/api/communities/{slug}/", {200})),
    "edit": ("communities.edit_community", _html_get("/communautes/{slug}/modifier/"),
             _api_status("patch", "/api/communities/{slug}/", {200}, description="Nouvelle description.")),
    "delete": ("communities.delete_community", _html_get("/communautes/{slug}/supprimer/"),
               _api_status("delete", "/api/communities/{slug}/", {204})),
    "join": ("communities.join_community", _html_join, _api_status("post", "/api/communities/{slug}/join/", {200, 201})),
    "leave": ("communities.leave_community", _html_leave,
              _api_status("post", "/api/communities/{slug}/leave/", {204})),
    "moderate": ("communities.moderate", _html_get("/communautes/{slug}/moderation/"),
                 _api_status("post", "/api/communities/{slug}/items/{item}/hide/", {200})),
    "add_item": ("communities.add_item", None, None),  # below, with an initiative to add
}


def _clients(user):
    client, api = Client(), APIClient()
    if user is not None:
        client.force_login(user)
        api.force_login(user)
    return client, api


@pytest.fixture
def setting(people, make_community):
    def make(kind):
        visibility, policy = KINDS[kind]
        community = make_community(visibility=visibility, join_policy=policy)
        item = item_add(community=community, initiative=make_initiative(), user=people["member"])
        return community, item
    return make


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", [a for a in ACTIONS if a != "add_item"])
def test_html_api_and_rules_agree(people, setting, action, role, kind):
    user = people.get(role)
    rule, html_probe, api_probe = ACTIONS[action]
    answers = {}
    for channel in ("html", "api"):
        community, item = setting(kind)  # a fresh community for each channel: the first may have changed it
        checker = user if user is not None else AnonymousUser()
        expected = checker.has_perm("communities.view_community", community) and checker.has_perm(rule, community)
        client, api = _clients(user)
        answers[channel] = (html_probe(client, community, item, user) if channel == "html"
                            else api_probe(api, community, item, user))
        Community.objects.filter(pk=community.pk).delete()
    assert answers["html"] == answers["api"] == expected, (answers, expected)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("role", ROLES)
def test_adding_an_initiative_follows_the_rule_everywhere(people, setting, role, kind):
    user = people.get(role)
    community, _item = setting(kind)
    checker = user if user is not None else AnonymousUser()
    expected = checker.has_perm("communities.view_community", community) and checker.has_perm(
        "communities.add_item", community)
    client, api = _clients(user)
    by_page, by_api = make_initiative(), make_initiative()
    client.post(f"/communautes/ajouter/{by_page.slug}/", {"community": community.pk})
    api.post(f"/api/communities/{community.slug}/items/", {"initiative": by_api.slug}, format="json")
    html = CommunityItem.objects.filter(community=community, initiative=by_page).exists()
    api_added = CommunityItem.objects.filter(community=community, initiative=by_api).exists()
    assert html == api_added == expected, (html, api_added, expected)
