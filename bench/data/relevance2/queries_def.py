"""Queries and their judgement rules.

Each query: a list of (grade, predicate) rules -- a record gets the highest grade whose predicate holds --
then explicit per-record corrections (`fix`, keyed by a unique title substring; grade 0 removes), written
after reading the judged list and the unjudged keyword hits of every query (`make_set.py --review`).
"""
from __future__ import annotations

import re

from make_set import fold, text_of

MARSEILLE = {"13055"} | {f"132{n:02d}" for n in range(1, 17)}
PARIS = {"75056"} | {f"751{n:02d}" for n in range(1, 21)}
LYON = {"69123"} | {f"6938{n}" for n in range(1, 10)}


# --- predicate helpers ------------------------------------------------------------------------
def has(*tags):
    return lambda r: bool(r["_tags"] & set(tags))


def all_(*tags):
    return lambda r: set(tags) <= r["_tags"]


def AND(*preds):
    return lambda r: all(p(r) for p in preds)


def OR(*preds):
    return lambda r: any(p(r) for p in preds)


def NOT(pred):
    return lambda r: not pred(r)


def commune(*codes):
    s = set()
    for c in codes:
        s |= c if isinstance(c, set) else {c}
    return lambda r: r["commune"] in s


def dep(*codes):
    return lambda r: r["departement"] in codes


def reg(*codes):
    return lambda r: r["region"] in codes


def txt(pattern):
    rx = re.compile(pattern)
    return lambda r: bool(rx.search(fold(text_of(r))))


def porteur(pattern):
    rx = re.compile(pattern)
    return lambda r: bool(rx.search(fold(r["porteur"]["name"])))


def key(k):
    return lambda r: r["_key"] == k


ANY = lambda r: True  # noqa: E731

ESS_TEXT = lambda r: bool(re.search(r"\bESS\b", text_of(r)) or re.search(  # noqa: E731
    r"economie sociale et solidaire", fold(text_of(r))))
COOP = porteur(r"\b(scic|scop)\b|cooperative")

Q = []


def q(query, category, rules, note, fix=None, terms=None):
    Q.append(dict(query=query, category=category, rules=rules, note=note, fix=fix or {}, terms=terms or []))


# =============================================================================================
# typo
# =============================================================================================
EPSOL_RULES = [
    (3, has("epsol")),
    (2, txt(r"epicerie de village solidaire")),
    (1, has("aide_alim")),
]
EPSOL_FIX = {"Café-épicerie coopératif des Causses": 1, "Tiers-lieu nourricier": 1,
             "Épicerie-café associative du village": 1, "Coopérative de producteurs du Doubs": 1,
             "Café associatif de Tarnac": 1, "Multiple rural d'Allanche": 1, "Commerce itinérant dans les hameaux": 1}
q("epicrie solidaire", "typo", EPSOL_RULES,
  "Typo of « épicerie solidaire » (missing e, no accent). Épiceries solidaires and sociales are the same service: 3. "
  "Village épicerie with a solidarity basket: 2. Other food aid (colis, frigos, restaurants solidaires, SSA) and "
  "cooperative/associative épiceries that are not food aid: 1. Épicerie fine and vrac: not judged.",
  fix=EPSOL_FIX, terms=[r"epicerie", r"aide alimentaire"])
q("jardn partagé", "typo",
  [(3, has("jp")), (2, has("jfam")), (1, has("jins", "compost", "permaculture"))],
  "Typo of « jardin partagé ». Jardins partagés / potagers collectifs / jardins communautaires: 3; jardins familiaux "
  "and ouvriers: 2; jardins d'insertion, compost partagé, ferme en permaculture: 1. Jardin botanique and jardin "
  "d'enfants are near-misses (not judged).",
  fix={"Régie de quartier du Dunkerquois": 2, "Compost partagé dans les squares": 1, "Composteurs de quartier": 1,
       "Maison de retraite et école": 1, "Tiers-lieu nourricier": 1},
  terms=[r"jardin", r"potager"])
q("covoiturge", "typo",
  [(3, has("covoit")), (1, has("autopartage", "transport_sol", "tad"))],
  "Typo of « covoiturage ». Covoiturage and auto-stop organisé: 3. Autopartage (not a synonym), transport solidaire "
  "by volunteer drivers and transport à la demande: 1.",
  fix={"Plateforme de mobilité solidaire du Lot": 1, "Covoiturage et autopartage : la maison": 3},
  terms=[r"covoitur", r"auto-stop", r"autopartage"])
MOBSOL_RULES = [
    (3, has("mob_sol")),
    (2, has("velo_sol", "tad")),
    (1, has("covoit", "autopartage", "velo_atelier", "velo_ecole")),
]
MOBSOL_FIX = {"Covoiturage solidaire des Pays de la Loire": 2, "Covoiturage solidaire en Haute-Loire": 2,
              "Vélo-école des femmes": 1, "Atelier vélo de quartier": 1,
              "Covoiturage vers les zones d'emploi du Nord": 2, "Covoiturage et autopartage : la maison": 2,
              "Prêt de vélos cargos aux familles": 1}
q("mobilté solidaire", "typo", MOBSOL_RULES,
  "Typo of « mobilité solidaire ». Garages solidaires, auto-écoles sociales, plateformes mobilité, location "
  "solidaire, transport solidaire: 3. Solidarity bike schemes, transport à la demande, covoiturage solidaire: 2. "
  "Plain covoiturage/autopartage and bike workshops: 1. Erasmus « mobilité européenne » and PMR accessibility "
  "are near-misses.",
  fix=MOBSOL_FIX, terms=[r"mobilit", r"solidaire"])
RECYC_RULES = [(3, has("recyclerie")), (1, has("repair", "friperie", "reemploi_btp", "recond"))]
RECYC_FIX = {"Recyclerie du cycle": 2, "TZCLD dans le Morvan": 1, "Entreprise à but d'emploi de Saint-Jean": 1,
             "Epicerie solidaire La Passerelle": 0, "Entreprise adaptée de reconditionnement": 1,
             "ATELIER VELO SOLIDAIRE DE BORDEROUGE": 1}
q("recylerie", "typo", RECYC_RULES,
  "Typo of « recyclerie ». Recycleries and ressourceries (same thing): 3; bike-only recyclerie: 2; repair cafés, "
  "friperies, building-material reuse and EBE running a recyclerie: 1. Déchèterie and battery recycling: not judged.",
  fix=RECYC_FIX, terms=[r"recycl", r"ressourcerie"])
DEVOIRS_RULES = [(3, has("devoirs")), (1, has("decrochage", "mentorat", "mna"))]
DEVOIRS_FIX = {"Plateforme de cours particuliers": 1, "Devoir de mémoire": 0, "Tiers-lieu numérique du Velay": 1,
               "Parrainage de jeunes exilés": 1}
q("acompagnement scolaire", "typo", DEVOIRS_RULES,
  "Typo of « accompagnement scolaire ». Aide aux devoirs / soutien scolaire / CLAS / tutorat: 3. Décrochage, "
  "mentorat, support for unaccompanied minors including schooling, commercial private tutoring: 1. « Devoir de "
  "mémoire » is a near-miss.",
  fix=DEVOIRS_FIX, terms=[r"scolai", r"devoirs"])
MSP_RULES = [(3, has("msp")), (2, has("centre_sante"))]
q("maison de santé pluriprofesionelle", "typo", MSP_RULES,
  "Typo (pluriprofessionnelle). MSP / pôle de santé: 3; centres de santé (salaried doctors, same goal): 2.",
  fix={"Centre de santé dentaire solidaire": 1, "Centres délocalisés de prévention": 1},
  terms=[r"maison de sante", r"\bmsp\b", r"centre de sante"])
