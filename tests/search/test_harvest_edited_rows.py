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
    def publish(rows: list[str], header: str = HEADER) -> str:
        return fixture_server.add("/export.csv", (header + "\n".join(rows) + "\n").encode(),
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


def test_another_title_is_another_row(export):
    """All alike but the title: the Repair café left and an Atelier vélo arrived; no record changes hands."""
    source = make_source(export(ROWS))
    harvest(source)
    repair = initiative_of("Repair café")
    export([ROWS[0].replace("Repair café", "Atelier couture"), ROWS[1], ROWS[2]])
    run = harvest(source)
    assert (run.created, run.missing) == (1, 1)
    assert Initiative.objects.get(pk=repair.pk).title == "Repair café"


def test_rows_alike_only_by_empty_columns_are_no_edit(export):
    header = "nom;commune;adresse;description;telephone;courriel\n"
    source = make_source(export(["Repair café;Rodez;;;;", "Atelier vélo;Millau;;;;"], header=header))
    harvest(source)
    export(["Repair café;Espalion;;;;", "Atelier vélo;Millau;;;;"], header=header)  # the title and the town only
    run = harvest(source)
    assert (run.created, run.missing, run.unchanged) == (1, 1, 1)


def test_an_added_column_nobody_maps_changes_no_record(export):
    source = make_source(export(ROWS))
    harvest(source)
    ids = set(Initiative.objects.values_list("pk", flat=True))
    export([f"{row};x" for row in ROWS], header=HEADER.rstrip("\n") + ";remarque\n")
    run = harvest(source)
    assert (run.created, run.missing) == (0, 0) and set(Initiative.objects.values_list("pk", flat=True)) == ids


def test_a_row_gone_for_a_while_is_not_taken_back(export):
    # Enough rows that one fewer is an absence, not a source that shrank (which marks nothing missing).
    rows = ROWS + [f"Jardin partagé n° {number};Rodez;{number} rue Haute;Des légumes en commun." for number in range(6)]
    source = make_source(export(rows))
    harvest(source)
    epicerie = initiative_of("Épicerie solidaire")
    export([row for row in rows if row != ROWS[1]])
    assert harvest(source).missing == 1  # the épicerie is missing since this harvest
    export([*rows[:1], ROWS[1].replace("Produits frais", "Fruits et légumes"), *rows[2:]])
    run = harvest(source)
    assert run.created == 1 and Initiative.objects.get(pk=epicerie.pk).summary == "Produits frais à petits prix."
