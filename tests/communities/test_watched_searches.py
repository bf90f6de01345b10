"""Watched searches: after a real harvest, newly matching initiatives land in the inboxes, once; the digest."""

from __future__ import annotations

import pytest
from django.core import mail

from communities.models import CommunityItem, Suggestion
from communities.services import (
    digest_send,
    item_add,
    saved_search_create,
    suggestion_accept,
    suggestion_dismiss,
    watched_searches_refresh,
)
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from tests.factories import SourceFactory, make_initiative
from tests.search.test_harvest_service import CONFIG, FakePlatform

# Not transactional: transactional tests run last and flush the COG tables the "Rodez" search needs. The harvest's
# on-commit callbacks (dedup, watched searches) are run by django_capture_on_commit_callbacks instead.
pytestmark = pytest.mark.django_db


def test_harvest_fills_the_inboxes_once(fixture_server, people, make_community, django_capture_on_commit_callbacks):
    community = make_community()
    watched = saved_search_create(name="Épiceries", query="q=épicerie&page=3&sort=newest",
                                  created_by=people["member"], community=community)
    mine = saved_search_create(name="Rodez", query="q=rodez", created_by=people["nonmember"],
                               user=people["nonmember"])
    assert watched.query == "q=%C3%A9picerie"  # page and sort are not part of what is watched
    already = make_initiative(title="Épicerie solidaire déjà là")
    item_add(community=community, initiative=already, user=people["member"])

    platform = FakePlatform(fixture_server, count=3)
    source = SourceFactory(slug="plateforme-test", format="json_api", configuration={**CONFIG, "url": platform.url})
    fetcher = Fetcher(allowed_hosts=["127.0.0.1"])

    def harvest():
        with django_capture_on_commit_callbacks(execute=True):
            source_harvest(source=source, fetcher=fetcher)  # harvest_finished → watched-searches task (eager)

    harvest()

    titles = sorted(s.initiative.title for s in Suggestion.objects.filter(saved_search=watched))
    assert titles == ["Épicerie solidaire numéro 0", "Épicerie solidaire numéro 1", "Épicerie solidaire numéro 2"]
    assert Suggestion.objects.filter(saved_search=mine).count() == 3  # the fixture items are in Rodez
    assert not Suggestion.objects.filter(initiative=already).exists()  # already gathered

    # A re-harvest with nothing new suggests nothing again, even after a suggestion was dismissed.
    suggestion_dismiss(suggestion=Suggestion.objects.filter(saved_search=watched).first())
    harvest()
    assert watched_searches_refresh().suggestions == 0
    assert Suggestion.objects.count() == 6

    # A changed record that still matches is not re-suggested either; a new one is.
    platform.items["1"] = FakePlatform.item(1, " (nouvelle adresse)")
    platform.items["9"] = FakePlatform.item(9)
    harvest()
    assert sorted(s.initiative.title for s in Suggestion.objects.filter(saved_search=watched)
                  if "numéro 9" in s.initiative.title) == ["Épicerie solidaire numéro 9"]
    assert Suggestion.objects.filter(saved_search=watched).count() == 4


def test_accepting_a_suggestion_gathers_it(people, make_community):
    community = make_community()
    saved = saved_search_create(name="Garages", query="q=garage", created_by=people["member"], community=community)
    make_initiative(title="Garage solidaire de Brest")
    watched_searches_refresh()
    suggestion = Suggestion.objects.get(saved_search=saved)
    item = suggestion_accept(suggestion=suggestion, user=people["member"])
    assert item.initiative == suggestion.initiative and CommunityItem.objects.filter(community=community).count() == 1
    suggestion.refresh_from_db()
    assert suggestion.status == "accepted"


def test_suggestion_inbox_pages(client, people, make_community):
    community = make_community()
    saved = saved_search_create(name="Garages", query="q=garage", created_by=people["member"], community=community)
    make_initiative(title="Garage solidaire de Brest")
    watched_searches_refresh()
    suggestion = Suggestion.objects.get(saved_search=saved)
    client.force_login(people["nonmember"])
    assert client.get(f"/communautes/{community.slug}/suggestions/").status_code == 403
    assert client.post(f"/communautes/suggestions/{suggestion.pk}/", {"decision": "accept"}).status_code == 403
    client.force_login(people["member"])
    page = client.get(f"/communautes/{community.slug}/suggestions/")
    assert [s.pk for s in page.context["page_obj"]] == [suggestion.pk]
    client.post(f"/communautes/suggestions/{suggestion.pk}/", {"decision": "accept"})
    assert CommunityItem.objects.filter(community=community, initiative=suggestion.initiative).exists()


def test_watch_a_search_from_the_search_page(client, people):
    client.force_login(people["nonmember"])
    search = client.get("/recherche/", {"q": "garage", "region": "53"}).content.decode()
    assert 'id="suivre-recherche"' in search
    response = client.post("/communautes/mes-recherches/suivre/", {"name": "Garages bretons",
                                                                   "query": "q=garage&region=53"})
    assert response.status_code == 302
    saved = people["nonmember"].saved_searches.get()
    assert saved.get_search_url() == "/recherche/?q=garage&region=53"
    assert "Garages bretons" in client.get("/communautes/mes-recherches/").content.decode()


def test_digest_mails_opted_in_users_once(people, make_community):
    community = make_community()
    saved_search_create(name="Garages", query="q=garage", created_by=people["member"], community=community)
    profile = people["member"].profile
    profile.email_digest = True
    profile.save()
    make_initiative(title="Garage solidaire de Brest")
    watched_searches_refresh()
    assert digest_send(base_url="https://carrefour.example") == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["member@example.org"] and "Garage solidaire de Brest" in message.body
    assert "https://carrefour.example/initiatives/" in message.body
    assert digest_send(base_url="https://carrefour.example") == 0  # nothing new since the last digest
