"""search/normalize/: one raw record -> InitiativeData, against the COG and taxonomy loaded by the migrations."""

from __future__ import annotations

import pytest
from django.utils import timezone

from initiatives.models import Theme, ThemeCrosswalk
from search.harvest.connectors.base import RawRecord
from search.normalize.dates import parse_date
from search.normalize.normalizer import Normalizer, normalize_record
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return SourceFactory()


@pytest.fixture
def normalizer(source):
    return Normalizer(source)


def record(**fields) -> RawRecord:
    fields.setdefault("title", "Une initiative")
    return RawRecord(external_id="x", fields=fields, raw=dict(fields))


# --- HTML and text ------------------------------------------------------------------------------------
def test_description_is_sanitised_and_formatting_kept(normalizer):
    html = (
        '<p onclick="steal()" style="color:red">Une <strong>épicerie</strong> <em>solidaire</em></p>'
        "<script>alert('x')</script><style>p { display: none }</style>"
        '<ul><li><a href="javascript:alert(1)">piège</a></li><li><a href="https://exemple.fr/">site</a></li></ul>'
        '<img src="data:image/png;base64,AAAA"><a href="data:text/html,<script>x</script>">données</a>'
    )
    data, _ = normalizer.normalize(record(description=html))
    assert "<strong>épicerie</strong>" in data.description
    assert "<em>solidaire</em>" in data.description
    assert "<ul><li>" in data.description
    assert 'href="https://exemple.fr/"' in data.description
    for forbidden in ("script", "alert", "onclick", "style", "javascript:", "data:", "<img", "display"):
        assert forbidden not in data.description


def test_plain_text_description_becomes_paragraphs(normalizer):
    data, _ = normalizer.normalize(record(description="Premier paragraphe.\n\nSecond & dernier <3"))
    assert data.description == "<p>Premier paragraphe.</p><p>Second &amp; dernier &lt;3</p>"


def test_mojibake_entities_and_whitespace_are_repaired(normalizer):
    data, _ = normalizer.normalize(
        record(title="  Ã‰picerie   solidaire &amp; Ã©picerie\n mobile ", summary="CafÃ© associatif &eacute;t&eacute;")
    )
    assert data.title == "Épicerie solidaire & épicerie mobile"
    assert data.summary == "Café associatif été"


def test_title_trimmed_to_300_characters(normalizer):
    data, report = normalizer.normalize(record(title="mot " * 120))
    assert len(data.title) <= 300
    assert data.title.endswith("…")
    assert any("tronqué" in warning for warning in report.warnings)


def test_summary_derived_from_description_at_sentence_boundary(normalizer):
    first = "Une épicerie solidaire ouvre ses portes aux habitants du quartier et propose des produits frais. "
    second = "Elle est tenue par des bénévoles qui accueillent chaque semaine plus de cent familles du territoire. "
    third = "Un atelier cuisine réunit aussi les parents et les enfants le mercredi après-midi, autour de recettes simples."
    data, _ = normalizer.normalize(record(description=f"<p>{first}</p><p>{second}{third}</p>"))
    assert data.summary == (first + second).strip()
    assert "<" not in data.summary


def test_summary_derived_at_word_boundary_without_sentences(normalizer):
    data, _ = normalizer.normalize(record(description="<p>" + "solidarité " * 60 + "</p>"))
    assert len(data.summary) <= 301
    assert data.summary.endswith("solidarité…")


def test_short_description_gives_whole_summary_and_html_summary_becomes_text(normalizer):
    data, _ = normalizer.normalize(record(description="<p>Court <b>texte</b>.</p>"))
    assert data.summary == "Court texte."
    data, _ = normalizer.normalize(record(summary="<p>Résumé <strong>riche</strong> &amp; net</p><script>x()</script>"))
    assert data.summary == "Résumé riche & net"


