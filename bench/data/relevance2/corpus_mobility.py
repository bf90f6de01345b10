"""Mobilité solidaire, covoiturage, autopartage, vélo."""
from records import R

# --- Garages solidaires --------------------------------------------------------------------------
R("garage_sol aci", "Nîmes/30",
  "Garage solidaire du Gard",
  "Un garage associatif qui répare les véhicules des personnes à faibles revenus au prix des pièces et d'une main-d'œuvre réduite.",
  "Le garage est conventionné avec France Travail et les missions locales : les demandeurs d'emploi et bénéficiaires du RSA y font réparer leur voiture pour pouvoir aller travailler. Il est aussi atelier et chantier d'insertion et forme des mécaniciens.",
  "Mobilité; Insertion", "Association Roule Solidaire", "association", 2012, key="garage_gard")
R("garage_sol", "Guingamp/22",
  "Garage solidaire du pays de Guingamp",
  "Réparation et entretien de véhicules à tarif social, vente de voitures d'occasion révisées pour les personnes en insertion.",
  "Dans un territoire rural où la voiture est indispensable, le garage permet de garder son emploi ou d'accepter une formation. Les clients sont orientés par les travailleurs sociaux. Un atelier d'auto-réparation encadré est ouvert le samedi.",
  "Mobilité; Ruralité", "Association Mobil'Argoat", "association", 2016)
R("garage_sol", "Besançon/25",
  "GARAGE SOLIDAIRE BISONTIN",
  "GARAGE ASSOCIATIF A TARIF SOLIDAIRE ET LOCATION DE VEHICULES POUR L'EMPLOI.",
  "Le garage propose entretien, réparations et contrôle technique à prix réduit pour les personnes aux minima sociaux. Une flotte de 15 voitures est louée 5 € par jour pour se rendre au travail ou en formation.",
  "Mobilité; Emploi", "Association Mobilité Pour Tous 25", "association", 2014)
R("garage_sol ei", "Tulle/19",
  "Garage solidaire et auto-école de Corrèze",
  "Entreprise d'insertion qui combine un garage solidaire et la vente de véhicules d'occasion à petits prix.",
  "L'entreprise d'insertion emploie huit salariés en parcours. Les véhicules récupérés sont remis en état et vendus avec une garantie de six mois aux personnes orientées par les prescripteurs.",
  "Mobilité; Insertion", "Corrèze Auto Solidaire", "entreprise", 2019)
R("garage_sol rural", "Mirande/32",
  "Garage associatif d'auto-réparation",
  "Un garage participatif où chacun vient réparer sa voiture avec l'aide d'un mécanicien, moyennant une adhésion.",
  "Le garage met à disposition ponts élévateurs et outillage. Un mécanicien salarié accompagne les adhérents. Un tarif réduit s'applique aux personnes aux minima sociaux.",
  "Mobilité; Ruralité", "Association Les Clés du Gers", "association", 2018)
R("garage_sol", "97311",
  "Garage solidaire de l'Ouest guyanais",
  "Réparation de véhicules et de pirogues à moteur à prix solidaire pour les familles de Saint-Laurent-du-Maroni.",
  "L'association forme des jeunes à la mécanique automobile et marine. Les réparations sont facturées au prix des pièces pour les familles orientées par le CCAS.",
  "Mobilité; Outre-mer; Insertion", "Association Maroni Mobilité", "association", 2021)

# --- Auto-écoles sociales -----------------------------------------------------------------------
R("autoecole_soc", "Lille/59",
  "Auto-école sociale lilloise",
  "Une auto-école associative pour les personnes en insertion : apprentissage du code et de la conduite à rythme adapté et à faible coût.",
  "Les élèves, orientés par les missions locales et France Travail, suivent un parcours personnalisé avec un moniteur formé à la pédagogie adaptée. Le taux de réussite au permis dépasse 60 %. Un module sur le budget d'une voiture est inclus.",
  "Mobilité; Insertion", "Association Permis Pour Tous", "association", 2011)
R("autoecole_soc rural", "Aubusson/23",
  "Auto-école solidaire de la Creuse",
  "Permis de conduire à tarif solidaire pour les jeunes et les demandeurs d'emploi du sud de la Creuse.",
  "L'auto-école associative propose le permis B et le permis AM (voiturette). Les leçons sont financées en partie par le département et le CPF. Un véhicule à double commande circule entre Aubusson et Felletin.",
  "Mobilité; Ruralité; Jeunesse", "Association Creuse Mobilité", "association", 2015)
