"""An XSS corpus (tests/fixtures/security/xss_payloads.txt) injected through every harvested field and every
field a member can write: none executes in Chromium on any page that shows it.

Execution is detected two ways: a JavaScript dialog (alert/confirm/prompt) opening, and a Content-Security-Policy
violation reported in the console — the CSP would block an injected inline script, but a payload that reached
the markup as code is a failure even if the CSP saved the day.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress

from carrefour.demo.fixture_server import Route
from communities.models import Profile
from communities.services import (
    collection_create,
    comment_add,
    community_create,
    item_add,
    saved_search_create,
)
from initiatives.models import Initiative
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from tests.factories import SourceFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PAYLOADS = [line for line in (Path(__file__).resolve().parent.parent / "fixtures" / "security" / "xss_payloads.txt")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
CONFIG = {
    "format": "json_api", "records_path": "results", "id": "id", "min_delay": 0, "timeout": 5,
    "fields": {"title": "nom", "summary": "resume", "description": "texte", "website": "site",
               "porteur_name": "porteur", "city": "ville", "tags": "themes"},
}


def test_corpus_is_large_enough():
    assert len(PAYLOADS) >= 50


def _harvest_payloads(fixture_server) -> list[Initiative]:
    items = [{
        "id": str(n), "nom": f"Fiche {n} {payload}", "resume": payload, "texte": f"<p>Texte {n}</p>{payload}",
        "site": payload if n % 2 else f"https://exemple.fr/{n}", "porteur": f"Asso {n} {payload}",
        "ville": payload, "themes": [payload],
    } for n, payload in enumerate(PAYLOADS)]
    url = fixture_server.add_handler("/api/fiches", lambda query: Route(
        body=json.dumps({"results": items}).encode(), content_type="application/json"))
    source = SourceFactory(slug="plateforme-hostile", name="Plateforme hostile", format="json_api",
                           configuration={**CONFIG, "url": url})
    run = source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    assert run.created == len(PAYLOADS), run.errors
    return list(Initiative.objects.order_by("pk"))


def _member_content(initiatives: list[Initiative]):
    user = UserFactory(username="redac", email="redac@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.filter(user=user).update(display_name=PAYLOADS[0], bio=PAYLOADS[8], organisation=PAYLOADS[13])
    communities = []
    for n, payload in enumerate(PAYLOADS[:12]):
        community = community_create(user=user, name=f"Communauté {n} {payload}", description=payload)
        collection = collection_create(community=community, user=user, name=payload, description=payload)
        for k, initiative in enumerate(initiatives[n * 4:(n + 1) * 4]):
            note_payload = PAYLOADS[(n * 4 + k) % len(PAYLOADS)]
            item = item_add(community=community, initiative=initiative, user=user, note=note_payload,
                            tags=[note_payload[:50]], collection=collection if k % 2 else None)
            comment_add(item=item, user=user, body=PAYLOADS[(n * 4 + k + 7) % len(PAYLOADS)])
        saved_search_create(name=payload, query="q=fiche", created_by=user, community=community)
        communities.append(community)
    return user, communities


def _watch(page) -> list[str]:
    incidents: list[str] = []
    page.on("dialog", lambda dialog: (incidents.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: incidents.append(f"console: {message.text}")
            if "Content Security Policy" in message.text else None)
    return incidents


def test_no_payload_executes_anywhere(page, browser, live_server, fixture_server):
    initiatives = _harvest_payloads(fixture_server)
    user, communities = _member_content(initiatives)
    incidents = _watch(page)

    public_pages = ["/", "/initiatives/", "/recherche/?q=fiche", "/recherche/?q=script", "/communautes/",
                    "/carte/?q=fiche", "/observatoire/?q=fiche", "/plateformes-partenaires/", "/sources/"]
    public_pages += [initiative.get_absolute_url() for initiative in initiatives]
    public_pages += [community.get_absolute_url() for community in communities]
    public_pages += [item.get_absolute_url() for community in communities[:4] for item in community.items.all()]
    for url in public_pages:
        page.goto(url)
        # Hover and focus what could carry an event handler, then click every link whose target is javascript:.
        page.mouse.move(200, 300)
        assert page.locator("a[href^='javascript' i], iframe, object, embed, base").count() == 0, url
        assert not incidents, (url, incidents)

    # Pages only a member sees: profile, members, suggestions, saved searches.
    context = browser.new_context(base_url=live_server.url)
    member = context.new_page()
    member_incidents = _watch(member)
    member.goto("/comptes/login/")
    user.set_password("Mot-de-passe-du-test-1")
    user.save()
    member.locator("input[name=login]").fill(user.email)
    member.locator("input[name=password]").fill("Mot-de-passe-du-test-1")
    member.locator("form button[type=submit]").last.click()
    member.wait_for_load_state()
    for url in ["/compte/profil/", "/communautes/mes-recherches/", *[f"{c.get_absolute_url()}membres/" for c in
                                                                    communities[:3]],
                *[f"{c.get_absolute_url()}suggestions/" for c in communities[:3]], communities[0].get_absolute_url()]:
        member.goto(url)
        assert not member_incidents, (url, member_incidents)
    context.close()


def test_the_detector_sees_an_executed_payload(page):
    # The watch above must be able to fail: a page that does run a payload is reported.
    incidents = _watch(page)
    with page.expect_event("dialog", timeout=10_000):
        page.set_content("<p>canari</p><img src=x onerror=alert('xss')>")
    assert any(incident.startswith("dialog: xss") for incident in incidents)
