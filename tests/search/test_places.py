"""Places, tested by class over the whole COG (current communes, arrondissements, communes déléguées and associées),
never on examples taken from an evaluation set: every rule that cleans a written name proves here that it never turns
an official name into no match or into another commune."""

from __future__ import annotations

import random

import pytest

from initiatives.models import Commune, Departement, FormerCommune
from search.normalize.place_in_text import firmest, mentions
from search.normalize.places import name_key
from search.normalize.report import NormalizationReport

pytestmark = pytest.mark.django_db


def resolve(resolver, text: str = "", **fields):
    return resolver.resolve(fields, NormalizationReport(), text=text)


def all_places(index):
    return [place for places in index.by_key.values() for place in places]


def test_the_index_holds_every_name_of_the_cog(index):
    places = all_places(index)
    kinds = {kind: sum(place.kind == kind for place in places) for kind in ("commune", "arrondissement", "deleguee",
                                                                          "associee")}
    assert kinds["commune"] == Commune.objects.filter(kind=Commune.Kind.COMMUNE).count() > 34_000
    assert kinds["arrondissement"] == 45
    assert kinds["deleguee"] + kinds["associee"] == FormerCommune.objects.count() > 2_000
    assert len(places) > 37_000


def test_every_official_name_resolves_to_exactly_the_places_bearing_it(index):
    """The exact key is tried first, so no cleaning rule ever applies to an official name."""
    wrong = []
    for place in all_places(index):
        found = index.named(place.name)
        if place not in found or {item.key for item in found} != {place.key}:
            wrong.append((place.name, place.insee_code))
    assert wrong == [], wrong[:20]


def test_decorations_people_add_are_removed_without_changing_the_commune(index):
    """Every COG name written with a trailing country, its département or région, or its article moved to the end,
    resolves to its own commune (or a place of the same name and territory), unless the decorated form is itself an
    official name (then that one wins, as it should)."""
    wrong = []
    for place in all_places(index):
        departement_name, region_code = index.departements[place.departement]
        decorated = [f"{place.name}, France", f"{place.name} {departement_name}", f"{place.name} {index.regions[region_code]}"]
        words = place.key.split()
        if words[0] in ("le", "la", "les", "l") and len(words) > 1:
            decorated += [f"{' '.join(words[1:])} ({words[0]})", f"{' '.join(words[1:])} {words[0]}"]
        for written in decorated:
            if name_key(written) in index.by_key:
                continue
            found = index.named(written)
            if not found or any(item.key != place.key for item in found):
                wrong.append(written)
            elif written != f"{place.name}, France" and any(item.departement != place.departement for item in found) \
                    and written.endswith(departement_name):
                wrong.append(written)
    assert wrong == [], wrong[:20]


def test_abbreviated_saints_resolve_like_the_full_name(index):
    wrong = []
    for place in all_places(index):
        for full, short in (("Saint-", "St-"), ("Sainte-", "Ste-"), ("Saints-", "Sts-")):
            if place.name.startswith(full):
                written = short + place.name[len(full):]
                if place not in index.named(written):
                    wrong.append(written)
    assert wrong == [], wrong[:20]


def test_a_name_written_without_its_qualifier_resolves_in_its_departement(resolver, index):
    """"Châlons" for Châlons-en-Champagne: when the short form is no commune of the département and only one commune
    of the département starts with it followed by a linking word."""
    checked, wrong = 0, []
    for departement, places in index.by_departement.items():
        currents = [place for place in places if place.kind == "commune"]
        keys = {place.key for place in places}
        for place in currents:
            words = place.key.split()
            if len(words) < 3 or words[1] not in ("sur", "en", "sous", "les", "de", "d", "la", "le"):
                continue
            short = words[0]
            rivals = {other.commune for other in places if other.key.startswith(short + " ")}
            if short in keys or len(rivals) != 1 or short in ("saint", "sainte", "le", "la", "les"):
                continue
            checked += 1
            territory = resolve(resolver, city=short.capitalize(), departement=departement)
            if territory.commune != place.commune:
                wrong.append((short, departement, territory.commune, territory.reason))
    assert checked > 300
    assert wrong == [], wrong[:20]


