"""Places in the query: recognised over the whole COG, never from a common word; their initiatives rank first."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from initiatives.models import Commune, Departement, Region
from search.params import SearchParams
from search.places import BIG_COMMUNE, place_in_query
from search.query import initiative_search
from tests.factories import make_initiative

pytestmark = pytest.mark.django_db


def codes(q: str, kind: str) -> set[str]:
    found = place_in_query(q)
    return {choice.code for choice in found.choices if choice.kind == kind} if found else set()


def test_every_region_and_departement_by_name_and_code():
    for code, name in Region.objects.values_list("code", "name"):
        assert code in codes(f"épicerie solidaire en {name}", "region"), name
        assert code in codes(f"tiers-lieu {name}", "region"), name
    for code, name in Departement.objects.values_list("code", "name"):
        assert code in codes(f"épicerie solidaire dans le {name}", "departement"), name
        assert code in codes(f"repair café {code}", "departement"), code
        assert code in codes(f"repair café {code.lower()}", "departement"), code


def test_every_big_commune_even_without_preposition_accents_or_saint():
    from initiatives.text import strip_accents

    big = Commune.objects.filter(kind=Commune.Kind.COMMUNE, population__gte=BIG_COMMUNE)
    assert big.count() > 400
    for code, name in big.values_list("insee_code", "name"):
        plain = strip_accents(name).lower().replace("saint-", "st ")
        assert code in codes(f"épicerie solidaire {plain}", "commune"), name


@pytest.mark.parametrize("q", ["repas pas cher", "atelier jardin", "aide aux personnes âgées à la campagne",
                               "marseille", "épicerie -marseille", '"épicerie marseille"', "dans le cantal"])
def test_common_words_alone_and_operators_are_not_places(q):
    from search.lexicon import search_terms_refresh

    make_initiative(title="Jardin partagé", summary="Un repas pas cher à la campagne.")
    search_terms_refresh()
    assert place_in_query(q) is None  # « dans le cantal »: a place with no other word, searched as text
    assert initiative_search(SearchParams(q=q)).place is None


def test_initiatives_placed_there_rank_first_and_the_page_offers_the_place(client):
    rodez = make_initiative(title="Épicerie solidaire de quartier", summary="Petits prix.", commune="12202",
                            departement="12", region="76")
    elsewhere = make_initiative(title="Épicerie solidaire épicerie solidaire", summary="Épicerie solidaire.",
                                commune="29019", departement="29", region="53")
    results = initiative_search(SearchParams(q="épicerie solidaire à Rodez"))
    assert [hit.pk for hit in results.hits] == [rodez.pk, elsewhere.pk]  # Rodez first, the others follow
    page = BeautifulSoup(client.get("/recherche/", {"q": "épicerie solidaire à Rodez"}).content, "html.parser")
    notice = page.select_one("#lieu-reconnu")
    assert "Lieu reconnu dans votre recherche : Rodez (12)." in notice.get_text(" ", strip=True)
    chip = notice.select_one("a.fr-tag")
    assert chip.get_text(strip=True) == "Aveyron (12)" and "departement=12" in chip["href"]
    assert "q=%C3%A9picerie+solidaire" in chip["href"]


def test_an_ambiguous_name_offers_each_place():
    found = place_in_query("aide aux devoirs st denis")
    labels = [label for _, _, label in found.filter_choices()]
    assert "Seine-Saint-Denis (93)" in labels and "La Réunion (974)" in labels
    assert found.rest == "aide aux devoirs"
