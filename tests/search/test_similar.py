"""« Initiatives similaires »: the same idea elsewhere first, then in the same département; never itself."""

from __future__ import annotations

import pytest

from initiatives.models import Initiative
from search.similar import similar_initiatives
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    def make(title, summary, commune, departement, region, themes=("alimentation",)):
        return make_initiative(title=title, summary=summary, commune=commune, departement=departement, region=region,
                               theme_codes=list(themes))

    return {
        "rodez": make("Épicerie solidaire de Rodez", "Une épicerie solidaire pour les étudiants boursiers.",
                      "12202", "12", "76"),
        "millau": make("Épicerie solidaire étudiante de Millau", "Des paniers d’épicerie solidaire pour étudiants.",
                       "12145", "12", "76"),
        "brest": make("Épicerie solidaire du campus de Brest", "Les étudiants boursiers y font leurs courses.",
                      "29019", "29", "53"),
        "lille": make("Épicerie sociale étudiante", "Une épicerie pour étudiants à petit budget.", "59350", "59", "32"),
        "garage": make("Garage solidaire de Brest", "Réparer sa voiture moins cher.", "29019", "29", "53",
                       themes=("mobilite",)),
        "rodez_bus": make("Navette de Rodez", "Un bus pour les villages autour de Rodez.", "12202", "12", "76",
                          themes=("mobilite",)),
    }


def test_the_idea_elsewhere_first_then_nearby_never_itself(world):
    similar = similar_initiatives(world["rodez"])
    elsewhere = [i.title for i in similar.elsewhere]
    nearby = [i.title for i in similar.nearby]
    assert set(elsewhere[:2]) == {"Épicerie solidaire du campus de Brest", "Épicerie sociale étudiante"}
    assert nearby[0] == "Épicerie solidaire étudiante de Millau"
    assert "Épicerie solidaire de Rodez" not in elsewhere + nearby
    # The place's own name is not a reason to be similar: the Rodez shuttle shares only « Rodez ».
    assert "Navette de Rodez" not in elsewhere + nearby


def test_merged_duplicates_and_hidden_initiatives_never_show(world):
    Initiative.objects.filter(pk=world["brest"].pk).update(visibility=Initiative.Visibility.MERGED,
                                                           merged_into=world["rodez"])
    Initiative.objects.filter(pk=world["lille"].pk).update(visibility=Initiative.Visibility.HIDDEN)
    similar = similar_initiatives(world["rodez"])
    titles = [i.title for i in similar.elsewhere + similar.nearby]
    assert "Épicerie solidaire du campus de Brest" not in titles and "Épicerie sociale étudiante" not in titles


def test_the_initiative_page_shows_them(client, world):
    html = client.get(world["rodez"].get_absolute_url()).content.decode()
    section = html[html.index('id="similaires"'):]
    assert "La même idée ailleurs" in section and "Épicerie solidaire du campus de Brest" in section
    assert "Dans le même département (Aveyron)" in section and "Épicerie solidaire étudiante de Millau" in section
    lonely = make_initiative(title="Zqxw unique", summary="Rien de commun.")
    assert 'id="similaires"' not in client.get(lonely.get_absolute_url()).content.decode()


def test_words_with_hyphens_and_apostrophes_are_safe(world):
    odd = make_initiative(title="Tiers-lieu l’Atelier d’Aujourd’hui : soi-même", summary="C'est « ça » 100 % (test) !",
                          departement="12", region="76")
    make_initiative(title="Tiers-lieu de la vallée", summary="Un atelier partagé.", departement="29", region="53")
    assert [i.title for i in similar_initiatives(odd).elsewhere] == ["Tiers-lieu de la vallée"]