q("habitat inclussif", "typo",
  [(3, has("hab_inclusif")), (1, has("hab_particip", "intergen", "pension_famille"))],
  "Typo of « habitat inclusif ». Habitat inclusif (handicap or seniors, colocation accompagnée, maison partagée): 3; "
  "habitat participatif, cohabitation intergénérationnelle, pensions de famille: 1.",
  fix={"Habitat groupé intergénérationnel": 1},
  terms=[r"habitat", r"colocation"])
MONNAIE_RULES = [(3, has("monnaie_locale")), (1, has("sel", "ssa"))]
q("monaie locale", "typo", MONNAIE_RULES,
  "Typo of « monnaie locale ». Monnaies locales complémentaires: 3 (Ungersheim's programme includes one: 2). "
  "SEL / banque du temps and sécurité sociale de l'alimentation with a dedicated currency: 1.",
  fix={"Village en transition": 2, "Sécurité sociale de l'alimentation en Gironde": 0,
       "Caisse locale d'alimentation": 0},
  terms=[r"monnaie"])
ACI_RULES = [(3, has("aci")), (1, has("siae"))]
ACI_FIX = {"Cantine anti-gaspi des Chartrons": 1, "Collecte et redistribution des invendus": 3,
           "Premières heures de travail": 1, "Chantier de restauration du patrimoine bâti": 3,
           "Livraison à vélo cargo": 1, "Ordinateurs reconditionnés pour les familles": 1,
           "Recyclerie catalane": 2, "Régie de quartier de Clichy": 1, "Restaurant solidaire Le Bon Voisin": 1,
           "Épicerie solidaire La Courte Échelle": 1, "Conciergerie rurale": 1}
q("chantier d'insertoin", "typo", ACI_RULES,
  "Typo of « chantier d'insertion ». ACI (including jardins d'insertion, recycleries ACI): 3. Other SIAE "
  "(EI, ETTI, AI, régies): 1. « Chantier participatif » is a near-miss.",
  fix=ACI_FIX,
  terms=[r"chantier", r"insertion"])
VELO_AT_RULES = [(3, has("velo_atelier")), (2, has("velo_sol")), (1, has("velo_ecole"))]
q("ateleir vélo", "typo", VELO_AT_RULES,
  "Typo of « atelier vélo ». Bike workshops (autoréparation, recyclerie du cycle, itinerant): 3; solidarity "
  "sale/loan of bikes: 2; vélo-écoles: 1.",
  fix={"Atelier vélo de quartier": 3, "Recyclerie sportive lilloise": 1},
  terms=[r"velo", r"bicyclette", r"cycle"])
TL_RULES = [(3, has("tiers_lieu")), (1, has("coworking", "cafe_asso"))]
q("tier-lieu", "typo", TL_RULES,
  "Typo of « tiers-lieu ». Tiers-lieux, tiers lieux, third places, fablabs in a tiers-lieu: 3. Plain coworking and "
  "cafés associatifs: 1. Business centre coworking: not judged. « Tiers payant » is a near-miss.",
  fix={"Café associatif Le Repère": 0, "Café associatif itinérant": 0, "Café-épicerie coopératif": 1,
       "Conciergerie rurale": 0},
  terms=[r"tiers", r"third place", r"cowork", r"fablab"])

# =============================================================================================
# no_accent
# =============================================================================================
q("epicerie sociale", "no_accent", EPSOL_RULES,
  "No accents. Same judgements as « épicerie solidaire » (social and solidarity épiceries are the same service).",
  fix=EPSOL_FIX, terms=[r"epicerie"])
q("ehpad securite", "no_accent",
  [(3, has("ehpad_secu")), (1, has("ehpad"))],
  "No accents (« EHPAD sécurité »). Safety of residents in EHPAD (falls, fugues, medication errors): 3; other "
  "EHPAD projects: 1; fall prevention for seniors outside EHPAD: 1.",
  fix={"Gym douce et prévention des chutes": 1},
  terms=[r"ehpad", r"securit", r"chute", r"maison de retraite"])
PREC_RULES = [(3, has("prec_energ")), (2, has("renov", "autorehab"))]
q("precarite energetique", "no_accent", PREC_RULES,
  "No accents. Précarité énergétique (SLIME, visits, fonds énergie, ambassadeurs): 3; renovation programmes and "
  "auto-réhabilitation that target it: 2; citizen wind farm funding précarité actions: 1.",
  fix={"Parc éolien citoyen du Finistère": 1, "Guichet rénovation énergétique": 1},
  terms=[r"energ", r"factur"])
q("creche insertion", "no_accent",
  [(3, has("creche_avip")), (1, has("creche"))],
  "No accents (« crèche insertion »). Crèches AVIP / à vocation d'insertion professionnelle: 3; other crèches: 1; "
  "women's employment programme with childcare: 1.",
  fix={"Accompagnement vers l'emploi des femmes": 1},
  terms=[r"creche", r"multi-accueil", r"garde"])
MEDNUM_RULES = [(3, has("med_num")), (2, has("france_services")), (1, has("recond"))]
q("mediation numerique", "no_accent", MEDNUM_RULES,
  "No accents. Médiation / inclusion numérique, conseillers numériques, EPN: 3; France Services (help with online "
  "procedures): 2; computer refurbishing: 1 (the one with a training component is tagged médiation: 3 → kept 2).",
  fix={"Ordinateurs reconditionnés pour les familles": 2, "Tablettes et visio pour les seniors": 2,
       "Codage et numérique pour les jeunes": 2, "Tiers-lieu numérique du Velay": 1,
       "Tiers-lieu La Fabrique d'Aurillac": 1, "Tutorat en ligne": 0, "Tiers-lieu solidaire des quartiers Nord": 1,
       "Tiers-lieu culturel de Saint-Denis": 1, "Fabriques de territoire": 1, "Université populaire des exilés": 1,
       "Entreprise adaptée de reconditionnement": 1, "Banque du temps intergénérationnelle": 1},
  terms=[r"numerique", r"internet", r"informatique"])
DESERT_RULES = [(3, has("desert")), (2, AND(has("msp"), has("rural"))), (2, has("bus_sante", "telemed")),
                (1, has("centre_sante", "msp"))]
q("desert medical", "no_accent", DESERT_RULES,
  "No accents (« désert médical »). Records that explicitly answer the lack of doctors (MSP, salaried doctors, "
  "médicobus, téléconsultation in under-served areas): 3; rural MSP, health buses, telemedicine: 2; urban "
  "centres/MSP: 1.",
  fix={"Téléconsultation en pharmacie sur l'Aubrac": 3, "Télémédecine dans les EHPAD": 1,
       "Pirogue santé sur le Maroni": 2, "Bus santé des quartiers": 1, "EHPAD hors les murs": 1},
  terms=[r"medecin", r"sante", r"soins"])
q("sante mentale jeunes", "no_accent",
  [(3, AND(has("sante_mentale"), has("jeunes"))), (2, has("sante_mentale"))],
  "No accents. Youth mental health (maison des adolescents, student first aid): 3; other mental-health projects "
  "(GEM, CLSM, équipe mobile, Un chez-soi d'abord): 2.",
  terms=[r"psych", r"sante mentale", r"adolescent"])
q("securite sociale de l'alimentation", "no_accent",
  [(3, has("ssa"))],
  "No accents. Experiments of sécurité sociale de l'alimentation / caisses alimentaires communes: 3. Ordinary food "
  "aid is not judged.",
  terms=[r"securite sociale", r"caisse"])
