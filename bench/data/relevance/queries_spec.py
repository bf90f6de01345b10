# -*- coding: utf-8 -*-
"""Queries and judgement rules for the blind relevance set.

A query's grade for an item is the maximum grade of the rules it matches;
then `fix` (title -> grade) overrides the rule result item by item. Overrides
with grade 0 are kept in the output as explicit "not relevant" judgements
(near-misses a reader might otherwise expect to be relevant).
Rules are only a drafting aid: every query's judged list was read and
corrected by hand (the `fix` entries record those corrections).
"""


class P:
    def __init__(self, f):
        self.f = f

    def __call__(self, it):
        return self.f(it)

    def __and__(self, o):
        return P(lambda it: self(it) and o(it))

    def __or__(self, o):
        return P(lambda it: self(it) or o(it))

    def __invert__(self):
        return P(lambda it: not self(it))


def T(*tags):
    return P(lambda it: any(t in it["tags"] for t in tags))


def C(*places):
    return P(lambda it: it["place"] in places)


def D(*deps):
    return P(lambda it: it["departement"] in deps)


def REG(*regions):
    return P(lambda it: it["region"] in regions)


def PORTEUR(*subs):
    return P(lambda it: any(s.lower() in it["porteur"].lower() for s in subs))


ANY = P(lambda it: True)
RURAL = T("rural")


def profile(rules, fix=None):
    return {"rules": rules, "fix": dict(fix or {})}


def merge(base, rules=(), fix=None):
    out = {"rules": list(base["rules"]) + list(rules), "fix": dict(base["fix"])}
    out["fix"].update(fix or {})
    return out


# ----------------------------------------------------------------- profiles
EPICERIE_SOLIDAIRE = profile(
    [(T("epi-sol"), 3), (T("epi-coop"), 1), (T("panier-sol"), 1)],
    {"Épicerie fine « Saveurs de Provence »": 0,
     "Épicerie fine et cave de la Croix-Rousse": 0,
     "Épicerie vrac zéro déchet « Au Poids Juste »": 0,
     "Épicerie et café multiservice de Lagrasse": 0,
     "Épicerie ambulante des villages du Trièves": 0})

RECYCLERIE = profile(
    [(T("recyc"), 3), (T("recyc-spe"), 2), (T("friperie", "gratuit", "recond"), 1)],
    {"Recyclerie de vélos « Cycles et Recycles »": 2,
     "La Bicyclerie angevine": 2,
     "Tiers lieu du Sud-Aveyron": 1,          # hosts a recyclerie
     "Tiers-lieu sedanais « Le Moulin »": 1,  # hosts a recyclerie
     "Tiers-lieu nantais « Le Solidarium »": 1,  # boutique de réemploi
     "Tiers-lieu brestois « Les Ateliers du Port »": 1,
     "Entreprise d'insertion de reconditionnement informatique": 1,
     "Modernisation de la déchèterie intercommunale": 0,
     "Centre de tri des emballages nouvelle génération": 0,
     "Recyclage industriel des plastiques agricoles": 0})

REPAIR = profile(
    [(T("repair"), 3), (T("repair-like"), 1)],
    {"Third place du pays de Redon": 1,        # hosts a repair café
     "Third place creusois « L'Atelier »": 1,  # hosts a repair café
     "Ressourcerie des Pentes": 1,             # ateliers de réparation
     "Recyclerie du Mirail": 1,
     "Le Repaire, café associatif": 0})

VELO = profile(
    [(T("velo-atelier", "velo-ecole", "velo-pret", "velo-logistique"), 3),
     (T("velo-public"), 2), (T("velo-commercial", "velo-sport"), 1)],
    {"Tiers-lieu sedanais « Le Moulin »": 1,
     "Accompagnement des livreurs des plateformes": 1,
     "Conseil en mobilité inclusive": 1,
     "Recyclerie sportive de l'Essonne": 1,
     "Repair Café caladois": 1,
     "Repair Café du Diois": 1,
     "Repair Café grenoblois": 1,
     "Repair Café bisontin": 1})

COVOIT = profile(
    [(T("covoit"), 3), (T("transport-sol", "autopartage", "tad"), 1)],
    {"Autostop organisé « Pouce Solidaire »": 2,
     "Conseil en mobilité inclusive": 1})

JARDIN = profile(
    [(T("jardin-partage"), 3), (T("jardin-familial"), 2),
     (T("jardin-insertion", "ferme-urbaine", "jardin-pedago"), 1)],
    {"Tiers lieu ajaccien de l'ancienne caserne": 1,
     "Jardin botanique municipal : nouvelle serre tropicale": 0,
     "Jardinerie en franchise": 0})

DEVOIRS = profile(
    [(T("devoirs"), 3), (T("devoirs-related", "mentorat", "cours-payants"), 1)],
    {"Cité éducative de Clichy-sous-Bois": 1})

HAB_INCL = profile(
    [(T("hab-incl"), 3), (T("hab-seniors", "interg") & T("habitat", "hab-seniors"), 1),
     (T("habitat-part"), 1)],
    {"Résidence services seniors « Les Jardins d'Azur »": 0})

