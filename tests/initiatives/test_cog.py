"""The shipped Code officiel géographique loads quickly, completely and correctly."""

import statistics
import time
from collections import defaultdict

import pytest
from django.db.models import Count, F, Q

from initiatives import selectors
from initiatives.cog import load_cog
from initiatives.models import Commune, Departement, Epci, FormerCommune, Region
from initiatives.text import place_key

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        list(Commune.objects.order_by("insee_code").values_list(
            "insee_code", "name", "parent_id", "departement_id", "epci_id", "ept_id", "latitude", "longitude",
            "search_name",
        )),
        list(Epci.objects.order_by("code").values_list("code", "name", "slug", "kind")),
        list(FormerCommune.objects.order_by("kind", "insee_code").values_list(
            "id", "kind", "insee_code", "name", "commune_id", "departement_id", "latitude", "longitude", "search_name",
        )),
    )


def test_cog_loads_idempotently_in_under_a_minute_with_the_right_counts():
    before = _snapshot()  # loaded by the migrations
    started = time.monotonic()
    counts = load_cog()
    elapsed = time.monotonic() - started
    assert elapsed < 60
    assert (counts.regions, counts.departements, counts.communes) == (26, 109, 35014)
    assert (counts.epcis, counts.former_communes) == (1266, 2576)
    assert Region.objects.count() == 26 and Departement.objects.count() == 109 and Commune.objects.count() == 35014
    load_cog()  # twice: upserts, no duplicates, nothing changed
    assert Commune.objects.count() == 35014
    assert _snapshot() == before
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


def test_former_communes_point_to_their_current_commune_in_the_same_departement():
    assert FormerCommune.objects.filter(kind=FormerCommune.Kind.DELEGUEE).count() == 2105
    assert FormerCommune.objects.filter(kind=FormerCommune.Kind.ASSOCIEE).count() == 471
    # The chef-lieu is a current commune (never an arrondissement), in the same département: the COG lists a former
    # commune in its chef-lieu's département even when it was elsewhere (02285 Escaufourt, now with 59545).
    assert FormerCommune.objects.exclude(commune__kind=Commune.Kind.COMMUNE).count() == 0
    assert FormerCommune.objects.exclude(departement_id=F("commune__departement_id")).count() == 0
    escaufourt = FormerCommune.objects.get(insee_code="02285")
    assert (escaufourt.kind, escaufourt.commune_id, escaufourt.departement_id) == ("associee", "59545", "59")
    # A commune déléguée may keep its commune nouvelle's code: the key is (kind, code).
    arbignieu = FormerCommune.objects.get(kind=FormerCommune.Kind.DELEGUEE, insee_code="01015")
    assert arbignieu.name == "Arbignieu" and arbignieu.commune.name == "Arboys en Bugey"
    assert FormerCommune.objects.filter(insee_code=F("commune_id")).count() > 500


def test_former_communes_are_found_by_the_same_normalised_name_as_communes():
    mismatched = [(f.name, f.search_name) for f in FormerCommune.objects.all() if f.search_name != place_key(f.name)]
    assert mismatched == []
    found = FormerCommune.objects.filter(search_name=place_key("St-Cyprien-sur-Dourdou"))
    assert [(f.insee_code, f.commune_id) for f in found] == [("12218", "12218")]


def test_epci_kinds_and_members():
    kinds = dict(Epci.objects.values_list("kind").annotate(n=Count("code")))
    assert kinds == {"cc": 989, "ca": 230, "cu": 14, "metropole": 21, "metropole_lyon": 1, "ept": 11}
    assert Epci.objects.get(code="200046977").get_kind_display() == "Métropole de Lyon"
    # Every EPCI has member communes; EPTs are only reached through Commune.ept.
    assert Epci.objects.exclude(kind=Epci.Kind.EPT).filter(communes=None).count() == 0
    assert Epci.objects.filter(kind=Epci.Kind.EPT).filter(ept_communes=None).count() == 0
    assert Commune.objects.filter(epci__kind=Epci.Kind.EPT).count() == 0
    # Every commune outside the collectivités d'outre-mer is in one, but for four islands.
    outside = Commune.objects.filter(epci=None, region__code__regex=r"^\d\d$")
    assert sorted(outside.values_list("insee_code", flat=True)) == ["22016", "29083", "29155", "85113"]
    # The Grand Paris: Paris and its arrondissements in the Métropole, its suburbs in an EPT as well.
    assert set(Commune.objects.filter(parent_id="75056").values_list("epci_id", flat=True)) == {"200054781"}
    saint_denis = Commune.objects.select_related("epci", "ept").get(insee_code="93066")
    assert (saint_denis.epci.code, saint_denis.ept.name) == ("200054781", "Plaine Commune")
    assert Commune.objects.exclude(ept=None).exclude(epci_id="200054781").count() == 0