def test_arrondissements_place_the_initiative_in_their_commune_and_stay_as_a_detail(resolver):
    arrondissements = Commune.objects.filter(kind=Commune.Kind.ARRONDISSEMENT).select_related("parent")
    assert arrondissements.count() == 45
    for arrondissement in arrondissements:
        by_code = resolve(resolver, insee_code=arrondissement.insee_code)
        assert (by_code.commune, by_code.arrondissement) == (arrondissement.parent_id, arrondissement.insee_code)
        by_name = resolve(resolver, city=arrondissement.name)
        assert (by_name.commune, by_name.arrondissement) == (arrondissement.parent_id, arrondissement.insee_code)
    city = resolve(resolver, city="Lyon", postcode="69003")
    assert (city.commune, city.arrondissement) == ("69123", "69383")
    assert resolve(resolver, insee_code="75056").commune == "75056"


def test_former_communes_resolve_to_the_commune_they_joined_and_keep_their_name(resolver, index):
    """Written with its département, a commune déléguée or associée is placed in its commune nouvelle, unless a
    current commune of the département bears the same name (then the current one is meant)."""
    wrong = []
    formers = FormerCommune.objects.select_related("commune").order_by("pk")
    for former in formers:
        current_namesakes = [place for place in index.by_key.get(name_key(former.name), [])
                             if place.kind == "commune" and place.departement == former.departement_id]
        territory = resolve(resolver, city=former.name, departement=former.departement_id)
        expected = current_namesakes[0].commune if len(current_namesakes) == 1 else former.commune_id
        if len(current_namesakes) > 1:
            continue
        if territory.commune not in (expected, None):
            wrong.append((former.name, former.departement_id, territory.commune, expected))
        if territory.commune == former.commune_id and name_key(former.name) != name_key(former.commune.name):
            assert territory.written_name == former.name
    assert wrong == [], wrong[:20]
    unresolved = [former.insee_code for former in formers if former.insee_code not in index.by_code
                  and resolve(resolver, insee_code=former.insee_code).commune != former.commune_id]
    assert unresolved == []


def test_a_commune_named_only_in_the_text_is_found_and_streets_or_quarters_are_not(resolver, index):
    rng = random.Random(2026)
    unique = [places[0] for key, places in index.by_key.items()
              if len(places) == 1 and places[0].kind == "commune" and "-" in places[0].name]
    sample = rng.sample(unique, 300)
    for place in sample:
        text = f"L'association est installée à {place.name} depuis 2015 et accueille tout le monde."
        assert resolve(resolver, text=text).commune == place.commune, place.name
        assert resolve(resolver, text=f"Permanence chaque mardi rue {place.name}.").level == "none", place.name
        other = sample[(sample.index(place) + 1) % len(sample)]
        text = f"Ouverte dans le quartier de {place.name} à {other.name}, la boutique vend des produits locaux."
        assert resolve(resolver, text=text).commune == other.commune, (place.name, other.name)


def test_one_word_names_need_a_firm_introduction(index):
    """"Grand", "Plan", "Jardin" are communes and common words: only « à X » or « commune de X » makes them places."""
    single = [place for places in index.by_key.values() for place in places
              if place.kind == "commune" and " " not in place.key and "-" not in place.name][:500]
    for place in single:
        assert firmest(mentions(f"{place.name} et solidarité : un projet de quartier.", index)) == []
        assert place in firmest(mentions(f"Le projet est né à {place.name} en 2019.", index))


def test_coordinates_alone_place_the_departement_and_the_commune_at_its_centre(resolver):
    communes = Commune.objects.filter(kind=Commune.Kind.COMMUNE, latitude__isnull=False)
    assert communes.count() > 34_000
    rng = random.Random(7)
    wrong_commune, wrong_departement, sample = [], [], rng.sample(list(communes), 2000)
    for commune in sample:
        at_centre = resolver.resolve({}, NormalizationReport(), coordinates=(commune.latitude, commune.longitude))
        if at_centre.commune != commune.insee_code:
            wrong_commune.append(commune.insee_code)
        if at_centre.departement != commune.departement_id:
            wrong_departement.append(commune.insee_code)
    assert len(wrong_commune) <= 0.01 * len(sample)
    assert len(wrong_departement) <= 0.005 * len(sample)


