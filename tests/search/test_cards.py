"""A result page's initiatives in one statement (search/cards.py): the same objects the ORM's prefetch gives."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.test.utils import CaptureQueriesContext

from initiatives.api.serializers import InitiativeListSerializer, search_hits_data
from initiatives.models import Distinction, Initiative, SourceRecord, Theme
from initiatives.services import DistinctionData
from search.cards import card_initiatives
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def shapes():
    """Every shape a card has: with and without porteur, commune, themes, distinctions; one source or two."""
    first = SourceFactory(slug="premiere", name="Première", precedence=10)
    second = SourceFactory(slug="seconde", name="Seconde", precedence=20)
    full = make_initiative(
        source=second, title="Épicerie <b>solidaire</b>", summary="Des produits frais.", commune="12202",
        departement="12", region="76", theme_codes=["precarite", "alimentation"], start_year=2019,
        porteur={"name": "Panier Partagé", "kind": "association"},
        distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2020, rank="or"),
                      DistinctionData(prize="Prix TERRITORIA", year=2022, rank="laureat", category="Solidarité"),
                      DistinctionData(prize="Fondation Alpha", year=2021, rank="laureat")],
    )
    SourceRecord.objects.create(source=first, external_id="autre", initiative=full, content_hash="x",
                                source_url="https://premiere.example/fiche")
    bare = make_initiative(source=first, title="Sans rien", summary="", description="<p>Texte seul.</p>")
    regional = make_initiative(source=first, title="Régional", region="53", theme_codes=["mobilite"])
    return [full, bare, regional]


def orm_hits(ids):
    """What the search did before: select_related and prefetch_related."""
    by_id = {initiative.pk: initiative for initiative in Initiative.objects.filter(pk__in=ids)
             .select_related("porteur", "commune", "departement", "region")
             .prefetch_related("themes", Prefetch("records", SourceRecord.objects.select_related("source")
                                                  .order_by("source__precedence", "pk")),
                               Prefetch("distinctions", Distinction.objects.select_related("edition__prize")))}
    return [by_id[pk] for pk in ids]


def test_cards_read_like_the_orm_and_keep_the_order(shapes):
    ids = [initiative.pk for initiative in reversed(shapes)] + [987654321]  # an id that is no initiative: left out
    cards = card_initiatives(ids)
    assert [card.pk for card in cards] == ids[:-1]
    expected = orm_hits(ids[:-1])
    assert search_hits_data(cards) == search_hits_data(expected) == InitiativeListSerializer(expected, many=True).data
    full = cards[-1]
    assert [(record.source.slug, record.source_url) for record in full.records.all()] == [
        (record.source.slug, record.source_url) for record in expected[-1].records.all()]
    assert [record.source.slug for record in full.records.all()] == ["premiere", "seconde"]
    assert [(d.edition.prize.name, d.edition.year) for d in full.distinctions.all()] == [
        ("Fondation Alpha", 2021), ("Prix TERRITORIA", 2022), ("Prix TERRITORIA", 2020)]
    assert full.porteur.get_kind_display() == expected[-1].porteur.get_kind_display() and full.commune.insee_code == "12202"
    assert cards[0].commune is None and cards[0].region.code == "53" and cards[1].porteur is None
    assert card_initiatives([]) == []


def test_reading_a_card_makes_no_query_and_a_new_query_starts_from_the_relation(shapes):
    full = card_initiatives([shapes[0].pk])[0]
    with CaptureQueriesContext(connection) as reads:
        themes = full.themes.all()
        assert len(themes) == 2 and themes.count() == 2 and themes.exists() and bool(themes)
        assert themes.first() == themes[0] and [theme.code for theme in themes[:1]] == [themes[0].code]
        assert full.records.count() == 2 and full.distinctions.all()[2].rank == "or"
        assert (full.title, full.slug, full.summary, full.description) == (
            shapes[0].title, shapes[0].slug, shapes[0].summary, shapes[0].description)
        assert full.get_absolute_url() == shapes[0].get_absolute_url()
    assert len(reads) == 0
    # Filtering is a query on this initiative's themes (never every theme, never none).
    assert [theme.code for theme in full.themes.filter(code="alimentation")] == ["alimentation"]
    assert not full.themes.filter(code="mobilite").exists()
    assert list(full.records.exclude(source__slug="premiere").values_list("source__slug", flat=True)) == ["seconde"]
    # A column a card does not read is deferred, and still there when asked.
    with CaptureQueriesContext(connection) as deferred:
        assert full.provenance == Initiative.objects.get(pk=full.pk).provenance
    assert len(deferred) == 2


def test_what_needs_sql_runs_the_relations_own_query_and_a_card_pickles(shapes):
    """Review: a relation's rows read without a query must not turn « this initiative's » into « every row »."""
    import pickle

    from django.db.models import Count

    full = card_initiatives([shapes[0].pk])[0]
    expected = orm_hits([shapes[0].pk])[0]
    assert Theme.objects.count() > 2 and SourceRecord.objects.count() > 2
    assert full.themes.aggregate(n=Count("id")) == expected.themes.aggregate(n=Count("id")) == {"n": 2}
    assert sorted(theme.code for theme in full.themes.iterator()) == ["alimentation", "precarite"]
    assert full.records.update(source_url="https://mise-a-jour.example/") == 2
    assert SourceRecord.objects.filter(source_url="https://mise-a-jour.example/").count() == 2
    assert not SourceRecord.objects.exclude(initiative=full).filter(source_url="https://mise-a-jour.example/").exists()
    again = pickle.loads(pickle.dumps(full))
    assert [theme.code for theme in again.themes.all()] == [theme.code for theme in full.themes.all()]
    assert again.themes.filter(code="alimentation").count() == 1
