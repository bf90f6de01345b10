"""Jeunesse, éducation, numérique, petite enfance, parentalité."""
from records import R

# --- Aide aux devoirs / accompagnement scolaire -------------------------------------------------
R("devoirs college rural", "Murat/15",
  "Aide aux devoirs pour les collégiens du pays de Murat",
  "Des bénévoles et un animateur aident les collégiens après les cours, dans un territoire rural où les familles sont loin des soutiens scolaires payants.",
  "Les séances ont lieu au collège deux soirs par semaine, avant le départ des cars scolaires de 18 h. Les bénévoles sont des enseignants retraités et des étudiants en visio. Une aide à l'organisation et à la méthode est proposée aux élèves de 6e.",
  "Éducation; Jeunesse; Ruralité", "Association Réussir en Haute-Auvergne", "association", 2019, key="devoirs_murat")
R("devoirs college rural", "Ambert/63",
  "Accompagnement scolaire en milieu rural : le bus des devoirs",
  "Un minibus équipé sillonne les villages du Livradois pour proposer du soutien scolaire aux collégiens là où ils habitent.",
  "Le bus s'arrête dans huit communes selon un planning hebdomadaire. Deux animateurs et des bénévoles aident aux devoirs, à la révision du brevet et à l'orientation. Le bus est équipé d'ordinateurs et d'une connexion.",
  "Éducation; Jeunesse; Ruralité", "Association Livradois Jeunesse", "association", 2021)
R("devoirs college rural", "Langeac/43",
  "Soutien scolaire rural pour les élèves de collège",
  "Soutien scolaire gratuit pour les collégiens du Haut-Allier, en présentiel à Langeac et en ligne pour les élèves des hameaux.",
  "L'association a recruté des étudiants tuteurs qui interviennent en visio pour les élèves éloignés. Des stages de révision sont organisés pendant les vacances.",
  "Éducation; Ruralité", "Association Haut-Allier Réussite", "association", 2020)
R("devoirs primaire rural", "Gourdon/46",
  "Aide aux leçons dans les écoles rurales de la Bouriane",
  "Un dispositif d'aide aux devoirs pour les enfants de primaire dans les écoles des villages de la Bouriane.",
  "Après la classe, des bénévoles accompagnent les enfants dans leurs leçons pendant le temps de garderie. Le projet est financé par la communauté de communes.",
  "Éducation; Enfance; Ruralité", "Association Bouriane Éducation", "association", 2017)
R("devoirs college qpv", "Grigny/91",
  "Accompagnement scolaire des collégiens de la Grande Borne",
  "Dans un quartier prioritaire, l'association propose chaque soir une aide aux devoirs et du tutorat aux collégiens.",
  "Les séances réunissent une quinzaine d'élèves par groupe. Les tuteurs sont des étudiants rémunérés et des bénévoles. L'association travaille avec le collège pour identifier les élèves en difficulté.",
  "Éducation; Politique de la ville", "Association Réussite Grande Borne", "association", 2012)
R("devoirs primaire", "Strasbourg/67",
  "Contrat local d'accompagnement à la scolarité (CLAS) du Neuhof",
  "Un CLAS qui accueille des enfants d'élémentaire pour l'aide aux devoirs, des ateliers lecture et des sorties culturelles.",
  "Le dispositif est cofinancé par la CAF. Les parents sont invités à des temps d'échange avec les animateurs et les enseignants.",
  "Éducation; Famille", "Centre socioculturel du Neuhof", "association", 2011)
R("devoirs", "Nantes/44",
  "AIDE AUX DEVOIRS A DOMICILE PAR DES ETUDIANTS",
  "DES ETUDIANTS BENEVOLES AIDENT DES ENFANTS DE FAMILLES MODESTES A FAIRE LEURS DEVOIRS A LA MAISON.",
  "Chaque étudiant suit un enfant une heure et demie par semaine à son domicile. Le binôme dure toute l'année scolaire. L'accompagnement porte aussi sur la confiance et l'ouverture culturelle.",
  "Éducation; Jeunesse", "Association Étudiants Solidaires Nantes", "association", 2009)
