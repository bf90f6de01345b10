"""The search thesaurus: synonym groups edited in the admin apply to the next query, with no reindex; plurals."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from search.models import SynonymGroup
from search.params import SearchParams
from search.query import initiative_search
from search.thesaurus import thesaurus_groups
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db


def titles(q: str, **params) -> set[str]:
    return {hit.title for hit in initiative_search(SearchParams(q=q, **params), with_facets=False).hits}


@pytest.fixture
def corpus():
    return {
        "ess": make_initiative(title="Pôle de l’économie sociale et solidaire", summary="Un réseau d’entreprises.",
                               departement="29", region="53"),
        "velo": make_initiative(title="Atelier de réparation de bicyclettes", summary="Réparer soi-même sa bicyclette."),
        "velos": make_initiative(title="Vélos partagés du plateau", summary="Des vélos en libre service."),
        "ressourcerie": make_initiative(title="Ressourcerie du Pays de Figeac", summary="Réemploi d’objets."),
        "qpv": make_initiative(title="Médiation au pied des immeubles",
                               summary="Des médiateurs dans un quartier prioritaire de la politique de la ville."),
    }


def test_the_starting_list_covers_the_field_vocabulary():
    expressions = {expression for group in thesaurus_groups() for expression in group}
    for words in [("ess",), ("economie", "sociale", "et", "solidaire"), ("iae",), ("ehpad",), ("qpv",),
                  ("tiers", "lieu"), ("third", "place"), ("velo",), ("bicyclette",), ("recyclerie",),
                  ("ressourcerie",), ("epicerie", "sociale"), ("epicerie", "solidaire")]:
        assert words in expressions, words


def test_acronyms_synonyms_and_plurals_find_what_platforms_wrote(corpus):
    assert titles("ESS") == {"Pôle de l’économie sociale et solidaire"}
    assert titles("ESS Bretagne") == {"Pôle de l’économie sociale et solidaire"}  # with other words: ANDed
    assert titles("recyclerie") == {"Ressourcerie du Pays de Figeac"}
    assert titles("QPV") == {"Médiation au pied des immeubles"}
    # « vélos » finds « vélo » and « bicyclette » (the French stemmer keeps the s after o), and the other way round.
    assert titles("vélos") == titles("vélo") == titles("bicyclettes") == {
        "Atelier de réparation de bicyclettes", "Vélos partagés du plateau"}
    assert titles("velo partage") == {"Vélos partagés du plateau"}
    # Operators mean the words as typed: an exact phrase is not expanded.
    assert "Atelier de réparation de bicyclettes" not in titles('"vélo"')


def test_an_edit_in_the_admin_applies_to_the_next_query(corpus, django_capture_on_commit_callbacks):
    assert titles("seconde main", exact=True) == set()
    with django_capture_on_commit_callbacks(execute=True):
        group = SynonymGroup.objects.create(expressions="seconde main\nréemploi")
    assert titles("seconde main", exact=True) == {"Ressourcerie du Pays de Figeac"}  # no reindex
    with django_capture_on_commit_callbacks(execute=True):
        group.enabled = False
        group.save()
    assert titles("seconde main", exact=True) == set()


@pytest.mark.parametrize("expressions", ["ESS", "ESS\n\n  ", "ESS\ness", "ESS\n..."])
def test_a_group_needs_two_different_expressions(expressions):
    with pytest.raises(ValidationError) as error:
        SynonymGroup(expressions=expressions).full_clean()
    assert "expressions" in error.value.message_dict


def test_editors_keep_the_list_in_the_admin(client):
    from django.contrib.auth.models import Group

    from tests.factories import UserFactory

    editor = UserFactory(username="redaction", is_staff=False)
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(editor)
    listing = client.get("/admin/snippets/search/synonymgroup/")
    assert listing.status_code == 200 and "économie sociale et solidaire" in listing.content.decode()
    response = client.post("/admin/snippets/search/synonymgroup/add/",
                           {"expressions": "halte-garderie\ncrèche parentale", "note": "", "enabled": "on"})
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(expressions__startswith="halte-garderie").exists()
    refused = client.post("/admin/snippets/search/synonymgroup/add/", {"expressions": "crèche", "enabled": "on"})
    assert refused.status_code == 200 and "au moins deux expressions" in refused.content.decode()