R("autoecole_soc", "Mulhouse/68",
  "Ecole de conduite associative de Mulhouse",
  "Une école de conduite sociale pour les personnes ayant des difficultés d'apprentissage ou de langue.",
  "Cours de code en petits groupes avec supports en français facile et traduction, leçons de conduite adaptées. Les élèves sont souvent des femmes qui n'ont jamais conduit et des réfugiés.",
  "Mobilité; Insertion", "Association En Route Mulhouse", "association", 2013)
R("autoecole_soc qpv", "Vénissieux/69",
  "Auto-école sociale des Minguettes",
  "Le permis de conduire pour les habitants du plateau des Minguettes en recherche d'emploi.",
  "L'auto-école propose code et conduite à prix réduit. Les élèves bénéficient d'un accompagnement vers l'emploi en parallèle. Le quartier est en QPV et le permis reste un frein majeur à l'embauche.",
  "Mobilité; Politique de la ville; Emploi", "Association Minguettes Mobilité", "association", 2017)

# --- Plateformes de mobilité --------------------------------------------------------------------
R("plateforme_mob rural", "D:46",
  "Plateforme de mobilité solidaire du Lot",
  "Un guichet unique pour lever les freins à la mobilité des personnes en insertion : diagnostic, conseil, location de véhicules, aide au permis.",
  "Des conseillers mobilité reçoivent les personnes orientées par les travailleurs sociaux, évaluent leurs besoins et proposent des solutions : location de scooters ou de voitures à petits prix, prêt de vélos électriques, apprentissage du covoiturage, aide financière au permis.",
  "Mobilité; Insertion; Ruralité", "Association Lot Mobilité", "association", 2016, key="plateforme_lot")
R("plateforme_mob", "Amiens/80",
  "Plateforme Mobilité Emploi de la Somme",
  "Conseil en mobilité inclusive pour les demandeurs d'emploi : bilan mobilité, ateliers, solutions de transport.",
  "La plateforme réalise des bilans de compétences mobilité, organise des ateliers pour apprendre à utiliser les transports en commun et met à disposition voitures et scooters en location solidaire.",
  "Mobilité; Emploi", "Association Somme Mobilité", "association", 2014)
R("plateforme_mob", "Grenoble/38",
  "Mobilité inclusive en Isère",
  "Un dispositif départemental qui accompagne 2 000 personnes par an dans leur mobilité vers l'emploi.",
  "Le dispositif combine conseil, location de véhicules, réparation solidaire et aide au permis. Il s'appuie sur un réseau de garages solidaires et d'auto-écoles associatives dans tout le département.",
  "Mobilité; Emploi", "Département de l'Isère", "collectivite", 2018)
R("plateforme_mob", "Saint-Quentin/02",
  "Mobilite solidaire dans l'Aisne",
  "Plateforme mobilite pour les personnes en insertion du Saint-Quentinois : location, conseil, permis.",
  "Creee par un groupement d'associations d'insertion, la plateforme accompagne chaque annee 600 personnes. Elle propose aussi un service de transport a la demande vers les zones d'activites mal desservies.",
  "Mobilité; Insertion", "Groupement Mobilité 02", "association", 2015)
R("loc_vehicule", "Périgueux/24",
  "Location solidaire de scooters et voitures sans permis",
  "Location de deux-roues et voiturettes à 2 € par jour pour les jeunes et les personnes en insertion du Périgord.",
  "Une flotte de 40 scooters et 6 voitures sans permis est louée pour des durées de un à six mois, le temps de trouver une solution durable. Les loueurs sont accompagnés vers le permis.",
  "Mobilité; Jeunesse", "Association Périgord Mobilité", "association", 2013)
R("loc_vehicule rural", "Guéret/23",
  "Voitures à 1 € pour l'emploi",
  "Location de voitures à un euro par jour pour les personnes qui reprennent un emploi en Creuse.",
  "Le service est accessible sur prescription de France Travail, des missions locales ou des travailleurs sociaux, pour trois mois maximum.",
  "Mobilité; Emploi; Ruralité", "Association Creuse Mobilité", "association", 2019)