q("cafe associatif", "no_accent",
  [(3, has("cafe_asso"))],
  "No accents. Cafés associatifs (fixed or itinerant): 3; épicerie-café of a village: 2; tiers-lieux, épiceries and "
  "ressourceries that include an associative café: 1.",
  fix={"Épicerie-café associative du village": 2, "Tiers-lieu La Fabrique d'Aurillac": 1,
       "Épicerie solidaire du Tonkin": 1, "La Ressourcerie du Bas-Montreuil": 1, "Café des aînés itinérant": 2,
       "Tiers-lieu du Revermont": 1, "TIERS-LIEU DE LA PLAINE": 1, "Tiers-lieu de la Vienne limousine": 1,
       "Café des parents": 1, "Café des aidants": 1},
  terms=[r"\bcafe\b"])
q("velo cargo", "no_accent",
  [(3, has("velo_cargo"))],
  "No accents (« vélo cargo »). The two vélo-cargo records: 3. Other bike projects are not judged.",
  terms=[r"cargo"])
q("reemploi materiaux", "no_accent",
  [(3, has("reemploi_btp")), (1, has("recyclerie"))],
  "No accents (« réemploi matériaux »). Reuse of building materials: 3; recycleries with a building-materials "
  "branch: 2; other recycleries: 1.",
  fix={"Recyclerie catalane": 2, "Recyclerie de Cornouaille": 2},
  terms=[r"materia"])

# =============================================================================================
# acronym
# =============================================================================================
q("IAE", "acronym",
  [(3, has("siae")), (1, has("geiq", "tzcld"))],
  "Insertion par l'activité économique. Every SIAE (ACI, EI, ETTI, AI, régies conventionnées, the regional SIAE "
  "network) whether it says « IAE » or spells it out: 3. GEIQ, TZCLD, pre-IAE « premières heures »: 1. Records "
  "that employ « salariés en insertion » without saying what structure they are: 2.",
  fix={"Cantine anti-gaspi des Chartrons": 2, "Restaurant solidaire Le Bon Voisin": 2,
       "Collecte et redistribution des invendus": 3, "Chantier de restauration du patrimoine bâti": 3,
       "Premières heures de travail": 1, "Livraison à vélo cargo": 3, "Ordinateurs reconditionnés pour les familles": 2,
       "Recyclerie catalane": 2, "Épicerie solidaire La Courte Échelle": 1, "Régie de quartier de Clichy": 2,
       "Conciergerie rurale": 3, "Recyclerie brestoise": 3},
  terms=[r"insertion", r"\biae\b", r"siae"])
q("ESS Bretagne", "acronym",
  [(3, AND(has("ess_reseau"), reg("53"))), (2, AND(reg("53"), OR(ESS_TEXT, COOP))), (1, has("ess_reseau"))],
  "ESS in région Bretagne (22, 29, 35, 56). ESS support structures and networks in Bretagne: 3; Breton organisations "
  "that present themselves as ESS or are cooperatives (SCIC/SCOP): 2; ESS support structures elsewhere: 1 "
  "(Nantes, « Bretagne historique » but Pays de la Loire: 1).",
  terms=[r"\bess\b", r"economie sociale", r"bretagne", r"cooperati"])
q("QPV", "acronym",
  [(3, has("qpv"))],
  "Quartiers prioritaires de la politique de la ville. Records that say they are in / for a QPV or quartier "
  "prioritaire: 3. Records in well-known working-class areas without that statement: 1.",
  fix={"Épicerie solidaire étudiante du campus Saint-Charles": 0, "Ressourcerie La Sauvegarde": 1,
       "Tiers-lieu solidaire des quartiers Nord": 3, "Entreprise à but d'emploi de Saint-Jean": 1,
       "Micro-Folie de Sevran": 1},
  terms=[r"qpv", r"quartier prioritaire", r"quartiers prioritaires", r"politique de la ville", r"quartiers nord"])
q("EHPAD", "acronym",
  [(3, has("ehpad"))],
  "Établissements d'hébergement pour personnes âgées dépendantes (also « maison de retraite »): 3. Records that only "
  "mention EHPAD in passing (transport to visit, alternative to EHPAD, cantines, bibliobus, artists' residencies): 1.",
  fix={"Maison partagée pour personnes âgées": 1, "Habitat inclusif pour seniors": 1, "Transport solidaire du Causse": 1,
       "Former des aides-soignants": 2,
       "Projet alimentaire territorial de la Creuse": 1, "Bibliobus et portage": 1, "Résidences d'artistes": 1,
       "Jardin partagé Le Ruisseau": 1},
  terms=[r"ehpad", r"maison de retraite", r"etablissements? d'hebergement"])
q("CCAS", "acronym",
  [(3, porteur(r"ccas|centre communal")), (2, porteur(r"cias|centre intercommunal")),
   (1, txt(r"\bccas\b|\bcias\b|centre communal"))],
  "Centre communal d'action sociale. Projects run by a CCAS: 3; by a CIAS: 2; projects naming the CCAS as the "
  "orienting partner: 1.",
  terms=[r"ccas", r"cias", r"centre communal"])
q("ACI", "acronym", ACI_RULES,
  "Atelier et chantier d'insertion. Same judgements as « chantier d'insertion ».",
  fix=ACI_FIX,
  terms=[r"\baci\b", r"chantier"])
q("AMAP", "acronym",
  [(3, has("amap")), (1, has("mag_prod", "drive_fermier"))],
  "Association pour le maintien d'une agriculture paysanne (spelled out in one record, lower case in another): 3. "
  "Other direct-sale schemes (magasins de producteurs, drive fermier): 1; épicerie étudiante partnering with an "
  "AMAP: 1.",
  fix={"Épicerie solidaire étudiante Ar Gegin": 1, "Jardins de la Vallée": 1, "Jardins solidaires du Pays de Lorient": 1},
  terms=[r"amap", r"agriculture paysanne", r"paniers"])
q("MSP", "acronym", MSP_RULES,
  "Maison de santé pluriprofessionnelle: 3; centres de santé: 2 (dentaire: 1). « MSA » is not MSP.",
  fix={"Centre de santé dentaire solidaire": 1, "Centres délocalisés de prévention": 1},
  terms=[r"\bmsp\b", r"maison de sante", r"pole de sante"])
q("FLE", "acronym",
  [(3, has("fle")), (1, has("refugies"))],
  "Français langue étrangère (and ateliers sociolinguistiques): 3; other refugee projects with French lessons: 2; "
  "other refugee projects: 1.",
  fix={"Accompagnement des mineurs non accompagnés": 2, "Insertion professionnelle des réfugiés": 2,
       "Réfugiés et agriculteurs": 2, "Université populaire des exilés": 3,
       "Épicerie sociale et solidaire Franc-Moisin": 1, "Aide aux devoirs à Mamoudzou": 1,
       "Ecole de conduite associative de Mulhouse": 1},
  terms=[r"\bfle\b", r"francais", r"langue"])
q("ESAT", "acronym",
  [(3, has("esat")), (1, has("ea"))],
  "Établissement et service d'aide par le travail (spelled out in one record): 3. Entreprises adaptées and records "
  "mentioning ESAT in passing: 1.",
  fix={"Colocation inclusive pour jeunes adultes autistes": 1, "Achats responsables": 1},
  terms=[r"esat", r"aide par le travail", r"adapt"])
q("TZCLD", "acronym",
  [(3, has("tzcld"))],
  "Territoires zéro chômeur de longue durée / entreprises à but d'emploi: 3 (one record only says « Territoires "
  "zéro chômeur »).",
  terms=[r"tzcld", r"zero chomeur", r"but d'emploi"])
q("PAT", "acronym",
  [(3, has("pat")), (1, has("cantine_locale"))],
  "Projet alimentaire territorial: 3. ESAT légumerie integrated in the Gers PAT: 2. Local cantines: 1.",
  fix={"Établissement d'aide par le travail – légumerie": 2},
  terms=[r"\bpat\b", r"alimentaire territorial"])