CANTINE = profile(
    [(T("cantine-sol"), 3), (T("cantine-etu"), 2), (T("cantine-scolaire"), 1)],
    {"Cuisine partagée de la Villeneuve": 2,
     "Chantier d'insertion en restauration collective": 2,
     "Traiteur d'insertion « Les Cuistots du Sud »": 1,
     "Tiers-lieu culturel de la Friche du Plateau": 1,
     "Restaurant coopératif « Le Bon Sens »": 0})

TIERS_LIEU = profile(
    [(T("tiers-lieu"), 3), (T("coworking", "fablab"), 2), (T("coworking-business"), 1)],
    {"La Ruche ESS de Villeurbanne": 1})

FRANCE_SERVICES = profile(
    [(T("france-services"), 3)],
    {"Tiers-lieu du Morvan": 2,
     "Point numérique CAF": 1,
     "Accompagnement aux démarches en ligne": 1,
     "Maison de justice et du droit": 1,
     "Bus des droits du Lot-et-Garonne": 1,
     "Conseiller numérique itinérant en Ardèche": 1})

TRANSPORT_SOL = profile(
    [(T("transport-sol"), 3), (T("covoit"), 1),
     (T("tad", "mob-location", "mob-conseil", "autopartage", "mob-garage"), 1)],
    {"Covoiturage solidaire pour les saisonniers": 2,
     "Covoiturage solidaire vers Fort-de-France": 2,
     "Covoiturage rural « Mobil'Village »": 2,
     "Autostop organisé « Pouce Solidaire »": 2})

MOBILITE = profile(
    [(T("covoit", "transport-sol", "tad", "autopartage", "mob-conseil", "mob-garage",
        "mob-permis", "mob-location", "velo-ecole", "velo-pret",
        "velo-logistique"), 3),
     (T("velo-public", "velo-atelier"), 2),
     (P(lambda it: "mobilite" in it["themes"]), 1)],
    {"Mobilité internationale des étudiants": 0,
     "Cyclosportive des gorges de l'Ardèche": 0,
     "Bourse au permis contre bénévolat": 2,
     "Mission locale itinérante": 1})

MEDNUM = profile(
    [(T("mednum"), 3), (T("france-services"), 2), (T("num-formation"), 1)],
    {"Tiers-lieu numérique du Trégor": 2,
     "Ordinateurs reconditionnés pour les familles": 2,
     "Tiers-lieu de la Halle aux toiles": 1,
     "Tiers-lieu intergénérationnel au sein d'un EHPAD": 1,
     "Entreprise d'insertion de reconditionnement informatique": 1,
     "Promeneurs du net": 1,
     "France Services de Mende": 1,
     "France Services d'Aubenas": 1,
     "France Services de Saint-Laurent-du-Maroni": 1,
     "France Services du quartier de la Grande Borne": 1,
     "Start-up d'intelligence artificielle pour la logistique": 0,
     "Déploiement de la fibre optique dans le Gers": 0,
     "Agence web pour artisans": 0})

CHANTIER = profile(
    [(T("aci"), 3), (T("iae"), 2), (T("insertion", "geiq", "tzcld"), 1)],
    {"Ensemblier d'insertion du Limousin": 2,
     "Plateforme de l'inclusion des SIAE bretonnes": 1,
     "Paniers solidaires de légumes bio": 1,
     "Vélo-école pour les demandeurs d'emploi": 0,
     "Auto-école sociale": 0,
     "Plateforme de mobilité « Mobil'Emploi »": 0,
     "Location solidaire de voitures et scooters": 0,
     "Location de vélos à 1 € pour les jeunes en insertion": 0,
     "École du numérique pour demandeurs d'emploi": 0,
     "Coaching emploi pour les jeunes des QPV": 1,
     "Mission locale itinérante": None})

MSP = profile(
    [(T("msp"), 3), (T("centre-sante"), 1), (T("teleconsult"), 1)],
    {"Pôle de santé du Couserans": 2,
     "Maison du bien-être et de la santé naturelle": 0})

SANTE = profile(
    [(T("msp", "centre-sante", "sante", "sante-mentale", "teleconsult"), 3)],
    {"Télémédecine en EHPAD": 2,
     "Ateliers équilibre et prévention des chutes": 2,
     "Transport solidaire vers les rendez-vous médicaux": 2,
     "Plateforme d'aide aux aidants": 1,
     "EHPAD hors les murs du Jura": 1,
     "Transport solidaire de la Margeride": 1,
     "Transport solidaire des aînés du Pays de Saint-Flour": 1,
     "Transport solidaire du Haut-Jura": 1,
     "Transport solidaire « Roul'Ensemble »": 1,
     "Maison du bien-être et de la santé naturelle": 0,
     "Clinique vétérinaire rurale": 0})

ACCES_DROITS = profile(
    [(T("acces-droits"), 3), (T("france-services"), 2)],
    {"Accompagnement aux démarches en ligne": 2,
     "Point numérique CAF": 2,
     "Centre social itinérant du Confolentais": 2,
     "Permanence d'accès aux soins de santé": 2,
     "Épicerie sociale de Cayenne": 1,
     "Centre de santé associatif de Saint-Denis": 1,
     "Adultes-relais médiateurs dans les quartiers prioritaires": 1,
     "Accompagnement des livreurs des plateformes": 1,
     "Simulateur de droits sociaux": 2})