# --- Transport solidaire / TAD ------------------------------------------------------------------
R("transport_sol seniors rural", "Lacapelle-Marival/46",
  "Transport solidaire du Ségala",
  "Des chauffeurs bénévoles conduisent les personnes âgées et sans voiture chez le médecin, au marché ou à la pharmacie.",
  "Le passager adhère à l'association et participe aux frais à hauteur de 0,35 € par kilomètre. Une trentaine de chauffeurs bénévoles couvrent 20 communes rurales. Le service est coordonné par une permanence téléphonique.",
  "Mobilité; Personnes âgées; Ruralité", "Association Ségala Solidaire", "association", 2014)
R("transport_sol seniors rural", "Gramat/46",
  "Transport solidaire du Causse",
  "Un réseau de chauffeurs bénévoles pour les habitants isolés du causse de Gramat, surtout des personnes âgées.",
  "Le service permet aussi de rendre visite à un proche en EHPAD. Les trajets sont programmés la veille.",
  "Mobilité; Personnes âgées; Ruralité", "Association Entraide du Causse", "association", 2017)
R("transport_sol seniors rural", "Ambert/63",
  "Réseau de transport solidaire du Livradois-Forez",
  "Des bénévoles véhiculés accompagnent les habitants sans voiture dans leurs déplacements essentiels.",
  "Le réseau est coordonné par le centre social intercommunal. Les personnes âgées représentent 80 % des passagers. Les chauffeurs rompent aussi l'isolement en prenant le temps d'un café.",
  "Mobilité; Personnes âgées; Ruralité", "Centre social du Livradois", "association", 2015)
R("tad rural", "Nyons/26",
  "Transport à la demande des Baronnies",
  "Un minibus sur réservation relie les villages des Baronnies provençales à Nyons les jours de marché.",
  "Le service, créé par l'EPCI, fonctionne sur réservation la veille. Le tarif est aligné sur le ticket de bus départemental. Les villages les plus éloignés sont à 45 minutes de Nyons.",
  "Mobilité; Ruralité", "Communauté de communes des Baronnies en Drôme Provençale", "collectivite", 2018)
R("tad", "Mamoudzou/976",
  "Navette solidaire de Mamoudzou",
  "Une navette gratuite pour les personnes âgées et handicapées de Mamoudzou vers le centre hospitalier et les administrations.",
  "La navette fonctionne sur réservation et dessert les villages de la commune. Elle est conduite par des jeunes en service civique.",
  "Mobilité; Handicap; Outre-mer", "CCAS de Mamoudzou", "collectivite", 2022)
R("mob_handicap handicap", "Paris/75",
  "Accessibilité des transports : cartographier les gares pour les personnes à mobilité réduite",
  "Une application collaborative qui recense l'accessibilité des stations et des ascenseurs pour les personnes à mobilité réduite.",
  "Les utilisateurs signalent les ascenseurs en panne et les obstacles. Les données sont partagées avec les opérateurs de transport.",
  "Handicap; Numérique", "Collectif Accès Libre", "autre", 2020)

# --- Covoiturage / autopartage ------------------------------------------------------------------
R("covoit rural", "Saint-Flour/15",
  "Covoiturage de proximité en Pays de Saint-Flour",
  "Des lignes de covoiturage spontané avec arrêts matérialisés, pour aller au travail ou au marché sans réserver.",
  "Des panneaux lumineux et des arrêts signalés permettent aux conducteurs de prendre des passagers sur les axes principaux. Le conducteur est indemnisé par la communauté de communes. Un dispositif pensé pour les territoires ruraux où les bus sont rares.",
  "Mobilité; Ruralité", "Saint-Flour Communauté", "collectivite", 2021)
R("covoit", "Chambéry/73",
  "Covoiturage domicile-travail dans les zones d'activité savoyardes",
  "Une plateforme et des animations en entreprise pour développer le covoiturage entre salariés.",
  "Le dispositif propose une mise en relation, une garantie de retour en cas d'imprévu et une prime pour les conducteurs. Les entreprises de la zone ont réservé des places de parking aux covoitureurs.",
  "Mobilité; Environnement", "Grand Chambéry", "collectivite", 2019)
