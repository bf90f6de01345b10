"""Sites (implantations) derived from an initiative's records, and an initiative counted in each site's territory."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from initiatives.models import Commune, Departement, Initiative, Site
from initiatives.services import InitiativeData, initiative_rebuild, initiative_upsert_from_record
from initiatives.sites import main_record_index, sites_from_records
from search.params import SearchParams
from search.query import compute_facets, matching
from tests.factories import SourceFactory

PLACE = {"commune": None, "arrondissement": None, "commune_written": "", "departement": None, "region": None,
         "address": "", "latitude": None, "longitude": None}


def placed(**values) -> SimpleNamespace:
    return SimpleNamespace(**{**PLACE, **values})


def test_one_site_per_commune_the_most_precise_place_first():
    records = [
        (1, placed(departement="13", region="93")),  # the most authoritative source knows only the département
        (2, placed(commune="13055", arrondissement="13201", departement="13", region="93")),
        (3, placed(commune="13055", arrondissement="13214", departement="13", region="93", latitude=43.3,
                   longitude=5.4, address="1 rue X")),  # Marseille again: one site, completed by the position
        (4, placed(commune="69123", departement="69", region="84")),
        (5, placed(departement="33", region="75")),  # a département with no commune site: a site of its own
        (6, placed(region="84")),  # a région already covered
        (7, placed()),  # no place: no site
    ]
    sites = sites_from_records(records)
    assert [site.key for site in sites] == ["13055", "69123", "d:33"]
    marseille = sites[0]
    assert (marseille.record_id, marseille.arrondissement, marseille.latitude, marseille.address) == (
        2, "13201", 43.3, "1 rue X")
    assert main_record_index(records) == 1 and sites[0].record_id == records[1][0]


@pytest.mark.django_db
def test_rebuild_writes_sites_and_the_initiative_takes_its_main_sites_place():
    lyon, marseille = Commune.objects.get(insee_code="69123"), Commune.objects.get(insee_code="13055")
    first, second = SourceFactory(precedence=10), SourceFactory(precedence=20)
    initiative = initiative_upsert_from_record(
        source=second, external_id="a", raw={"id": "a"},
        data=InitiativeData(title="Réseau", commune="13055", departement="13", region="93", address="2 bd Y",
                            latitude=43.29, longitude=5.38)).initiative
    initiative_upsert_from_record(source=first, external_id="b", raw={"id": "b"}, initiative=initiative,
                                  data=InitiativeData(title="Réseau", commune="69123", departement="69", region="84"))
    initiative = initiative_rebuild(initiative=Initiative.objects.get(pk=initiative.pk))
    # Lyon's record has precedence: the whole place is Lyon's, never Lyon with Marseille's address.
    assert (initiative.commune_id, initiative.departement_id, initiative.address, initiative.latitude) == (
        "69123", "69", "", None)
    sites = {site.commune_id: site for site in initiative.sites.all()}
    assert sites["69123"].main and not sites["13055"].main
    assert (sites["69123"].position, sites["69123"].latitude) == (Site.Position.COMMUNE, lyon.latitude)
    assert (sites["13055"].position, sites["13055"].latitude) == (Site.Position.ADDRESS, 43.29)
    assert marseille.latitude is not None

    # Rebuilding unchanged records rewrites no site (no change logged for the facet index).
    ids = sorted(initiative.sites.values_list("pk", flat=True))
    initiative_rebuild(initiative=initiative)
    assert sorted(initiative.sites.values_list("pk", flat=True)) == ids


@pytest.mark.django_db
def test_an_initiative_counts_in_every_territory_where_it_has_a_site(client):
    source = SourceFactory()
    initiative = initiative_upsert_from_record(
        source=source, external_id="1", raw={"id": 1},
        data=InitiativeData(title="Réseau d’épiceries", commune="69123", departement="69", region="84")).initiative
    initiative_upsert_from_record(source=source, external_id="2", raw={"id": 2}, initiative=initiative,
                                  data=InitiativeData(title="Réseau d’épiceries", commune="33063",
                                                      departement="33", region="75"))
    initiative_rebuild(initiative=Initiative.objects.get(pk=initiative.pk))
    # The facet index reads the sites from the change log before every search, as in production.
    for filters in ({"departement": ["69"]}, {"departement": ["33"]}, {"region": ["75"]}):
        assert list(matching(SearchParams(**filters)).values_list("pk", flat=True)) == [initiative.pk], filters
    assert not matching(SearchParams(departement=["13"])).exists()
    counts = {item.value: item.count for item in compute_facets(SearchParams())["departement"]}
    assert counts.get("69") == 1 and counts.get("33") == 1
    page = client.get(Departement.objects.get(code="33").get_absolute_url())
    assert page.status_code == 200 and "Réseau d’épiceries" in page.content.decode()


def _network(communes: list[str]) -> Initiative:
    """One initiative listed by a federation once per antenna (already grouped), with a street address at the
    first antenna only."""
    source = SourceFactory()
    initiative = None
    for number, code in enumerate(communes, 1):
        commune = Commune.objects.get(insee_code=code)
        address = {"address": "3 rue de la Gare", "latitude": 45.1, "longitude": 4.2} if number == 1 else {}
        result = initiative_upsert_from_record(
            source=source, external_id=str(number), raw={"id": number}, initiative=initiative,
            data=InitiativeData(title="Mobilité solidaire", commune=code, departement=commune.departement_id,
                                region=commune.region_id, **address))
        initiative = result.initiative
    return initiative_rebuild(initiative=Initiative.objects.get(pk=initiative.pk))


@pytest.mark.django_db
def test_the_initiative_page_lists_and_maps_its_sites(client):
    initiative = _network(["63113", "03185", "15014"])  # Clermont-Ferrand, Montluçon, Aurillac
    html = client.get(initiative.get_absolute_url()).content.decode()
    assert "Présente dans 3 communes" in html and "3 implantations" in html
    for name in ("Clermont-Ferrand", "Montluçon", "Aurillac", "3 rue de la Gare"):
        assert name in html
    # The platform that lists the network once per antenna appears once among the sources, with its count.
    sources = html.split('id="sources-titre"')[1].split("</table>")[0]
    assert sources.count("<tr>") == 2 and "(3 fiches)" in sources  # header row and one source
    # The map fills the three départements, each linking to its page.
    for code in ("63", "03", "15"):
        departement = Departement.objects.get(code=code)
        assert f'data-code="{code}"' in html and departement.get_absolute_url() in html
    sites_section = html.split('id="implantations-titre"')[1]
    assert sites_section.count('class="carrefour-map__area"') == 3  # the other départements are drawn, not linked
    single = _network(["75056"])
    assert "implantations-titre" not in client.get(single.get_absolute_url()).content.decode()


def _streamed(client, url: str):
    return json.loads(b"".join(client.get(url).streaming_content))


@pytest.mark.django_db
def test_exports_list_every_site_and_geojson_draws_one_point_per_site(client):
    initiative = _network(["63113", "03185"])
    collection = _streamed(client, "/api/export/geojson/")
    features = [feature for feature in collection["features"] if feature["properties"]["titre"] == initiative.title]
    assert [feature["properties"]["code_commune"] for feature in features] == ["63113", "03185"]
    address, centre = features
    assert address["id"] == initiative.pk and address["properties"]["position"] == "adresse"
    assert address["geometry"]["coordinates"] == [4.2, 45.1]
    montlucon = Commune.objects.get(insee_code="03185")
    assert centre["properties"]["position"] == "commune" and centre["id"] == f"{initiative.pk}-2"
    assert centre["geometry"]["coordinates"] == [round(montlucon.longitude, 6), round(montlucon.latitude, 6)]
    rows = _streamed(client, "/api/export/json/")
    row = next(row for row in rows if row["id"] == initiative.pk)
    assert row["implantations"] == ["Clermont-Ferrand (63113)", "Montluçon (03185)"] and "_sites" not in row
    assert "Clermont-Ferrand (63113) | Montluçon (03185)" in b"".join(
        client.get("/api/export/csv/").streaming_content).decode()