R("devoirs lycee", "Lille/59",
  "Soutien scolaire pour lycéens boursiers",
  "Cours de soutien gratuits en maths, physique et français pour les lycéens boursiers de la métropole lilloise.",
  "Des étudiants des grandes écoles encadrent des petits groupes le samedi matin. Un accompagnement à Parcoursup est proposé en terminale.",
  "Éducation; Jeunesse", "Association Prépa Solidaire Lille", "association", 2014)
R("devoirs college", "Mamoudzou/976",
  "Aide aux devoirs à Mamoudzou",
  "Des séances d'aide aux devoirs et de français langue de scolarisation pour les collégiens de Mamoudzou.",
  "Dans un territoire où beaucoup d'enfants parlent shimaoré ou kibushi à la maison, l'association aide les élèves à maîtriser le français scolaire. Les séances ont lieu dans les locaux de l'association de quartier.",
  "Éducation; Outre-mer", "Association Maecha Na Ounono", "association", 2018)
R("devoirs college", "Saint-Pierre/974",
  "Accompagnement à la scolarité au Bois d'Olive",
  "Aide aux devoirs, méthodologie et activités éducatives pour les collégiens du quartier du Bois d'Olive.",
  "L'association accueille 40 jeunes trois fois par semaine. Les parents sont associés par des rencontres trimestrielles.",
  "Éducation; Jeunesse; Outre-mer", "Association Bois d'Olive Avenir", "association", 2016)
R("devoirs primaire", "Marseille/13",
  "Coup de pouce lecture-écriture",
  "Des clubs de lecture et d'écriture après l'école pour les enfants de CP qui ont du mal à lire.",
  "Les clubs réunissent cinq enfants pendant 1 h 30, quatre soirs par semaine, avec un animateur formé. Les parents sont impliqués par des temps réguliers.",
  "Éducation; Enfance", "Association Coup de Pouce Marseille", "association", 2013)
R("devoirs college rural num", "D:12",
  "Tutorat en ligne pour collégiens de l'Aveyron rural",
  "Des étudiants tuteurs accompagnent à distance les collégiens des zones rurales de l'Aveyron dans leurs devoirs.",
  "Le tutorat se fait en visio deux fois par semaine. Les collèges ruraux prêtent des tablettes aux familles non équipées.",
  "Éducation; Numérique; Ruralité", "Association Aveyron Tutorat", "association", 2022)
R("devoir_near", "Verdun/55",
  "Devoir de mémoire : les collégiens racontent la Grande Guerre",
  "Un projet pédagogique où les collégiens recueillent la mémoire de la guerre de 1914-1918 et créent une exposition.",
  "Les élèves travaillent avec les archives départementales et les associations d'anciens combattants. L'exposition circule dans les mairies du département.",
  "Culture; Éducation; Mémoire", "Collège Buvignier", "etat", 2018)
R("decrochage jeunes", "Montpellier/34",
  "Microlycée pour les décrocheurs",
  "Une structure de retour à l'école pour les jeunes de 16 à 25 ans qui ont quitté le lycée sans diplôme.",
  "Les élèves préparent le baccalauréat en petits effectifs avec un suivi individualisé. Les enseignants sont volontaires. Le taux de réussite au bac dépasse 70 %.",
  "Éducation; Jeunesse", "Rectorat de Montpellier", "etat", 2014)
R("decrochage jeunes qpv", "Sarcelles/95",
  "Raccrochage scolaire par le sport",
  "Un programme qui combine entraînement sportif et remise à niveau pour les jeunes déscolarisés.",
  "Les jeunes de 14 à 18 ans s'entraînent le matin et suivent l'après-midi des cours avec des enseignants. L'objectif est une reprise de formation ou un apprentissage.",
  "Éducation; Sport; Politique de la ville", "Association Rebond Sarcelles", "association", 2018)