R("covoit", "R:52",
  "Covoiturage solidaire des Pays de la Loire",
  "Une plateforme régionale de covoiturage gratuit, avec un volet solidaire : mise en relation de bénévoles conducteurs et de personnes sans voiture.",
  "Outre les trajets domicile-travail, la plateforme propose des trajets solidaires pour les personnes isolées vers l'emploi, la formation ou les soins.",
  "Mobilité", "Région Pays de la Loire", "collectivite", 2017)
R("covoit rural", "Loudéac/22",
  "Auto-stop organisé du Centre Bretagne",
  "Des arrêts d'auto-stop sécurisé et une communauté d'inscrits pour se déplacer entre bourgs ruraux.",
  "Les passagers et conducteurs inscrits disposent d'une carte de membre. Des arrêts « stop » ont été installés dans 18 communes. Le dispositif complète les lignes de car peu fréquentes.",
  "Mobilité; Ruralité", "Association Stop Partagé", "association", 2016)
R("covoit", "Annecy/74",
  "Lignes de covoiturage du Grand Annecy",
  "Des lignes de covoiturage régulières vers les vallées, avec départ garanti.",
  "Le passager réserve sur l'application ; si aucun conducteur n'est trouvé, un taxi est envoyé. Les conducteurs reçoivent 1 à 3 € par trajet.",
  "Mobilité; Environnement", "Grand Annecy", "collectivite", 2022)
R("autopartage rural", "Die/26",
  "Autopartage citoyen du Diois",
  "Des voitures partagées entre habitants dans cinq villages du Diois, réservables en ligne.",
  "L'association met à disposition six véhicules, dont deux électriques, stationnés près des mairies. Les adhérents paient à l'heure et au kilomètre. Des particuliers mettent aussi leur propre voiture en partage.",
  "Mobilité; Ruralité; Environnement", "Association Diois Autopartage", "association", 2017)
R("autopartage", "Strasbourg/67",
  "Coopérative d'autopartage alsacienne",
  "Une SCIC d'autopartage qui gère 200 voitures en station dans les villes d'Alsace.",
  "Les voitures sont réservables 24 h/24 et facturées à l'heure et au kilomètre. La coopérative compte parmi ses sociétaires des usagers, des collectivités et des salariés.",
  "Mobilité; Économie sociale et solidaire", "SCIC Autopartage Alsace", "entreprise", 2002)
R("autopartage", "Rennes/35",
  "Autopartage entre voisins à Rennes",
  "Une association qui aide les voisins à partager leur voiture avec un contrat et une assurance adaptés.",
  "Plus de 80 voitures de particuliers sont partagées. L'association fournit le contrat type, l'assurance et un carnet de bord. Une voiture partagée remplace en moyenne cinq voitures personnelles.",
  "Mobilité; Environnement", "Association Voisins Mobiles", "association", 2015)
R("autopartage", "Villeurbanne/69",
  "Autopartage en logement social",
  "Des voitures partagées réservées aux locataires d'un bailleur social, à tarif modéré.",
  "Le bailleur a installé trois véhicules partagés dans des résidences. Les locataires réservent par application ou au gardien. Le service vise les ménages sans voiture qui ont des besoins ponctuels.",
  "Mobilité; Habitat", "Bailleur social Est Métropole Habitat", "entreprise", 2021)
R("autopartage rural", "Marciac/32",
  "Voiture électrique partagée communale",
  "La commune met une voiture électrique en autopartage à disposition des habitants.",
  "Réservation en mairie ou en ligne, tarif de 3 € de l'heure. La voiture est rechargée par les panneaux photovoltaïques de la salle des fêtes.",
  "Mobilité; Énergie; Ruralité", "Commune de Marciac", "collectivite", 2022)

# --- Near-misses mobilité ------------------------------------------------------------------------
R("erasmus jeunes", "Poitiers/86",
  "Mobilité européenne des jeunes avec moins d'opportunités",
  "Accompagner les jeunes éloignés des dispositifs vers un stage ou un volontariat à l'étranger grâce à Erasmus+.",
  "L'association prépare les jeunes de missions locales à un séjour de deux à six mois en Europe : préparation linguistique, démarches, suivi pendant le séjour. La mobilité internationale devient un levier d'insertion.",
  "Jeunesse; Europe", "Association Horizons Poitou", "association", 2016)

