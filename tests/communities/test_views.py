"""Community pages end to end through Django's client: flows, privacy, sanitising, exports, query counts."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from communities.models import (
    Activity,
    Collection,
    Comment,
    Community,
    CommunityItem,
    Invitation,
    JoinRequest,
    Membership,
    Report,
)
from communities.services import collection_create, comment_add, item_add
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def test_verified_user_creates_a_community_and_owns_it(client, people):
    login(client, people["nonmember"])
    response = client.post("/communautes/nouvelle/", {
        "name": "Précarité alimentaire", "description": "Épiceries et cantines solidaires.",
        "visibility": "public", "join_policy": "request",
    })
    community = Community.objects.get(name="Précarité alimentaire")
    assert response.status_code == 302 and response["Location"] == community.get_absolute_url()
    assert Membership.objects.get(community=community).role == "owner"
    assert community.slug == "precarite-alimentaire"
    assert Activity.objects.filter(community=community, verb="created").exists()


def test_unverified_user_is_sent_to_verify_their_email(client, people):
    login(client, people["unverified"])
    response = client.get("/communautes/nouvelle/")
    assert response.status_code == 302 and "/comptes/email/" in response["Location"]


def test_anonymous_is_asked_to_log_in_to_create(client):
    response = client.get("/communautes/nouvelle/")
    assert response.status_code == 302 and "/comptes/login/" in response["Location"]


def test_private_community_never_leaks(client, people, make_community):
    private = make_community(visibility="private", name="Cercle privé des élus")
    public = make_community(name="Mobilité rurale ouverte")
    initiative = make_initiative(title="Covoiturage de Mauriac")
    item = item_add(community=private, initiative=initiative, user=people["member"], note="secret")
    urls = [private.get_absolute_url(), f"/communautes/{private.slug}/membres/", item.get_absolute_url(),
            f"/communautes/{private.slug}/export.csv", f"/communautes/{private.slug}/export.json",
            f"/communautes/{private.slug}/suggestions/"]
    for who in (None, people["nonmember"]):
        client.logout()
        if who:
            login(client, who)
        listing = client.get("/communautes/").content.decode()
        assert "Cercle privé des élus" not in listing and "Mobilité rurale ouverte" in listing
        assert "Cercle privé des élus" not in client.get("/communautes/?q=Cercle").content.decode()
        for url in urls:
            status = client.get(url).status_code
            assert status in (404, 302), (url, status)  # 302: login first, then 404
            if who:
                assert status == 404, url
        assert "Cercle privé" not in client.get("/").content.decode()
    assert "cercle-prive" not in client.get("/sitemap-communities.xml").content.decode()
    assert public.slug in client.get("/sitemap-communities.xml").content.decode()
    login(client, people["member"])
    assert client.get(private.get_absolute_url()).status_code == 200
    assert "Cercle privé des élus" in client.get("/communautes/").content.decode()


def test_join_open_and_request_then_approval(client, people, make_community):
    open_community = make_community(name="Tiers-lieux")
    on_request = make_community(name="Insertion", join_policy="request")
    invitation_only = make_community(name="Club fermé", join_policy="invitation")
    user = people["nonmember"]
    login(client, user)
    client.post(f"/communautes/{open_community.slug}/rejoindre/")
    assert Membership.objects.filter(community=open_community, user=user, role="member").exists()

    client.post(f"/communautes/{on_request.slug}/rejoindre/", {"message": "Je travaille sur le sujet."})
    join_request = JoinRequest.objects.get(community=on_request, user=user)
    assert join_request.status == "pending" and not Membership.objects.filter(community=on_request, user=user).exists()
    assert client.post(f"/communautes/{invitation_only.slug}/rejoindre/").status_code == 403

    # A member may not decide; a moderator may.
    login(client, people["member"])
    assert client.post(f"/communautes/{on_request.slug}/demandes/{join_request.pk}/",
                       {"decision": "approve"}).status_code == 403
    login(client, people["moderator"])
    client.post(f"/communautes/{on_request.slug}/demandes/{join_request.pk}/", {"decision": "approve"})
    assert Membership.objects.filter(community=on_request, user=user).exists()


def test_invitation_by_email_link_with_expiry(client, people, make_community):
    community = make_community(visibility="private", join_policy="invitation")
    login(client, people["moderator"])
    client.post(f"/communautes/{community.slug}/membres/", {"email": "nonmember@example.org"})
    assert len(mail.outbox) == 1
    invitation = Invitation.objects.get(community=community)
    link = f"/communautes/invitation/{invitation.token}/"
    assert link in mail.outbox[0].body and community.name in mail.outbox[0].subject

    login(client, people["nonmember"])
    assert client.get(link).context["invitation"] == invitation
    client.post(link)
    assert Membership.objects.filter(community=community, user=people["nonmember"]).exists()
    # Used once: a second use is refused.
    login(client, people["staff"])
    response = client.post(link, follow=True)
    assert "déjà été utilisée" in response.content.decode()
    assert not Membership.objects.filter(community=community, user=people["staff"]).exists()

    expired = Invitation.objects.create(community=community, email="late@example.org",
                                        expires_at=timezone.now() - timedelta(minutes=1))
    response = client.post(f"/communautes/invitation/{expired.token}/", follow=True)
    assert "expiré" in response.content.decode()
    assert client.get("/communautes/invitation/mauvais-jeton/").context["invitation"] is None
    assert client.post("/communautes/invitation/mauvais-jeton/", follow=True).status_code == 200
    assert not Membership.objects.filter(community=community, user=people["staff"]).exists()


def test_member_adds_an_initiative_with_note_tags_and_collection(client, people, make_community):
    community = make_community()
    collection = collection_create(community=community, user=people["owner"], name="Transport à la demande")
    initiative = make_initiative(title="Bus des services publics")
    login(client, people["member"])
    form_page = client.get(f"/communautes/ajouter/{initiative.slug}/")
    assert list(form_page.context["form"].fields["community"].queryset) == [community]
    response = client.post(f"/communautes/ajouter/{initiative.slug}/", {
        "community": community.pk, "collection": collection.pk, "note": "À copier chez nous.",
        "tags": "transport, rural, Transport", "next": "/recherche/?q=bus",
    })
    assert response["Location"] == "/recherche/?q=bus"
    item = CommunityItem.objects.get(community=community, initiative=initiative)
    assert (item.note, item.tags, item.collection) == ("À copier chez nous.", ["transport", "rural"], collection)
    # Adding twice keeps one item.
    client.post(f"/communautes/ajouter/{initiative.slug}/", {"community": community.pk, "note": "Nouvelle note"})
    assert CommunityItem.objects.filter(community=community).count() == 1

    # An open redirect is refused.
    other = make_initiative(title="Autre")
    response = client.post(f"/communautes/ajouter/{other.slug}/", {"community": community.pk,
                                                                   "next": "https://evil.example/"})
    assert response["Location"] == community.get_absolute_url()


def test_non_member_cannot_add_to_someone_elses_community(client, people, make_community):
    community = make_community()
    initiative = make_initiative()
    own = make_community(name="La mienne")  # owned by "owner"; nonmember is in none
    login(client, people["nonmember"])
    response = client.get(f"/communautes/ajouter/{initiative.slug}/")
    assert response.status_code == 302  # sent to the communities list: they belong to none
    response = client.post(f"/communautes/ajouter/{initiative.slug}/", {"community": community.pk})
    assert response.status_code == 302 and not CommunityItem.objects.filter(community__in=[community, own]).exists()


def test_comments_are_sanitised_and_formatted(client, people, make_community):
    community = make_community()
    item = item_add(community=community, initiative=make_initiative(), user=people["member"])
    login(client, people["member"])
    body = "**Bravo** à *l’équipe* <script>alert(1)</script> https://exemple.fr/projet\n\n<img src=x onerror=alert(2)>"
    client.post(item.get_absolute_url(), {"body": body})
    html = client.get(item.get_absolute_url()).content.decode()
    assert "<strong>Bravo</strong>" in html and "<em>l’équipe</em>" in html
    assert '<a href="https://exemple.fr/projet" rel="nofollow noopener ugc">' in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "&lt;script&gt;" in html
    login(client, people["nonmember"])
    assert client.post(item.get_absolute_url(), {"body": "Je passe"}).status_code == 403
    assert Comment.objects.count() == 1


def test_report_then_moderator_hides(client, people, make_community):
    community = make_community()
    item = item_add(community=community, initiative=make_initiative(title="Projet signalé"), user=people["owner"])
    comment = comment_add(item=item, user=people["moderator"], body="Propos déplacés")
    login(client, people["member"])
    client.post(f"/communautes/{community.slug}/signaler/", {"kind": "comment", "pk": comment.pk, "reason": "Insultant"})
    report = Report.objects.get()
    assert (report.comment, report.status) == (comment, "open")
    assert client.get(f"/communautes/{community.slug}/moderation/").status_code == 403

    login(client, people["moderator"])
    page = client.get(f"/communautes/{community.slug}/moderation/")
    assert list(page.context["reports"]) == [report]
    client.post(f"/communautes/{community.slug}/moderation/", {"kind": "comment", "pk": comment.pk, "action": "hide"})
    comment.refresh_from_db()
    report.refresh_from_db()
    assert comment.hidden and report.status == "hidden"
    login(client, people["member"])
    assert "Propos déplacés" not in client.get(item.get_absolute_url()).content.decode()
    login(client, people["moderator"])
    assert "Propos déplacés" in client.get(item.get_absolute_url()).content.decode()  # moderators still see it

    client.post(f"/communautes/{community.slug}/moderation/", {"kind": "item", "pk": item.pk, "action": "hide"})
    login(client, people["member"])
    assert client.get(item.get_absolute_url()).status_code == 404
    assert "Projet signalé" not in client.get(community.get_absolute_url()).content.decode()


def test_exports_parse(client, people, make_community):
    community = make_community()
    collection = collection_create(community=community, user=people["owner"], name="Favoris")
    item_add(community=community, initiative=make_initiative(title="Garage; « solidaire »", commune="12202",
                                                             departement="12", region="76"),
             user=people["member"], note="Très bien", tags=["garage", "mobilité"], collection=collection)
    item_add(community=community, initiative=make_initiative(title="Jardin"), user=people["member"])
    login(client, people["member"])
    response = client.get(f"/communautes/{community.slug}/export.csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff") and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert {row["titre"] for row in rows} == {"Garage; « solidaire »", "Jardin"}
    garage = next(row for row in rows if row["titre"].startswith("Garage"))
    assert (garage["collection"], garage["etiquettes"], garage["commune"]) == ("Favoris", "garage, mobilité", "Rodez")
    data = json.loads(client.get(f"/communautes/{community.slug}/export.json").content)
    assert data["communaute"] == community.name and len(data["initiatives"]) == 2
    login(client, people["nonmember"])
    assert client.get(f"/communautes/{community.slug}/export.csv").status_code == 403


def test_owner_manages_members_and_transfers_ownership(client, people, make_community):
    community = make_community()
    member = Membership.objects.get(community=community, user=people["member"])
    moderator = Membership.objects.get(community=community, user=people["moderator"])
    login(client, people["moderator"])
    # Moderators remove members but cannot promote, demote or remove another moderator.
    client.post(f"/communautes/{community.slug}/membres/{member.pk}/", {"action": "role", "role": "moderator"})
    member.refresh_from_db()
    assert member.role == "member"
    login(client, people["owner"])
    client.post(f"/communautes/{community.slug}/membres/{member.pk}/", {"action": "role", "role": "moderator"})
    member.refresh_from_db()
    assert member.role == "moderator"
    client.post(f"/communautes/{community.slug}/membres/{moderator.pk}/", {"action": "transfer"})
    roles = dict(Membership.objects.filter(community=community).values_list("user__username", "role"))
    assert roles == {"owner": "moderator", "moderator": "owner", "member": "moderator"}
    # The former owner may now leave; the new owner may not.
    client.post(f"/communautes/{community.slug}/quitter/")
    assert not Membership.objects.filter(community=community, user=people["owner"]).exists()
    login(client, people["moderator"])
    client.post(f"/communautes/{community.slug}/quitter/")
    assert Membership.objects.filter(community=community, user=people["moderator"], role="owner").exists()


def test_item_ordering_and_collections(client, people, make_community):
    community = make_community()
    first = item_add(community=community, initiative=make_initiative(title="Premier"), user=people["member"])
    second = item_add(community=community, initiative=make_initiative(title="Second"), user=people["member"])
    login(client, people["member"])
    titles = lambda: [i.initiative.title for i in client.get(community.get_absolute_url()).context["loose_items"]]  # noqa: E731
    assert titles() == ["Premier", "Second"]
    client.post(f"/communautes/{community.slug}/elements/{second.pk}/deplacer/", {"direction": "up"})
    assert titles() == ["Second", "Premier"]
    client.post(f"/communautes/{community.slug}/collections/", {"name": "Mobilité"})
    collection = Collection.objects.get(community=community)
    client.post(f"/communautes/{community.slug}/elements/{first.pk}/deplacer/", {"collection": collection.pk})
    response = client.get(community.get_absolute_url())
    assert [(c.name, [i.pk for i in items]) for c, items in response.context["sections"]] == [("Mobilité", [first.pk])]
    assert titles() == ["Second"]


def test_community_page_query_count_does_not_grow_with_items(client, people, make_community,
                                                             django_assert_num_queries):
    community = make_community()
    collection = collection_create(community=community, user=people["owner"], name="Favoris")

    def add(count):
        for n in range(count):
            item = item_add(community=community, initiative=make_initiative(title=f"Initiative {n}"),
                            user=people["member"], collection=collection if n % 2 else None, tags=["a"])
            comment_add(item=item, user=people["member"], body="Intéressant")

    add(3)
    login(client, people["moderator"])
    client.get(community.get_absolute_url())
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(community.get_absolute_url())
    add(20)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(community.get_absolute_url())
    assert response.context["item_count"] == 23


def test_staff_see_every_report_in_the_admin(client, people, make_community):
    from communities.services import report_create

    private = make_community(visibility="private", name="Cercle privé")
    item = item_add(community=private, initiative=make_initiative(title="Projet discuté"), user=people["member"])
    report_create(user=people["member"], reason="Hors sujet", item=item)
    people["staff"].is_superuser = True
    people["staff"].save()
    login(client, people["staff"])
    html = client.get("/admin/snippets/communities/report/").content.decode()
    assert "Hors sujet" in html and "Cercle privé" in html


def test_recent_activity_says_how_long_ago(client, people, make_community):
    """« 50 minutes » alone read as a duration (issue 18): the feed says « il y a 50 minutes », in a <time>."""
    from communities.models import Activity

    community = make_community()
    item_add(community=community, initiative=make_initiative(title="Navette solidaire"), user=people["member"])
    Activity.objects.filter(community=community).update(created_at=timezone.now() - timedelta(minutes=50))
    html = client.get(community.get_absolute_url()).content.decode()
    assert "il y a 50\xa0minutes" in html or "il y a 50 minutes" in html
    assert '<time class="fr-hint-text" datetime="' in html


def test_join_requests_are_answered_from_the_community_page_and_everyone_hears_by_email(
        client, people, make_community, django_capture_on_commit_callbacks):
    """Pending requests did not show on the community page, and nobody got an e-mail: not the moderators when a
    request arrived, not the person who asked when it was decided."""
    from communities.services import join_request_create

    community = make_community(name="Insertion", join_policy="request")
    with django_capture_on_commit_callbacks(execute=True):
        join_request_create(community=community, user=people["nonmember"], message="Je porte un projet proche.")
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {people["owner"].email, people["moderator"].email}  # not the plain member
    assert "Je porte un projet proche." in mail.outbox[0].body and community.get_absolute_url() in mail.outbox[0].body

    client.force_login(people["member"])
    assert "Je porte un projet proche." not in client.get(community.get_absolute_url()).content.decode()
    client.force_login(people["moderator"])
    page = client.get(community.get_absolute_url()).content.decode()
    assert "1 demande d’adhésion en attente" in page and "Je porte un projet proche." in page

    request_pk = community.join_requests.get().pk
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/communautes/{community.slug}/demandes/{request_pk}/",
                               {"decision": "approve", "next": community.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == community.get_absolute_url()
    assert community.memberships.filter(user=people["nonmember"]).exists()
    welcome = mail.outbox[-1]
    assert welcome.to == [people["nonmember"].email] and "Bienvenue" in welcome.subject
    assert "vous êtes maintenant membre" in welcome.body
    # An address elsewhere is not followed.
    with django_capture_on_commit_callbacks(execute=True):
        join_request_create(community=community, user=people["staff"])
    refused = client.post(f"/communautes/{community.slug}/demandes/{community.join_requests.last().pk}/",
                          {"decision": "reject", "next": "https://ailleurs.example/"})
    assert refused["Location"] == f"/communautes/{community.slug}/membres/"


def test_the_public_feed_never_shows_the_start_of_an_email_address(client, people, make_community):
    community = make_community()
    html = client.get(community.get_absolute_url()).content.decode()
    for role in ("owner", "moderator", "member"):
        local_part = people[role].email.split("@")[0]
        assert f">{local_part}<" not in html
    assert f"Membre n° {people['member'].pk}" in html  # joined: in the activity feed, under a neutral name