# --- dates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "start_date", "start_year"),
    [
        ("12 mars 2019", "2019-03-12", 2019),
        ("1er mars 2019", "2019-03-01", 2019),
        ("mardi 12 mars 2019", "2019-03-12", 2019),
        ("12 Février 2019", "2019-02-12", 2019),
        ("mars 2019", None, 2019),
        ("Août 2020", None, 2020),
        ("03/2019", None, 2019),
        ("12/03/2019", "2019-03-12", 2019),
        ("12.03.2019", "2019-03-12", 2019),
        ("2019", None, 2019),
        ("2019-03-12", "2019-03-12", 2019),
        ("2019-03", None, 2019),
        ("2019-03-12T10:00:00Z", "2019-03-12", 2019),
        ("2019-03-12T10:00:00+01:00", "2019-03-12", 2019),
        ("2019-03-12 10:00:00", "2019-03-12", 2019),
        ("Tue, 12 Mar 2019 10:00:00 +0000", "2019-03-12", 2019),
        ("12 Mar 2019 10:00:00 GMT", "2019-03-12", 2019),
        ("March 12, 2019", "2019-03-12", 2019),
        (2019, None, 2019),
    ],
)
def test_dates(normalizer, raw, start_date, start_year):
    data, report = normalizer.normalize(record(start_date=raw))
    assert (data.start_date, data.start_year) == (start_date, start_year)
    assert report.unparsed_dates == []


@pytest.mark.parametrize("raw", ["printemps 2019", "bientôt", "31/02/2019", "13/2019", "12/03/19", "depuis longtemps"])
def test_unparseable_dates_are_kept_raw_and_never_guessed(normalizer, raw):
    data, report = normalizer.normalize(record(start_date=raw))
    assert data.start_date is None and data.start_year is None
    assert report.unparsed_dates == [raw]
    assert f"date illisible : « {raw} »" in report.warnings


@pytest.mark.parametrize("raw", ["1850", "12/03/1899", str(timezone.localdate().year + 2)])
def test_years_out_of_range_are_rejected(normalizer, raw):
    data, report = normalizer.normalize(record(start_date=raw))
    assert data.start_year is None and data.start_date is None
    assert any("hors limites" in warning for warning in report.warnings)


def test_next_year_is_accepted():
    year = timezone.localdate().year + 1
    assert parse_date(str(year)).year == year


# --- URLs, e-mails, phones, identifiers -------------------------------------------------------------
def test_urls_normalised_and_unsafe_ones_rejected(normalizer):
    data, report = normalizer.normalize(
        record(
            website="  www.Exemple.fr/projet ",
            image_url="javascript:alert(1)",
            social_links=["https://facebook.com/epicerie", "mastodon.social/@epicerie", "data:text/html,x", "pas une url"],
        )
    )
    assert data.website == "https://www.exemple.fr/projet"
    assert data.image_url == ""
    assert data.social_links == ["https://facebook.com/epicerie", "https://mastodon.social/@epicerie"]
    assert sum("refusée" in warning for warning in report.warnings) == 3
    data, _ = normalizer.normalize(record(website="https://exemple.fr/mon projet\n"))
    assert data.website == "https://exemple.fr/mon%20projet"


def test_ftp_and_mailto_are_not_websites(normalizer):
    data, report = normalizer.normalize(record(website="ftp://exemple.fr/fichier", image_url="//cdn.exemple.fr/a.png"))
    assert data.website == ""
    assert data.image_url == "https://cdn.exemple.fr/a.png"
    assert report.warnings == ["site web : adresse refusée « ftp://exemple.fr/fichier »"]


def test_email_validated(normalizer):
    data, report = normalizer.normalize(record(email=" mailto:contact@exemple.fr "))
    assert data.contact_email == "contact@exemple.fr"
    assert report.warnings == []
    data, report = normalizer.normalize(record(email="contact(at)exemple.fr"))
    assert data.contact_email == ""
    assert report.warnings == ["courriel invalide ignoré : « contact(at)exemple.fr »"]


@pytest.mark.parametrize("phone", ["05 65 12 34 56", "05.65.12.34.56", "+33 5 65 12 34 56", "+262 262 12 34 56", "0565123456"])
def test_valid_french_phones_give_no_warning(normalizer, phone):
    _, report = normalizer.normalize(record(phone=phone))
    assert report.warnings == []


def test_invalid_phone_gives_a_warning(normalizer):
    _, report = normalizer.normalize(record(phone="12 34"))
    assert report.warnings == ["téléphone invalide : « 12 34 »"]