q("CAE", "acronym",
  [(3, has("cae")), (1, has("couveuse"))],
  "Coopérative d'activité et d'emploi: 3; couveuse d'entreprises (same test-your-business idea): 1.",
  terms=[r"\bcae\b", r"cooperative d'activite", r"entrepreneur-salarie"])

# =============================================================================================
# plural
# =============================================================================================
q("vélos", "plural",
  [(3, has("velo")), (1, has("velo_near"))],
  "Plural. All social bike projects (workshops, vélo-écoles, solidarity sale/loan, cargo, vélobus, regional bike "
  "aid): 3; tourist bike rental: 1; other records lending bikes among other things: 1; vélorail (a rail trolley) is "
  "not judged.",
  fix={"Plateforme de mobilité solidaire du Lot": 1, "Recyclerie sportive lilloise": 1,
       "Covoiturage et autopartage : la maison": 1, "Atelier vélo itinérant": 3, "Vélorail du Blavet": 0},
  terms=[r"velo", r"bicyclette", r"cycl"])
q("jardins partagés", "plural",
  [(3, has("jp")), (2, has("jfam")), (1, has("jins"))],
  "Plural of « jardin partagé ». Same judgements as the typo query.",
  fix={"Régie de quartier du Dunkerquois": 2, "Compost partagé dans les squares": 1, "Composteurs de quartier": 1,
       "Maison de retraite et école": 1, "Tiers-lieu nourricier": 1, "Ferme pédagogique": 1},
  terms=[r"jardin", r"potager"])
q("épiceries solidaires", "plural", EPSOL_RULES,
  "Plural. Same judgements as « épicerie solidaire ».",
  fix=EPSOL_FIX, terms=[r"epicerie"])
q("recycleries", "plural", RECYC_RULES,
  "Plural. Same judgements as « recyclerie ».", fix=RECYC_FIX, terms=[r"recycl", r"ressourcerie"])
q("maisons de santé", "plural",
  [(3, has("msp")), (2, has("centre_sante"))],
  "Plural, generic. MSP: 3; centres de santé: 2.",
  fix={"Centre de santé dentaire solidaire": 1, "Centres délocalisés de prévention": 1, "Maison des adolescents": 1},
  terms=[r"maison", r"sante"])
q("tiers-lieux", "plural", TL_RULES,
  "Plural. Same judgements as « tiers-lieu ».",
  fix={"Café associatif Le Repère": 0, "Café associatif itinérant": 0, "Café-épicerie coopératif": 1,
       "Conciergerie rurale": 0},
  terms=[r"tiers", r"third place"])
q("monnaies locales", "plural", MONNAIE_RULES,
  "Plural. Same judgements as « monnaie locale ».",
  fix={"Village en transition": 2, "Sécurité sociale de l'alimentation en Gironde": 0,
       "Caisse locale d'alimentation": 0},
  terms=[r"monnaie"])
q("garages solidaires", "plural",
  [(3, has("garage_sol"))],
  "Plural. Garages solidaires / associatifs / d'auto-réparation: 3; mobility schemes relying on a network of "
  "garages solidaires: 2; EBE running a garage solidaire among other things: 1.",
  fix={"Mobilité inclusive en Isère": 2, "TZCLD dans le Morvan": 1},
  terms=[r"garage"])
q("repair cafés", "plural",
  [(3, has("repair"))],
  "Plural. Repair cafés / cafés réparation: 3; tiers-lieux and fablabs hosting a repair café: 1.",
  fix={"Tiers lieu rural de la Châtaigneraie": 1, "Fablab du quartier Bréquigny": 1},
  terms=[r"repar"])
q("crèches", "plural",
  [(3, has("creche")), (1, has("laep", "rpe", "jardin_enfants"))],
  "Plural. All crèches (AVIP, horaires atypiques, parentale, micro-crèches, multi-accueil): 3; home childcare at "
  "atypical hours: 2; LAEP, RPE, jardin d'enfants: 1.",
  fix={"Garde d'enfants à domicile en horaires décalés": 2, "Label AVIP dans les Bouches-du-Rhône": 3,
       "EHPAD ouvert sur le quartier": 1},
  terms=[r"creche", r"multi-accueil"])
q("réfugiés", "plural",
  [(3, has("refugies"))],
  "Plural. All refugee / exile projects: 3; other projects mentioning refugees among their public: 1.",
  fix={"Ecole de conduite associative de Mulhouse": 1, "Cantine solidaire de la Plaine": 1},
  terms=[r"refugi", r"exil", r"migrant"])
q("pensions de famille", "plural",
  [(3, has("pension_famille")), (1, has("logement_abord"))],
  "Plural. Pensions de famille / maisons relais: 3; Logement d'abord programmes: 1.",
  terms=[r"pension", r"maison relais"])

# =============================================================================================
# synonym
# =============================================================================================
q("ressourcerie", "synonym", RECYC_RULES,
  "Synonym: ressourcerie = recyclerie. Records saying either: 3 (same judgements as « recyclerie »).",
  fix=RECYC_FIX, terms=[r"recycl", r"ressourcerie"])
q("bicyclette", "synonym",
  [(3, has("velo")), (1, has("velo_near"))],
  "Synonym: bicyclette = vélo; most records only say vélo. Same judgements as « vélos ».",
  fix={"Plateforme de mobilité solidaire du Lot": 1, "Recyclerie sportive lilloise": 1,
       "Covoiturage et autopartage : la maison": 1, "Vélorail du Blavet": 0},
  terms=[r"velo", r"bicyclette"])
q("third place", "synonym", TL_RULES,
  "English « third place » = tiers-lieu (one record uses it). Same judgements as « tiers-lieu ».",
  fix={"Café associatif Le Repère": 0, "Café associatif itinérant": 0, "Café-épicerie coopératif": 1,
       "Conciergerie rurale": 0},
  terms=[r"tiers", r"third"])
q("maison de retraite", "synonym",
  [(3, has("ehpad"))],
  "Synonym of EHPAD (most records say EHPAD). EHPAD projects: 3; alternatives to EHPAD and luxury résidence "
  "services: 1.",
  fix={"Maison partagée pour personnes âgées": 1, "Habitat inclusif pour seniors": 1,
       "Résidence services seniors haut de gamme": 1, "Former des aides-soignants": 2},
  terms=[r"ehpad", r"retraite", r"residence"])
q("soutien scolaire", "synonym", DEVOIRS_RULES,
  "Synonym of aide aux devoirs / accompagnement scolaire / tutorat. Same judgements as « accompagnement scolaire ».",
  fix=DEVOIRS_FIX, terms=[r"scolai", r"devoirs", r"tutor"])
q("SDF", "synonym",
  [(3, has("sans_abri")), (2, has("pension_famille", "logement_abord", "heberg_urgence"))],
  "« SDF » never appears in the corpus: records say sans-abri, personnes à la rue, sans domicile. Street outreach, "
  "day centres, bagagerie, laverie, showers: 3; pensions de famille, Logement d'abord, emergency shelters: 2; "
  "veterinary care for homeless people's dogs, Les Grands Voisins: 1.",
  fix={"Clinique vétérinaire solidaire": 1, "Les Grands Voisins": 1,
       "Hébergement d'urgence pour femmes victimes": 1, "Distributeurs de protections périodiques": 1},
  terms=[r"sans-abri", r"sans abri", r"a la rue", r"sans domicile"])