R("decrochage jeunes rural", "Guéret/23",
  "École de la deuxième chance de la Creuse",
  "Une école de la deuxième chance qui accompagne les jeunes sans qualification vers l'emploi ou la formation.",
  "Le parcours de sept mois alterne remise à niveau et stages en entreprise. L'école propose aussi un accompagnement au permis et au logement.",
  "Éducation; Emploi; Jeunesse", "E2C Creuse", "association", 2017)
R("mentorat jeunes", "Paris/75",
  "Mentorat pour lycéens des quartiers",
  "Des professionnels bénévoles accompagnent des lycéens de lycées professionnels dans leur orientation et leur insertion.",
  "Chaque mentor suit un jeune pendant un an, à raison d'une rencontre par mois. Des visites d'entreprises sont organisées.",
  "Jeunesse; Éducation; Emploi", "Fondation Passerelles Pro", "fondation", 2016)
R("mentorat jeunes rural", "Bourges/18",
  "Mentorat des jeunes ruraux du Cher",
  "Des mentors accompagnent des lycéens des territoires ruraux du Cher qui n'osent pas viser des études supérieures.",
  "Les mentors aident à l'orientation, font découvrir les métiers et les villes universitaires. Les rencontres ont lieu en visio et lors de week-ends collectifs.",
  "Jeunesse; Éducation; Ruralité", "Association Cap Avenir Cher", "association", 2019)
R("orientation jeunes", "Calais/62",
  "Forum des métiers en immersion",
  "Les collégiens découvrent les métiers en passant une journée dans des entreprises et associations de leur territoire.",
  "Des entreprises du Calaisis accueillent des élèves de 3e pour leur stage d'observation, notamment ceux qui n'ont pas de réseau familial.",
  "Jeunesse; Emploi; Éducation", "Association Stage Pour Tous Calaisis", "association", 2017)
R("sante_mentale jeunes", "Rennes/35",
  "Maison des adolescents : écoute et soins pour les 11-25 ans",
  "Un lieu d'accueil gratuit et anonyme pour les adolescents et jeunes adultes en souffrance, et pour leurs parents.",
  "Psychologues, infirmiers et éducateurs reçoivent sans rendez-vous. La maison propose des groupes de parole et intervient dans les lycées sur le harcèlement et la santé mentale.",
  "Santé; Jeunesse; Santé mentale", "Maison des adolescents d'Ille-et-Vilaine", "association", 2008)

# --- Numérique ----------------------------------------------------------------------------------
R("med_num", "Saint-Denis/93",
  "Ateliers numériques pour tous à Saint-Denis",
  "Des ateliers gratuits pour apprendre à utiliser un ordinateur, un smartphone et faire ses démarches en ligne.",
  "Deux conseillers numériques accueillent le public à la médiathèque et dans les centres sociaux. Les ateliers vont de la prise en main de la souris à la déclaration d'impôts en ligne.",
  "Numérique; Accès aux droits", "Ville de Saint-Denis", "collectivite", 2021)
R("med_num seniors", "Chartres/28",
  "Initiation au numérique pour les seniors",
  "Des cours collectifs pour les retraités : utiliser une tablette, envoyer des photos, parler en visio avec ses petits-enfants.",
  "Les cours ont lieu dans les résidences autonomie et les clubs. Des jeunes en service civique assurent un suivi individuel.",
  "Numérique; Personnes âgées", "Association Génération Connectée", "association", 2019)