# --- Vélo ---------------------------------------------------------------------------------------
R("velo_atelier", "Lyon/69",
  "Atelier vélo participatif de la Guillotière",
  "Un atelier où l'on apprend à réparer soi-même son vélo avec des outils partagés et des conseils de bénévoles.",
  "L'atelier récupère aussi des vélos abandonnés, les remet en état avec les adhérents et les revend à petit prix. Des sessions sont réservées aux femmes et aux jeunes du quartier.",
  "Mobilité; Réemploi", "Association Le Vélo Qui Roule", "association", 2008)
R("velo_atelier", "Rennes/35",
  "La Petite Rennes – atelier de réparation de vélos",
  "Atelier d'autoréparation de vélos : adhérents, outils et conseils pour entretenir sa bicyclette.",
  "Trois lieux dans Rennes accueillent les cyclistes. Les vélos donnés sont réparés et revendus. L'association organise aussi des ateliers mobiles dans les quartiers.",
  "Mobilité; Réemploi", "Association La Petite Rennes", "association", 2010)
R("velo_atelier", "Toulouse/31",
  "ATELIER VELO SOLIDAIRE DE BORDEROUGE",
  "ATELIER D'AUTOREPARATION DE VELOS ET RECYCLAGE DE BICYCLETTES POUR LES HABITANTS.",
  "L'atelier propose des permanences d'autoréparation trois fois par semaine et forme des jeunes aux métiers du cycle.",
  "Mobilité; Réemploi", "Association Vélorution Nord", "association", 2014)
R("velo_atelier aci", "Saint-Étienne/42",
  "Recyclerie du cycle stéphanoise",
  "Chantier d'insertion qui collecte, répare et revend des vélos d'occasion.",
  "Les vélos sont collectés en déchèterie et chez les particuliers. Les salariés en insertion les réparent et les vendent en boutique. Un atelier participatif est ouvert au public le samedi.",
  "Mobilité; Réemploi; Insertion", "Association Cycles Solidaires", "association", 2016)
R("velo_atelier", "Bordeaux/33",
  "Atelier vélo de quartier – Bastide",
  "Atelier associatif de réparation de bicyclettes et vélo-école pour adultes.",
  "On y vient réparer son vélo avec l'aide d'un mécanicien bénévole. Des vélos reconditionnés sont vendus entre 40 et 120 €.",
  "Mobilité; Réemploi", "Association Bastide à Vélo", "association", 2012)
R("velo_atelier", "Cherbourg-en-Cotentin/50",
  "Atelier cycles participatif du Cotentin",
  "Réparation de vélos, récupération et formation des enfants à l'entretien de leur bicyclette.",
  "L'atelier intervient dans les écoles pour les journées « savoir rouler à vélo » et tient des permanences en centre-ville.",
  "Mobilité; Éducation", "Association Cotentin Cyclable", "association", 2018)
R("velo_atelier rural", "Florac Trois Rivières/48",
  "Atelier vélo itinérant en Cévennes",
  "Un triporteur-atelier qui se déplace dans les villages cévenols pour réparer les vélos et apprendre à le faire.",
  "Le mécanicien passe une fois par mois dans douze communes. Il propose aussi la location de vélos à assistance électrique pour les habitants qui veulent tester.",
  "Mobilité; Ruralité", "Association Cévennes à Vélo", "association", 2021)
R("velo_atelier", "Pointe-à-Pitre/971",
  "Atelier vélo solidaire de Pointe-à-Pitre",
  "Réparation de vélos et remise en circulation de bicyclettes abandonnées pour les jeunes pointois.",
  "L'atelier forme des jeunes décrocheurs à la mécanique cycle et organise des balades urbaines.",
  "Mobilité; Jeunesse; Outre-mer", "Association Vélo Péyi", "association", 2020)
R("velo_ecole", "Strasbourg/67",
  "Vélo-école pour adultes",
  "Apprendre à faire du vélo à l'âge adulte : cours en petit groupe, surtout pour des femmes qui n'ont jamais appris.",
  "La vélo-école propose un cycle de dix séances, de l'équilibre à la circulation en ville. Beaucoup de participantes cherchent à gagner en autonomie pour aller travailler.",
  "Mobilité; Lien social", "Association CADR 67", "association", 2009)
