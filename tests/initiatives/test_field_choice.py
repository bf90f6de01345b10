"""The displayed title and summary: the best-written record's, source precedence breaking ties."""

from __future__ import annotations

import pytest

from initiatives.field_choice import field_choose, is_cut_of, text_defects
from initiatives.services import InitiativeData, initiative_upsert_from_record
from tests.factories import SourceFactory


def choose(name: str, *values):
    """The value chosen among ``values`` given in precedence order, and its rank."""
    value, supplier = field_choose(name=name, candidates=list(enumerate(values)))
    return value, supplier


@pytest.mark.parametrize("cut", [
    "Bricobus : bricolage solid. du …",
    "Bricobus : bricolage solidaire du...",
    "Bricobus : bricolage solidaire du Cantal [...]",
    "Bricobus : bricolage solidaire (…)",
    "Bricobus, le bricolage solidaire. Lire la suite",
])
def test_a_title_cut_short_loses_to_a_complete_one(cut):
    assert choose("title", cut, "Bricobus : bricolage solidaire du Cantal") == ("Bricobus : bricolage solidaire du Cantal", 1)


def test_a_title_cut_mid_word_without_a_mark_is_recognised_against_the_full_one():
    assert is_cut_of("Bricobus : bricolage solidaire du Can", "Bricobus : bricolage solidaire du Cantal")
    assert is_cut_of("Atelier vélo solid. de Brest", "Atelier vélo solidaire de Brest")
    assert choose("title", "Bricobus : bricolage solidaire du Can", "Bricobus : bricolage solidaire du Cantal")[1] == 1
    # A shorter name is not a cut one: its words are whole.
    assert not is_cut_of("Atelier vélo", "Atelier vélo solidaire")
    assert choose("title", "Atelier vélo", "Atelier vélo solidaire") == ("Atelier vélo", 0)


def test_all_capitals_lose_to_mixed_case():
    assert choose("title", "ÉPICERIE SOLIDAIRE LES LILAS", "Épicerie solidaire Les Lilas")[1] == 1
    assert text_defects("title", "CCAS") == 1 and text_defects("title", "Le CCAS de Brest") == 0


@pytest.mark.parametrize("headline", [
    "Découvrez l’épicerie solidaire Les Lilas",
    "Portrait : l’épicerie solidaire Les Lilas",
    "12 mars 2023 – l’épicerie solidaire Les Lilas ouvre",
    "03/05/2022 : l’épicerie solidaire Les Lilas",
    "Zoom sur l’épicerie solidaire Les Lilas",
    "Et si on faisait ses courses autrement ?",
    "L’épicerie solidaire Les Lilas, un lieu où les familles du quartier achètent des produits frais à petit prix",
])
def test_a_blog_headline_loses_to_a_name(headline):
    assert choose("title", headline, "Épicerie solidaire Les Lilas") == ("Épicerie solidaire Les Lilas", 1)


def test_entities_tags_and_mojibake_lose():
    assert choose("title", "Jardins &amp; potagers du Moulin", "Jardins et potagers du Moulin")[1] == 1
    assert choose("summary", "<p>Un jardin partagé</p>", "Un jardin partagé.")[1] == 1
    assert choose("title", "Ã‰picerie solidaire", "Épicerie solidaire")[1] == 1


def test_precedence_breaks_ties_and_empty_values_never_win():
    assert choose("title", "Repair Café de Bègles", "Repair Cafe Begles") == ("Repair Café de Bègles", 0)
    assert choose("title", "", "   ", "Repair Café de Bègles") == ("Repair Café de Bègles", 2)
    # Two defective values: the least defective wins, then precedence.
    assert choose("title", "REPAIR CAFÉ DE BÈGLES…", "REPAIR CAFÉ DE BÈGLES") == ("REPAIR CAFÉ DE BÈGLES", 1)
    assert choose("title", "REPAIR CAFÉ", "RESSOURCERIE") == ("REPAIR CAFÉ", 0)
    assert choose("title") == (None, None)


def test_summaries_keep_their_sentences_and_other_fields_keep_precedence():
    # A summary may begin like a headline: only cuts, capitals and garbling count against it.
    assert choose("summary", "Découvrez un atelier où l’on répare ensemble.", "Atelier.")[1] == 0
    assert choose("summary", "Des bénévoles réparent avec vous petit électrom…", "Des bénévoles réparent.")[1] == 1
    assert choose("website", "", "https://a.fr", "https://b.fr") == ("https://a.fr", 1)
    assert choose("start_year", None, 2019, 2020) == (2019, 1)


@pytest.mark.django_db
def test_rebuild_shows_the_best_title_and_says_which_record_supplied_it():
    first, second = SourceFactory(precedence=10), SourceFactory(precedence=20)
    data = InitiativeData(title="Bricobus : bricolage solid. du …", summary="Un camion-atelier.")
    initiative = initiative_upsert_from_record(source=first, external_id="1", raw={"id": 1}, data=data).initiative
    better = InitiativeData(title="Bricobus : bricolage solidaire du Cantal", summary="UN CAMION-ATELIER")
    other = initiative_upsert_from_record(source=second, external_id="2", raw={"id": 2}, data=better,
                                          initiative=initiative)
    initiative.refresh_from_db()
    assert initiative.title == "Bricobus : bricolage solidaire du Cantal"
    assert initiative.provenance["title"] == other.record.pk
    assert initiative.summary == "Un camion-atelier."  # the capitals lose
    assert initiative.provenance["summary"] != other.record.pk