SENIORS_ISO = profile(
    [(T("seniors-iso"), 3),
     (T("transport-sol") & T("seniors"), 2)],
    {"Service civique solidarité seniors": 3,
     "Colocation intergénérationnelle étudiants-seniors": 2,
     "Cohabitation intergénérationnelle solidaire": 2,
     "Portage de repas à domicile en zone rurale": 2,
     "Cafés-rencontres pour personnes isolées": 2,
     "Navette solidaire des villages du Pays de Dieulefit": 2,
     "Ateliers numériques pour les seniors": 1,
     "Établissement pour personnes âgées ouvert sur le quartier": 1,
     "Maison de retraite ouverte de Bastia": 1,
     "Tiers-lieu intergénérationnel au sein d'un EHPAD": 1,
     "Chorale intergénérationnelle": 1,
     "Habitat inclusif pour seniors « Les Glycines »": 1,
     "Maisons partagées pour personnes âgées en milieu rural": 1,
     "Béguinage solidaire de l'Artois": 1,
     "Plateforme d'aide aux aidants": 1,
     "Transport solidaire du Haut-Jura": 1})

ESS = profile(
    [(T("ess"), 3), (T("ess-mention"), 2), (T("cae", "scic"), 2), (T("monnaie-locale"), 1)],
    {"Tiers-lieu de l'Ancien Couvent": 2})

IAE = profile(
    [(T("iae"), 3), (T("insertion", "geiq", "tzcld"), 1)],
    {"Achats publics responsables et ESS": 1,
     "Paniers solidaires de légumes bio": 2,
     "Vélo-école pour les demandeurs d'emploi": 0,
     "Auto-école sociale": 0,
     "Plateforme de mobilité « Mobil'Emploi »": 0,
     "Location solidaire de voitures et scooters": 0,
     "Location de vélos à 1 € pour les jeunes en insertion": 0,
     "École du numérique pour demandeurs d'emploi": 0,
     "ESAT de blanchisserie": 0,
     "Mission locale itinérante": None})

EHPAD = profile(
    [(T("ehpad"), 3), (T("hab-seniors"), 1)],
    {"Maisons partagées pour personnes âgées en milieu rural": 1,
     "Chorale intergénérationnelle": 1,
     "Résidence services seniors « Les Jardins d'Azur »": 0})

QPV = profile(
    [(T("qpv"), 3), (T("quartier-pop"), 1)],
    {"Théâtre forum dans les quartiers": 1,   # no explicit QPV mention
     "Atelier vélo de la Villeneuve": 1,
     "Cuisine partagée de la Villeneuve": 1,
     "Soutien scolaire gratuit au Chaudron": 1,
     "Aide aux devoirs du centre social de Saint-Pierre": 1,
     "Jardin partagé de l'Aurence": 1,
     "Jardin partagé d'Avignon Nord": 1,
     "Territoire zéro chômeur de Sedan": 1,
     "Bibliothèque de rue": 1})

AMAP = profile(
    [(T("amap"), 3), (T("panier-sol", "circuit-court"), 1)],
    {"Jardin d'insertion bio des Vallons": 1})

SENIORS = profile(
    [(T("ehpad", "hab-seniors", "seniors-iso", "seniors"), 3),
     (T("hab-incl") & T("seniors"), 3),
     (T("interg"), 2),
     (T("silver-commercial", "residence-commerciale"), 1),
     (P(lambda it: "seniors" in it["themes"]), 1)],
    {"Service civique solidarité seniors": 3,
     "Transport solidaire des aînés du Pays de Saint-Flour": 3,
     "Colocation intergénérationnelle étudiants-seniors": 3,
     "Cohabitation intergénérationnelle solidaire": 3,
     "Emploi des seniors": 2,
     "Accompagnement scolaire par des retraités": 1,
     "Transport solidaire du Haut-Jura": 2,
     "Plateforme d'aide aux aidants": 2,
     "Téléassistance connectée pour seniors": 1,
     "Résidence services seniors « Les Jardins d'Azur »": 1})

# ----------------------------------------------------------------- queries
QUERIES = []


def Q(kind, query, intent, prof, rules=(), fix=None):
    QUERIES.append({"kind": kind, "query": query, "intent": intent,
                    "spec": merge(prof, rules, fix)})


def with_place(prof, here, near=None):
    """Place-restricted version of a topic profile.

    In the asked place an item keeps its topic grade; nearby (same
    département / agglomeration) an exact-topic item gets 2 and a related one 1;
    elsewhere only exact-topic items are kept, with grade 1 (right topic,
    wrong place). The profile's own `fix` entries are not inherited.
    """
    rules = []
    for pred, g in prof["rules"]:
        rules.append((pred & here, g))
        if near is not None:
            rules.append((pred & near, 2 if g == 3 else (1 if g == 2 else 0)))
        if g == 3:
            rules.append((pred, 1))
    return {"rules": rules, "fix": {}}


