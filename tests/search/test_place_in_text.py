"""A commune named only in a record's text, by class over the whole COG: homonyms told apart by the département
written beside them or elsewhere in the text, articles contracted into « au » / « aux », a département that is also a
commune's name elsewhere, a head office beside the place where the initiative acts."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from search.normalize.place_in_text import firmest, mentions
from search.normalize.report import NormalizationReport

pytestmark = pytest.mark.django_db


def resolve(resolver, text: str):
    return resolver.resolve({}, NormalizationReport(), text=text)


def homonyms(index) -> list[list]:
    """Names borne by current communes of several départements ("Mauriac", "Montreuil", "Saint-Paul")."""
    found = []
    for places in index.by_key.values():
        communes = [place for place in places if place.kind == "commune"]
        by_departement = defaultdict(list)
        for place in communes:
            by_departement[place.departement].append(place)
        if len(by_departement) > 1 and all(len(group) == 1 for group in by_departement.values()):
            found.append(communes)
    return found


def test_a_departement_beside_a_name_picks_the_homonym(resolver, index):
    names = homonyms(index)
    assert len(names) > 500
    for communes in names:
        for place in communes:
            code = place.departement
            assert resolve(resolver, f"Une boutique ouverte à {place.name} ({code}) en 2020.").commune == place.commune
            departement = index.departements[code][0]
            # After a weak cue, even for a one-word name: the brackets make it a place.
            text = f"Un bus numérique part chaque semaine de {place.name} ({departement}) vers les villages."
            assert resolve(resolver, text).commune == place.commune, (place.name, departement)
            # Not a park, a street or a building named after it.
            text = f"Un jardin partagé près du parc de {place.name} ({code}), à Trifouillis-les-Oies."
            assert resolve(resolver, text).commune is None, place.name


def test_a_departement_named_elsewhere_in_the_text_picks_the_homonym(resolver, index):
    rng = random.Random(2026)
    for communes in rng.sample(homonyms(index), 400):
        place = rng.choice(communes)
        departement = index.departements[place.departement][0]
        text = f"Installée dans le centre-bourg de {place.name}, en {departement}, la menuiserie prête ses outils."
        assert resolve(resolver, text).commune == place.commune, (place.name, departement)
        # Without the département, the name stays ambiguous: never a guess.
        assert resolve(resolver, f"Installée dans le centre-bourg de {place.name}.").commune is None


def test_articles_contracted_into_au_and_aux(resolver, index):
    checked = 0
    for key, places in index.by_key.items():
        if len(places) != 1 or places[0].kind != "commune":
            continue
        place = places[0]
        for article, contracted in (("Le ", "au"), ("Les ", "aux")):
            rest = place.name.removeprefix(article)
            if rest != place.name and rest[:1].isupper() and not index.by_key.get(key.split(" ", 1)[1]):
                text = f"Installée boulevard de Strasbourg, {contracted} {rest}, la conserverie transforme les invendus."
                assert resolve(resolver, text).commune == place.commune, place.name
                checked += 1
    assert checked > 300


def test_a_departement_with_its_article_is_never_read_as_a_commune_of_another_departement(index):
    checked = 0
    for key, code in index.departement_keys.items():
        # Written with its article (« à La Réunion »); « à Allier » names the commune of the Hautes-Pyrénées.
        if key.startswith(("le ", "la ", "les ", "l ")) and any(
                place.departement != code for place in index.by_key.get(key, [])):
            found = firmest(mentions(f"Des bals et des ateliers à {index.departements[code][0]}.", index))
            assert all(place.departement == code for place in found), found  # Saint-Barthélemy is both
            checked += 1
    assert checked >= 1  # La Réunion (Lot-et-Garonne), Vienne (Isère)…


def test_a_head_office_does_not_outweigh_where_the_initiative_acts(resolver, index):
    rng = random.Random(7)
    unique = [places[0] for places in index.by_key.values() if len(places) == 1 and places[0].kind == "commune"]
    for _ in range(300):
        office, place = rng.sample(unique, 2)
        text = f"L'association, dont le siège est à {office.name}, a ouvert son premier atelier à {place.name}."
        assert resolve(resolver, text).commune == place.commune, (office.name, place.name)


def test_depuis_introduces_a_place_firmly(index):
    single = [place for places in index.by_key.values() for place in places
              if place.kind == "commune" and len(places) == 1 and " " not in place.key and "-" not in place.name]
    for place in random.Random(3).sample(single, 300):
        assert firmest(mentions(f"Depuis {place.name}, des chauffeurs bénévoles sillonnent les villages.", index)) \
            == [place]


def test_a_firmly_named_commune_stays_when_the_text_names_another_departement(resolver, index):
    """« installée à Brest … à Lorient, dans le Morbihan »: the département picks among homonyms only."""
    rng = random.Random(11)
    unique = [places[0] for places in index.by_key.values() if len(places) == 1 and places[0].kind == "commune"
              and "-" in places[0].name]
    sample = rng.sample(unique, 200)
    for place, elsewhere in zip(sample, sample[1:], strict=False):
        if elsewhere.departement == place.departement:
            continue
        departement = index.departements[elsewhere.departement][0]
        text = (f"L'épicerie, installée à {place.name}, livre aussi des paniers à {elsewhere.name}, "
                f"en {departement}, 12 rue du Gard.")
        assert resolve(resolver, text).commune == place.commune, (place.name, elsewhere.name)


@pytest.mark.parametrize("text", [
    "Un salon se tient au Palais des Congrès de Lyon.",
    "Au Quartier Libre, on répare des vélos.",
    "Ouverte depuis Avril 2021, la recyclerie récupère des objets.",
    "Installée depuis Mars 2019, l'épicerie accueille tout le monde.",
])
def test_venues_read_through_au_and_months_after_depuis_are_no_communes(index, text):
    assert [place.name for place in firmest(mentions(text, index))] in ([], ["Lyon"])


def test_the_usual_head_office_wordings_do_not_outweigh_where_the_initiative_acts(resolver, index):
    rng = random.Random(5)
    unique = [places[0] for places in index.by_key.values() if len(places) == 1 and places[0].kind == "commune"]
    for wording in ("dont le siège est situé à", "dont le siège social est installé à", "siège social à"):
        for _ in range(50):
            office, place = rng.sample(unique, 2)
            text = f"L'association, {wording} {office.name}, a ouvert son premier atelier à {place.name}."
            assert resolve(resolver, text).commune == place.commune, (wording, office.name, place.name)
