"""An account in the "Éditeurs" group edits themes, crosswalks and prizes in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from initiatives.models import Prize, Theme, ThemeCrosswalk
from tests.factories import SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = UserFactory(username="editrice")
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(editor)
    return client


def test_editor_reaches_the_admin_and_lists_themes(editor_client):
    assert editor_client.get("/admin/").status_code == 200
    response = editor_client.get(reverse("wagtailsnippets_initiatives_theme:list"))
    assert response.status_code == 200
    assert "Mobilité" in response.content.decode()


def test_editor_edits_a_theme(editor_client):
    theme = Theme.objects.get(code="mobilite")
    url = reverse("wagtailsnippets_initiatives_theme:edit", args=[theme.pk])
    response = editor_client.post(url, {
        "code": "mobilite", "name": "Mobilités du quotidien", "facet": "domaine", "parent": theme.parent_id,
        "description": "", "keywords": "covoiturage", "position": theme.position,
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    theme.refresh_from_db()
    assert theme.name == "Mobilités du quotidien"


def test_editor_creates_a_crosswalk_entry_and_a_prize(editor_client):
    source = SourceFactory()
    alimentation = Theme.objects.get(code="alimentation")
    response = editor_client.post(reverse("wagtailsnippets_initiatives_themecrosswalk:add"), {
        "source": source.pk, "tag": "Alimentation durable", "themes": [alimentation.pk],
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = ThemeCrosswalk.objects.get()
    assert entry.tag_key == "alimentation durable" and list(entry.themes.all()) == [alimentation]
    response = editor_client.post(reverse("wagtailsnippets_initiatives_prize:add"), {
        "name": "Prix TERRITORIA", "slug": "prix-territoria", "organiser": "", "website": "", "description": "",
    })
    assert response.status_code == 302
    assert Prize.objects.filter(slug="prix-territoria").exists()


def test_anonymous_and_plain_users_are_kept_out(client):
    assert client.get(reverse("wagtailsnippets_initiatives_theme:list")).status_code == 302
    client.force_login(UserFactory(username="simple"))
    assert client.get(reverse("wagtailsnippets_initiatives_theme:list")).status_code in (302, 403)
