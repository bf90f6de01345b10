"""A network's address that a map platform gives on rows without a porteur identifies nothing by itself (ten local
« Repair Café » of a directory share it); once those rows have merged, as the sites of one project, into the
network's initiative, it identifies that initiative, and the pass looks again at what it links (a post about the
network whose only identifier is that address).

Tested by class: random communes of the COG, a network of any size above the busy threshold."""

from __future__ import annotations

import random

import pytest

from initiatives.models import Commune, Initiative, Site
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup.passes import dedup_pass
from search.dedup.scoring import BUSY_IDENTITY
from search.harvest.connectors.base import RawRecord
from search.normalize.normalizer import Normalizer
from tests.factories import SourceFactory

NETWORK = "Les Paniers Voyageurs"
SITE = "https://www.paniers-voyageurs.fr"


@pytest.fixture(scope="module")
def communes(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return list(Commune.objects.filter(kind=Commune.Kind.COMMUNE, latitude__isnull=False).order_by("insee_code"))


def store(source, external_id: str, title: str, commune: Commune | None = None, **fields) -> Initiative:
    place = {"commune": commune.insee_code, "departement": commune.departement_id,
             "region": commune.region_id} if commune else {}
    return initiative_upsert_from_record(source=source, external_id=external_id, raw={"id": external_id},
                                         data=InitiativeData(title=title, **place, **fields)).initiative


def post_linking_to(source, site: str, title: str) -> Initiative:
    """A blog post placed nowhere whose only identifier is the site its text links to."""
    fields = {"title": title, "url": f"https://blog.example.org/2024/{abs(hash(title))}/",
              "description": f'<p>Pour en savoir plus : <a href="{site}">{site}</a></p>'}
    data, _ = Normalizer(source).normalize(RawRecord(external_id=fields["url"], fields=fields, raw=fields))
    return initiative_upsert_from_record(source=source, external_id=fields["url"], raw=fields, data=data).initiative


def kept(initiative: Initiative) -> int:
    return Initiative.objects.get(pk=initiative.pk).merged_into_id or initiative.pk


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [3, 11, 29])
def test_a_post_linking_to_a_network_site_joins_the_network_once_its_map_rows_have_merged(communes, seed):
    rng = random.Random(seed)
    places = rng.sample(communes, BUSY_IDENTITY + 2 + seed % 3)
    federation, map_platform = SourceFactory(precedence=10), SourceFactory(precedence=20)
    blog = SourceFactory(precedence=50, website="https://blog.example.org")
    email = f"bonjour@{SITE.removeprefix('https://www.')}"
    network = [store(federation, str(index), f"{NETWORK} – {place.name}", place, contact_email=email,
                     porteur=PorteurData(name=NETWORK, siret=f"58313843{300011 + 8 * index:06d}"))
               for index, place in enumerate(places)]
    # The map platform lists the same antennas with the network's site and address, and no porteur.
    mapped = [store(map_platform, f"m{index}", f"{NETWORK} {place.name}", place, website=SITE, contact_email=email)
              for index, place in enumerate(places)]
    post = post_linking_to(blog, SITE, f"Sur la route avec {NETWORK.lower()}, l'épicerie qui roule")
    assert post.website.rstrip("/") == SITE and post.commune_id is None

    stats = dedup_pass()

    assert {kept(item) for item in [*network, *mapped, post]} == {kept(network[0])}
    assert stats.merged == len(network) + len(mapped)
    assert sorted(Site.objects.filter(initiative_id=kept(network[0])).values_list("commune_id", flat=True)) == sorted(
        place.insee_code for place in places)


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [5, 17])
def test_a_directory_address_on_independent_rows_still_identifies_nothing(communes, seed):
    """Local « Repair Café » rows of a directory share its address and never merge: the address stays busy, and a
    post linking only to it joins none of them."""
    rng = random.Random(seed)
    places = rng.sample(communes, BUSY_IDENTITY + 3)
    directory, blog = SourceFactory(precedence=20), SourceFactory(precedence=50, website="https://blog.example.org")
    site = "https://www.repaircafe-reseau.org"
    cafes = [store(directory, str(index), f"Repair Café {place.name}", place, website=site)
             for index, place in enumerate(places)]
    post = post_linking_to(blog, site, "Le Repair Café, dix ans de réparations")

    dedup_pass()

    assert len({kept(item) for item in [*cafes, post]}) == len(cafes) + 1
