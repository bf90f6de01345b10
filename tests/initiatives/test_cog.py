"""The shipped Code officiel géographique loads quickly, completely and correctly."""

import time

import pytest

from initiatives import selectors
from initiatives.cog import load_cog
from initiatives.models import Commune, Departement, Region

pytestmark = pytest.mark.django_db


def test_cog_loads_idempotently_in_under_a_minute_with_the_right_counts():
    started = time.monotonic()
    counts = load_cog()
    elapsed = time.monotonic() - started
    assert elapsed < 60
    assert (counts.regions, counts.departements, counts.communes) == (26, 109, 35014)
    assert Region.objects.count() == 26 and Departement.objects.count() == 109 and Commune.objects.count() == 35014
    load_cog()  # twice: upserts, no duplicates
    assert Commune.objects.count() == 35014
    # 13 metropolitan + 5 overseas régions; the 8 collectivités d'outre-mer carry 3-digit codes.
    assert Region.objects.filter(code__regex=r"^\d\d$").count() == 18
    assert Commune.objects.filter(kind=Commune.Kind.COMMUNE).count() == 34969
    assert Commune.objects.filter(kind=Commune.Kind.ARRONDISSEMENT).count() == 45


def test_corsica_and_overseas():
    assert Departement.objects.get(code="2A").region_id == "94"
    assert Departement.objects.get(code="2B").name == "Haute-Corse"
    ajaccio = Commune.objects.get(insee_code="2A004")
    assert (ajaccio.name, ajaccio.departement_id, ajaccio.region_id) == ("Ajaccio", "2A", "94")
    for departement, region in [("971", "01"), ("972", "02"), ("973", "03"), ("974", "04"), ("976", "06")]:
        assert Departement.objects.get(code=departement).region_id == region
        assert Commune.objects.filter(departement_id=departement).exclude(region_id=region).count() == 0


def test_communes_are_never_keyed_by_postcode():
    # One postcode, several communes; one commune, several postcodes.
    assert len(selectors.commune_list_by_postcode(postcode="74250")) > 1
    paris = Commune.objects.get(insee_code="75056")
    assert len(paris.postcodes) == 21
    assert {c.insee_code for c in selectors.commune_list_by_postcode(postcode="75016")} == {"75056", "75116"}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("St-Étienne", "42218"),
        ("saint etienne", "42218"),
        ("Havre (Le)", "76351"),
        ("le havre", "76351"),
        ("Paris 15e", "75115"),
        ("Paris 1er", "75101"),
        ("Lyon 3ème", "69383"),
        ("Marseille 13e arrondissement", "13213"),
        ("Ajaccio", "2A004"),
    ],
)
def test_commune_lookup_by_name(name, expected):
    found = selectors.commune_list_by_name(name=name)
    assert [commune.insee_code for commune in found][:1] == [expected]


def test_ambiguous_names_return_every_candidate_and_hints_narrow_them():
    saint_denis = selectors.commune_list_by_name(name="Saint-Denis")
    assert {"93066", "97411"} <= {commune.insee_code for commune in saint_denis}
    assert [c.insee_code for c in selectors.commune_list_by_name(name="St Denis", departement_code="974")] == ["97411"]
    assert len(selectors.commune_list_by_name(name="Sainte-Marie")) > 1


def test_departement_and_region_lookup():
    assert selectors.departement_find(value="2a").code == "2A"
    assert selectors.departement_find(value="1").code == "01"
    assert selectors.departement_find(value="cote d'or").code == "21"
    assert selectors.departement_find(value="La Réunion").code == "974"
    assert selectors.region_find(value="auvergne rhone alpes").code == "84"
    assert selectors.region_find(value="Bretagne").code == "53"
    assert selectors.departement_find(value="Atlantide") is None
