"""The home page renders in French with the DSFR layout, and switches to English."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_in_french(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "<title>Accueil — Carrefour des innovations sociales</title>" in html
    for label in ("Rechercher", "Initiatives", "Communautés", "Lauréats", "À propos"):
        assert f">{label}</a>" in html
    assert "fr-header" in html and "fr-footer" in html and "fr-skiplinks" in html
    assert "dsfr.module.min.js" in html


def test_language_switcher_turns_the_interface_to_english(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert ">Search</a>" in html and ">Communities</a>" in html
    assert "Carrefour of social innovations" in html


def test_404_page_is_french_and_helpful(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_load_demo_is_idempotent(django_user_model):
    from django.core.management import call_command
    from wagtail.models import Page

    from communities.models import Community

    call_command("load_demo", verbosity=0)
    counts = (Page.objects.count(), django_user_model.objects.count(), Community.objects.count())
    assert counts[2] == 3
    call_command("load_demo", verbosity=0)
    # Each community once (issue 18: the private one was made again on every run, its slug had drifted).
    assert (Page.objects.count(), django_user_model.objects.count(), Community.objects.count()) == counts
    assert django_user_model.objects.get(username="admin").is_superuser


def test_an_english_browser_still_gets_french_until_it_chooses(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="fr"' in html and ">Rechercher</a>" in html