def test_every_current_commune_has_a_position_in_its_departement():
    placed = Commune.objects.exclude(latitude=None).exclude(longitude=None)
    # Not placed: the collectivités d'outre-mer (no contours in the source) and four communes of the Cantal split
    # back from Neussargues-Moissac (see initiatives/data/cog/SOURCE.md).
    unplaced = Commune.objects.filter(Q(latitude=None) | Q(longitude=None))
    assert sorted(unplaced.filter(region__code__regex=r"^\d\d$").values_list("insee_code", flat=True)) == [
        "15031", "15035", "15047", "15171"
    ]
    assert unplaced.count() == 4 + 94
    by_departement = defaultdict(list)
    for departement, region, latitude, longitude in placed.values_list(
        "departement_id", "region_id", "latitude", "longitude"
    ):
        by_departement[departement, region].append((latitude, longitude))
    assert len(by_departement) == 101
    far = []
    for (departement, region), points in by_departement.items():
        # Metropolitan départements span less than 1.5° from their middle; Guyane's communes are up to 2° away.
        tolerance = 1.5 if region not in {"01", "02", "03", "04", "06"} else 2.5
        middle = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
        far += [(departement, p) for p in points if max(abs(p[0] - middle[0]), abs(p[1] - middle[1])) > tolerance]
        if region not in {"01", "02", "03", "04", "06"}:
            far += [(departement, p) for p in points if not (41.3 < p[0] < 51.2 and -5.2 < p[1] < 9.6)]
    assert far == []
    paris = Commune.objects.get(insee_code="75056")
    assert abs(paris.latitude - 48.857) < 0.02 and abs(paris.longitude - 2.343) < 0.02
    assert FormerCommune.objects.exclude(latitude=None).count() == 2576 - 92


def test_intercommunalities_and_former_communes_are_read_only_in_the_admin(admin_client):
    from django.urls import reverse

    for name, pk in (("epci", "200054781"), ("formercommune", FormerCommune.objects.get(insee_code="02285").pk)):
        assert admin_client.get(reverse(f"wagtailsnippets_initiatives_{name}:list")).status_code == 200
        assert admin_client.get(reverse(f"wagtailsnippets_initiatives_{name}:inspect", args=[pk])).status_code == 200
        # Even a superuser cannot edit them: the next load_cog() would undo the edit.
        assert admin_client.get(reverse(f"wagtailsnippets_initiatives_{name}:edit", args=[pk])).status_code != 200
        assert admin_client.get(reverse(f"wagtailsnippets_initiatives_{name}:add")).status_code != 200
    response = admin_client.get(reverse("wagtailsnippets_initiatives_formercommune:list"), {"q": "Escaufourt"})
    assert "Escaufourt" in response.content.decode()


def test_every_stored_name_key_is_the_key_of_the_name_and_ligatures_spelt_out_find_the_commune():
    """Commune.search_name is place_key(name) for every commune (migration 0017 re-keyed those with œ, æ…), so
    « Voeuil-et-Giget » finds « Vœuil-et-Giget »."""
    mismatched = [(c.name, c.search_name) for c in Commune.objects.all() if c.search_name != place_key(c.name)]
    assert mismatched == []
    with_ligature = Commune.objects.filter(name__regex="[œŒæÆ]")
    assert with_ligature.count() > 50
    spelt = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"})
    lost = [c.name for c in with_ligature if c not in selectors.commune_list_by_name(name=c.name.translate(spelt))]
    assert lost == []