R("med_num seniors rural", "Ussel/19",
  "Conseiller numérique itinérant en Haute-Corrèze",
  "Un conseiller numérique se déplace dans les mairies rurales pour aider les habitants, surtout les plus âgés, dans leurs démarches en ligne.",
  "Des permanences ont lieu chaque mois dans 20 communes. Le conseiller aide à créer une adresse mail, à utiliser l'espace santé ou à demander une carte grise.",
  "Numérique; Ruralité; Accès aux droits", "Haute-Corrèze Communauté", "collectivite", 2021)
R("med_num", "Lens/62",
  "Médiation numérique au centre social",
  "Accompagnement individuel aux démarches administratives en ligne : CAF, France Travail, ANTS, impôts.",
  "Une médiatrice accueille sans rendez-vous. L'objectif est de rendre les personnes autonomes, pas de faire à leur place. Des ordinateurs en libre accès sont disponibles.",
  "Numérique; Accès aux droits", "Centre social Lens Ouest", "association", 2018)
R("med_num", "Brest/29",
  "Les PAPI de Brest : points d'accès public à internet",
  "Un réseau de plus de 100 points d'accès public à internet avec accompagnement, dans les équipements de quartier.",
  "La ville soutient depuis vingt ans les lieux de médiation numérique portés par des associations, maisons de quartier et bibliothèques. Une charte définit l'accueil et l'accompagnement.",
  "Numérique; Lien social", "Ville de Brest", "collectivite", 2003)
R("med_num", "97120",
  "Inclusion numérique en Guadeloupe",
  "Un bus numérique équipé va à la rencontre des habitants de Pointe-à-Pitre et des communes voisines pour les former aux outils numériques.",
  "Le bus propose ateliers, accès à internet et aide aux démarches. Il s'arrête sur les marchés et devant les mairies.",
  "Numérique; Outre-mer", "Association Karukera Numérique", "association", 2022)
R("med_num jeunes", "Évry-Courcouronnes/91",
  "Codage et numérique pour les jeunes des quartiers",
  "Des ateliers de programmation et de création numérique pour les 11-17 ans.",
  "Le programme initie les jeunes au code, à la robotique et à la création de jeux vidéo, et les sensibilise aux usages responsables des réseaux sociaux.",
  "Numérique; Jeunesse", "Association Code Essonne", "association", 2018)
R("recond med_num", "Lyon/69",
  "Ordinateurs reconditionnés pour les familles",
  "Des ordinateurs reconditionnés vendus 50 € aux familles à faibles revenus, avec une formation de prise en main.",
  "Les ordinateurs sont donnés par des entreprises, reconditionnés par des salariés en insertion et équipés de logiciels libres. Un accompagnement est proposé pendant un an.",
  "Numérique; Réemploi; Insertion", "Association Les Ateliers du Clic", "association", 2016)
R("recond", "Poitiers/86",
  "Informatique solidaire poitevine",
  "Collecte et reconditionnement de matériel informatique pour les associations et les étudiants.",
  "L'association récupère les ordinateurs des administrations et entreprises, efface les données et installe des logiciels libres. Les ordinateurs sont vendus à prix solidaire.",
  "Numérique; Réemploi", "Association Poitou Informatique Solidaire", "association", 2012)
R("recond aci", "Montpellier/34",
  "Atelier d'insertion de reconditionnement de smartphones",
  "Un chantier d'insertion qui répare et reconditionne smartphones et tablettes.",
  "Les salariés en insertion se forment à la réparation électronique. Les appareils sont vendus à petits prix dans une boutique solidaire.",
  "Numérique; Insertion; Réemploi", "Association Phoenix Numérique", "association", 2020)
R("france_services rural", "Massiac/15",
  "France Services de Massiac",
  "Un guichet unique où les habitants sont accompagnés dans leurs démarches administratives : impôts, CAF, retraite, santé, emploi.",
  "Deux agents formés reçoivent le public cinq jours par semaine et organisent des visio-permanences avec les organismes partenaires. Une permanence d'un conseiller numérique est proposée le mardi.",
  "Accès aux droits; Ruralité; Services publics", "Communauté de communes Hautes Terres", "collectivite", 2020)
