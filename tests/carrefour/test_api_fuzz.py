"""API fuzzing: schemathesis draws requests for every operation of /api/schema/ and checks each answer against
the schema (no server error, documented status code, content type, headers and body; invalid input refused).

The WSGI application runs in this process, on the test database. Each example runs in a savepoint that is
rolled back, so a DELETE or an ownership transfer in one example never takes the data away from the next.
Path parameters and a few body fields are often swapped for the ids of the objects made below (otherwise
almost every drawn id is a 404 and the handlers behind it would never run), and each request is made by one of
four identities: the owner of the communities, a member, a signed-in outsider, an anonymous visitor.

The anonymous rate limit is lifted here: thousands of requests in a minute would only test the throttle, which
tests/communities/test_idor_and_limits.py covers.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle
from schemathesis.openapi.checks import IgnoredAuth
from schemathesis.specs.openapi.checks import positive_data_acceptance

from communities.models import Collection, Comment, Community, CommunityItem, Invitation, JoinRequest, Membership
from communities.services import (
    collection_create,
    comment_add,
    community_create,
    community_join,
    invitation_create,
    item_add,
    join_request_create,
)
from initiatives.models import Initiative, Source, Theme
from search.lexicon import search_terms_refresh
from tests.communities.conftest import verified_user
from tests.factories import SourceFactory, make_initiative

MAX_EXAMPLES = 100


def _user_ids() -> list[int]:
    return list(get_user_model().objects.order_by("pk").values_list("pk", flat=True))


# Values of the objects that exist, by (path prefix, parameter name): the first matching prefix wins.
PATH_VALUES: list[tuple[str, str, Callable[[], list]]] = [
    ("/api/communities/{community_slug}/items/{item_pk}/comments/", "id",
     lambda: list(Comment.objects.values_list("pk", flat=True))),
    ("/api/communities/{community_slug}/items/", "id", lambda: list(CommunityItem.objects.values_list("pk", flat=True))),
    ("/api/communities/{community_slug}/items/", "item_pk",
     lambda: list(CommunityItem.objects.values_list("pk", flat=True))),
    ("/api/communities/{community_slug}/collections/", "id",
     lambda: list(Collection.objects.values_list("pk", flat=True))),
    ("/api/communities/{community_slug}/join-requests/", "id",
     lambda: list(JoinRequest.objects.values_list("pk", flat=True))),
    ("/api/communities/{community_slug}/invitations/", "id",
     lambda: list(Invitation.objects.values_list("pk", flat=True))),
    ("/api/communities/", "slug", lambda: list(Community.objects.order_by("pk").values_list("slug", flat=True))),
    ("/api/communities/", "community_slug",
     lambda: list(Community.objects.order_by("pk").values_list("slug", flat=True))),
    ("/api/communities/", "user_id", _user_ids),
    ("/api/invitations/", "token", lambda: list(Invitation.objects.values_list("token", flat=True))),
    ("/api/initiatives/", "id", lambda: list(Initiative.objects.order_by("pk").values_list("pk", flat=True))),
    ("/api/sources/", "slug", lambda: list(Source.objects.values_list("slug", flat=True))),
]


def _initiative_refs() -> list[str]:
    return [ref for pk, slug in Initiative.objects.order_by("pk").values_list("pk", "slug") for ref in (str(pk), slug)]


def _top_themes() -> list[str]:
    return list(Theme.objects.filter(parent=None).order_by("position").values_list("code", flat=True)[:3])


BODY_VALUES: dict[str, Callable[[], list]] = {
    "user": _user_ids,
    "initiative": _initiative_refs,
    "collection": lambda: [*Collection.objects.values_list("pk", flat=True), None],
    "theme": _top_themes,
    "themes": lambda: [_top_themes()],
    "region": lambda: ["53", "76"],
    "departement": lambda: ["29", "12"],
    "role": lambda: ["moderator", "member"],
    "email": lambda: ["nouveau@example.org", "exterieur@example.org"],
}
QUERY_VALUES: dict[str, Callable[[], list]] = {
    "q": lambda: ["épicerie", "garage solidaire", "rod"],
    "theme": lambda: [["alimentation"], ["mobilite", "alimentation"]],
    "region": lambda: [["53"], ["76"]],
    "departement": lambda: [["12"], ["29"]],
    "source": lambda: [list(Source.objects.values_list("slug", flat=True))],
    "year": lambda: [[2019], [2020]],
    "level": lambda: ["departement"],
}


def _drawn_or_known(drawn: dict[str, Any] | None, known: Callable[[str], list | None]) -> st.SearchStrategy:
    """Each value of ``drawn`` kept, or swapped for one of the known values of that name."""
    if not isinstance(drawn, dict):
        return st.just(drawn)
    choices = {}
    for name, value in drawn.items():
        values = known(name)
        choices[name] = st.sampled_from([value, *values]) if values else st.just(value)
    return st.fixed_dictionaries(choices)


# Not carrefour.wsgi: importing it settles the garbage collector of the whole test process (carrefour/memory.py).
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@schema.hook
def flatmap_case(context, case) -> st.SearchStrategy:
    """Swap drawn path parameters, body fields and query parameters for those of existing objects, in valid
    (positive) cases only: a value swapped into a negative case could make it valid."""
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return st.just(case)
    path = context.operation.path

    def path_values(name: str) -> list | None:
        lookup = next((values for prefix, parameter, values in PATH_VALUES
                       if parameter == name and path.startswith(prefix)), None)
        return lookup() if lookup else None

    def swap(values: tuple) -> Any:
        case.path_parameters, body, case.query = values
        if isinstance(case.body, dict):
            case.body = body
        return case

    return st.tuples(
        _drawn_or_known(case.path_parameters, path_values),
        _drawn_or_known(case.body if isinstance(case.body, dict) else None,
                        lambda name: BODY_VALUES[name]() if name in BODY_VALUES else None),
        _drawn_or_known(case.query, lambda name: QUERY_VALUES[name]() if name in QUERY_VALUES else None),
    ).map(swap)


# The owner of every community, a member, an outsider, an anonymous visitor; with their API token keys (fixed:
# schemathesis builds the explicit cases while collecting, without the database).
IDENTITIES = {"proprietaire": "f" * 40, "membre": "e" * 40, "exterieur": "d" * 40, None: None}


@schema.auth(refresh_interval=None)
class Identity:
    """The Authorization header of one of IDENTITIES (none for the anonymous visitor), the same for the same
    request whatever the phase; given this way, schemathesis drops the credentials it would draw itself."""

    def get(self, case, context) -> str | None:
        key = repr((case.method, case.path, case.path_parameters, case.query, case.body)).encode()
        token = list(IDENTITIES.values())[zlib.crc32(key) % len(IDENTITIES)]
        return f"Token {token}" if token else None

    def set(self, case, data: str, context) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


@schema.hook
def filter_failure(context, failure, case, response) -> bool:
    """ignored_auth replays a successful request without (or with wrong) credentials and wants a 401 or 403.
    A 404 is the answer by design when the community is private (its existence never leaks, see
    test_private_community_is_404_for_outsiders_everywhere) or when the replayed request had just deleted it."""
    return not (isinstance(failure, IgnoredAuth) and "got `404 " in failure.message)


@pytest.fixture
def world(db) -> None:
    owner, member, outsider = (verified_user(username=name, email=f"{name}@example.org") for name in list(IDENTITIES)[:3])
    source = SourceFactory(slug="avise", name="Avise")
    initiatives = [
        make_initiative(source=source, title="Épicerie solidaire du Grand Rodez", summary="Produits frais.",
                        commune="12202", departement="12", region="76", theme_codes=["alimentation"],
                        start_year=2019, porteur={"name": "Panier partagé", "kind": "association"}),
        make_initiative(source=source, title="Garage solidaire de Brest", departement="29", region="53",
                        theme_codes=["mobilite"], start_year=2020),
    ]
    search_terms_refresh()

    public = community_create(user=owner, name="Mobilité rurale", description="Se déplacer sans voiture.")
    on_request = community_create(user=owner, name="Sur demande", join_policy=Community.JoinPolicy.REQUEST)
    private = community_create(user=owner, name="Cercle", visibility=Community.Visibility.PRIVATE,
                               join_policy=Community.JoinPolicy.INVITATION)
    for community in (public, private):
        community_join(community=community, user=member)
    Membership.objects.filter(community=private, user=member).update(role=Membership.Role.MODERATOR)
    collection = collection_create(community=public, user=owner, name="À visiter")
    item = item_add(community=public, initiative=initiatives[0], user=member, note="À suivre", tags=["rural"],
                    collection=collection)
    comment_add(item=item, user=member, body="Très inspirant.")
    join_request_create(community=on_request, user=outsider, message="Bonjour")
    invitation_create(community=private, email=outsider.email, invited_by=owner, base_url="http://testserver/")
    for user in (owner, member, outsider):
        Token.objects.create(user=user, key=IDENTITIES[user.username])


@pytest.fixture
def app_in_this_process(monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "allow_request", lambda self, request, view: True)
    # Django closes the connection at the end of each request when it is not in autocommit mode (as here, in
    # the test transaction); Django's own test client disconnects these handlers the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    # The data fixture is function-scoped on purpose: each example rolls its own changes back.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much,
                           HealthCheck.data_too_large],
)
def test_api_conforms_to_its_schema(case, world, app_in_this_process):
    cache.clear()  # facet counts cached by one example must not leak into the next one's rolled-back data
    with transaction.atomic():
        # Every check but positive_data_acceptance: a request valid for the schema may still name a user, theme
        # or région that does not exist, or an action the current state refuses (400 documented), such as an
        # owner leaving their own community.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])
        transaction.set_rollback(True)


# --- what the fuzzing found, pinned as plain tests ----------------------------------------------------
@pytest.fixture
def api(world) -> APIClient:
    return APIClient()


def test_options_of_invitation_accept_is_not_a_server_error(api):
    api.credentials(HTTP_AUTHORIZATION=f"Token {IDENTITIES['exterieur']}")
    assert api.options("/api/invitations/jeton/accept/").status_code == 200


@pytest.mark.parametrize(("method", "url"), [
    ("get", "/api/communities/cercle/collections/1.5/"),
    ("post", "/api/communities/cercle/items/abc/comments/"),  # was Wagtail's CSRF failure page, an HTML 403
    ("delete", "/api/communities/cercle/members/abc/"),
    ("get", "/api/nulle.part/"),
    ("get", "/api/sources/%0A/"),
])
def test_unknown_api_addresses_are_json_404s(api, method, url):
    response = getattr(api, method)(url)
    assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}


def test_unknown_pages_stay_html_and_api_addresses_still_get_their_slash(client, world):
    assert client.get("/nulle/part/").headers["Content-Type"].startswith("text/html")
    assert client.get("/api/communities").status_code == 301


def test_communities_api_reads_json_bodies_and_strings_only(api):
    api.credentials(HTTP_AUTHORIZATION=f"Token {IDENTITIES['proprietaire']}")
    assert api.post("/api/communities/", {"name": "Par formulaire"}).status_code == 415
    response = api.post("/api/communities/", {"name": 0}, format="json")
    assert response.status_code == 400 and "name" in response.json()
    assert api.post("/api/communities/", {"name": "Zéro"}, format="json").status_code == 201


@pytest.mark.parametrize("query", ["q=jardin&q=garage", "page=1&page=2"])
def test_a_single_valued_parameter_given_twice_is_refused(api, query):
    assert api.get(f"/api/initiatives/?{query}").status_code == 400
    assert api.get(f"/api/map/?{query}").status_code == 400


def test_export_separator_and_map_level_are_validated(api):
    assert api.get("/api/export/csv/?sep=-").status_code == 400
    assert api.get("/api/map/?level=commune").status_code == 400
    # Empty means absent, as the schema says (allowEmptyValue).
    assert api.get("/api/map/?level=&page=").json()["level"] == "region"
    assert api.get("/api/export/csv/?sep=").status_code == 200


def test_schema_says_which_reads_are_open_to_anonymous_visitors(api):
    paths = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()["paths"]
    assert {} in paths["/api/communities/{slug}/members/"]["get"]["security"]
    assert {} not in paths["/api/communities/{slug}/join/"]["post"]["security"]
    assert {} not in paths["/api/communities/{community_slug}/items/{id}/"]["delete"]["security"]
    page = next(p for p in paths["/api/communities/"]["get"]["parameters"] if p["name"] == "page")
    assert page["allowEmptyValue"] is True and "404" in paths["/api/communities/"]["get"]["responses"]


@pytest.mark.parametrize(("method", "url", "data", "expected"), [
    ("get", "/api/communities/?q=a%00b", None, 400),
    ("get", "/api/communities/%00/", None, 404),
    ("get", "/api/communities/%00/items/", None, 404),
    ("post", "/api/communities/", {"name": "Nul", "themes": ["\x00"]}, 400),
    ("post", "/api/communities/", {"name": "Nul", "region": "\x00"}, 400),
    ("post", "/api/communities/", {"name": "Nul", "departement": "\x00"}, 400),
    ("post", "/api/communities/mobilite-rurale/collections/", {"name": "Nul", "theme": "\x00"}, 400),
])
def test_a_nul_character_never_reaches_postgresql(api, method, url, data, expected):
    """PostgreSQL refuses NUL in a text parameter: each of these was a 500."""
    api.credentials(HTTP_AUTHORIZATION=f"Token {IDENTITIES['proprietaire']}")
    assert getattr(api, method)(url, data, format="json").status_code == expected


def test_community_list_page_ignores_a_nul_character(client, world):
    assert client.get("/communautes/?q=Mobi%00lit").status_code == 200