def test_a_written_place_wins_over_far_coordinates_and_says_why(resolver):
    lille = Commune.objects.get(insee_code="59350")
    marseille = resolver.resolve({"city": "Marseille", "postcode": "13001"}, report := NormalizationReport(),
                                 coordinates=(lille.latitude, lille.longitude))
    assert marseille.commune == "13055" and any("siège" in warning for warning in report.warnings)
    assert marseille.coordinates_elsewhere  # they do not position the site (the normaliser drops them)
    near = resolver.resolve({"city": "Lille"}, NormalizationReport(), coordinates=(lille.latitude, lille.longitude))
    assert near.commune == "59350" and not near.coordinates_elsewhere
    assert Departement.objects.filter(code="59").exists()


def test_a_typo_in_a_name_resolves_among_its_postcodes_communes_and_never_elsewhere(resolver, index):
    """Two letters swapped in every commune name (five letters or more), written with one of its postcodes: the
    commune is found, or left unresolved when another commune of that postcode is as close; never another one."""
    wrong, found, tried = [], 0, 0
    for postcode, places in index.by_postcode.items():
        for place in places:
            if place.kind != "commune" or len(place.name) < 7 or not place.name.isascii():
                continue
            middle = len(place.name) // 2
            typo = place.name[:middle - 1] + place.name[middle] + place.name[middle - 1] + place.name[middle + 1:]
            if name_key(typo) in index.by_key or name_key(typo) == place.key:
                continue
            tried += 1
            territory = resolve(resolver, city=typo, postcode=postcode)
            if territory.commune == place.commune:
                found += 1
            elif territory.commune is not None:
                wrong.append((typo, postcode, territory.commune))
    assert tried > 10_000
    assert wrong == [], wrong[:20]
    assert found >= 0.95 * tried


def test_the_first_of_two_joined_names_resolves_with_a_postcode(resolver, index):
    """"Charleville" 08000 for Charleville-Mézières: communes joined from two keep being called by the first, and a
    postcode narrows it to the one commune it serves that starts with it (unless the first name is a commune the
    postcode serves, or several served communes start with it)."""
    checked, wrong = 0, []
    for postcode, served in index.by_postcode.items():
        for place in served:
            words = place.key.split()
            if place.kind != "commune" or len(words) != 2 or len(words[0]) < 3 or words[0] in ("saint", "sainte", "saints", "saintes", "les"):
                continue
            rivals = {other.commune for other in served if other.key.startswith(words[0] + " ")}
            if any(other.key == words[0] for other in served) or rivals != {place.commune}:
                continue
            checked += 1
            territory = resolve(resolver, city=words[0].upper(), postcode=postcode)
            if territory.commune != place.commune:
                wrong.append((words[0], postcode, territory.commune, territory.reason))
    assert checked > 500
    assert wrong == [], wrong[:20]


def test_a_former_region_after_the_name_is_a_decoration(resolver, index):
    """"Colmar (Alsace)": the régions before 2016 are still written after a commune; they narrow to the current
    région that holds them. Checked for every former région over the communes of that région whose name is unique
    in it."""
    from search.normalize.places import FORMER_REGIONS

    checked, wrong = 0, []
    for former, region in FORMER_REGIONS.items():
        places = [place for place in all_places(index) if place.kind == "commune" and place.region == region]
        names: dict[str, list] = {}
        for place in places:
            names.setdefault(place.key, []).append(place)
        for place in random.Random(former).sample(places, 40):
            if len(names[place.key]) != 1 or len(index.by_key[place.key]) == 1:
                continue  # a name unique in France resolves anyway: the decoration must narrow a homonym
            for written in (f"{place.name} ({former})", f"{place.name}, {former}"):
                checked += 1
                territory = resolve(resolver, city=written)
                if territory.commune != place.commune:
                    wrong.append((written, territory.commune, territory.reason))
    assert checked > 50
    assert wrong == [], wrong[:20]


def test_names_with_their_ligatures_spelt_out_resolve_like_the_official_name(index):
    """« Voeuil-et-Giget » for « Vœuil-et-Giget », « Oeting » for « Œting »: the key spelt the ligature as nothing."""
    spelt = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"})
    written = [place for place in all_places(index) if place.name != place.name.translate(spelt)]
    assert len(written) > 50  # the COG's current and former communes with œ or æ
    wrong = [place.name for place in written if place not in index.named(place.name.translate(spelt))]
    assert wrong == [], wrong[:20]