# simple ------------------------------------------------------------------
Q("simple", "recyclerie", "Trouver des recycleries / ressourceries qui collectent et revendent des objets.", RECYCLERIE)
Q("simple", "jardin partagé", "Trouver des jardins partagés cultivés collectivement par des habitants.", JARDIN)
Q("simple", "covoiturage", "Trouver des initiatives de covoiturage.", COVOIT)
Q("simple", "épicerie solidaire", "Trouver des épiceries solidaires ou sociales (aide alimentaire à petits prix).", EPICERIE_SOLIDAIRE)
Q("simple", "repair café", "Trouver des repair cafés où l'on répare ses objets avec des bénévoles.", REPAIR)
Q("simple", "aide aux devoirs", "Trouver des dispositifs d'aide aux devoirs / accompagnement scolaire.", DEVOIRS)
Q("simple", "habitat inclusif", "Trouver des projets d'habitat inclusif (personnes âgées ou handicapées).", HAB_INCL)
Q("simple", "vélo", "Trouver des initiatives autour du vélo (ateliers, vélo-écoles, prêt).", VELO)
Q("simple", "cantine solidaire", "Trouver des cantines ou restaurants solidaires à prix réduit ou libre.", CANTINE)
Q("simple", "tiers-lieu", "Trouver des tiers-lieux.", TIERS_LIEU)
Q("simple", "France Services", "Trouver des espaces France Services (guichets de services publics de proximité).", FRANCE_SERVICES)
Q("simple", "transport solidaire", "Trouver des services de transport solidaire (chauffeurs bénévoles pour personnes sans voiture).", TRANSPORT_SOL)

# typo ---------------------------------------------------------------------
Q("typo", "epicrie solidaire", "Épicerie solidaire (faute de frappe).", EPICERIE_SOLIDAIRE)
Q("typo", "jardn partagé", "Jardin partagé (faute de frappe).", JARDIN)
Q("typo", "covoiturge", "Covoiturage (faute de frappe).", COVOIT)
Q("typo", "mobilté", "Initiatives de mobilité solidaire / alternatives à la voiture individuelle (faute de frappe sur « mobilité »).", MOBILITE)
Q("typo", "ressourcrie", "Ressourcerie (faute de frappe).", RECYCLERIE)
Q("typo", "repaire café", "Repair café (confusion fréquente repair / repaire).", REPAIR)
Q("typo", "médiaton numérique", "Médiation numérique (faute de frappe).", MEDNUM)
Q("typo", "chantier d'insertoin", "Chantier d'insertion (faute de frappe).", CHANTIER)
Q("typo", "tiers-leiu", "Tiers-lieu (lettres inversées).", TIERS_LIEU)
Q("typo", "acompagnement scolaire", "Accompagnement scolaire / aide aux devoirs (faute d'orthographe).", DEVOIRS)
Q("typo", "habitat inclusf", "Habitat inclusif (faute de frappe).", HAB_INCL)
Q("typo", "maison de santé pluriprofesionnelle", "Maison de santé pluriprofessionnelle (faute d'orthographe).", MSP)

# no_accents ---------------------------------------------------------------
Q("no_accents", "epicerie solidaire", "Épicerie solidaire, tapé sans accents.", EPICERIE_SOLIDAIRE)
Q("no_accents", "mediation numerique", "Médiation numérique, tapé sans accents.", MEDNUM)
Q("no_accents", "sante", "Initiatives d'accès à la santé et aux soins, tapé sans accents.", SANTE)
Q("no_accents", "acces aux droits", "Accès aux droits, tapé sans accents.", ACCES_DROITS)
Q("no_accents", "velo ecole", "Vélo-école (apprendre à faire du vélo), tapé sans accents.",
  profile([(T("velo-ecole"), 3), (T("velo-atelier", "velo-pret"), 1)]))
Q("no_accents", "epicerie sociale etudiante", "Épicerie solidaire/sociale pour étudiants, tapé sans accents.",
  profile([(T("epi-etu"), 3), (T("epi-sol"), 1)],
          {"Frigo partagé de l'université": 1, "Repas à 1 € pour les étudiants": 1}))
Q("no_accents", "personnes agees isolees", "Rompre l'isolement des personnes âgées, tapé sans accents.", SENIORS_ISO,
  fix={"Habitat inclusif de Quimperlé": 1, "Accueil familial des personnes âgées": 1})
Q("no_accents", "acces aux soins en milieu rural", "Accès aux soins dans les territoires ruraux, tapé sans accents.",
  profile([(T("msp", "centre-sante", "teleconsult") & RURAL, 3),
           (T("msp", "centre-sante"), 1),
           (T("transport-sol") & RURAL, 1)],
          {"Bus de prévention santé de l'Aisne": 3,
           "Transport solidaire vers les rendez-vous médicaux": 3,
           "Centre départemental de santé": 3,
           "Télémédecine en EHPAD": 2,
           "Transport solidaire des aînés du Pays de Saint-Flour": 2,
           "Transport solidaire « Roul'Ensemble »": 2,
           "Transport solidaire de la Margeride": 2,
           "Transport solidaire du Haut-Jura": 2,
           "Maison de santé de l'Ouest guyanais": 2,
           "Mutuelle communale": 1,
           "Clinique vétérinaire rurale": 0}))
Q("no_accents", "reemploi", "Réemploi d'objets (donner une seconde vie), tapé sans accents.",
  merge(RECYCLERIE, [(T("friperie", "gratuit", "recond"), 2), (T("repair"), 1)],
        {"Entreprise d'insertion de reconditionnement informatique": 2,
         "Tiers-lieu nantais « Le Solidarium »": 2,
         "Prêt de matériel entre associations": 1,
         "Marché de Noël de l'ESS": 1,
         "Atelier chantier d'insertion couture": 1}))
