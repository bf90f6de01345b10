"""Demo communities: three themed communities run by demo members, filled once initiatives are harvested.

Idempotent: communities are found by the slug of their name; items are added only when their initiatives exist.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from communities.models import Community, Profile
from communities.services import collection_create, community_create, community_join, item_add, saved_search_create
from search.params import SearchParams
from search.query import initiative_search

DEMO_PASSWORD = "carrefour-demo"
MEMBERS = [
    ("camille", "Camille Martin", "Communauté de communes du Haut-Cantal", Profile.Role.AGENT),
    ("nadia", "Nadia Benali", "Association Mobilités solidaires", Profile.Role.PORTEUR),
    ("louis", "Louis Fournier", "Conseil départemental", Profile.Role.ELU),
]
COMMUNITIES = [
    {
        "name": "Mobilité rurale", "owner": "camille", "members": ["nadia", "louis"],
        "description": "Transport à la demande, covoiturage, garages solidaires : se déplacer sans voiture "
                       "individuelle dans les territoires ruraux.",
        "visibility": Community.Visibility.PUBLIC, "join_policy": Community.JoinPolicy.OPEN,
        "query": "mobilité", "collection": "Garages et ateliers solidaires", "watch": "q=garage",
    },
    {
        "name": "Précarité alimentaire", "owner": "nadia", "members": ["camille"],
        "description": "Épiceries solidaires, cantines, jardins partagés : l’accès de toutes et tous à une "
                       "alimentation de qualité.",
        "visibility": Community.Visibility.PUBLIC, "join_policy": Community.JoinPolicy.REQUEST,
        "query": "épicerie solidaire", "collection": "Épiceries solidaires", "watch": "q=épicerie",
    },
    {
        "name": "Élus et innovation publique", "owner": "louis", "members": [],
        "description": "Un espace privé pour échanger entre élus sur les initiatives à reprendre.",
        "visibility": Community.Visibility.PRIVATE, "join_policy": Community.JoinPolicy.INVITATION,
        # Words the demo platforms use (an elected officials' topic: access to public services).
        "query": "services publics", "collection": "", "watch": "",
    },
]


def _member(username: str, name: str, organisation: str, role: str):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@carrefour.localhost"})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    Profile.objects.update_or_create(user=user, defaults={"display_name": name, "organisation": organisation,
                                                          "role": role})
    return user


@transaction.atomic
def communities_demo_install() -> int:
    """Create the demo members and communities, and gather initiatives when there are some; returns items added."""
    users = {username: _member(username, *rest) for username, *rest in MEMBERS}
    added = 0
    for spec in COMMUNITIES:
        # Found again by the slug community_create gives its name (a slug written here drifted from it, and each
        # run made the private community again).
        community = Community.objects.filter(slug=slugify(spec["name"])).first()
        if community is None:
            community = community_create(user=users[spec["owner"]], name=spec["name"], description=spec["description"],
                                         visibility=spec["visibility"], join_policy=spec["join_policy"])
            for username in spec["members"]:
                community_join(community=community, user=users[username])
            if spec["watch"]:
                saved_search_create(name=spec["name"], query=spec["watch"], created_by=users[spec["owner"]],
                                    community=community)
        if community.items.exists():
            continue
        hits = initiative_search(SearchParams(q=spec["query"]), page_size=6, with_facets=False).hits
        if not hits:
            continue  # no initiatives yet: the demo command runs this again after the first harvests
        collection = collection_create(community=community, user=users[spec["owner"]],
                                       name=spec["collection"]) if spec["collection"] else None
        editors = [spec["owner"], *spec["members"]]
        for n, initiative in enumerate(hits):
            item_add(community=community, initiative=initiative, user=users[editors[n % len(editors)]],
                     note="Une piste à étudier pour notre territoire." if n % 2 == 0 else "",
                     tags=["à suivre"] if n % 3 == 0 else [], collection=collection if n < 3 else None)
            added += 1
    return added