def test_siret_kept_only_when_valid(normalizer):
    data, report = normalizer.normalize(record(porteur_name="Association Epi", porteur_siret="732 829 320 00074"))
    assert data.porteur.siret == "73282932000074"
    assert report.warnings == []
    data, report = normalizer.normalize(record(porteur_name="Association Epi", porteur_siret="73282932000075"))
    assert data.porteur.siret == ""
    assert any("SIRET invalide" in warning for warning in report.warnings)


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Les Amis du Jardin", "Association loi 1901", "association"),
        ("Les Amis du Jardin", "asso", "association"),
        ("Rodez", "Mairie", "collectivite"),
        ("X", "Cté de communes", "collectivite"),
        ("X", "Communauté de communes", "collectivite"),
        ("X", "Métropole", "collectivite"),
        ("X", "SCIC SAS", "ess"),
        ("X", "Entreprise d'insertion", "ess"),
        ("X", "SARL", "entreprise"),
        ("X", "Préfecture", "etat"),
        ("X", "DDETS", "etat"),
        ("X", "CCAS", "etablissement_public"),
        ("X", "Université", "etablissement_public"),
        ("X", "Collectif", "collectif"),
        ("X", "Fondation", "autre"),
        ("Association Les Jardins de Cocagne", None, "association"),
        ("Mairie de Rodez", None, "collectivite"),
        ("Communauté de communes du Grand Figeac", None, "collectivite"),
        ("CCAS de la commune de Millau", None, "etablissement_public"),
        ("Enercoop, SCIC", None, "ess"),
        ("Entreprise d’insertion Envie", None, "ess"),
        ("Département de l'Aveyron", None, "collectivite"),
        ("Préfecture de la région Occitanie", None, "etat"),
        ("Université de Toulouse", None, "etablissement_public"),
        ("Collectif des voisins", None, "collectif"),
        ("La Métropole de Lyon", None, "collectivite"),
        ("Les Amis du Jardin (association)", None, "association"),
        ("Les Petits Débrouillards", None, "autre"),
        ("Les Amis de la commune", None, "autre"),  # a kind word inside a name is not a kind
        ("Banque alimentaire de la région", None, "autre"),
    ],
)
def test_porteur_kind(normalizer, name, kind, expected):
    data, _ = normalizer.normalize(record(porteur_name=name, porteur_kind=kind))
    assert data.porteur.name == name
    assert data.porteur.kind == expected


def test_no_porteur_without_name(normalizer):
    data, _ = normalizer.normalize(record(porteur_kind="association"))
    assert data.porteur is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("En cours", "ongoing"), ("Actif", "ongoing"), ("Terminé", "finished"), ("achevé", "finished"),
     ("En projet", "planned"), ("en réflexion", "planned"), ("en cours de création", "planned"), ("Inactif", "finished"),
     ("", "unknown"), ("???", "unknown")],
)
def test_status(normalizer, raw, expected):
    data, _ = normalizer.normalize(record(status=raw))
    assert data.status == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Structure", "structure"), ("Association", "structure"), ("Dispositif", "dispositif"), ("Ressource", "ressource"),
     ("Outil", "ressource"), ("Guide pratique", "ressource"), ("Projet", "projet"), ("", "projet"), ("???", "projet")],
)
def test_content_type(normalizer, raw, expected):
    data, _ = normalizer.normalize(record(content_type=raw))
    assert data.content_type == expected


def test_language_and_coordinates(normalizer):
    data, report = normalizer.normalize(record(language="fr-FR", latitude="44,35", longitude="2.57"))
    assert (data.language, data.latitude, data.longitude) == ("fr", 44.35, 2.57)
    data, _ = normalizer.normalize(record(latitude=-20.88, longitude=55.45))  # Saint-Denis de La Réunion
    assert (data.language, data.latitude, data.longitude) == ("fr", -20.88, 55.45)
    data, report = normalizer.normalize(record(latitude="2.57", longitude="44.35"))
    assert data.latitude is None and data.longitude is None
    assert any("hors de France" in warning for warning in report.warnings)