Q("no_accents", "securite sociale de l'alimentation", "Expérimentations de sécurité sociale de l'alimentation, tapé sans accents.",
  profile([(T("aide-alim"), 1)], {"Caisse alimentaire commune": 3}))
Q("no_accents", "regie de quartier", "Régies de quartier, tapé sans accents.",
  profile([(T("regie"), 3)], {"Conciergerie solidaire de quartier": 1}))

# acronym ------------------------------------------------------------------
Q("acronym", "ESS", "Initiatives de l'économie sociale et solidaire (acronyme).", ESS)
Q("acronym", "économie sociale et solidaire", "Initiatives de l'ESS (forme développée).", ESS)
Q("acronym", "IAE", "Structures de l'insertion par l'activité économique (acronyme).", IAE)
Q("acronym", "SIAE", "Structures d'insertion par l'activité économique (acronyme).", IAE)
Q("acronym", "insertion par l'activité économique", "Structures de l'IAE (forme développée).", IAE)
Q("acronym", "EHPAD", "Initiatives dans ou autour des EHPAD / maisons de retraite médicalisées.", EHPAD)
Q("acronym", "QPV", "Initiatives dans les quartiers prioritaires de la politique de la ville (acronyme).", QPV)
Q("acronym", "quartiers prioritaires", "Initiatives dans les quartiers prioritaires de la politique de la ville (forme développée).", QPV)
Q("acronym", "AMAP", "Associations pour le maintien d'une agriculture paysanne (acronyme).", AMAP)
Q("acronym", "MSP", "Maisons de santé pluriprofessionnelles (acronyme).", MSP)
Q("acronym", "ESAT", "Établissements et services d'aide par le travail (acronyme).",
  profile([(T("esat"), 3), (T("ea"), 2)],
          {"Emploi accompagné": 1, "Café-restaurant inclusif": 1}))
Q("acronym", "CCAS", "Initiatives portées par un centre communal d'action sociale (acronyme).",
  profile([(PORTEUR("CCAS", "centre communal d'action sociale"), 3), (PORTEUR("CIAS"), 2)],
          {"L'Épicerie partagée d'Aubagne": 1}))

# synonym ------------------------------------------------------------------
Q("synonym", "bicyclette", "Initiatives autour du vélo (synonyme « bicyclette »).", VELO)
Q("synonym", "ressourcerie", "Ressourceries et recycleries (synonymes).", RECYCLERIE)
Q("synonym", "third place", "Tiers-lieux (terme anglais).", TIERS_LIEU)
Q("synonym", "épicerie sociale", "Épiceries sociales ou solidaires (quasi-synonymes).", EPICERIE_SOLIDAIRE)
Q("synonym", "soutien scolaire", "Aide aux devoirs / accompagnement scolaire (synonymes).", DEVOIRS)
Q("synonym", "personnes âgées", "Initiatives pour les seniors / aînés (synonymes).", SENIORS)
Q("synonym", "maison de retraite", "EHPAD et autres lieux de vie pour personnes âgées (synonymes).",
  profile([(T("ehpad"), 3), (T("hab-seniors"), 2), (T("hab-incl") & T("seniors"), 2)],
          {"Résidence services seniors « Les Jardins d'Azur »": 1,
           "Chorale intergénérationnelle": 1,
           "Jardin partagé intergénérationnel": 1}))
Q("synonym", "jardin collectif", "Jardins partagés / collectifs (synonymes).", JARDIN)
Q("synonym", "autostop", "Autostop organisé / covoiturage spontané.",
  profile([(T("autostop"), 3), (T("covoit"), 1)],
          {"Lignes de covoiturage du Vercors": 2}))
Q("synonym", "réparation d'objets", "Repair cafés et ateliers de réparation (formulation synonyme).",
  merge(REPAIR, [(T("repair-like"), 2), (T("velo-atelier"), 1)],
        {"Atelier solidaire de réparation d'électroménager": 3,
         "Recyclerie du Pays de Morlaix": 1,
         "Recyclerie d'Angoulême": 1, "Ressourcerie « La Débrouille »": 1,
         "Ressourcerie de Haute-Corse": 1, "Ressourcerie « Le Grenier du Trégor »": 1}))
Q("synonym", "restaurant solidaire", "Cantines / restaurants solidaires (synonymes).", CANTINE)
Q("synonym", "colocation intergénérationnelle", "Cohabitation entre seniors et jeunes (synonymes).",
  profile([(T("interg") & T("habitat"), 3), (T("hab-incl") & T("seniors"), 1)]))

# plural -------------------------------------------------------------------
Q("plural", "vélos", "Initiatives autour du vélo (pluriel).", VELO)
Q("plural", "jardins partagés", "Jardins partagés (pluriel).", JARDIN)
Q("plural", "épiceries", "Épiceries, a priori solidaires sur ce portail (pluriel).",
  profile([(T("epi-sol"), 3), (T("epi-village", "epi-coop"), 2), (T("epi-fine", "vrac"), 1)],
          {"Le tiers lieu de Carhaix": 1}))