R("france_services rural", "D:58",
  "France Services itinérant de la Nièvre",
  "Un bus France Services qui se rend dans les communes rurales de la Nièvre pour les démarches administratives.",
  "Le bus, équipé d'ordinateurs et d'une connexion satellite, s'arrête une demi-journée par mois dans une trentaine de villages.",
  "Accès aux droits; Ruralité; Numérique", "Préfecture de la Nièvre", "etat", 2021)
R("france_services", "Cayenne/973",
  "Maison France Services de Cayenne",
  "Accueil et accompagnement aux démarches administratives, avec des agents parlant créole, portugais et anglais.",
  "La maison reçoit 800 personnes par mois. Elle propose aussi des permanences juridiques et un accompagnement numérique.",
  "Accès aux droits; Outre-mer", "Collectivité territoriale de Guyane", "collectivite", 2021)

# --- Petite enfance / parentalité ---------------------------------------------------------------
R("creche_avip", "Marseille/13",
  "Crèche à vocation d'insertion professionnelle",
  "Une crèche AVIP qui réserve des places aux enfants de parents demandeurs d'emploi, avec un accompagnement vers l'emploi pour les parents.",
  "Les parents s'engagent dans un parcours avec France Travail pendant que leur enfant est accueilli. Le label AVIP garantit la coordination entre la crèche et le conseiller emploi.",
  "Petite enfance; Emploi", "Association Les Petits Cailloux", "association", 2019)
R("creche_avip qpv", "Roubaix/59",
  "Multi-accueil solidaire pour parents en recherche d'emploi",
  "Un multi-accueil de 30 places dont la moitié est réservée aux familles en parcours d'insertion professionnelle.",
  "Situé en quartier prioritaire, l'établissement offre des horaires souples et un accueil en urgence quand un parent décroche un entretien ou une formation.",
  "Petite enfance; Insertion; Politique de la ville", "Association Premiers Pas Roubaix", "association", 2017)
R("creche_avip", "Toulouse/31",
  "Crèche AVIP du quartier Bagatelle",
  "Des places de crèche pour les enfants de parents qui cherchent un emploi, en lien avec le service public de l'emploi.",
  "La crèche municipale a obtenu le label AVIP. Une conseillère vient chaque mois rencontrer les parents dans la crèche.",
  "Petite enfance; Emploi", "Ville de Toulouse", "collectivite", 2020)
R("creche_avip", "Le Havre/76",
  "Crèche d'insertion du Havre",
  "Une crèche qui facilite le retour à l'emploi des parents, notamment des mères seules.",
  "Les parents bénéficient d'un accompagnement socioprofessionnel. La crèche accepte les enfants dès que le parent entre en formation.",
  "Petite enfance; Emploi; Famille", "Association Petite Enfance Havraise", "association", 2015)
R("creche_horaires", "Rouen/76",
  "Crèche aux horaires atypiques",
  "Une crèche ouverte de 5 h à 22 h et le samedi pour les parents qui travaillent en horaires décalés : soignants, agents de nettoyage, commerce.",
  "Les places sont attribuées en priorité aux familles monoparentales. Un accueil à domicile complète l'offre pour les horaires de nuit.",
  "Petite enfance; Emploi", "Association Croq'Lune", "association", 2018)
R("creche_horaires", "Lyon/69",
  "Garde d'enfants à domicile en horaires décalés",
  "Un service de garde d'enfants à domicile, tôt le matin, le soir et la nuit, pour les parents en horaires atypiques.",
  "Des intervenantes formées prennent le relais des modes de garde classiques. Le tarif est modulé selon les revenus grâce à un financement de la CAF.",
  "Petite enfance; Emploi; Famille", "Association Relais Horaires", "association", 2014)