# --- distinctions -----------------------------------------------------------------------------------
def test_distinctions_from_text_and_dicts(normalizer):
    data, report = normalizer.normalize(
        record(
            distinctions=[
                "Prix TERRITORIA 2021 – Or – catégorie Cohésion sociale",
                "Lauréat La France s'engage 2016",
                "Territoria d’Argent 2018 – catégorie Solidarité",
                {"prize": "Trophées de l'ESS", "year": "2019", "category": "Emploi", "rank": "Mention"},
                {"prize": "Prix sans année"},
                "Une belle reconnaissance",
            ]
        )
    )
    assert [(d.prize, d.year, d.category, d.rank) for d in data.distinctions] == [
        ("Prix TERRITORIA", 2021, "Cohésion sociale", "or"),
        ("La France s'engage", 2016, "", "laureat"),
        ("Territoria", 2018, "Solidarité", "argent"),
        ("Trophées de l'ESS", 2019, "Emploi", "mention"),
    ]
    assert sum("distinction illisible" in warning for warning in report.warnings) == 2


# --- themes -----------------------------------------------------------------------------------------
def test_themes_by_crosswalk_keywords_and_unmapped_tags(source):
    entry = ThemeCrosswalk.objects.create(source=source, tag="Vivre ensemble")
    entry.themes.add(Theme.objects.get(code="lien-social"), Theme.objects.get(code="participation"))
    ignored = ThemeCrosswalk.objects.create(source=source, tag="À la une")  # editors chose: no theme
    assert ignored.themes.count() == 0
    data, report = Normalizer(source).normalize(
        record(
            title="Une épicerie solidaire",
            summary="Des jeunes réparent des vélos.",
            tags=["VIVRE-ENSEMBLE", "à la Une", "Recycleries", "Divers", "Zorglub"],
        )
    )
    assert set(data.theme_codes) == {
        "lien-social", "participation",  # crosswalk
        "alimentation",  # "épicerie" in the title
        "economie-circulaire",  # tag "Recycleries": keyword "recyclerie", plural aside
        "jeunesse", "mobilite",  # summary
    }
    assert "cadre-de-vie" not in data.theme_codes  # parents are implied at query time, not stored
    assert report.unmapped_tags == ["Divers", "Zorglub"]


def test_keyword_matching_is_whole_word(normalizer):
    data, _ = normalizer.normalize(record(title="Messe de Noël", summary="Un processus"))  # not "ess"
    assert "ess" not in data.theme_codes
    data, _ = normalizer.normalize(record(title="Création d'une SCOP de services"))
    assert "ess" in data.theme_codes


def test_most_realistic_records_get_a_theme(normalizer):
    titles = [
        "Épicerie sociale et solidaire du Ségala", "Garage solidaire pour l'accès à l'emploi",
        "Tiers-lieu rural La Fabrique", "Repair café du quartier Bourran", "Maison de santé pluriprofessionnelle",
        "Colocation solidaire entre étudiants et seniors", "Conseiller numérique France Services",
        "Jardin partagé en pied d'immeuble", "Territoire zéro chômeur de longue durée", "Budget participatif des collégiens",
        "Navette à la demande en zone rurale", "Ressourcerie de l'Aveyron", "Café associatif et culturel",
        "Accueil de jour pour personnes sans domicile", "Chantier d'insertion en maraîchage bio",
        "Crèche à vocation d'insertion professionnelle", "Lutte contre l'isolement des personnes âgées",
        "Rénovation énergétique des logements", "Fab lab pour les jeunes du quartier", "Monnaie locale complémentaire",
    ]
    themed = sum(bool(normalizer.normalize(record(title=title))[0].theme_codes) for title in titles)
    assert themed / len(titles) >= 0.9