Q("plural", "recycleries", "Recycleries (pluriel).", RECYCLERIE)
Q("plural", "tiers-lieux", "Tiers-lieux (pluriel).", TIERS_LIEU)
Q("plural", "maisons de santé", "Maisons de santé (pluriel).", MSP, [(T("centre-sante"), 2)])
Q("plural", "repair cafés", "Repair cafés (pluriel).", REPAIR)
Q("plural", "chantiers d'insertion", "Chantiers d'insertion (pluriel).", CHANTIER)
Q("plural", "ateliers numériques", "Ateliers d'initiation / inclusion numérique (pluriel).",
  merge(MEDNUM, [], {"Tiers-lieu de la Halle aux toiles": 2,
                     "Tiers-lieu intergénérationnel au sein d'un EHPAD": 2,
                     "Fab lab toulousain « La Forge Numérique »": 1,
                     "Bus France Services de la Brenne": 1,
                     "France Services de Lamastre": 1,
                     "Maison France Services de Largentière": 1}))
Q("plural", "épiceries solidaires", "Épiceries solidaires (pluriel).", EPICERIE_SOLIDAIRE)
Q("plural", "centres de santé", "Centres de santé (pluriel).",
  profile([(T("centre-sante"), 3), (T("msp"), 2), (T("sante"), 1)],
          {"Maison du bien-être et de la santé naturelle": 0}))

# place --------------------------------------------------------------------
Q("place", "épicerie solidaire marseille", "Épiceries solidaires/sociales à Marseille.",
  with_place(EPICERIE_SOLIDAIRE, C("Marseille/13"), D("13")),
  fix={"Cantine solidaire « La Marmite »": 1, "Épicerie fine « Saveurs de Provence »": 0})
Q("place", "tiers-lieu en Bretagne", "Tiers-lieux situés en région Bretagne.",
  with_place(TIERS_LIEU, REG("53")),
  fix={})
Q("place", "repair café 69", "Repair cafés dans le Rhône (département 69).",
  with_place(REPAIR, D("69")),
  fix={"Ressourcerie des Pentes": 1, "Le Repaire, café associatif": 0})
Q("place", "aide aux devoirs st denis", "Aide aux devoirs à Saint-Denis (ambigu : Saint-Denis en Seine-Saint-Denis, 93, ou Saint-Denis de La Réunion, 974).",
  with_place(DEVOIRS, C("Saint-Denis/93", "Saint-Denis/974")),
  fix={"Cité éducative de Clichy-sous-Bois": 0})
Q("place", "atelier vélo paris", "Ateliers vélo (réparation) à Paris.",
  profile([(T("velo-atelier") & C("Paris/75"), 3), (T("velo-ecole") & C("Paris/75"), 2),
           (T("velo-atelier"), 1)],
          {"Accompagnement des livreurs des plateformes": 1, "Vélo-école des femmes d'Aubervilliers": 1}))
Q("place", "maison de santé Creuse", "Maisons de santé dans la Creuse (23).",
  with_place(MSP, D("23")),
  fix={"Maison du bien-être et de la santé naturelle": 0, "Pôle de santé du Couserans": 1})
Q("place", "France Services Ardèche", "Espaces France Services en Ardèche (07).",
  profile([(T("france-services") & D("07"), 3), (T("france-services"), 1)],
          {"Conseiller numérique itinérant en Ardèche": 2, "Tiers-lieu du Morvan": 1}))
Q("place", "covoiturage Lozère", "Covoiturage en Lozère (48).",
  profile([(T("covoit") & D("48"), 3), (T("transport-sol") & D("48"), 2), (T("covoit"), 1)]))
Q("place", "chantier d'insertion Guadeloupe", "Chantiers d'insertion en Guadeloupe (971).",
  profile([(T("aci") & D("971"), 3), (T("aci"), 1)]))
Q("place", "jardins partagés Lille", "Jardins partagés à Lille.",
  profile([(T("jardin-partage") & C("Lille/59"), 3), (T("jardin-familial") & C("Roubaix/59"), 2),
           (T("jardin-partage", "jardin-familial"), 1)]))
Q("place", "EHPAD Toulouse", "EHPAD / initiatives en EHPAD à Toulouse.",
  profile([(T("ehpad") & C("Toulouse/31"), 3), (T("ehpad"), 1)]))
Q("place", "AMAP Nantes", "AMAP à Nantes.",
  profile([(T("amap") & C("Nantes/44"), 3), (T("amap") & D("44"), 2), (T("amap"), 1)]))
Q("place", "épicerie sociale 59", "Épiceries sociales/solidaires dans le Nord (59).",
  with_place(EPICERIE_SOLIDAIRE, D("59")),
  fix={"Épicerie fine « Saveurs de Provence »": 0})
Q("place", "tiers lieu Corse", "Tiers-lieux en Corse (2A, 2B).",
  profile([(T("tiers-lieu") & D("2A", "2B"), 3), (T("tiers-lieu"), 1)]))
Q("place", "ressourcerie Réunion", "Ressourceries / recycleries à La Réunion (974).",
  profile([(T("recyc") & D("974"), 3), (T("recyc"), 1)]))

# natural ------------------------------------------------------------------
Q("natural", "aide aux devoirs pour collégiens en zone rurale",
  "Trouver un accompagnement scolaire pour des collégiens vivant à la campagne.",
  profile([(T("devoirs") & T("college") & RURAL, 3), (T("devoirs") & RURAL, 2),
           (T("devoirs"), 1), (T("mentorat"), 1)]))
