"""An initiative named after the organisation that runs it, and the records about that organisation: a network's
site shared by its antennas, a blog post that only links to it, a volunteering mission signed with its name.

Each rule is tested by class (every département of the COG, name shapes of missions and posts), never on records of
an evaluation set."""

from __future__ import annotations

import pytest

from initiatives.models import Commune, Departement, Initiative, Site
from initiatives.services import InitiativeData, PorteurData, initiative_upsert_from_record
from search.dedup.passes import busy_identities, dedup_pass
from search.dedup.scoring import (
    MERGE_THRESHOLD,
    REVIEW_THRESHOLD,
    Profile,
    name_tokens,
    named_after_porteur,
    score_pair,
    title_acronyms,
)
from search.dedup.sites import one_project, same_project_elsewhere, site_core
from search.harvest.connectors.base import RawRecord
from search.normalize.contacts import website_in_text
from search.normalize.normalizer import Normalizer
from tests.factories import SourceFactory

ORGANISATION = "Mobil'Avenir"
PORTEUR = "Mobil'Avenir France"
SITE = "https://www.mobil-avenir.org"
MISSION_TITLES = (  # how volunteering platforms and blogs sign a record with the organisation's name
    "Chauffeur bénévole (transport vers l'emploi) — {name}", "Aide aux devoirs (CP-CM2) - {name}",
    "{name} recherche des bénévoles (lecture)", "Dix ans de {name} : « sans permis, pas d'emploi »",
    "Accompagner des seniors sur smartphone — {name}", "Portrait : {name}, l'association qui roule",
)


# --- a site named only in the text -------------------------------------------------------------------
def test_the_only_site_a_text_links_to_is_its_website():
    html = f'<p>Le réseau fête ses dix ans.</p><p>Pour en savoir plus : <a href="{SITE}">{SITE}</a></p>'
    assert website_in_text([html]) == f"{SITE}/"
    # A bare address, without the full stop: the site, not the page (a page a post links to names no initiative).
    assert website_in_text([f"Voir {SITE}/agenda/2021."]) == f"{SITE}/"
    # An image is no link; a summary that is not text (a platform's list or number) is skipped, never a crash.
    assert website_in_text([f'<img src="https://i0.wp.com/photo.jpg"> <a href="{SITE}">site</a>']) == f"{SITE}/"
    assert website_in_text([{"fr": "Voir"}, 42, None, f"<p>{SITE}</p>"]) == f"{SITE}/"


def test_no_website_from_a_text_that_links_to_several_sites_or_only_to_shared_hosts():
    two = f'<a href="{SITE}">a</a> et <a href="https://partenaire.fr">b</a>'
    assert website_in_text([two]) == ""
    shared = ('<a href="https://www.facebook.com/mobilavenir">fb</a> <a href="https://www.helloasso.com/x">don</a> '
              '<a href="https://fr.wikipedia.org/wiki/Mobilit%C3%A9">wiki</a> <a href="https://forms.gle/x">form</a>')
    assert website_in_text([shared]) == ""
    # The platform's own pages (the record's address, the source's site) are not the initiative's site.
    own = f'<a href="https://blog.example.org/2021/tag/mobilite">tag</a> <a href="{SITE}">site</a>'
    assert website_in_text([own], exclude=["https://blog.example.org/2021/post/"]) == f"{SITE}/"


@pytest.mark.django_db
def test_the_normaliser_fills_the_website_from_the_text_and_says_so():
    source = SourceFactory(website="https://blog.example.org")
    fields = {"title": f"Dix ans de {ORGANISATION}", "url": "https://blog.example.org/2021/12/dix-ans/",
              "description": f'<p>Retour sur dix ans.</p><p>Pour en savoir plus : <a href="{SITE}">{SITE}</a></p>'}
    data, report = Normalizer(source).normalize(RawRecord(external_id="1", fields=fields, raw=fields))
    assert data.website == f"{SITE}/"
    assert f"site web trouvé dans le texte : « {SITE}/ »" in report.warnings
    fields["website"] = "https://autre.fr"  # a field always wins over the text
    data, _ = Normalizer(source).normalize(RawRecord(external_id="1", fields=fields, raw=fields))
    assert data.website == "https://autre.fr"


# --- identifiers a network's antennas share -----------------------------------------------------------
def antenna(name: str, commune: str, **fields) -> Profile:
    return Profile.build(title=f"{ORGANISATION} {name}", porteur=PORTEUR, commune=commune, commune_name=name,
                         website=SITE, source=1, **fields)