# --- territories ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("fields", "commune", "departement", "region"),
    [
        ({"insee_code": "12202"}, "12202", "12", "76"),
        ({"insee_code": "2a004"}, "2A004", "2A", "94"),
        ({"postcode": "12000", "city": "Rodez"}, "12202", "12", "76"),
        ({"postcode": "12000", "city": "RODEZ CEDEX"}, "12202", "12", "76"),
        ({"city": "St-Étienne"}, "42218", "42", "84"),
        ({"city": "St Malo", "departement": "35"}, "35288", "35", "53"),
        ({"city": "Havre (Le)"}, "76351", "76", "28"),
        ({"city": "Paris 15e"}, "75056", "75", "11"),
        ({"city": "Paris 15ème arrondissement"}, "75056", "75", "11"),
        ({"city": "75015 Paris"}, "75056", "75", "11"),
        ({"postcode": "75015", "city": "Paris"}, "75056", "75", "11"),
        ({"city": "Lyon 3e"}, "69123", "69", "84"),
        ({"postcode": "69003", "city": "Lyon"}, "69123", "69", "84"),
        ({"city": "Marseille 13e"}, "13055", "13", "93"),
        ({"postcode": "20000", "city": "Ajaccio"}, "2A004", "2A", "94"),
        ({"city": "20000 Ajaccio"}, "2A004", "2A", "94"),
        ({"postcode": "20200", "city": "Bastia"}, "2B033", "2B", "94"),
        ({"city": "Saint-Denis", "departement": "974"}, "97411", "974", "04"),
        ({"city": "Saint-Denis", "departement": "La Réunion"}, "97411", "974", "04"),
        ({"city": "Saint-Denis (974)"}, "97411", "974", "04"),
        ({"city": "Saint-Denis", "postcode": "93200"}, "93066", "93", "11"),
        ({"city": "Sainte-Marie", "region": "Martinique"}, "97228", "972", "02"),
        ({"address": "12 rue de la Paix 12000 Rodez"}, "12202", "12", "76"),
        ({"address": "Hôtel de ville, BP 12, 12000 RODEZ CEDEX 9, France"}, "12202", "12", "76"),
        ({"postcode": "75015"}, "75056", "75", "11"),
    ],
)
def test_territory_resolved_to_a_commune(normalizer, fields, commune, departement, region):
    data, report = normalizer.normalize(record(**fields))
    assert (data.commune, data.departement, data.region) == (commune, departement, region), report.territory_reason
    assert report.territory_level == "commune"
    assert report.territory_reason.startswith("commune résolue par")
    assert data.territory_note == ""


@pytest.mark.parametrize(("fields", "commune", "arrondissement"), [
    ({"city": "Paris 15e"}, "75056", "75115"),
    ({"postcode": "75015", "city": "Paris"}, "75056", "75115"),
    ({"insee_code": "75115"}, "75056", "75115"),
    ({"city": "Lyon 3e"}, "69123", "69383"),
    ({"city": "Marseille 13e"}, "13055", "13213"),
    ({"insee_code": "75056"}, "75056", None),
    ({"city": "Paris"}, "75056", None),
])
def test_an_arrondissement_places_the_record_in_its_city_and_stays_as_a_detail(normalizer, fields, commune, arrondissement):
    data, _ = normalizer.normalize(record(**fields))
    assert (data.commune, data.arrondissement) == (commune, arrondissement)


def test_insee_code_reason(normalizer):
    _, report = normalizer.normalize(record(insee_code="12202"))
    assert report.territory_reason == "commune résolue par code INSEE"


def test_unknown_insee_code_falls_back_to_the_name(normalizer):
    data, report = normalizer.normalize(record(insee_code="99999", postcode="12000", city="Rodez"))
    assert data.commune == "12202"
    assert "code INSEE inconnu : « 99999 »" in report.warnings


def test_wrong_postcode_accepted_with_a_warning_when_the_name_is_unique_in_its_departement(normalizer):
    data, report = normalizer.normalize(record(postcode="12100", city="Rodez"))  # 12100 is Millau's
    assert data.commune == "12202"
    assert report.territory_level == "commune"
    assert any("ne correspond pas" in warning for warning in report.warnings)


def test_postcode_contradicting_the_name_is_not_resolved(normalizer):
    data, report = normalizer.normalize(record(postcode="75015", city="Rodez"))
    assert (data.commune, data.departement, data.region) == (None, None, None)
    assert report.territory_level == "none"
    assert "incohérents" in report.territory_reason


def test_saint_denis_without_hint_is_not_guessed(normalizer):
    data, report = normalizer.normalize(record(city="Saint-Denis"))
    assert (data.commune, data.departement, data.region) == (None, None, None)
    assert report.territory_level == "none"
    assert report.territory_reason.startswith("nom ambigu « Saint-Denis » : 4 communes")
    assert "93" in report.territory_reason and "974" in report.territory_reason
    assert data.territory_note == report.territory_reason