Q("natural", "comment aider les personnes âgées isolées à la campagne",
  "Trouver des actions contre l'isolement des personnes âgées en milieu rural.",
  profile([(T("seniors-iso") & RURAL, 3), (T("seniors-iso"), 2),
           (T("transport-sol") & T("seniors") & RURAL, 2)],
          {"Portage de repas à domicile en zone rurale": 2,
           "Navette solidaire des villages du Pays de Dieulefit": 2,
           "Service civique solidarité seniors": 2,
           "Maisons partagées pour personnes âgées en milieu rural": 1,
           "Transport solidaire « Roul'Ensemble »": 1,
           "Transport solidaire du Haut-Jura": 1,
           "Cafés-rencontres pour personnes isolées": 1,
           "Colocation intergénérationnelle étudiants-seniors": 1,
           "Cohabitation intergénérationnelle solidaire": 1}))
Q("natural", "où réparer mon vélo à Lyon", "Trouver un atelier de réparation de vélos à Lyon.",
  profile([(T("velo-atelier") & C("Lyon/69"), 3), (T("velo-atelier"), 1),
           (T("velo-ecole") & C("Lyon/69", "Villeurbanne/69"), 1)],
          {"Repair Café caladois": 1}))
Q("natural", "je veux donner des meubles et des vêtements dont je ne me sers plus",
  "Trouver où donner des objets, meubles et vêtements pour qu'ils soient réutilisés.",
  profile([(T("recyc"), 3), (T("friperie", "gratuit"), 2)],
          {"Recyclerie sportive de l'Essonne": 1,
           "Recyclerie de matériaux de construction": 1,
           "Ressourcerie des Minguettes": 3}))
Q("natural", "trouver un médecin quand il n'y en a plus dans mon village",
  "Trouver des solutions d'accès à un médecin dans une commune rurale sans médecin.",
  profile([(T("msp", "centre-sante", "teleconsult") & RURAL, 3),
           (T("msp", "centre-sante"), 2)],
          {"Centre départemental de santé": 3,
           "Bus de prévention santé de l'Aisne": 2,
           "Transport solidaire vers les rendez-vous médicaux": 2,
           "Transport solidaire des aînés du Pays de Saint-Flour": 1,
           "Transport solidaire de la Margeride": 1,
           "Télémédecine en EHPAD": 1}))
Q("natural", "qui peut m'aider à faire mes démarches administratives sur internet",
  "Trouver un accompagnement aux démarches en ligne (médiation numérique, France Services).",
  profile([(T("france-services"), 3), (T("mednum"), 2), (T("acces-droits"), 1)],
          {"Point numérique CAF": 3, "Accompagnement aux démarches en ligne": 3,
           "Médiation numérique en quartier prioritaire": 3,
           "Espace public numérique de Sarreguemines": 3,
           "Médiation numérique pour tous à Calais": 3,
           "Médiation numérique au Port": 3,
           "Espace numérique de la vallée de l'Alagnon": 3,
           "Conseiller numérique itinérant en Ardèche": 3,
           "Médiation numérique en Guadeloupe": 3,
           "Ateliers numériques pour les seniors": 3,
           "Hub pour un numérique inclusif": 1,
           "Promeneurs du net": 0,
           "Tiers-lieu du Morvan": 2,
           "Tiers-lieu numérique du Trégor": 2,
           "Simulateur de droits sociaux": 1,
           "Aide aux démarches administratives à Koungou": 2}))
Q("natural", "comment se déplacer sans voiture à la campagne",
  "Trouver des solutions de mobilité pour les habitants ruraux sans voiture.",
  profile([(T("covoit", "transport-sol", "tad", "velo-pret", "mob-conseil", "autopartage") & RURAL, 3),
           (T("velo-atelier", "mob-location") & RURAL, 2),
           (T("covoit", "transport-sol", "tad"), 1)],
          {"Autopartage citoyen dans les villages": 2,
           "Covoiturage solidaire pour les saisonniers": 2,
           "Covoiturage vers les zones d'activité du Pays de Ploërmel": 2,
           "Épicerie solidaire itinérante du Ségala": 1,
           "Bus France Services de la Brenne": 1}))
Q("natural", "retrouver un emploi après une longue période de chômage",
  "Trouver des dispositifs de retour à l'emploi pour chômeurs de longue durée.",
  profile([(T("tzcld"), 3), (T("iae"), 2), (T("geiq"), 2), (T("insertion"), 1)],
          {"Entreprise d'insertion de collecte des déchets": 3,
           "Emploi des seniors": 2,
           "Plateforme de l'inclusion des SIAE bretonnes": 1,
           "Plateforme de mobilité « Mobil'Emploi »": 1,
           "Coopérative d'activité et d'emploi « Coop'Sud »": 1,
           "Vélo-école pour les demandeurs d'emploi": 1,
           "Auto-école sociale": 0,
           "Location solidaire de voitures et scooters": 0,
           "Location de vélos à 1 € pour les jeunes en insertion": 0,
           "Paniers solidaires de légumes bio": None,
           "ESAT de blanchisserie": 0}))
Q("natural", "où manger un repas chaud pas cher quand on a peu de ressources",
  "Trouver un lieu de restauration solidaire à prix réduit ou libre.",
  profile([(T("cantine-sol"), 3), (T("cantine-etu"), 2), (T("epi-sol"), 1)],
          {"Cuisine partagée de la Villeneuve": 2,
           "Chantier d'insertion en restauration collective": 2,
           "Traiteur d'insertion « Les Cuistots du Sud »": 0,
           "Déjeuners partagés pour aînés isolés": 1,
           "Cantine scolaire à 1 euro": 1}))