def test_the_site_of_a_network_listed_once_per_antenna_still_identifies_it():
    antennas = [antenna(name, code) for name, code in
                (("Laval", "53130"), ("Blois", "41018"), ("Tarbes", "65440"), ("Évreux", "27229"), ("Brest", "29019"))]
    assert one_project(antennas)
    assert "w:mobil-avenir.org" not in busy_identities((1, profile) for profile in antennas)


@pytest.mark.parametrize("titles", [
    ["Épicerie solidaire", "Jardin partagé", "Repair café", "Atelier vélo", "Aide aux devoirs"],  # a platform's site
    ["Épicerie solidaire"] * 5,  # generic titles in five towns: nothing says they are one project
])
def test_an_address_many_different_rows_share_identifies_nothing(titles):
    rows = [Profile.build(title=title, commune=f"3503{index}", website="https://plateforme.fr", source=1)
            for index, title in enumerate(titles)]
    assert not one_project(rows)
    assert "w:plateforme.fr" in busy_identities((1, profile) for profile in rows)


@pytest.mark.django_db
def test_a_title_naming_its_departement_keeps_only_the_project(django_db_blocker):
    """Every département of the COG: "Project Creuse" at a commune of the Creuse is the project at that place."""
    checked = 0
    for departement in Departement.objects.all():
        commune = Commune.objects.filter(departement=departement, kind=Commune.Kind.COMMUNE).first()
        profile = Profile.build(title=f"{ORGANISATION} {departement.name}", commune=commune.insee_code,
                                commune_name=f"{commune.name} {departement.name}")
        assert site_core(profile) == ("mobil", "avenir"), departement.name
        checked += 1
    assert checked >= 100


# --- the organisation's initiative and the records about it -------------------------------------------
@pytest.mark.parametrize("shape", MISSION_TITLES)
def test_a_mission_or_a_post_of_an_organisation_joins_the_initiative_named_after_it(shape):
    own = antenna("Laval", "53130")
    mission = Profile.build(title=shape.format(name=ORGANISATION), porteur=PORTEUR, commune="53130",
                            commune_name="Laval", source=2)
    assert named_after_porteur(own, mission)
    scored = score_pair(own, mission)
    assert scored.score >= MERGE_THRESHOLD and scored.reason == "même porteur, initiative au nom de son porteur"
    # A post with no porteur and no place, linking to the organisation's site.
    post = Profile.build(title=shape.format(name=ORGANISATION), website=SITE, source=3)
    scored = score_pair(own, post)
    assert scored.score >= MERGE_THRESHOLD and scored.reason == "même site web, initiative au nom de son porteur"


def test_another_activity_of_an_organisation_stays_apart():
    """The épicerie of a centre social and its homework club: neither title is the organisation's name."""
    epicerie = Profile.build(title="Épicerie solidaire de l'Aurence", porteur="Centre social Aurence",
                             commune="87085", commune_name="Limoges", source=1)
    devoirs = Profile.build(title="Aide aux devoirs (primaire) — Centre social Aurence",
                            porteur="Centre social Aurence", commune="87085", commune_name="Limoges", source=2)
    assert not named_after_porteur(epicerie, devoirs)
    assert score_pair(epicerie, devoirs).score < REVIEW_THRESHOLD


@pytest.mark.parametrize("change", [
    {"porteur": "Mobil'Avenir Bretagne"},  # another porteur (names differ)
    {"porteur": ""},  # nothing says the same organisation signed it
    {"commune": "29019", "commune_name": "Brest"},  # another département
])
def test_a_record_naming_the_organisation_needs_the_same_organisation_nearby(change):
    own = antenna("Laval", "53130")
    fields = {"title": MISSION_TITLES[0].format(name=ORGANISATION), "porteur": PORTEUR, "commune": "53130",
              "commune_name": "Laval", "source": 2, **change}
    assert score_pair(own, Profile.build(**fields)).score < MERGE_THRESHOLD


def test_a_generic_name_is_no_organisation_name():
    own = Profile.build(title="Solidaire", porteur="Solidaire", commune="53130", commune_name="Laval", source=1)
    other = Profile.build(title="Épicerie solidaire", porteur="Solidaire", commune="53130", commune_name="Laval")
    assert not named_after_porteur(own, other)


# --- arrondissements ----------------------------------------------------------------------------------
def test_two_arrondissements_are_two_places_of_one_source():
    paris_18 = Profile.build(title="Les Petits Pas", porteur="Association Les Petits Pas",
                             commune="75056", arrondissement="75118", commune_name="Paris", source=1)
    paris_19 = Profile.build(title="Les Petits Pas (antenne)", porteur="Association Les Petits Pas",
                             commune="75056", arrondissement="75119", commune_name="Paris", source=1)
    assert same_project_elsewhere(paris_18, paris_19) == "même porteur, autre implantation"
    assert same_project_elsewhere(paris_18, paris_18) == ""


