"""Rows without a stable id (an export with no id column): an edited row keeps its record and its initiative, over
real HTTP from a fixture server; a new row beside an old one, or a row alike to two gone ones, stays a new record."""

from __future__ import annotations

import pytest

from initiatives.models import Initiative, SourceRecord
from search.harvest.fetch import Fetcher
from search.harvest.harvester import Harvester, source_harvest
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

HEADER = "nom;commune;adresse;description\n"
ROWS = [
    "Repair café;Rodez;2 rue du Lac;Réparer plutôt que jeter, un samedi par mois.",
    "Épicerie solidaire;Millau;5 place Foch;Produits frais à petits prix.",
    "Atelier vélo;Rodez;1 quai Est;Apprendre à réparer son vélo.",
]


@pytest.fixture
def export(fixture_server):
    def publish(rows: list[str]) -> str:
        return fixture_server.add("/export.csv", (HEADER + "\n".join(rows) + "\n").encode(),
                                  content_type="text/csv; charset=utf-8")
    return publish


def harvest(source):
    return source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def make_source(url: str):
    return SourceFactory(slug="export-sans-id", format="csv", configuration={
        "format": "csv", "url": url, "min_delay": 0,
        "fields": {"title": "nom", "city": "commune", "address": "adresse", "summary": "description"}})


def initiative_of(title: str) -> Initiative:
    return Initiative.objects.get(records__data__title=title)


def test_an_edited_row_keeps_its_record_and_its_initiative(export):
    source = make_source(export(ROWS))
    assert harvest(source).created == 3
    epicerie = initiative_of("Épicerie solidaire")
    old_ids = set(SourceRecord.objects.values_list("external_id", flat=True))
    export([ROWS[0], ROWS[1].replace("Produits frais", "Fruits et légumes"), ROWS[2]])
    run = harvest(source)
    assert (run.created, run.updated, run.unchanged, run.missing) == (0, 1, 2, 0)
    assert any("1 fiche(s) sans identifiant stable reconnue(s) malgré une modification" in w for w in run.warnings)
    epicerie.refresh_from_db()
    assert epicerie.summary == "Fruits et légumes à petits prix." and Initiative.objects.count() == 3
    new_ids = set(SourceRecord.objects.values_list("external_id", flat=True))
    assert len(new_ids - old_ids) == 1 and SourceRecord.objects.count() == 3


def test_a_new_row_beside_the_one_it_resembles_is_a_new_record(export):
    """A network's new antenna differs from an existing row by its commune only: both are listed, both stay."""
    source = make_source(export(ROWS))
    harvest(source)
    export([*ROWS, ROWS[0].replace("Rodez", "Millau")])
    run = harvest(source)
    assert (run.created, run.unchanged) == (1, 3) and Initiative.objects.count() == 4


def test_a_row_alike_to_two_gone_rows_is_no_guess(export):
    twins = ["Repair café;Rodez;2 rue du Lac;Un samedi par mois.", "Repair café;Millau;2 rue du Lac;Un samedi par mois."]
    source = make_source(export(twins))
    harvest(source)
    export(["Repair café;Espalion;2 rue du Lac;Un samedi par mois."])  # which one moved? nobody can say
    run = harvest(source)
    assert (run.created, run.missing, run.status) == (1, 2, "success"), (run.warnings, run.errors)
    assert not any("reconnue(s)" in w for w in run.warnings)


def test_an_incomplete_harvest_matches_nothing(export):
    """Stopped after two rows, the harvest cannot know which old rows left: the edited row is a new record."""
    source = make_source(export(ROWS))
    harvest(source)
    export([ROWS[1].replace("Produits frais", "Fruits et légumes"), ROWS[0], ROWS[2]])
    run = Harvester(source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]), max_records=2).run()
    assert run.status == "partial" and run.created == 1 and Initiative.objects.count() == 4