def test_sainte_marie_is_ambiguous(normalizer):
    data, report = normalizer.normalize(record(city="Sainte-Marie"))
    assert data.commune is None
    assert report.territory_level == "none"
    assert "nom ambigu « Sainte-Marie »" in report.territory_reason
    # Two Sainte-Marie in La Réunion? No, one; but two in the overseas… the region field still decides.
    data, report = normalizer.normalize(record(city="Sainte-Marie", region="La Réunion"))
    assert data.commune == "97418"


def test_ambiguous_name_within_a_region_stays_at_region_level(normalizer):
    # Sainte-Marie exists in the Gers (32) and the Hautes-Pyrénées (65), both in Occitanie.
    data, report = normalizer.normalize(record(city="Sainte-Marie", region="Occitanie"))
    assert (data.commune, data.departement, data.region) == (None, None, "76")
    assert report.territory_level == "region"
    assert "laissé au niveau région" in report.territory_reason
    assert data.territory_note == report.territory_reason


def test_departement_name_only(normalizer):
    data, report = normalizer.normalize(record(departement="Aveyron"))
    assert (data.commune, data.departement, data.region) == (None, "12", "76")
    assert report.territory_level == "departement"
    data, _ = normalizer.normalize(record(departement="Corse-du-Sud"))
    assert (data.departement, data.region) == ("2A", "94")
    data, _ = normalizer.normalize(record(departement="33 - Gironde"))
    assert data.departement == "33"


def test_region_name_only(normalizer):
    data, report = normalizer.normalize(record(region="Provence-Alpes-Côte d’Azur"))
    assert (data.commune, data.departement, data.region) == (None, None, "93")
    assert report.territory_level == "region"
    data, _ = normalizer.normalize(record(region="Midi-Pyrénées"))  # before 2016
    assert data.region == "76"


def test_no_territory(normalizer):
    data, report = normalizer.normalize(record())
    assert (data.commune, data.departement, data.region, data.territory_note) == (None, None, None, "")
    assert report.territory_level == "none"
    assert report.territory_reason == "aucune information de localisation"


def test_postcode_shared_by_several_communes_stays_at_departement_level(normalizer):
    data, report = normalizer.normalize(record(postcode="12000"))
    assert (data.commune, data.departement, data.region) == (None, "12", "76")
    assert report.territory_level == "departement"
    assert report.territory_reason.startswith("code postal 12000 partagé par")
    assert data.postcode == "12000"


def test_unknown_city_keeps_the_departement(normalizer):
    data, report = normalizer.normalize(record(city="Zorglubville", departement="12"))
    assert (data.commune, data.departement) == (None, "12")
    assert report.territory_level == "departement"
    assert "introuvable" in report.territory_reason


# --- the convenience function and query counts ------------------------------------------------------
def test_normalize_record(source):
    data, report = normalize_record(record(title="Épicerie", postcode="12000", city="Rodez"), source)
    assert data.commune == "12202"
    assert data.language == "fr"
    assert data.status == "unknown" and data.content_type == "projet"
    assert data.postcode == "12000"


def test_normalising_many_records_runs_a_bounded_number_of_queries(source, django_assert_max_num_queries):
    entry = ThemeCrosswalk.objects.create(source=source, tag="Solidarité")
    entry.themes.add(Theme.objects.get(code="lien-social"))
    cities = [
        {"postcode": "12000", "city": "Rodez"}, {"city": "Saint-Denis", "departement": "974"},
        {"insee_code": "75115"}, {"city": "Sainte-Marie"}, {"departement": "Gironde"}, {"region": "Bretagne"},
        {"address": "3 place du marché 20200 Bastia"}, {"city": "Lyon 3e"},
    ]
    records = [
        record(
            title=f"Épicerie solidaire {number}", description="<p>Une épicerie.</p>", tags=["Solidarité", "Divers"],
            start_date="12 mars 2019", porteur_name="Association Epi", **cities[number % len(cities)],
        )
        for number in range(200)
    ]
    normalizer = Normalizer(source)
    with django_assert_max_num_queries(8):
        results = [normalizer.normalize(item) for item in records]
    assert sum(data.commune is not None for data, _ in results) == 125
    assert all("lien-social" in data.theme_codes for data, _ in results)