# --- the pass, end to end -------------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_pass_gathers_a_network_its_mission_and_a_post_about_it():
    federation, volunteering, blog = SourceFactory(precedence=10), SourceFactory(precedence=30), SourceFactory(
        precedence=50, website="https://blog.example.org")
    porteur = PorteurData(name=PORTEUR, siret="72433487500015")
    places = (("Laval", "53130", "53"), ("Blois", "41018", "41"), ("Tarbes", "65440", "65"), ("Guéret", "23096", "23"),
              ("Évreux", "27229", "27"))
    network = [initiative_upsert_from_record(
        source=federation, external_id=str(index), raw={"id": index},
        data=InitiativeData(title=f"{ORGANISATION} {name}", commune=code, departement=departement, porteur=porteur,
                            website=SITE)).initiative for index, (name, code, departement) in enumerate(places)]
    mission = initiative_upsert_from_record(
        source=volunteering, external_id="m", raw={"id": "m"},
        data=InitiativeData(title=MISSION_TITLES[0].format(name=ORGANISATION), commune="23096", departement="23",
                            porteur=PorteurData(name=PORTEUR))).initiative
    fields = {"title": f"Dix ans de {ORGANISATION}", "url": "https://blog.example.org/2021/dix-ans/",
              "description": f'<p>Pour en savoir plus : <a href="{SITE}">{SITE}</a></p>'}
    data, _ = Normalizer(blog).normalize(RawRecord(external_id="p", fields=fields, raw=fields))
    post = initiative_upsert_from_record(source=blog, external_id="p", raw=fields, data=data).initiative
    # A look-alike elsewhere, run by another association: stays apart.
    other = initiative_upsert_from_record(
        source=volunteering, external_id="o", raw={"id": "o"},
        data=InitiativeData(title="Chauffeur bénévole — Mobil'Solidaire", commune="29019", departement="29",
                            porteur=PorteurData(name="Mobil'Solidaire"))).initiative
    dedup_pass()
    kept = {Initiative.objects.get(pk=item.pk).merged_into_id or item.pk for item in [*network, mission, post]}
    assert len(kept) == 1
    (initiative_id,) = kept
    assert set(Site.objects.filter(initiative_id=initiative_id).values_list("commune_id", flat=True)) == {
        code for _, code, _ in places}
    assert Initiative.objects.get(pk=other.pk).merged_into_id is None


# --- acronyms and numbers ---------------------------------------------------------------------------------
SPELLED = (  # field acronyms and what they stand for (public vocabulary of social policy and the ESS)
    ("MSP", "Maison de santé pluriprofessionnelle"), ("CCAS", "Centre communal d'action sociale"),
    ("AMAP", "Association pour le maintien d'une agriculture paysanne"), ("PAD", "Point d'accès au droit"),
    ("ESAT", "Établissement et service d'aide par le travail"), ("EPN", "Espace public numérique"),
    ("REPAS", "Réseau d'entraide pour l'alimentation solidaire"),
)


@pytest.mark.parametrize(("acronym", "words"), SPELLED)
@pytest.mark.parametrize("written", ["{acronym} du Haut-Cantal", "{dotted} du Haut-Cantal"])
def test_an_acronym_and_its_words_are_one_name(acronym, words, written):
    dotted = ".".join(acronym) + "."
    short = Profile.build(title=written.format(acronym=acronym, dotted=dotted), commune="15120", source=1,
                          website="https://exemple-cantal.fr")
    long = Profile.build(title=f"{words} du Haut-Cantal", commune="15120", source=2,
                         website="https://exemple-cantal.fr")
    scored = score_pair(short, long)
    assert scored.components["title"] >= 0.8 and scored.score >= MERGE_THRESHOLD


def test_capitals_are_acronyms_only_in_a_title_that_is_not_all_capitals():
    assert title_acronyms("MSP du Haut-Cantal") == {"msp"}
    assert title_acronyms("MAISON DE SANTE DU HAUT CANTAL") == frozenset()
    # Capitals that no run of the other title's words spells change nothing.
    other = Profile.build(title="Maison de santé du Haut-Cantal")
    assert score_pair(Profile.build(title="GAEC du Haut-Cantal"), other).components["title"] < 0.8


@pytest.mark.parametrize(("figure", "word"), [(str(number), word) for number, word in enumerate(
    "deux trois quatre cinq six sept huit neuf dix".split(), start=2)])
