"""End to end, the way the demo runs: a worker harvests a platform over HTTP through the real broker, then a person
searches in Chromium with a typo, an acronym and a synonym (issue 20)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from carrefour.demo.fixture_server import Route
from search.harvest.models import HarvestRun
from search.harvest.tasks import harvest_source_task
from search.models import SearchTerm, SynonymGroup
from tests.conftest import wait_for
from tests.factories import SourceFactory

pytestmark = [pytest.mark.browser, pytest.mark.broker, pytest.mark.django_db(transaction=True)]

RECORDS = [
    {"id": "1", "nom": "Épicerie solidaire du centre social", "resume": "Des produits à petit prix pour les familles."},
    {"id": "2", "nom": "Ressourcerie des Monts", "resume": "Collecte et revente d’objets de seconde main."},
    {"id": "3", "nom": "Pôle de l’économie sociale et solidaire", "resume": "Un réseau d’entreprises coopératives."},
    {"id": "4", "nom": "Garage associatif", "resume": "Réparer sa voiture avec des bénévoles."},
]


@pytest.fixture
def platform(fixture_server):
    url = fixture_server.add_handler("/api/fiches", lambda query: Route(
        body=json.dumps({"results": RECORDS}).encode(), content_type="application/json"))
    return SourceFactory(slug="plateforme-test", format="json_api", configuration={
        "url": url, "id": "id", "records_path": "results", "min_delay": 0,
        "fields": {"title": "nom", "summary": "resume"},
    })


def test_typos_acronyms_and_synonyms_after_a_harvest_by_the_worker(page, platform, celery_worker_process):
    celery_worker_process()
    harvest_source_task.delay(platform.pk)
    run = wait_for(lambda: HarvestRun.objects.filter(source=platform).exclude(status="running").first(), 60,
                   "the worker did not finish the harvest")
    assert run.status == HarvestRun.Status.SUCCESS and run.created == len(RECORDS)
    # The harvest's words reach the lexicon when it commits, in the worker: no refresh is called here.
    wait_for(lambda: SearchTerm.objects.filter(word="épicerie").exists(), 30, "the lexicon did not learn the words")
    # A flush emptied the starting list: the groups this test needs, as an editor would add them.
    SynonymGroup.objects.create(expressions="recyclerie\nressourcerie")
    SynonymGroup.objects.create(expressions="ESS\néconomie sociale et solidaire")

    page.goto("/recherche/")
    box = page.get_by_label("Rechercher parmi les initiatives de toutes les plateformes")
    box.fill("epicrie")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page.locator("#recherche-corrigee")).to_contain_text("résultats pour « épicerie »")
    expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_text(["Épicerie solidaire du centre social"])
    page.locator("#rechercher-plutot").click()  # the words as typed
    expect(page.locator("#resultats-nombre")).to_have_text("Aucune initiative pour « epicrie »")
    expect(page.locator("#vouliez-vous-dire")).to_have_text("épicerie")

    for query, title in (("recyclerie", "Ressourcerie des Monts"), ("ESS", "Pôle de l’économie sociale et solidaire")):
        box.fill(query)
        page.get_by_role("button", name="Rechercher", exact=True).click()
        expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_text([title])
        expect(page.locator("#recherche-corrigee")).to_have_count(0)
    assert page.console_errors == []