q("rompre la solitude des seniors", "synonym",
  [(3, has("isolement_age")), (1, has("intergen", "transport_sol"))],
  "Synonyms: solitude ~ isolement, seniors ~ personnes âgées / aînés. Projects against isolation of older people: 3; "
  "café des aînés: 3; repas partagés for isolated people: 2; intergenerational housing, volunteer transport, "
  "portage: 1.",
  fix={"Repas partagés du mardi": 2, "Bibliobus et portage": 2, "Banque du temps intergénérationnelle": 1,
       "Portage de repas à domicile": 1, "Remise en selle des seniors": 1, "Commerce itinérant dans les hameaux": 1,
       "Habitat inclusif pour seniors": 1, "Maison partagée pour personnes âgées": 1,
       "Habitat groupé intergénérationnel": 1},
  terms=[r"isol", r"seul", r"solitude"])
q("migrants", "synonym",
  [(3, has("refugies"))],
  "Synonyms: migrants ~ réfugiés / exilés / demandeurs d'asile. Same judgements as « réfugiés ».",
  fix={"Ecole de conduite associative de Mulhouse": 1, "Cantine solidaire de la Plaine": 1},
  terms=[r"refugi", r"exil", r"migrant"])
q("autopartage", "synonym",
  [(3, has("autopartage")), (1, has("covoit"))],
  "Autopartage is NOT a synonym of covoiturage: autopartage records 3; covoiturage 1 (related shared mobility); "
  "the mobility information centre mentioning both: 2; location solidaire of cars: 1.",
  fix={"Covoiturage et autopartage : la maison": 2, "Location solidaire de scooters": 1, "Voitures à 1 €": 1},
  terms=[r"autopartage", r"voiture partag", r"partag"])
q("photovoltaïque citoyen", "synonym",
  [(3, has("energie_cit"))],
  "Citizen solar power (centrales villageoises, toits solaires citoyens, centrale solaire): 3; citizen wind / "
  "cooperative electricity supplier: 2; village electric car charged by solar panels: 1.",
  fix={"Parc éolien citoyen": 2, "Fournisseur d'électricité coopératif": 2, "Le Mené, territoire": 2,
       "Voiture électrique partagée communale": 1, "Refuge de montagne rénové": 0},
  terms=[r"solaire", r"photovolta", r"eolien"])
q("informatique solidaire", "synonym",
  [(3, has("recond")), (1, has("med_num"))],
  "Informatique solidaire ~ reconditionnement d'ordinateurs à prix solidaire. Refurbishing records: 3; entreprise "
  "adaptée de reconditionnement informatique: 3; médiation numérique: 1.",
  fix={"Entreprise adaptée de reconditionnement": 3},
  terms=[r"informatique", r"ordinateur"])
q("anti-gaspi", "synonym",
  [(3, has("antigaspi"))],
  "Anti-gaspi ~ lutte contre le gaspillage alimentaire, invendus, glanage, frigos solidaires: 3; redistribution of "
  "store unsold goods: 3; cantines that financed organic food by cutting waste: 1; épiceries using « ramasse » of "
  "unsold goods: 1.",
  fix={"Collecte et redistribution des invendus": 3, "Une régie agricole pour des cantines": 1,
       "Cantines bio et locales à Saint-Étienne": 1, "Epicerie sociale Belle de Mai": 1,
       "Épicerie sociale et solidaire Franc-Moisin": 1, "Épicerie sociale Le Grenier": 1,
       "Aide alimentaire : le drive solidaire": 1},
  terms=[r"gaspi", r"invendu", r"glan"])

# =============================================================================================
# place
# =============================================================================================
q("épicerie solidaire marseille", "place",
  [(3, AND(has("epsol"), commune(MARSEILLE))), (1, has("epsol")), (1, AND(has("aide_alim", "antigaspi"), commune(MARSEILLE)))],
  "Épiceries solidaires/sociales placed in Marseille (13055, including the 13203 arrondissement record): 3. "
  "Same topic elsewhere, including Aix-en-Provence and Marseillan (34): 1. Other food aid in Marseille: 1.",
  terms=[r"epicerie", r"marseill"])
q("tiers-lieu dans le Cantal", "place",
  [(3, AND(has("tiers_lieu"), dep("15"))), (1, has("tiers_lieu"))],
  "Tiers-lieux placed in the Cantal (15), one with only the département: 3. Other tiers-lieux (including Le Puy, "
  "« aux portes du Cantal »): 1.",
  terms=[r"tiers", r"cantal"])
q("saint denis réunion", "place",
  [(3, commune("97411")), (1, dep("974"))],
  "Place only. Every record placed in Saint-Denis (97411): 3; other Réunion records: 1. Saint-Denis (93), "
  "Saint-Denis (11) and Saint-Denis-d'Oléron: not judged.",
  terms=[r"saint-denis", r"reunion"])
q("recyclerie Bretagne", "place",
  [(3, AND(has("recyclerie"), reg("53"))), (1, has("recyclerie"))],
  "Recycleries/ressourceries in région Bretagne (22, 29, 35, 56; one département-level network): 3; elsewhere: 1.",
  terms=[r"recycl", r"ressourcerie", r"bretagne"])
q("repair café lyon", "place",
  [(3, AND(has("repair"), commune(LYON))), (1, has("repair"))],
  "Repair cafés in Lyon (69123): 3; elsewhere: 1 (Lyons-la-Forêt (27) is a trap: 1).",
  terms=[r"repair", r"lyon"])
q("jardins partagés paris", "place",
  [(3, AND(has("jp"), commune(PARIS))), (1, has("jp", "jfam"))],
  "Jardins partagés in Paris (75056): 3. Other jardins partagés (including Seine-Saint-Denis) and jardins "
  "familiaux: 1. Compost in Paris squares: 1.",
  fix={"Compost partagé dans les squares": 1},
  terms=[r"jardin", r"paris"])
q("mobilité solidaire Occitanie", "place",
  [(3, AND(has("mob_sol"), reg("76"))), (2, AND(has("tad", "covoit", "velo_sol"), reg("76"))), (1, has("mob_sol")),
   (1, AND(has("velo", "autopartage"), reg("76")))],
  "Mobilité solidaire in région Occitanie (76; includes Lot, Gard, Gers, Ariège, Lozère...): 3; transport à la "
  "demande / covoiturage / solidarity bike schemes in Occitanie: 2 (none in the corpus); mobilité solidaire elsewhere "
  "and bike workshops / autopartage in Occitanie: 1.",
  terms=[r"mobilit", r"occitanie"])
q("aide aux devoirs Lille", "place",
  [(3, AND(has("devoirs"), commune("59350"))), (1, has("devoirs"))],
  "Aide aux devoirs / soutien scolaire in Lille (59350): 3; elsewhere (including Roubaix, Lillers): 1.",
  terms=[r"devoirs", r"scolai", r"lille"])
q("santé Guyane", "place",
  [(3, AND(has("sante", "desert", "prevention"), dep("973"))), (1, has("sante"))],
  "Health projects placed in Guyane (973): 3; health projects elsewhere: 1. Non-health Guyane records: not judged.",
  fix={"Centres délocalisés de prévention": 3},
  terms=[r"sante", r"guyan"])
q("habitat inclusif Morbihan", "place",
  [(3, AND(has("hab_inclusif"), dep("56"))), (1, has("hab_inclusif"))],
  "Habitat inclusif in the Morbihan (56), including a département-level call for projects: 3; elsewhere: 1.",
  terms=[r"habitat", r"morbihan"])
q("épicerie sociale toulouse", "place",
  [(3, AND(has("epsol"), commune("31555"))), (1, has("epsol")), (1, AND(has("aide_alim"), commune("31555")))],
  "Épiceries sociales/solidaires in Toulouse (31555): 3; elsewhere: 1 (Toulouse-le-Château (39) is a trap).",
  terms=[r"epicerie", r"toulous"])