R("velo_ecole qpv", "Montreuil/93",
  "Vélo-école des femmes du Bel-Air",
  "Une vélo-école pour les femmes du quartier prioritaire Bel-Air : apprendre la bicyclette, gagner en autonomie.",
  "Les séances ont lieu sur le parking du centre social. Un vélo est prêté à chaque participante pendant trois mois après la formation.",
  "Mobilité; Égalité femmes-hommes", "Centre social Bel-Air", "association", 2019)
R("velo_ecole", "Dijon/21",
  "Remise en selle des seniors",
  "Des séances pour les seniors qui veulent reprendre le vélo, notamment à assistance électrique, en sécurité.",
  "Un moniteur accompagne les participants sur des parcours progressifs. L'action prévient l'isolement et favorise l'activité physique des retraités.",
  "Mobilité; Personnes âgées; Santé", "Association Dijon Vélo Seniors", "association", 2021)
R("velo_sol", "Nantes/44",
  "Vélos reconditionnés pour aller travailler",
  "Des vélos révisés vendus 30 € aux personnes en insertion, avec antivol, lumières et formation à la circulation.",
  "Le dispositif est proposé sur orientation des conseillers emploi. Un service d'entretien gratuit pendant un an est inclus. Plus de 400 vélos ont été attribués.",
  "Mobilité; Emploi; Réemploi", "Association Roue Libre Nantes", "association", 2018)
R("velo_sol velo_elec", "Limoges/87",
  "Location solidaire de vélos électriques",
  "Location de vélos à assistance électrique à 10 € par mois pour les demandeurs d'emploi et les étudiants boursiers.",
  "La collectivité met à disposition une flotte de 150 vélos électriques. Les locataires à faibles revenus bénéficient d'un tarif réduit. Un atelier assure l'entretien.",
  "Mobilité; Emploi", "Limoges Métropole", "collectivite", 2020)
R("velo_sol rural", "Lannion/22",
  "Vélos électriques en prêt pour l'emploi",
  "Prêt gratuit de vélos à assistance électrique pour les personnes qui commencent un emploi ou une formation dans le Trégor.",
  "Le prêt dure trois mois. Il est proposé par la mission locale et une association d'insertion. Des bornes de recharge ont été installées dans les mairies rurales.",
  "Mobilité; Emploi; Ruralité", "Mission locale Ouest Côtes-d'Armor", "association", 2022)
R("velo_cargo", "Paris/75",
  "Livraison à vélo cargo en insertion",
  "Une coopérative de livraison du dernier kilomètre en vélos-cargos qui emploie des personnes en insertion.",
  "Les livreurs, salariés de l'entreprise d'insertion, livrent commerces et restaurants. Ils sont formés à la conduite des vélos cargos et à la logistique.",
  "Mobilité; Insertion; Environnement", "Coopérative Les Coursiers Solidaires", "entreprise", 2019)
R("velo_cargo", "Grenoble/38",
  "Prêt de vélos cargos aux familles",
  "Des vélos cargos prêtés gratuitement aux familles pendant un mois pour tester une alternative à la voiture.",
  "Le service est proposé par la métropole et une association. Les familles sont accompagnées pour choisir un itinéraire et peuvent ensuite bénéficier d'une aide à l'achat.",
  "Mobilité; Environnement", "Association Cargo Famille", "association", 2021)
R("velo_near", "Carpentras/84",
  "Location de vélos électriques au pied du Ventoux",
  "Location de vélos électriques et de VTT pour découvrir le Ventoux et les Dentelles de Montmirail.",
  "Le loueur propose des circuits balisés, la livraison des vélos à l'hébergement et des sorties accompagnées.",
  "Tourisme; Sport", "Ventoux Bike Location", "entreprise", 2017)
R("velo_near", "Pontivy/56",
  "Vélorail du Blavet",
  "Balade en vélorail sur une ancienne voie ferrée le long du Blavet.",
  "L'association gère 20 draisines et accueille familles et groupes d'avril à octobre. Les recettes financent l'entretien de la voie.",
  "Tourisme; Patrimoine", "Association Vélorail Centre Bretagne", "association", 2007)
R("velobus", "Grenoble/38",
  "Vélobus scolaire",
  "Des parents accompagnent à tour de rôle un convoi d'enfants à vélo jusqu'à l'école.",
  "Trois lignes de vélobus desservent les écoles du quartier. Les enfants sont formés avec le programme « savoir rouler à vélo ».",
  "Mobilité; Éducation", "Collectif Parents à Vélo", "autre", 2022)