def test_numbers_in_figures_or_in_words_are_one_word(figure, word):
    assert name_tokens(f"Les {figure} Rives") == name_tokens(f"Les {word.capitalize()} Rives")


# --- one project at two sites, listed by two sources ---------------------------------------------------------
@pytest.mark.django_db
def test_the_same_site_and_name_at_two_communes_of_a_departement_is_one_project_at_two_sites():
    """A tiers-lieu with two places: a map lists one, a blog the other (its site only linked from the text)."""
    sample = list(Commune.objects.filter(kind=Commune.Kind.COMMUNE, departement__in=["26", "15", "56", "974"])
                  .order_by("insee_code")[::40])
    checked = 0
    for first, second in zip(sample, sample[1:], strict=False):
        if first.departement_id != second.departement_id:
            continue
        listed = Profile.build(title=f"Fabrique des Communs - {first.name}", commune=first.insee_code,
                               commune_name=first.name, website="https://fabrique-communs.org", source=1)
        post = Profile.build(title="La Fabrique des Communs : deux lieux, une même envie de faire ensemble",
                             commune=second.insee_code, commune_name=second.name,
                             website="https://fabrique-communs.org", source=2)
        scored = score_pair(listed, post)
        assert scored.score >= MERGE_THRESHOLD, (first.name, second.name)
        checked += 1
    assert checked >= 10


def test_the_same_site_and_name_in_two_departements_is_left_to_editors_or_apart():
    listed = Profile.build(title="Fabrique des Communs - Crest", commune="26108", commune_name="Crest",
                           website="https://fabrique-communs.org", source=1)
    far = Profile.build(title="La Fabrique des Communs", commune="29019", commune_name="Brest",
                        website="https://fabrique-communs.org", source=2)
    assert score_pair(listed, far).score < MERGE_THRESHOLD


# --- what must stay apart (found by review) ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Repair Café", "Aide aux devoirs", "Maison France Services", "Boîte à livres"])
def test_a_network_address_without_a_porteur_identifies_no_project(name):
    """Ten local « Repair Café » of a national directory share its address: each is its own association."""
    rows = [Profile.build(title=f"{name} {town}", commune=code, commune_name=town, source=1,
                          website="https://www.reseau-national.org/fr/")
            for town, code in (("Guéret", "23096"), ("Brest", "29019"), ("Laval", "53130"), ("Tulle", "19272"),
                               ("Rodez", "12202"))]
    assert not one_project(rows)
    assert "w:reseau-national.org" in busy_identities((1, row) for row in rows)
    assert not same_project_elsewhere(rows[0], rows[1], busy_identities((1, row) for row in rows))


def test_an_activity_naming_its_federation_elsewhere_stays_apart():
    """« Repair café de Familles Rurales à Bourganeuf » is not « Familles Rurales Creuse » (Guéret), even with the
    same SIREN; a busy SIREN (a federation's, on many rows) is no porteur at all."""
    federation = Profile.build(title="Familles Rurales Creuse", porteur="Familles Rurales", siret="77569196700016",
                               commune="23096", commune_name="Guéret Creuse", source=1)
    activity = Profile.build(title="Repair café de Familles Rurales à Bourganeuf", porteur="Familles Rurales",
                             siret="77569196700024", commune="23030", commune_name="Bourganeuf Creuse", source=2)
    assert score_pair(federation, activity).score < MERGE_THRESHOLD
    unit = Profile.build(title="Croix-Rouge française", porteur="Croix-Rouge française", siret="77567227200017",
                         commune="19272", commune_name="Tulle", source=1)
    shop = Profile.build(title="Aide alimentaire et vestiboutique — Croix-Rouge française", porteur="Croix-Rouge française",
                         siret="77567227200025", commune="19031", commune_name="Brive-la-Gaillarde", source=2)
    assert score_pair(unit, shop, busy=frozenset({"s:775672272"})).score < MERGE_THRESHOLD


def test_a_mission_placed_nowhere_needs_more_than_a_porteur_name():
    own = antenna("Laval", "53130")
    unplaced = Profile.build(title=MISSION_TITLES[0].format(name=ORGANISATION), porteur=PORTEUR, source=2)
    assert score_pair(own, unplaced).score < MERGE_THRESHOLD


@pytest.mark.parametrize(("short", "long"), [
    ("SEL de Guéret", "Solidarité Emploi Logement de Guéret"),
    ("Le Café des AJ", "Le Café des Aidants Jeunes"),
    ("RC Guéret", "Repair Café Guéret"),
    ("AS Guéret Basket", "Atelier Solidaire de Guéret"),
])
def test_initials_that_fit_by_chance_never_merge_alone(short, long):
    scored = score_pair(Profile.build(title=short, commune="23096", commune_name="Guéret", source=1),
                        Profile.build(title=long, commune="23096", commune_name="Guéret", source=2))
    assert scored.score < MERGE_THRESHOLD