q("chantier d'insertion nord", "place",
  [(3, AND(has("aci"), dep("59"))), (2, AND(has("siae"), dep("59"))), (1, has("aci"))],
  "ACI in the Nord département (59): 3; other SIAE in the Nord: 2; ACI elsewhere: 1. « Quartiers Nord » of "
  "Marseille is a trap.",
  fix={"Collecte et redistribution des invendus": 1, "Chantier de restauration du patrimoine bâti": 1,
       "Épicerie solidaire La Courte Échelle": 1},
  terms=[r"insertion", r"\bnord\b"])
q("aide alimentaire saint-denis", "place",
  [(3, AND(has("aide_alim"), commune("93066", "97411"))), (1, has("aide_alim"))],
  "Ambiguous place: both Saint-Denis (93066) and Saint-Denis de La Réunion (97411) food aid: 3. Street outreach "
  "handing out hot meals in Saint-Denis (974): 2; day centre serving breakfast there: 1. Food aid elsewhere: 1.",
  fix={"=Maraude solidaire de Saint-Denis": 2, "Boutique solidarité de Saint-Denis": 1,
       "Maraudes solidaires du soir": 1},
  terms=[r"aliment", r"saint-denis"])
q("EHPAD Lozère", "place",
  [(3, AND(has("ehpad"), dep("48"))), (1, has("ehpad"))],
  "EHPAD projects in the Lozère (48): 3; EHPAD elsewhere: 1.",
  terms=[r"ehpad", r"lozer"])

# =============================================================================================
# natural
# =============================================================================================
q("aide aux devoirs pour collégiens en zone rurale", "natural",
  [(3, all_("devoirs", "college", "rural")), (2, AND(has("devoirs"), has("college", "rural"))),
   (1, has("devoirs")), (1, AND(has("decrochage", "mentorat"), has("rural")))],
  "Homework help for collégiens in rural areas: 3; for collégiens in towns, or for younger children in villages: 2; "
  "other homework help: 1; rural décrochage / mentorat: 1.",
  fix={"Plateforme de cours particuliers": 0, "Caravane de la lecture et des devoirs": 2},
  terms=[r"devoirs", r"scolai", r"college"])
q("comment lutter contre l'isolement des personnes âgées à la campagne", "natural",
  [(3, all_("isolement_age", "rural")), (2, has("isolement_age")), (2, AND(has("transport_sol"), has("rural"))),
   (1, AND(has("age", "seniors"), has("rural")))],
  "Isolation of older people in rural areas: 3; isolation projects in towns and rural volunteer transport for the "
  "elderly: 2; other rural elderly services (portage, EHPAD hors les murs, itinerant shop, maison partagée): 1.",
  fix={"Bibliobus et portage": 2, "Commerce itinérant dans les hameaux": 1, "Multiple rural d'Allanche": 1,
       "Repas partagés du mardi": 1, "Covoiturage solidaire en Haute-Loire": 1, "Mutualisation des EHPAD": 0,
       "Café des aidants de l'Indre": 0},
  terms=[r"isol", r"personnes agees", r"aines", r"seniors"])
q("où trouver un vélo pas cher pour aller travailler", "natural",
  [(3, has("velo_sol")), (2, has("velo_atelier")), (1, has("loc_vehicule", "plateforme_mob"))],
  "Cheap bikes for getting to work: solidarity sale/loan of bikes for jobseekers/apprentices: 3; workshops that sell "
  "refurbished bikes cheaply: 2; other mobility-for-work schemes: 1.",
  fix={"Plateforme de mobilité solidaire du Lot": 2, "Atelier cycles participatif du Cotentin": 1,
       "Atelier vélo solidaire de Pointe-à-Pitre": 1, "Atelier vélo itinérant": 1, "Vélo-école pour adultes": 1,
       "Vélo-école des femmes": 1, "Location de vélos électriques au pied": 0},
  terms=[r"velo", r"bicyclette"])
q("je cherche une crèche qui accepte les parents au chômage", "natural",
  [(3, has("creche_avip")), (1, has("creche"))],
  "Crèches AVIP / places reserved for jobseeking parents: 3; other crèches: 1; women's employment programme with "
  "childcare during workshops: 1.",
  fix={"Accompagnement vers l'emploi des femmes": 1},
  terms=[r"creche", r"emploi"])
q("aider les réfugiés à trouver un travail", "natural",
  [(3, has("emploi_refugies")), (2, has("mna")), (1, has("refugies"))],
  "Refugee employment: 3; unaccompanied minors towards apprenticeships: 2; other refugee projects: 1; driving school "
  "for refugees: 1.",
  fix={"Ecole de conduite associative de Mulhouse": 1, "Parrainage de jeunes exilés": 1},
  terms=[r"refugi", r"exil", r"emploi"])
q("comment baisser la facture d'énergie d'un ménage modeste", "natural", PREC_RULES,
  "Précarité énergétique: 3; renovation targeting modest households and auto-réhabilitation: 2; citizen energy that "
  "funds anti-précarité actions and défi familles: see rules.",
  fix={"Parc éolien citoyen du Finistère": 1, "Guichet rénovation énergétique": 2},
  terms=[r"energ", r"factur"])
q("se soigner quand il n'y a plus de médecin au village", "natural",
  [(3, AND(has("desert"), has("rural"))), (3, AND(has("desert"), has("centre_sante"))),
   (2, AND(has("sante"), has("rural"))), (1, has("msp", "bus_sante", "telemed", "centre_sante"))],
  "Medical deserts in rural areas (MSP with new doctors, salaried doctors, médicobus, teleconsultation in pharmacy): 3; "
  "other rural or remote health schemes (pôle de santé, Guyane interior): 2; urban MSP/centres, health buses, "
  "telemedicine, rural mental-health team, EHPAD hors les murs, volunteer transport to the doctor: 1.",
  fix={"Téléconsultation en pharmacie sur l'Aubrac": 3, "Transport solidaire du Ségala": 1,
       "Centres délocalisés de prévention": 2, "Pirogue santé sur le Maroni": 2, "Équipe mobile de santé mentale": 1,
       "Télémédecine dans les EHPAD": 1, "EHPAD hors les murs": 1},
  terms=[r"medecin", r"soin"])
q("apprendre à faire ses démarches administratives sur internet", "natural",
  [(3, has("med_num")), (2, has("france_services"))],
  "Learning to do online procedures: médiation numérique with démarches: 3; France Services: 2; writing help and "
  "non-recours: 1; coding workshops for teenagers: 1.",
  fix={"Codage et numérique pour les jeunes": 1, "Écrivains publics bénévoles": 1, "Lutte contre le non-recours": 1,
       "Tablettes et visio pour les seniors": 2, "Ordinateurs reconditionnés pour les familles": 2,
       "Initiation au numérique pour les seniors": 2, "Tiers-lieu solidaire des quartiers Nord": 1},
  terms=[r"demarche", r"numerique", r"internet", r"en ligne"])
q("donner des meubles et des vêtements au lieu de les jeter", "natural",
  [(3, has("recyclerie")), (2, has("friperie")), (1, has("repair", "reemploi_btp"))],
  "Where to give furniture and clothes: recycleries/ressourceries: 3 (sports and culture recycleries: 2); friperies "
  "and textile collection: 2; repair cafés and building materials: 1.",
  fix={"Recyclerie sportive lilloise": 2, "Recyclerie culturelle": 2, "Recyclerie du cycle": 1,
       "Vestiboutique du Grand Parc": 3, "Friperie solidaire et atelier textile": 3},
  terms=[r"meuble", r"vetement", r"textile"])