R("creche_horaires", "Valence/26",
  "Micro-crèche ouverte la nuit pour les soignants",
  "Une micro-crèche proche de l'hôpital de Valence, ouverte de 6 h à 23 h et certaines nuits.",
  "Créée avec l'hôpital, la micro-crèche accueille surtout les enfants du personnel soignant, mais aussi d'autres salariés en horaires de nuit.",
  "Petite enfance; Santé", "SAS Les Lucioles", "entreprise", 2022)
R("creche_parentale", "Rennes/35",
  "Crèche parentale Les Bout'Chou",
  "Une crèche associative gérée par les parents, qui assurent des permanences aux côtés des professionnelles.",
  "Seize enfants sont accueillis. Les parents participent aux décisions et à la vie de la crèche.",
  "Petite enfance", "Association Les Bout'Chou", "association", 1994)
R("creche rural", "Mende/48",
  "Micro-crèche rurale intercommunale",
  "Une micro-crèche de 10 places ouverte dans un bourg lozérien pour les familles des communes alentour.",
  "L'EPCI a transformé l'ancienne école du bourg en micro-crèche. Les horaires sont adaptés aux agriculteurs et aux salariés qui font de longs trajets.",
  "Petite enfance; Ruralité", "Communauté de communes Cœur de Lozère", "collectivite", 2018)
R("laep parentalite", "Paris/75",
  "Lieu d'accueil enfants-parents du 13e",
  "Un LAEP où les parents viennent avec leurs enfants de moins de 4 ans, sans inscription, pour jouer et échanger.",
  "Deux accueillantes formées reçoivent les familles de façon anonyme et gratuite. Le lieu prépare aussi en douceur à la séparation avant la crèche ou l'école.",
  "Petite enfance; Parentalité", "Association Les Petites Mains", "association", 2010)
R("laep parentalite rural", "Aubenas/07",
  "Lieu d'accueil enfants-parents itinérant en Ardèche",
  "Un accueil enfants-parents qui tourne entre quatre villages du sud Ardèche, dans les salles communales.",
  "Les familles isolées des villages trouvent un espace de jeu et d'échange avec d'autres parents et des professionnelles.",
  "Petite enfance; Parentalité; Ruralité", "Association Les Petits Pas Ardéchois", "association", 2016)
R("rpe", "Arras/62",
  "Relais petite enfance de l'Arrageois",
  "Le relais informe les familles sur les modes de garde et accompagne les assistantes maternelles.",
  "Des ateliers d'éveil sont proposés aux assistantes maternelles et aux enfants qu'elles gardent. Le relais aide aussi les parents dans leurs démarches d'employeur.",
  "Petite enfance", "Communauté urbaine d'Arras", "collectivite", 2012)
R("jardin_enfants jardin_near", "Strasbourg/67",
  "Jardin d'enfants Montessori associatif",
  "Un jardin d'enfants pour les 2-6 ans inspiré de la pédagogie Montessori, à tarif modulé selon les revenus.",
  "Le jardin d'enfants accueille 24 enfants en petits groupes. L'association veut rendre cette pédagogie accessible aux familles modestes.",
  "Petite enfance; Éducation", "Association Petites Graines", "association", 2019)
R("parentalite", "Nantes/44",
  "Café des parents",
  "Un rendez-vous convivial où les parents échangent sur l'éducation de leurs enfants avec une professionnelle.",
  "Chaque mois un thème : écrans, sommeil, adolescence, harcèlement. Les rencontres ont lieu à l'école ou au centre social.",
  "Parentalité; Éducation", "Centre social Bellevue", "association", 2015)
R("parentalite", "Mulhouse/68",
  "Maison des familles",
  "Un lieu pour les familles qui traversent des difficultés : ateliers parents-enfants, écoute, sorties.",
  "La maison accueille des familles orientées ou venues d'elles-mêmes. Les parents co-construisent les activités.",
  "Parentalité; Famille", "Fondation des Familles d'Alsace", "fondation", 2013)