def test_small_words_spell_an_acronym_only_when_nothing_else_does():
    from search.dedup.names import spelled_out
    words = tuple("ligue pour la protection des oiseaux".split())
    assert spelled_out("lpo", words) == ("ligue", "protection", "oiseaux")
    words = tuple("reseau d entraide pour l alimentation solidaire".split())
    assert spelled_out("repas", words) == ("reseau", "entraide", "pour", "alimentation", "solidaire")


@pytest.mark.django_db
def test_two_repair_cafes_of_one_source_in_two_arrondissements_do_not_meet_through_a_third():
    listing, other = SourceFactory(precedence=10), SourceFactory(precedence=20)

    def store(source, key, arrondissement):
        return initiative_upsert_from_record(source=source, external_id=key, raw={"id": key}, data=InitiativeData(
            title="Repair Café Paris", commune="75056", arrondissement=arrondissement, departement="75")).initiative

    eleven, twenty = store(listing, "11", "75111"), store(listing, "20", "75120")
    store(other, "p", None)
    dedup_pass()
    assert {Initiative.objects.get(pk=item.pk).merged_into_id or item.pk for item in (eleven, twenty)} == {
        eleven.pk, twenty.pk}


@pytest.mark.django_db
def test_only_a_one_word_departement_name_is_set_aside_from_titles():
    """« Mobil'Avenir Creuse » at Guéret is the project at its place; at Limoges, « Haute » of « Haute-Vienne » stays a
    word of the titles (« Jardin de la Haute Ville »)."""
    from search.dedup.passes import _load_profiles

    source = SourceFactory()
    for key, title, commune, departement in (("1", "Mobil'Avenir Creuse", "23096", "23"),
                                             ("2", "Jardin de la Haute Ville", "87085", "87")):
        initiative_upsert_from_record(source=source, external_id=key, raw={"id": key}, data=InitiativeData(
            title=title, commune=commune, departement=departement))
    profiles = {profile.title_words[0]: profile for items in _load_profiles()[0].values() for profile in items}
    assert "creuse" in profiles["mobil"].place_tokens and site_core(profiles["mobil"]) == ("mobil", "avenir")
    assert "haute" not in profiles["jardin"].place_tokens and "vienne" not in profiles["jardin"].place_tokens


@pytest.mark.django_db
def test_a_mission_elsewhere_in_the_intercommunalite_joins_the_organisation_and_not_beyond():
    """An association of Villeurbanne runs a workshop in Lyon (one Métropole); one of Guéret in Bourganeuf (another
    intercommunalité of the Creuse) may be another activity. Over pairs of communes drawn from the COG."""
    from collections import defaultdict

    by_epci = defaultdict(list)
    for code, departement, epci in Commune.objects.filter(kind=Commune.Kind.COMMUNE, epci__isnull=False).values_list(
            "insee_code", "departement_id", "epci_id").order_by("insee_code")[::25]:
        by_epci[epci].append((code, departement))
    checked = 0
    for epci, communes in list(by_epci.items())[:200]:
        if len(communes) < 2:
            continue
        (home, departement), (there, _) = communes[:2]
        own = Profile.build(title=ORGANISATION, porteur=PORTEUR, commune=home, departement=departement, epci=epci,
                            source=1)
        mission = Profile.build(title=MISSION_TITLES[0].format(name=ORGANISATION), porteur=PORTEUR, commune=there,
                                departement=departement, epci=epci, source=2)
        assert score_pair(own, mission).score >= MERGE_THRESHOLD, (home, there)
        elsewhere = Profile.build(title=MISSION_TITLES[0].format(name=ORGANISATION), porteur=PORTEUR, commune=there,
                                  departement=departement, epci="000000000", source=2)
        assert score_pair(own, elsewhere).score < MERGE_THRESHOLD, (home, there)
        checked += 1
    assert checked >= 50


@pytest.mark.django_db
def test_the_pass_knows_each_records_intercommunalite():
    from search.dedup.passes import _load_profiles

    initiative_upsert_from_record(source=SourceFactory(), external_id="1", raw={"id": "1"}, data=InitiativeData(
        title="Atelier numérique", commune="69266", departement="69"))
    (profile,) = [profile for items in _load_profiles()[0].values() for profile in items]
    assert profile.epci and profile.epci == Commune.objects.get(insee_code="69266").epci_id
