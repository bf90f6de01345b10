"""Sources in the Wagtail admin: validation naming the wrong field, dry run, "Moissonner maintenant", run list."""

import datetime
import re

import pytest
from django.urls import reverse

from initiatives.models import Source
from search.harvest.models import HarvestRun
from tests.factories import SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin-sources", is_superuser=True, is_staff=True))
    return client


def source_form(**overrides):
    data = {
        "name": "Plateforme", "slug": "plateforme", "website": "", "logo_url": "", "description": "",
        "licence": "Licence Ouverte 2.0", "licence_url": "", "format": "json_api",
        "configuration": '{"url": "http://127.0.0.1:9/api", "records_path": "results", "fields": {"title": "nom"}}',
        "enabled": "on", "schedule": "daily", "contact": "", "precedence": "10",
    }
    data.update(overrides)
    return data


def test_valid_source_is_saved(admin_client):
    response = admin_client.post(reverse("wagtailsnippets_initiatives_source:add"), source_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Source.objects.get(slug="plateforme").configuration["records_path"] == "results"


def test_invalid_configuration_names_the_field(admin_client):
    bad = '{"url": "http://127.0.0.1:9/api", "fields": {"title": {"path": "nom", "transforms": ["strp"]}}}'
    response = admin_client.post(reverse("wagtailsnippets_initiatives_source:add"), source_form(configuration=bad))
    assert response.status_code == 200
    assert "fields.title.transforms[0]" in response.content.decode()
    assert not Source.objects.filter(slug="plateforme").exists()


def test_dry_run_page_reports_http_problems_and_writes_nothing(admin_client):
    source = SourceFactory(format="json_api", configuration={"url": "http://127.0.0.1:9/injoignable", "fields": {"title": "nom"},
                                                            "timeout": 1, "connect_timeout": 1})
    response = admin_client.get(reverse("source_test", args=[source.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Problèmes" in html and "127.0.0.1:9" in html
    assert HarvestRun.objects.count() == 0


def test_dry_run_page_shows_records_and_empty_fields(admin_client, fixture_server):
    url = fixture_server.add("/api", '{"results": [{"id": 1, "nom": "Garage solidaire", "ville": "Brest"}]}',
                             content_type="application/json")
    source = SourceFactory(format="json_api", configuration={
        "url": url, "id": "id", "records_path": "results", "min_delay": 0,
        "fields": {"title": "nom", "city": "ville", "website": "site"}})
    html = admin_client.get(reverse("source_test", args=[source.pk])).content.decode()
    assert "Garage solidaire" in html
    assert "website" in html  # mapped but empty everywhere
    assert "29019" in html  # Brest resolved by the normalisation


def test_harvest_now_enqueues_the_task(admin_client, fixture_server):
    url = fixture_server.add("/api", '{"results": []}', content_type="application/json")
    source = SourceFactory(format="json_api", configuration={"url": url, "records_path": "results", "min_delay": 0,
                                                            "fields": {"title": "nom"}})
    response = admin_client.post(reverse("source_harvest_now", args=[source.pk]))
    assert response.status_code == 302
    run = HarvestRun.objects.get(source=source)  # eager in tests: the task ran
    assert run.trigger == HarvestRun.Trigger.MANUAL


def test_harvest_runs_are_listed(admin_client):
    source = SourceFactory()
    HarvestRun.objects.create(source=source, status="success", records_seen=12)
    response = admin_client.get(reverse("harvest_runs:index"))
    assert response.status_code == 200
    assert source.name in response.content.decode()


def test_the_harvest_log_is_read_only_even_for_a_superuser(admin_client):
    """« Ajouter un moissonnage » then « Enregistrer » was a 500 (IntegrityError): runs come from harvests only."""
    run = HarvestRun.objects.create(source=SourceFactory(), status="success", records_seen=12)
    index = admin_client.get(reverse("harvest_runs:index")).content.decode()
    assert reverse("harvest_runs:add") not in index
    assert admin_client.get(reverse("harvest_runs:add")).status_code in (302, 403)
    assert admin_client.post(reverse("harvest_runs:add"), {"flagged_for_review": "on"}).status_code in (302, 403)
    assert admin_client.post(reverse("harvest_runs:delete", args=[run.pk])).status_code in (302, 403)
    assert HarvestRun.objects.count() == 1
    # Acknowledging a review stays possible.
    assert admin_client.get(reverse("harvest_runs:edit", args=[run.pk])).status_code == 200


def test_source_list_shows_harvest_health(admin_client):
    from search.harvest.models import SourceHealth

    source = SourceFactory(name="Plateforme suivie")
    SourceHealth.objects.create(source=source, failure_streak=2)
    html = admin_client.get(reverse("wagtailsnippets_initiatives_source:list")).content.decode()
    assert "Plateforme suivie" in html and "Échecs consécutifs" in html


def test_a_run_reads_in_the_sites_time_zone_with_words_not_python(admin_client):
    run = HarvestRun.objects.create(source=SourceFactory(name="Plateforme horaire"), status="failed",
                                    errors=[{"url": "https://exemple.org/fiche/1", "error": "délai dépassé"}])
    HarvestRun.objects.filter(pk=run.pk).update(started_at=datetime.datetime(2026, 7, 1, 10, 0, tzinfo=datetime.UTC))
    html = admin_client.get(reverse("harvest_runs:inspect", args=[run.pk])).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Plateforme horaire – 2026-07-01 12:00" in text  # Paris in summer, as in the list
    assert "1 juillet 2026 12:00" in text and "10:00" not in text
    assert "url : https://exemple.org/fiche/1 ; error : délai dépassé" in text
    assert "{&#x27;" not in html and " False " not in text and " None " not in text
