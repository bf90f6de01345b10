"""manage.py harvest: harvests, then runs the dedup pass itself (unless --no-dedup) and says what it merged."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from initiatives.models import Initiative
from search.dedup.models import DuplicateCandidate
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

ITEMS = [
    {"id": "1", "nom": "Repair Café de Bègles", "ville": "Bègles", "cp": "33130", "site": "https://repaircafe-begles.fr/"},
    {"id": "2", "nom": "Épicerie solidaire Les Lilas", "ville": "Rodez", "cp": "12000"},
]
OTHER_ITEMS = [
    {"id": "a", "nom": "Repair cafe - Begles", "ville": "Bègles", "cp": "33130", "site": "http://repaircafe-begles.fr"},
    {"id": "b", "nom": "Epicerie solidaire les Lilas", "ville": "Millau", "cp": "12100"},  # same département: doubtful
    {"id": "c", "nom": "Garage solidaire de Brest", "ville": "Brest", "cp": "29200"},
]


def platform_source(fixture_server, slug: str, items: list[dict], precedence: int):
    fixture_server.add(f"/{slug}.json", json.dumps({"items": items}).encode(), content_type="application/json")
    return SourceFactory(slug=slug, precedence=precedence, format="json_api", configuration={
        "url": fixture_server.url(f"/{slug}.json"), "id": "id", "records_path": "items", "min_delay": 0,
        "fields": {"title": "nom", "city": "ville", "postcode": "cp", "website": "site"},
    })


def harvest(*args) -> str:
    out = StringIO()
    call_command("harvest", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_command_runs_the_dedup_pass_and_says_what_it_merged_and_queued(fixture_server):
    platform_source(fixture_server, "premiere", ITEMS, precedence=10)
    platform_source(fixture_server, "seconde", OTHER_ITEMS, precedence=20)
    out = harvest("premiere")
    assert "premiere: dédoublonnage" in out and "0 fusionnées" in out

    out = harvest("seconde")
    assert "seconde: dédoublonnage" in out
    assert "1 fusionnées, 1 à examiner" in out
    assert Initiative.objects.filter(visibility=Initiative.Visibility.MERGED).count() == 1
    merged = Initiative.objects.get(visibility=Initiative.Visibility.MERGED)
    assert merged.merged_into.records.count() == 2
    assert DuplicateCandidate.objects.filter(status=DuplicateCandidate.Status.PENDING).count() == 1

    # Nothing new the second time: nothing to compare, and it says so.
    again = harvest("seconde")
    assert "aucune fiche nouvelle ou modifiée" in again


def test_no_dedup_leaves_the_pass_to_a_worker(fixture_server):
    platform_source(fixture_server, "premiere", ITEMS, precedence=10)
    platform_source(fixture_server, "seconde", OTHER_ITEMS, precedence=20)
    out = harvest("--no-dedup", "premiere", "seconde")
    assert "dédoublonnage" not in out
    assert not Initiative.objects.filter(visibility=Initiative.Visibility.MERGED).exists()
    assert Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).count() == 5


def test_verbose_lists_each_merge(fixture_server):
    platform_source(fixture_server, "premiere", ITEMS, precedence=10)
    platform_source(fixture_server, "seconde", OTHER_ITEMS, precedence=20)
    harvest("premiere")
    out = StringIO()
    call_command("harvest", "seconde", stdout=out, stderr=StringIO(), verbosity=2)
    merged = Initiative.objects.get(visibility=Initiative.Visibility.MERGED)
    assert f"fusion : initiative {merged.pk} dans {merged.merged_into_id}" in out.getvalue()