q("des repas bio et locaux à la cantine de l'école", "natural",
  [(3, has("cantine_locale")), (2, has("pat")), (1, has("mag_prod"))],
  "Organic/local school meals: 3 (ESAT légumerie for cantines: 2); PAT: 2; producers' shop supplying cantines: 1; "
  "Ungersheim (cantine bio): 2.",
  fix={"Établissement d'aide par le travail – légumerie": 2, "Village en transition": 2,
       "Coopérative de producteurs du Doubs": 0, "Point de vente collectif Saveurs d'Anjou": 0},
  terms=[r"cantine", r"restauration collective"])
q("faire garder mon enfant quand je travaille de nuit", "natural",
  [(3, has("creche_horaires")), (1, has("creche", "rpe"))],
  "Childcare at night / atypical hours: 3; other crèches and the relais petite enfance (informs on childcare): 1.",
  terms=[r"horaires", r"nuit", r"garde"])
q("logement pour une personne âgée qui ne veut plus vivre seule", "natural",
  [(3, AND(has("hab_inclusif"), has("seniors"))), (2, has("intergen")), (1, has("ehpad", "hab_particip"))],
  "Shared/inclusive housing for older people: 3 (maison partagée, habitat inclusif seniors); intergenerational "
  "cohabitation: 2; EHPAD, habitat participatif, luxury résidence services: 1.",
  fix={"Maison partagée pour personnes âgées": 3, "Habitat groupé intergénérationnel": 2,
       "Résidence services seniors haut de gamme": 1, "Habitat inclusif dans le Morbihan": 2,
       "Former des aides-soignants": 0, "Musique en EHPAD": 0, "Télémédecine dans les EHPAD": 0,
       "Prévention des chutes en EHPAD": 0, "Mutualisation des EHPAD": 0, "Securite des residents": 0,
       "Village Alzheimer landais": 1},
  terms=[r"logement", r"habitat", r"personnes agees", r"seniors"])

# =============================================================================================
# exact
# =============================================================================================
q("Épicerie solidaire La Courte Échelle", "exact",
  [(3, key("courte_echelle")), (1, has("epsol"))],
  "Exact title. The record: 3; other épiceries solidaires: 1.",
  terms=[r"courte"])
q("Recyclerie du Pays de Figeac", "exact",
  [(3, key("recyc_figeac")), (1, has("recyclerie"))],
  "Exact title. The record: 3; other recycleries: 1.",
  terms=[r"figeac"])
q("Le Sou du Ségala", "exact",
  [(3, key("sou_segala")), (1, has("monnaie_locale"))],
  "Exact name of a local currency. The record: 3; other local currencies: 1.",
  terms=[r"segala", r"\bsou\b"])
q("Garage solidaire du Gard", "exact",
  [(3, key("garage_gard")), (1, has("garage_sol"))],
  "Exact title. The record: 3; other garages solidaires: 1.",
  terms=[r"gard\b", r"garage"])
q("maison de santé pluriprofessionnelle du Cézallier", "exact",
  [(3, key("msp_cezallier")), (1, has("msp"))],
  "Exact title (lower case). The record: 3; other MSP: 1.",
  terms=[r"cezallier"])
q("Tiers-lieu La Fabrique d'Aurillac", "exact",
  [(3, key("fabrique_aurillac")), (1, has("tiers_lieu"))],
  "Exact title. The record: 3; other tiers-lieux: 1.",
  terms=[r"fabrique", r"aurillac"])
q("Un chez-soi d'abord Marseille", "exact",
  [(3, lambda r: r["title"] == "Un chez-soi d'abord Marseille"), (2, has("logement_abord"))],
  "Exact title of a programme. The record: 3; the other Logement d'abord programme: 2.",
  terms=[r"chez-soi", r"logement d'abord"])
q("PAT du Grand Figeac", "exact",
  [(3, lambda r: r["title"] == "PAT du Grand Figeac"), (1, has("pat"))],
  "Exact title, with an acronym. The record: 3; other PAT: 1.",
  terms=[r"figeac", r"\bpat\b"])
q("Ti Kaz Manzé", "exact",
  [(3, key("ti_kaz"))],
  "Exact Creole name. Only the record: 3.",
  terms=[r"kaz", r"manze"])
q("Chantier d'insertion Environnement Lozère", "exact",
  [(3, key("aci_lozere")), (1, has("aci"))],
  "Exact title. The record: 3; other ACI: 1.",
  terms=[r"lozer"])
q("Pôle ESS du Pays de Rennes", "exact",
  [(3, key("pole_ess_rennes")), (2, AND(has("ess_reseau"), reg("53"))), (1, has("ess_reseau"))],
  "Exact title. The record: 3; other ESS support structures in Bretagne: 2; elsewhere: 1.",
  terms=[r"pole", r"rennes"])
q("la soie monnaie locale", "exact",
  [(3, key("la_soie")), (1, has("monnaie_locale"))],
  "Name of a local currency plus its kind, lower case. The record: 3; other local currencies: 1.",
  terms=[r"soie"])

# =============================================================================================
# multiword
# =============================================================================================
q("insertion professionnelle jeunes quartiers", "multiword",
  [(3, AND(has("jeunes"), has("qpv"), has("emploi", "sport_inclusion", "mentorat", "orientation"))),
   (2, AND(has("jeunes"), has("emploi", "mentorat", "orientation", "decrochage")))],
  "Youth employment in working-class neighbourhoods: 3; youth employment / orientation elsewhere and QPV décrochage: "
  "2; QPV employment schemes not specific to youth: 1.",
  fix={"Le sport comme levier d'insertion": 3, "Mentorat pour lycéens des quartiers": 3,
       "Raccrochage scolaire par le sport": 2, "Auto-école sociale des Minguettes": 1,
       "Accompagnement vers l'emploi des femmes": 1, "Codage et numérique pour les jeunes": 1,
       "École de la deuxième chance": 2, "Forum des métiers en immersion": 2, "Mentorat des jeunes ruraux": 1,
       "Location solidaire de scooters": 1, "Mobilité européenne des jeunes": 1, "Job coaching pour personnes": 1,
       "Microlycée pour les décrocheurs": 1, "Accompagnement des mineurs non accompagnés": 1,
       "Chantier de restauration du patrimoine bâti": 2, "Atelier vélo solidaire de Pointe-à-Pitre": 1,
       "Garage solidaire de l'Ouest guyanais": 1, "Ressourcerie de l'Est réunionnais": 1},
  terms=[r"jeune", r"quartier"])
q("numérique seniors", "multiword",
  [(3, AND(has("med_num"), has("seniors"))), (2, has("med_num")), (1, has("france_services"))],
  "Digital skills for older people: 3; other médiation numérique: 2; France Services: 1.",
  fix={"Cyber-case numérique": 3, "Ordinateurs reconditionnés pour les familles": 1,
       "Tablettes et visio pour les seniors isolés": 3, "Banque du temps intergénérationnelle": 2,
       "Codage et numérique pour les jeunes": 1},
  terms=[r"numerique", r"tablette", r"senior"])
q("emploi personnes handicapées", "multiword",
  [(3, has("esat", "ea", "emploi_acc"))],
  "Employment of disabled people: ESAT, entreprises adaptées, emploi accompagné: 3; ESS purchasing platform listing "
  "ESAT/EA: 1.",
  fix={"Achats responsables": 1, "Colocation inclusive pour jeunes adultes autistes": 1},
  terms=[r"handicap"])
q("mobilité rurale personnes âgées", "multiword",
  [(3, all_("transport_sol", "seniors", "rural")), (2, has("tad")), (1, AND(has("covoit", "autopartage"), has("rural")))],
  "Volunteer transport for older people in rural areas: 3; transport à la demande (rural or for elderly): 2; rural "
  "covoiturage/autopartage: 1; remise en selle seniors: 1.",
  fix={"Remise en selle des seniors": 1, "Covoiturage solidaire en Haute-Loire": 2, "Café des aînés itinérant": 1,
       "Commerce itinérant dans les hameaux": 1, "Multiple rural d'Allanche": 1},
  terms=[r"mobilit", r"transport", r"personnes agees"])
