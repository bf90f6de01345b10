"""A network's address that a map platform gives on rows without a porteur identifies nothing by itself (ten local
« Repair Café » of a directory share it); once those rows have merged, as the sites of one project, into the
network's initiative, it identifies that initiative, and the pass looks again at what it links (a post about the
network whose only identifier is that address).

Tested by class: random communes of the COG, a network of any size above the busy threshold."""

from __future__ import annotations

import random

import pytest
from django.utils.text import slugify

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
    fields = {"title": title, "url": f"https://blog.example.org/2024/{slugify(title)}/",
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


def network_listed_twice(communes, seed: int):
    """A federation's rows (porteur, network e-mail) and a map platform's porteur-less rows (site, e-mail)."""
    rng = random.Random(seed)
    places = rng.sample(communes, BUSY_IDENTITY + 2)
    federation, map_platform = SourceFactory(precedence=10), SourceFactory(precedence=20)
    email = f"bonjour@{SITE.removeprefix('https://www.')}"
    network = [store(federation, str(index), f"{NETWORK} – {place.name}", place, contact_email=email,
                     porteur=PorteurData(name=NETWORK, siret=f"58313843{300011 + 8 * index:06d}"))
               for index, place in enumerate(places)]
    for index, place in enumerate(places):
        store(map_platform, f"m{index}", f"{NETWORK} {place.name}", place, website=SITE, contact_email=email)
    return network, email


@pytest.mark.django_db
def test_posts_of_other_blogs_join_too_and_a_later_pass_needs_no_second_look(communes):
    """A source where the site is not busy (a blog, two posts of two blogs) does not keep it busy. (Two posts of
    one blog, both placed nowhere, are two records of one source at one place: the pass never makes them one.)"""
    network, _ = network_listed_twice(communes, 3)
    posts = [post_linking_to(SourceFactory(precedence=50 + number, website=f"https://blog-{number}.example.org"),
                             SITE, title) for number, title in enumerate((
        f"Sur la route avec {NETWORK.lower()}, l'épicerie qui roule", f"{NETWORK} : le bilan de l'année"))]
    assert dedup_pass().rescored > 0
    assert {kept(post) for post in posts} == {kept(network[0])}
    # Merged, the map platform's rows are one initiative: the site is not busy when the next pass loads them, so a
    # new post joins through the first look, and nothing is looked at twice.
    later = post_linking_to(SourceFactory(precedence=60, website="https://blog-3.example.org"), SITE,
                            f"{NETWORK} ouvre une nouvelle tournée")
    said = []
    stats = dedup_pass(progress=said.append)
    assert kept(later) == kept(network[0]) and stats.rescored == 0
    assert not [message for message in said if "nouvel examen" in message]


@pytest.mark.django_db
def test_a_busy_email_stays_busy_another_activity_of_the_organisation_stays_apart(communes):
    """Review: an e-mail (or a SIREN) names an organisation, which runs other activities; only sites are freed."""
    network, email = network_listed_twice(communes, 11)
    other = SourceFactory(precedence=30)
    shop = store(other, "e1", f"Épicerie solidaire {NETWORK}", None, contact_email=email)
    dedup_pass()
    assert kept(shop) == shop.pk != kept(network[0])
