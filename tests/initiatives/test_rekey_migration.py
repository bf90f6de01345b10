"""Migration 0017: keys stored before the letters Unicode does not decompose were spelt out are computed again."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from initiatives.models import Commune, Porteur, ThemeCrosswalk
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

    rekey(apps, None)

    assert Porteur.objects.get(pk=porteur.pk).name_key == "les restos du coeur"
    assert Porteur.objects.get(pk=plain.pk).name_key == "epicerie de rodez"
    assert Commune.objects.get(pk=commune.pk).search_name != "stale"
    assert ThemeCrosswalk.objects.get(pk=old.pk).tag_key == "main d oeuvre"
    # Two tags of one source that now share a key: the one already keyed answers for both, nothing is lost.
    assert ThemeCrosswalk.objects.get(pk=other.pk).tag_key == "soeurs"
    assert ThemeCrosswalk.objects.get(pk=spelt.pk).tag_key == "s urs"
