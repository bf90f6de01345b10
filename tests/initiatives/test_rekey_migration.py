"""Migration 0017: keys stored before the letters Unicode does not decompose were spelt out are computed again."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from initiatives.models import Commune, Porteur, Theme, ThemeCrosswalk
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

rekey = importlib.import_module("initiatives.migrations.0017_keys_spell_undecomposed_letters").rekey


def test_old_keys_of_names_with_undecomposed_letters_are_computed_again():
    porteur = Porteur.objects.create(name="Les Restos du Cœur")
    plain = Porteur.objects.create(name="Épicerie de Rodez")
    Porteur.objects.filter(pk=porteur.pk).update(name_key="les restos du c ur")  # as the old key had it
    commune = Commune.objects.filter(name__contains="œ").first()
    Commune.objects.filter(pk=commune.pk).update(search_name="stale")
    source = SourceFactory()
    old = ThemeCrosswalk.objects.create(source=source, tag="Main d'œuvre")
    ThemeCrosswalk.objects.filter(pk=old.pk).update(tag_key="main d uvre")
    other = ThemeCrosswalk.objects.create(source=source, tag="Soeurs")  # the same tag spelt out, already keyed
    [spelt] = ThemeCrosswalk.objects.bulk_create([ThemeCrosswalk(source=source, tag="Sœurs", tag_key="s urs")])
    family, elderly = Theme.objects.order_by("code").values_list("code", flat=True)[:2]
    other.themes.add(Theme.objects.get(code=family))
    spelt.themes.add(Theme.objects.get(code=elderly))

    rekey(apps, None)

    assert Porteur.objects.get(pk=porteur.pk).name_key == "les restos du coeur"
    assert Porteur.objects.get(pk=plain.pk).name_key == "epicerie de rodez"
    assert Commune.objects.get(pk=commune.pk).search_name != "stale"
    assert ThemeCrosswalk.objects.get(pk=old.pk).tag_key == "main d oeuvre"
    # Two tags of one source that now share a key are one: the entry already keyed answers for both, with the themes
    # of both; the other goes (it could never be saved again, and the normaliser would never read it).
    assert ThemeCrosswalk.objects.get(pk=other.pk).tag_key == "soeurs"
    assert not ThemeCrosswalk.objects.filter(pk=spelt.pk).exists()
    assert set(ThemeCrosswalk.objects.get(pk=other.pk).themes.values_list("code", flat=True)) == {family, elderly}


def test_the_admin_says_a_tag_already_has_its_entry_instead_of_failing(admin_client):
    """The key is not on the crosswalk's form: a tag written differently (« Sœurs », « soeurs ») broke the save."""
    from django.urls import reverse

    source = SourceFactory()
    ThemeCrosswalk.objects.create(source=source, tag="Soeurs")
    response = admin_client.post(reverse("wagtailsnippets_initiatives_themecrosswalk:add"),
                                 {"source": source.pk, "tag": "SŒURS", "themes": []})
    assert response.status_code == 200
    assert "déjà une correspondance" in response.content.decode()
    assert ThemeCrosswalk.objects.filter(source=source).count() == 1
    response = admin_client.post(reverse("wagtailsnippets_initiatives_themecrosswalk:add"),
                                 {"source": source.pk, "tag": "Frères", "themes": []})
    assert response.status_code == 302 and ThemeCrosswalk.objects.filter(source=source).count() == 2