Q("natural", "créer un jardin collectif avec les voisins de mon quartier",
  "Trouver des exemples de jardins partagés de quartier pour en créer un.",
  profile([(T("jardin-partage"), 3), (T("jardin-familial"), 2),
           (T("ferme-urbaine", "compost", "jardin-pedago"), 1)],
          {"Jardin partagé du village de Seix": 2,
           "Jardin partagé intergénérationnel": 2,
           "Jardin botanique municipal : nouvelle serre tropicale": 0}))
Q("natural", "solutions de logement pour une personne âgée qui ne veut pas aller en maison de retraite",
  "Trouver des alternatives à l'EHPAD : habitat inclusif, résidences autonomie, cohabitation.",
  profile([(T("hab-incl") & T("seniors"), 3), (T("hab-seniors"), 3), (T("interg") & T("habitat"), 2)],
          {"EHPAD hors les murs du Jura": 3,
           "Portage de repas à domicile en zone rurale": 1,
           "Résidence services seniors « Les Jardins d'Azur »": 1,
           "Téléassistance connectée pour seniors": 1}))
Q("natural", "apprendre à faire du vélo quand on est adulte",
  "Trouver une vélo-école pour adultes.",
  profile([(T("velo-ecole"), 3), (T("velo-pret"), 1)]))
Q("natural", "un endroit pour télétravailler près de chez moi à la campagne",
  "Trouver un tiers-lieu ou coworking rural où travailler à distance.",
  profile([(T("coworking") & RURAL, 3), (T("tiers-lieu") & RURAL, 2),
           (T("tiers-lieu", "coworking", "coworking-business"), 1)],
          {"Le tiers lieu de Carhaix": 3, "Tiers-lieu rural de Brocéliande": 3,
           "Tiers-lieu agricole de Trémargat": 3, "Tiers-lieu du Plateau de Millevaches": 3,
           "Tiers lieu du Sud-Aveyron": 3, "Third place creusois « L'Atelier »": 3,
           "Tiers-lieu du Morvan": 3, "Tiers-lieu de Lagrasse": 3,
           "Third place du pays de Redon": 2,
           "Tiers-lieu numérique du Trégor": 2,
           "Centre d'affaires et coworking premium": 0}))

# elision ------------------------------------------------------------------
Q("elision", "l'épicerie solidaire", "Épicerie solidaire (avec article élidé).", EPICERIE_SOLIDAIRE)
Q("elision", "chantier d'insertion", "Chantiers d'insertion (ACI).", CHANTIER)
Q("elision", "qu'est-ce qu'une ressourcerie", "Comprendre / trouver des ressourceries.", RECYCLERIE)
Q("elision", "l'atelier vélo", "Ateliers vélo (réparation participative).",
  profile([(T("velo-atelier"), 3), (T("velo-ecole"), 2), (T("velo-pret", "velo-logistique"), 1)],
          {"Tiers-lieu sedanais « Le Moulin »": 1, "Accompagnement des livreurs des plateformes": 1}))
Q("elision", "l'habitat inclusif", "Habitat inclusif (avec article élidé).", HAB_INCL)
Q("elision", "l'accès aux droits", "Accès aux droits (avec article élidé).", ACCES_DROITS)
Q("elision", "entreprises d'insertion", "Entreprises d'insertion (EI, ETTI) et autres SIAE.",
  profile([(T("ei", "etti"), 3), (T("iae"), 2), (T("insertion", "geiq"), 1)],
          {"Cyclo-logistique en insertion": 3,
           "Vélo-école pour les demandeurs d'emploi": 0, "Auto-école sociale": 0,
           "Plateforme de mobilité « Mobil'Emploi »": 0,
           "Location solidaire de voitures et scooters": 0,
           "Location de vélos à 1 € pour les jeunes en insertion": 0,
           "École du numérique pour demandeurs d'emploi": 0,
           "Paniers solidaires de légumes bio": 1,
           "Mission locale itinérante": None}))
Q("elision", "besoin d'aide aux devoirs pour mon fils au collège",
  "Trouver une aide aux devoirs pour un collégien.",
  profile([(T("devoirs") & T("college"), 3), (T("devoirs"), 1)], {"Cours particuliers en ligne « Prof Express »": 1}))
Q("elision", "s'inscrire à l'AMAP", "Trouver une AMAP pour s'abonner à des paniers.", AMAP)
Q("elision", "l'inclusion numérique", "Inclusion numérique (avec article élidé).", MEDNUM)
Q("elision", "lutte contre l'isolement des aînés", "Actions contre l'isolement des personnes âgées.", SENIORS_ISO)


def judge(q, items, by_title):
    spec = q["spec"]
    grades = {}
    for it in items:
        g = 0
        for pred, gr in spec["rules"]:
            if pred(it):
                g = max(g, gr)
        if g > 0:
            grades[it["id"]] = g
    for title, g in spec["fix"].items():
        if title not in by_title:
            raise SystemExit("query %r: unknown title in fix: %r" % (q["query"], title))
        if g is None:          # drop a rule-drafted judgement
            grades.pop(by_title[title]["id"], None)
        else:
            grades[by_title[title]["id"]] = g
    return grades
