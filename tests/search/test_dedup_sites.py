"""One project at several places: rows of one source that list a network's antennas become one initiative with a
site per commune. The rule is tested by class over the COG (every commune name, written in the usual ways of
listing an antenna), never on records of an evaluation set."""

from __future__ import annotations

import random

import pytest

from initiatives.models import Commune, Initiative, Site
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup.passes import dedup_pass
from search.dedup.scoring import Profile, name_tokens
from search.dedup.sites import same_project_elsewhere, site_core
from tests.factories import SourceFactory

PROJECT = "Le Relais Mobilité"
SIREN = "732829320"
ANTENNA_TITLES = (  # how federations name one antenna of a project
    "{project} {name}", "{project} – Antenne de {name}", "{project} ({name})", "{project} - site de {name}",
    "{project} (siège)", "{project}", "Antenne {project} {name}",
)


def row(commune: Commune, title: str, *, porteur: str = "Association Relais Mobilité", siren: str = SIREN,
        nic: int = 1, **fields) -> Profile:
    return Profile.build(title=title, porteur=porteur, siret=f"{siren}{nic:05d}" if siren else "",
                         commune=commune.insee_code, commune_name=commune.name, source=1, **fields)


@pytest.fixture(scope="module")
def communes(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return list(Commune.objects.filter(kind=Commune.Kind.COMMUNE).order_by("insee_code"))


@pytest.mark.django_db
def test_the_place_is_set_aside_from_every_commune_name(communes):
    """Whatever the commune's name (hyphens, saints, articles, "-sur-"), an antenna's title loses it entirely."""
    failures = []
    for commune in communes:
        for template in ANTENNA_TITLES:
            title = template.format(project=PROJECT, name=commune.name)
            core = site_core(row(commune, title))
            if core != name_tokens(PROJECT):
                failures.append((commune.insee_code, title, core))
    assert not failures, failures[:20]


@pytest.mark.django_db
def test_antennas_of_one_project_pair_up_across_the_whole_cog(communes):
    rng = random.Random(17)
    sample = rng.sample(communes, 600)
    missed = []
    for left, right in zip(sample[::2], sample[1::2], strict=True):
        a = row(left, rng.choice(ANTENNA_TITLES).format(project=PROJECT, name=left.name), nic=1)
        b = row(right, rng.choice(ANTENNA_TITLES).format(project=PROJECT, name=right.name), nic=2)
        if not same_project_elsewhere(a, b):
            missed.append((a.title_tokens, b.title_tokens))
    assert not missed, missed[:10]


@pytest.mark.django_db
def test_look_alikes_stay_apart(communes):
    rng = random.Random(18)
    for left, right in zip(rng.sample(communes, 200), rng.sample(communes, 200), strict=True):
        if left.pk == right.pk:
            continue
        # The same generic activity run by two porteurs.
        assert not same_project_elsewhere(row(left, f"Épicerie solidaire {left.name}", porteur="CCAS A", siren=""),
                                          row(right, f"Épicerie solidaire {right.name}", porteur="Secours B",
                                              siren=""))
        # Two activities of one porteur.
        assert not same_project_elsewhere(row(left, "Les Potagers de la Cocotte"),
                                          row(right, "La Cantine de la Cocotte"))
        # Different SIRENs, whatever the names say.
        assert not same_project_elsewhere(row(left, PROJECT), row(right, PROJECT, siren="552100554"))
        # One commune twice is a duplicate row, not a second site.
        assert not same_project_elsewhere(row(left, PROJECT, nic=1), row(left, PROJECT, nic=2))
        # Without a porteur, only an identifier the rows share links them, and one word is not a project.
        assert not same_project_elsewhere(row(left, PROJECT, porteur="", siren=""),
                                          row(right, PROJECT, porteur="", siren=""))
        assert same_project_elsewhere(row(left, PROJECT, porteur="", siren="", website="https://relais.fr"),
                                      row(right, PROJECT, porteur="", siren="", website="relais.fr"))
        assert not same_project_elsewhere(row(left, "Relais", porteur="", siren="", website="https://relais.fr"),
                                          row(right, "Relais", porteur="", siren="", website="relais.fr"))


def _store(source, external_id, title, commune: Commune, **fields):
    data = InitiativeData(title=title, commune=commune.insee_code, departement=commune.departement_id,
                          region=commune.region_id, porteur=PorteurData(name="Association Relais Mobilité",
                                                                        siret=f"{SIREN}{int(external_id):05d}"),
                          **fields)
    return initiative_upsert_from_record(source=source, external_id=external_id, raw={"id": external_id},
                                         data=data).initiative


@pytest.mark.django_db
def test_the_pass_makes_one_initiative_with_a_site_per_antenna(communes):
    rng = random.Random(19)
    places = rng.sample([commune for commune in communes if commune.latitude is not None], 12)
    federation, prize = SourceFactory(precedence=20), SourceFactory(precedence=10)
    rows = [_store(federation, str(number), ANTENNA_TITLES[number % len(ANTENNA_TITLES)].format(
        project=PROJECT, name=place.name), place) for number, place in enumerate(places, 1)]
    # A prize list names the project once, at its first antenna; another network runs an antenna in the same town.
    laureate = _store(prize, "1", PROJECT.upper(), places[0])
    other = initiative_upsert_from_record(
        source=federation, external_id="99", raw={"id": "99"},
        data=InitiativeData(title="Garage solidaire Roue Libre", commune=places[1].insee_code,
                            departement=places[1].departement_id, region=places[1].region_id,
                            porteur=PorteurData(name="Roue Libre", siret="55210055400013"))).initiative

    stats = dedup_pass()

    kept = {Initiative.objects.get(pk=initiative.pk).merged_into_id or initiative.pk
            for initiative in [*rows, laureate]}
    assert len(kept) == 1 and stats.merged == len(rows)  # 11 antennas and the laureate joined one
    initiative = Initiative.objects.get(pk=kept.pop())
    sites = list(initiative.sites.order_by("-main", "pk"))
    assert sorted(site.commune_id for site in sites) == sorted(place.insee_code for place in places)
    assert sum(site.main for site in sites) == 1
    main = sites[0]
    assert (initiative.commune_id, initiative.departement_id) == (main.commune_id, main.departement_id)
    assert main.record.source == prize  # the most authoritative source places the initiative
    assert all(site.position == Site.Position.COMMUNE and site.latitude is not None for site in sites)
    assert Initiative.objects.get(pk=other.pk).visibility == Initiative.Visibility.PUBLISHED


@pytest.mark.django_db
def test_porteurs_with_alike_names_are_two_porteurs(communes):
    left, right = communes[100], communes[20000]
    # "Voisineurs" starts with "voisin": alike to a fuzzy measure, yet another association.
    assert not same_project_elsewhere(row(left, "Visites de convivialité — Voisins Solidaires", siren="",
                                          porteur="Association Voisins Solidaires"),
                                      row(right, "Visites de convivialité — Les Voisineurs", siren="",
                                          porteur="Association Les Voisineurs"))
    assert same_project_elsewhere(row(left, "Visites de convivialité — Voisins Solidaires", siren="",
                                      porteur="Association Voisins Solidaires"),
                                  row(right, "Visites de convivialité", siren="",
                                      porteur="association voisins solidaires"))
