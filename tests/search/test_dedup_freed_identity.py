"""A network's address that a map platform gives on rows without a porteur identifies nothing by itself (ten local
« Repair Café » of a directory share it); once those rows have merged, as the sites of one project, into the
network's initiative, it identifies that initiative, and the pass looks again at what it links (a post about the
network whose only identifier is that address).

Tested by class: random communes of the COG, a network of any size above the busy threshold."""

from __future__ import annotations

import random

import pytest
from django.utils.text import slugify

from initiatives.merging import initiative_merge
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
def test_posts_of_other_blogs_join_too_and_so_does_a_post_of_a_later_harvest(communes):
    """A source where the site is not busy (a blog, two posts of two blogs) does not keep it busy. (Two posts of
    one blog, both placed nowhere, are two records of one source at one place: the pass never makes them one.)"""
    network, _ = network_listed_twice(communes, 3)
    posts = [post_linking_to(SourceFactory(precedence=50 + number, website=f"https://blog-{number}.example.org"),
                             SITE, title) for number, title in enumerate((
        f"Sur la route avec {NETWORK.lower()}, l'épicerie qui roule", f"{NETWORK} : le bilan de l'année"))]
    assert dedup_pass().rescored > 0
    assert {kept(post) for post in posts} == {kept(network[0])}
    # The next pass counts the map platform's records again (busy), and frees the site again: a new post joins.
    later = post_linking_to(SourceFactory(precedence=60, website="https://blog-3.example.org"), SITE,
                            f"{NETWORK} ouvre une nouvelle tournée")
    dedup_pass()
    assert kept(later) == kept(network[0])


@pytest.mark.django_db
def test_a_busy_email_stays_busy_another_activity_of_the_organisation_stays_apart(communes):
    """Review: an e-mail (or a SIREN) names an organisation, which runs other activities; only sites are freed."""
    network, email = network_listed_twice(communes, 11)
    other = SourceFactory(precedence=30)
    shop = store(other, "e1", f"Épicerie solidaire {NETWORK}", None, contact_email=email)
    dedup_pass()
    dedup_pass()  # and on the next pass too (review: counted in initiatives, the e-mail stopped being busy)
    assert kept(shop) == shop.pk != kept(network[0])


@pytest.mark.django_db
def test_a_directory_address_stays_busy_after_an_editor_joins_two_of_its_rows(communes):
    """Review: four independent « Repair Café » of a directory; an editor joins two (the same café listed twice).
    The address still identifies nothing: the others stay apart, and so does a post linking to the directory."""
    rng = random.Random(23)
    places = rng.sample(communes, BUSY_IDENTITY + 1)
    directory = SourceFactory(precedence=20)
    site = "https://www.repaircafe-reseau.org"
    cafes = [store(directory, str(index), f"Repair Café {place.name}", place, website=site)
             for index, place in enumerate(places)]
    initiative_merge(keep=cafes[0], other=cafes[1])
    post = post_linking_to(SourceFactory(precedence=50), site, "Le Repair Café, dix ans de réparations")
    dedup_pass()
    dedup_pass()
    assert len({kept(item) for item in [*cafes, post]}) == len(cafes)  # the editor's one merge, nothing more


@pytest.mark.django_db
def test_directory_rows_that_met_through_a_third_record_do_not_free_the_address(communes):
    """Rows without a porteur that ended in one initiative (through a record of another source carrying the
    directory's address) are no organisation's sites: the address stays busy for everything else."""
    rng = random.Random(31)
    places = rng.sample(communes, BUSY_IDENTITY + 2)
    directory, other = SourceFactory(precedence=20), SourceFactory(precedence=30)
    site = "https://www.repaircafe-reseau.org"
    for index, place in enumerate(places):  # a directory's rows, titled alike, the place in its own column
        store(directory, str(index), "Repair Café", place, website=site)
    store(other, "x", "Repair Café", None, website=site)
    post = post_linking_to(SourceFactory(precedence=50), site, "Le Repair Café, dix ans de réparations")
    said = []
    dedup_pass(progress=said.append)
    assert not [message for message in said if "nouvel examen" in message]
    assert kept(post) == post.pk


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [7, 23])
def test_a_directory_address_is_no_evidence_that_two_alike_rows_are_one(communes, seed):
    """Review: the directory's rows, titled alike, and another source's row of that title carrying the directory's
    address and no place all met in one initiative: the score counted the busy address as « même site ». A busy
    site confirms nothing, so nothing here is one initiative (editors may still be asked)."""
    rng = random.Random(seed)
    places = rng.sample(communes, BUSY_IDENTITY + 1 + seed % 3)
    directory, other = SourceFactory(precedence=20), SourceFactory(precedence=30)
    site = "https://www.repaircafe-reseau.org"
    cafes = [store(directory, str(index), "Repair Café", place, website=site) for index, place in enumerate(places)]
    listed = store(other, "x", "Repair Café", None, website=site)

    stats = dedup_pass()

    assert stats.merged == 0
    assert len({kept(item) for item in [*cafes, listed]}) == len(cafes) + 1
