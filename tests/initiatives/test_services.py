"""Upserting source records into initiatives: idempotence, precedence, provenance, porteurs, prizes."""

import pytest
from django.utils import timezone

from initiatives.merging import initiative_merge
from initiatives.models import Distinction, Initiative, Porteur, SourceRecord
from initiatives.services import (
    DistinctionData,
    InitiativeData,
    PorteurData,
    initiative_rebuild,
    initiative_upsert_from_record,
)
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


def upsert(source, external_id, **fields):
    data = InitiativeData(**fields)
    return initiative_upsert_from_record(source=source, external_id=external_id, raw=data.to_json(), data=data)


def test_new_record_creates_an_initiative_with_slug_and_provenance():
    source = SourceFactory(name="Avise démo")
    result = upsert(source, "42", title="Épicerie solidaire de Rodez", summary="Des produits à petits prix.",
                    commune="12202", departement="12", region="76", theme_codes=["alimentation", "precarite"])
    assert result.outcome == "created"
    initiative = result.initiative
    assert initiative.slug == "epicerie-solidaire-de-rodez"
    assert initiative.commune.name == "Rodez" and initiative.region_id == "76"
    assert {theme.code for theme in initiative.themes.all()} == {"alimentation", "precarite"}
    assert initiative.provenance["summary"] == result.record.pk
    assert initiative.status == Initiative.Status.UNKNOWN


def test_unchanged_record_writes_nothing_but_last_seen():
    source = SourceFactory()
    first = upsert(source, "1", title="Garage solidaire")
    updated_at = first.initiative.last_updated
    again = upsert(source, "1", title="Garage solidaire")
    assert again.outcome == "unchanged"
    first.initiative.refresh_from_db()
    assert first.initiative.last_updated == updated_at
    assert SourceRecord.objects.count() == 1 and Initiative.objects.count() == 1


def test_changed_record_updates_the_same_initiative():
    source = SourceFactory()
    first = upsert(source, "1", title="Garage solidaire")
    second = upsert(source, "1", title="Garage solidaire du Rouergue")
    assert second.outcome == "updated"
    assert second.initiative.pk == first.initiative.pk
    assert Initiative.objects.get().title == "Garage solidaire du Rouergue"


def test_precedence_decides_which_source_wins_each_field():
    strong = SourceFactory(name="Source forte", precedence=1)
    weak = SourceFactory(name="Source faible", precedence=50)
    weak_result = upsert(weak, "w1", title="Tiers lieu de Bagnols", summary="Résumé faible", website="https://faible.example.org")
    initiative = weak_result.initiative
    strong_result = initiative_upsert_from_record(
        source=strong, external_id="s1", raw={"t": 1},
        data=InitiativeData(title="Tiers-lieu La Fabrique de Bagnols", summary="Résumé fort"), initiative=initiative,
    )
    initiative.refresh_from_db()
    assert initiative.title == "Tiers-lieu La Fabrique de Bagnols"
    assert initiative.summary == "Résumé fort"
    assert initiative.website == "https://faible.example.org"  # only the weak source has one
    assert initiative.provenance["summary"] == strong_result.record.pk
    assert initiative.provenance["website"] == weak_result.record.pk
    assert initiative.records.count() == 2


def test_porteurs_are_matched_by_siret_then_by_name():
    source = SourceFactory()
    upsert(source, "1", title="A", porteur=PorteurData(name="Asso Les Amis", siret="732829320", kind="association"))
    upsert(source, "2", title="B", porteur=PorteurData(name="Association Les Amis du quartier", siret="73282932000074"))
    upsert(source, "3", title="C", porteur=PorteurData(name="ASSO LES AMIS"))
    upsert(source, "4", title="D", porteur=PorteurData(name="Autre collectif", siret="123"))  # invalid SIRET ignored
    assert Porteur.objects.count() == 2
    assert Porteur.objects.get(name="Autre collectif").siret == ""
    assert Porteur.objects.get(siret="732829320").initiatives.count() == 3


def test_distinctions_are_created_once():
    source = SourceFactory()
    distinction = DistinctionData(prize="Prix TERRITORIA", year=2021, category="Cohésion sociale", rank="or")
    result = upsert(source, "1", title="Maison de santé", distinctions=[distinction])
    initiative_rebuild(initiative=result.initiative)
    assert Distinction.objects.count() == 1
    only = Distinction.objects.select_related("edition__prize").get()
    assert (only.edition.prize.name, only.edition.year, only.rank) == ("Prix TERRITORIA", 2021, "or")


def test_a_hidden_initiative_comes_back_when_its_record_reappears():
    source = SourceFactory()
    result = upsert(source, "1", title="Recyclerie")
    SourceRecord.objects.filter(pk=result.record.pk).update(missing_count=3, missing_since=result.record.last_seen)
    Initiative.objects.filter(pk=result.initiative.pk).update(visibility=Initiative.Visibility.HIDDEN)
    again = upsert(source, "1", title="Recyclerie")
    assert again.outcome == "unchanged"
    assert Initiative.objects.get().visibility == Initiative.Visibility.PUBLISHED
    assert SourceRecord.objects.get().missing_count == 0


def test_initiative_data_round_trips_through_json():
    data = InitiativeData(title="X", porteur=PorteurData(name="P"), distinctions=[DistinctionData(prize="Prix", year=2020)])
    assert InitiativeData.from_json(data.to_json()) == data


def test_initiative_data_json_is_what_asdict_gives_and_shares_nothing():
    from dataclasses import asdict

    data = InitiativeData(title="X", social_links=["https://a.example"], theme_codes=["mobilite"],
                          porteur=PorteurData(name="P", siret="123"), distinctions=[DistinctionData(prize="Prix", year=2020)])
    assert data.to_json() == asdict(data)
    assert InitiativeData(title="Y").to_json() == asdict(InitiativeData(title="Y"))
    stored = data.to_json()
    stored["social_links"].append("https://b.example")
    stored["porteur"]["name"] = "Q"
    stored["distinctions"][0]["year"] = 1999
    assert data.social_links == ["https://a.example"] and data.porteur.name == "P" and data.distinctions[0].year == 2020


@pytest.mark.django_db
def test_merging_a_listed_record_into_a_hidden_initiative_brings_it_back():
    hidden, listed, gone = make_initiative(title="Bricobus"), make_initiative(title="Bricobus"), make_initiative()
    for initiative in (hidden, gone):
        SourceRecord.objects.filter(initiative=initiative).update(missing_since=timezone.now(), missing_count=3)
        Initiative.objects.filter(pk=initiative.pk).update(visibility=Initiative.Visibility.HIDDEN)
    kept = initiative_merge(keep=Initiative.objects.get(pk=hidden.pk), other=Initiative.objects.get(pk=listed.pk))
    assert kept.visibility == Initiative.Visibility.PUBLISHED  # one of its records is listed again
    # Merging a record that is gone too changes nothing: still hidden.
    other = make_initiative(title="Autre")
    SourceRecord.objects.filter(initiative=other).update(missing_since=timezone.now(), missing_count=3)
    kept = initiative_merge(keep=Initiative.objects.get(pk=gone.pk), other=Initiative.objects.get(pk=other.pk))
    assert kept.visibility == Initiative.Visibility.HIDDEN