q("culture en milieu rural", "multiword",
  [(3, all_("culture", "rural")), (1, has("culture"))],
  "Culture in rural areas: 3; rural café associatif with concerts and rural tiers-lieux with a stage: 2; culture in "
  "towns: 1.",
  fix={"Café associatif de Tarnac": 2, "Tiers lieu rural de la Châtaigneraie": 2, "Village en transition": 0,
       "Chants polyphoniques": 2, "Spectacles accessibles en langue des signes": 1, "Festival des lumières": 1,
       "Jazz à Vienne": 1, "Recyclerie culturelle": 1, "Tiers-lieu culturel de Saint-Denis": 1,
       "Festival des arts de rue de la Montagne Noire": 3, "Café associatif itinérant du Gers": 1,
       "Tiers-lieu de la Vienne limousine": 2, "Musique en EHPAD": 1, "Devoir de mémoire": 1},
  terms=[r"cultur", r"spectacle", r"concert", r"artist"])
q("accueil de jour sans-abri", "multiword",
  [(3, has("accueil_jour")), (2, has("sans_abri"))],
  "Day centres for homeless people: 3; other homeless services: 2; pension de famille: 1.",
  fix={"Hébergement d'urgence hivernal": 2, "Pension de famille du Havre": 1, "Maison relais de l'Ariège": 1},
  terms=[r"accueil de jour", r"sans-abri", r"a la rue"])
q("énergie citoyenne", "multiword",
  [(3, has("energie_cit"))],
  "Citizen-owned renewable energy: 3.",
  terms=[r"citoyen", r"energie"])
q("logement jeunes travailleurs", "multiword",
  [(3, AND(has("logement"), has("jeunes"))), (1, has("intergen"))],
  "Housing for young workers (FJT, habitat jeunes): 3; student–senior cohabitation: 1.",
  fix={"Foyer de jeunes travailleurs": 3, "Résidence habitat jeunes": 3},
  terms=[r"jeunes", r"logement"])
q("alimentation durable quartiers populaires", "multiword",
  [(3, AND(has("amap", "ssa", "cantine_locale", "mag_prod"), has("qpv"))), (2, all_("jp", "qpv")),
   (1, AND(has("aide_alim", "antigaspi"), has("qpv"))), (1, has("ssa"))],
  "Sustainable food in working-class areas: solidarity AMAP in a QPV: 3; tiers-lieu nourricier and a vegetable garden "
  "in a QPV: 2; food aid in QPV, anti-waste in neighbourhoods, SSA experiments, and organic/local food made "
  "affordable to low incomes elsewhere (AMAP with reduced baskets, student organic baskets, CCAS épicerie with "
  "organic growers, price-by-income épicerie, solidarity baskets of a jardin d'insertion): 1. Plain AMAPs are not judged.",
  fix={"Tiers-lieu nourricier": 2, "Le Frigo Partagé de Nantes Nord": 1, "Glanage solidaire": 1,
       "Jardins partagés de la Villeneuve": 1, "amap du couserans": 1, "Épicerie solidaire Grain de Sel": 1,
       "Épicerie solidaire étudiante Ar Gegin": 1, "Épicerie solidaire étudiante de l'université Paris 8": 1,
       "Jardins solidaires du Pays de Lorient": 1, "Épicerie sociale du CCAS de Rennes": 1},
  terms=[r"aliment", r"quartier"])
q("accès aux soins précarité", "multiword",
  [(3, has("centre_sante", "prevention")), (2, AND(has("sans_abri"), has("sante"))), (1, has("bus_sante"))],
  "Access to care for people in precarity: community and solidarity health centres, médiatrices santé: 3; street "
  "medical outreach, MSP in QPV with mediation, health buses in neighbourhoods: 2; other: 1.",
  fix={"Maraude sociale et sanitaire": 2, "MSP de quartier à Maurepas": 2, "Bus santé des quartiers": 3,
       "Centre de santé départemental de Saône-et-Loire": 1, "Accueil de jour pour les personnes à la rue": 1,
       "Clinique vétérinaire solidaire": 0, "Dépistage et prévention du diabète": 2,
       "Centres délocalisés de prévention": 1, "Maison des femmes": 1, "Lutte contre le non-recours": 1,
       "Maison de santé pluriprofessionnelle du Chaudron": 1},
  terms=[r"soins", r"sante"])
q("violences conjugales hébergement", "multiword",
  [(3, all_("violences", "heberg_urgence")), (2, has("violences")), (1, has("heberg_urgence"))],
  "Shelter for victims of domestic violence: 3; other violence-against-women services: 2; general emergency "
  "shelters: 1.",
  terms=[r"violence", r"heberg"])
q("réemploi insertion", "multiword",
  [(3, AND(has("reemploi"), has("siae"))), (1, has("reemploi"))],
  "Reuse activities run as insertion structures (recycleries/friperies/refurbishing as ACI or EI, employing people in "
  "insertion): 3; reuse with subsidised jobs, an entreprise adaptée, EBE running a recyclerie, training young people "
  "in repair: 2; other reuse projects (repair cafés, other recycleries, building materials): 1.",
  fix={"Recyclerie du cycle": 3, "Recyclerie catalane": 3, "Recyclerie brestoise": 3,
       "Ordinateurs reconditionnés pour les familles": 3, "Entreprise adaptée de reconditionnement": 2,
       "RESSOURCERIE DU GOLFE": 2, "TZCLD dans le Morvan": 2, "Entreprise à but d'emploi de Saint-Jean": 2,
       "Ressourcerie de l'Est réunionnais": 2, "ATELIER VELO SOLIDAIRE DE BORDEROUGE": 1,
       "Vélos reconditionnés pour aller travailler": 1, "Régie de quartier du Dunkerquois": 1},
  terms=[r"reemploi", r"recycl", r"insertion"])


# ---------------------------------------------------------------------------------------------
def _find(corpus, sub):
    if sub.startswith("="):
        hits = [r for r in corpus if r["title"] == sub[1:]]
    else:
        hits = [r for r in corpus if sub in r["title"]]
    if len(hits) != 1:
        raise SystemExit(f"fix key {sub!r}: {len(hits)} titles match")
    return hits[0]


def judge_all(corpus):
    out = []
    for n, spec in enumerate(Q, 1):
        j = {}
        for r in corpus:
            g = max((gr for gr, pred in spec["rules"] if pred(r)), default=0)
            if g:
                j[r["id"]] = g
        for sub, g in spec["fix"].items():
            r = _find(corpus, sub)
            if g:
                j[r["id"]] = g
            else:
                j.pop(r["id"], None)
        j = dict(sorted(j.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append({"id": f"q{n:03d}", "query": spec["query"], "category": spec["category"],
                    "judgements": j, "note": spec["note"]})
    return out


def review(corpus, queries, argv):
    only = [a for a in argv[1:] if a.startswith("q")]
    byid = {r["id"]: r for r in corpus}
    for spec, qq in zip(Q, queries):
        if only and qq["id"] not in only:
            continue
        print(f"\n=== {qq['id']} [{qq['category']}] {qq['query']!r}")
        for cid, g in qq["judgements"].items():
            r = byid[cid]
            print(f"  {g} {cid} {r['title'][:70]} | {r['commune'] or r['departement'] or r['region']}")
        rx = [re.compile(t) for t in spec["terms"]]
        miss = [r for r in corpus if r["id"] not in qq["judgements"]
                and any(x.search(fold(text_of(r))) for x in rx)]
        for r in miss:
            print(f"  ? {r['id']} {r['title'][:70]} | {r['commune'] or r['departement'] or r['region']}")
