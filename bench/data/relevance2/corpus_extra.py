"""Complements: more records per cluster, records placed only at département / région level, place traps, noise."""
from records import R

# --- Département- or région-level records -------------------------------------------------------
R("covoit rural", "D:43",
  "Covoiturage solidaire en Haute-Loire",
  "Des conducteurs bénévoles partagent leurs trajets avec des personnes sans voiture pour aller au travail, en formation ou à un rendez-vous médical.",
  "La plateforme départementale met en relation conducteurs et passagers ; le passager verse une petite participation aux frais. Un standard téléphonique permet de réserver sans smartphone, pour les personnes âgées notamment.",
  "Mobilité; Ruralité", "Département de la Haute-Loire", "collectivite", 2019)
R("covoit", "D:59",
  "Covoiturage vers les zones d'emploi du Nord",
  "Des lignes de covoiturage domicile-travail vers les grandes zones d'activités du département, avec garantie de retour.",
  "Le service est financé par le département et les intercommunalités. Les demandeurs d'emploi bénéficient de trajets gratuits pendant leurs trois premiers mois d'emploi.",
  "Mobilité; Emploi", "Département du Nord", "collectivite", 2022)
R("isolement_age seniors rural", "D:24",
  "Veille sociale estivale auprès des aînés de Dordogne",
  "Pendant les canicules, des bénévoles et agents communaux appellent et visitent les personnes âgées isolées inscrites sur les registres des mairies.",
  "Le dispositif s'appuie sur les registres canicule des communes rurales. Au-delà de l'été, il a créé un réseau de voisins vigilants qui maintiennent le contact toute l'année.",
  "Personnes âgées; Ruralité; Santé", "Département de la Dordogne", "collectivite", 2019)
R("isolement_age seniors rural", "R:27",
  "Facteurs et visites aux personnes âgées en Bourgogne-Franche-Comté",
  "Un partenariat régional pour que les facteurs rendent visite aux personnes âgées isolées lors de leur tournée.",
  "Les familles ou les communes souscrivent un service de visite régulière ; le facteur prend des nouvelles et signale les difficultés. Le dispositif est surtout utilisé dans les villages.",
  "Personnes âgées; Ruralité", "Conférence des financeurs BFC", "autre", 2021)
R("devoirs college rural", "D:23",
  "Étudiants tuteurs pour les collégiens creusois",
  "Des étudiants de Limoges accompagnent en visio les collégiens de Creuse dans leurs devoirs et leur orientation.",
  "Chaque collégien a un tuteur attitré qu'il retrouve deux fois par semaine en ligne, avec une rencontre physique par trimestre au collège. Le programme vise les élèves des petits collèges ruraux.",
  "Éducation; Jeunesse; Ruralité", "Association Creuse Réussite Éducative", "association", 2021)
R("devoirs primaire", "D:976",
  "Caravane de la lecture et des devoirs à Mayotte",
  "Des animateurs se déplacent dans les villages de Mayotte pour des séances de lecture et d'aide aux devoirs en plein air.",
  "La caravane visite chaque semaine dix villages. Elle s'adresse aux enfants d'école primaire qui n'ont pas d'espace calme pour travailler.",
  "Éducation; Enfance; Outre-mer", "Association Mayotte Lecture", "association", 2020)
R("ehpad rural", "D:48",
  "Mutualisation des EHPAD lozériens",
  "Les EHPAD publics de Lozère se regroupent pour partager personnels spécialisés, formations et achats.",
  "Un ergothérapeute, un psychologue et une diététicienne interviennent dans l'ensemble des établissements. La mutualisation permet aussi de former les équipes à la bientraitance.",
  "Personnes âgées; Santé; Ruralité", "GCSMS EHPAD de Lozère", "etat", 2018)
R("sante desert", "D:973",
  "Centres délocalisés de prévention et de soins en Guyane",
  "Des centres de soins implantés dans les communes de l'intérieur de la Guyane, accessibles seulement en pirogue ou en avion.",
  "Les centres assurent consultations, urgences, vaccination et suivi des grossesses. Des évacuations sanitaires vers Cayenne sont organisées si besoin. Le recrutement de médecins reste difficile.",
  "Santé; Outre-mer", "Centre hospitalier de Cayenne", "etat", 2010)
R("prevention", "Cayenne/973",
  "Dépistage et prévention du diabète à Cayenne",
  "Des actions de dépistage du diabète et de l'hypertension sur les marchés et dans les quartiers de Cayenne.",
  "Des infirmiers et médiateurs santé proposent des tests gratuits et des conseils nutritionnels. Les personnes dépistées sont orientées vers un médecin.",
  "Santé; Prévention; Outre-mer", "Association Santé Guyane Prévention", "association", 2019)
R("ess_reseau ess", "R:53",
  "Réseau breton des pôles de développement de l'ESS",
  "Les pôles ESS de Bretagne coordonnent leur action pour accompagner la création d'activités d'économie sociale et solidaire dans chaque pays.",
  "Le réseau mutualise formations, outils d'accompagnement et observation. Il anime chaque année un appel à projets d'innovation sociale avec la région.",
  "Économie sociale et solidaire", "Réseau des pôles ESS de Bretagne", "association", 2011)
R("ess_reseau ess", "D:29",
  "Finistère : un fonds départemental pour l'innovation sociale",
  "Le Département soutient les projets d'économie sociale et solidaire innovants portés dans le Finistère.",
  "Le fonds finance l'étude de faisabilité et le démarrage de projets : services aux personnes âgées, mobilité en zone rurale, alimentation. Les projets sont accompagnés par les pôles ESS.",
  "Économie sociale et solidaire; Innovation sociale", "Département du Finistère", "collectivite", 2017)
R("recyclerie", "D:22",
  "Ressourceries des Côtes-d'Armor : un réseau départemental",
  "Les ressourceries costarmoricaines s'organisent en réseau pour mutualiser la collecte et la vente en ligne.",
  "Huit structures partagent un camion, une boutique en ligne et des formations pour leurs salariés. Le réseau est soutenu par le syndicat de traitement des déchets.",
  "Réemploi; Déchets", "Réseau Réemploi 22", "association", 2020)
R("mob_sol plateforme_mob", "R:76",
  "Mobilité inclusive en Occitanie : le réseau régional",
  "Un réseau qui fédère les plateformes de mobilité solidaire d'Occitanie pour harmoniser l'accompagnement des personnes.",
  "Le réseau forme les conseillers mobilité, partage les outils de diagnostic et aide à créer des plateformes dans les départements qui n'en ont pas.",
  "Mobilité; Insertion", "Réseau Mobilité Solidaire Occitanie", "association", 2020)
R("garage_sol rural", "D:09",
  "Garage solidaire ariégeois",
  "Réparation à coût réduit des voitures des personnes en insertion, avec des mécaniciens bénévoles et un salarié.",
  "Le garage associatif intervient à Pamiers et dans un atelier mobile pour les vallées. Les personnes sont orientées par les travailleurs sociaux.",
  "Mobilité; Ruralité", "Association Garage Solidaire 09", "association", 2016)
R("hab_inclusif handicap", "D:56",
  "Habitat inclusif dans le Morbihan : appel à projets départemental",
  "Le département soutient la création de colocations et habitats inclusifs pour personnes handicapées ou âgées dans les communes du Morbihan.",
  "Une dizaine de projets ont été retenus, portés par des associations, des bailleurs et des communes. L'aide à la vie partagée finance l'animation.",
  "Habitat; Handicap; Personnes âgées", "Département du Morbihan", "collectivite", 2022)
R("tiers_lieu", "R:11",
  "Fabriques de territoire en Île-de-France",
  "Un programme régional de soutien aux tiers-lieux structurants des quartiers et des franges rurales franciliennes.",
  "La région finance l'aménagement et l'animation de lieux hybrides : ateliers, coworking, formation numérique, services aux habitants.",
  "Tiers-lieux", "Région Île-de-France", "collectivite", 2020)
R("culture rural", "D:32",
  "Résidences d'artistes dans les villages du Gers",
  "Des artistes en résidence dans les villages gersois créent avec les habitants, les écoles et les EHPAD.",
  "Chaque résidence dure deux mois et se termine par une restitution publique dans le village. Le département prend en charge l'hébergement.",
  "Culture; Ruralité", "Département du Gers", "collectivite", 2016)
R("prec_energ", "D:80",
  "Fonds de solidarité énergie de la Somme",
  "Une aide financière et un accompagnement pour les ménages qui ne peuvent plus payer leurs factures d'énergie.",
  "Au-delà de l'aide ponctuelle, un conseiller énergie rend visite au ménage pour identifier les causes et proposer des solutions durables.",
  "Énergie; Solidarité", "Département de la Somme", "collectivite", 2015)
R("epsol", "D:2A",
  "Épiceries solidaires de Corse-du-Sud",
  "Deux épiceries solidaires, à Ajaccio et Porto-Vecchio, ouvertes aux familles orientées par les services sociaux.",
  "Les épiceries proposent produits frais et secs à prix réduit. Un camion dessert aussi les villages de l'intérieur une fois par mois.",
  "Alimentation; Solidarité", "Association Aiutu Corsu", "association", 2019)
R("banque_alim", "R:28",
  "Banques alimentaires de Normandie",
  "Les banques alimentaires normandes mutualisent la collecte auprès des industriels et la logistique du froid.",
  "Cinq banques départementales approvisionnent 400 associations et CCAS. Un entrepôt régional a été ouvert pour les dons de gros volumes.",
  "Alimentation; Solidarité", "Fédération régionale des banques alimentaires", "association", 2018)
R("velo_sol", "R:44",
  "Aide régionale à l'achat d'un vélo pour les apprentis",
  "Les apprentis et jeunes en insertion du Grand Est peuvent obtenir un vélo à assistance électrique à petit prix.",
  "L'aide couvre jusqu'à 80 % du prix. Les vélos sont proposés par des ateliers solidaires et des vélocistes partenaires.",
  "Mobilité; Jeunesse", "Région Grand Est", "collectivite", 2023)
R("jp", "D:93",
  "Réseau des jardins partagés de Seine-Saint-Denis",
  "Le département accompagne plus de 150 jardins partagés : formation, outils, semences et rencontres.",
  "Un jardinier-animateur départemental conseille les collectifs d'habitants. Une fête annuelle réunit les jardins.",
  "Environnement; Lien social", "Département de la Seine-Saint-Denis", "collectivite", 2014)
R("creche_avip", "D:13",
  "Label AVIP dans les Bouches-du-Rhône",
  "Trente crèches du département réservent des places aux parents en recherche d'emploi, en lien avec les agences France Travail.",
  "La CAF et le département financent les places. Un bilan montre que 55 % des parents accompagnés ont retrouvé un emploi ou une formation dans l'année.",
  "Petite enfance; Emploi", "CAF des Bouches-du-Rhône", "etat", 2021)
R("violences femmes", "D:974",
  "Téléphone grave danger et accompagnement à La Réunion",
  "Un dispositif de protection des femmes en très grand danger, avec une association qui assure l'accompagnement 24 h/24.",
  "L'association assure l'écoute, la mise à l'abri et le suivi judiciaire. Des permanences ont lieu dans les quatre arrondissements de l'île.",
  "Égalité femmes-hommes; Justice; Outre-mer", "Association Femmes Solidaires Réunion", "association", 2016)
R("msp desert rural", "D:61",
  "Maisons de santé de l'Orne",
  "Le département de l'Orne a accompagné la création de 20 maisons de santé pluriprofessionnelles pour attirer des médecins.",
  "Le programme a financé les bâtiments, des bourses pour les étudiants en médecine qui s'engagent à s'installer et des logements pour les internes.",
  "Santé; Ruralité", "Département de l'Orne", "collectivite", 2012)
R("aci", "D:59",
  "Chantiers d'insertion du littoral dunkerquois",
  "Des chantiers d'insertion entretiennent les dunes, les digues et les espaces naturels du littoral.",
  "Les salariés en insertion travaillent pour le conservatoire du littoral et les communes. Ils sont formés aux métiers de l'environnement.",
  "Insertion; Environnement", "Association Littoral Insertion", "association", 2008)
R("amap", "R:84",
  "Réseau des AMAP d'Auvergne-Rhône-Alpes",
  "Le réseau régional accompagne la création d'AMAP et défend l'agriculture paysanne.",
  "Il forme les bénévoles, organise des rencontres entre paysans et amapiens et aide à l'installation de nouveaux producteurs.",
  "Agriculture; Circuits courts", "Réseau AMAP AURA", "association", 2009)
R("med_num rural", "D:89",
  "Conseillers numériques de l'Yonne",
  "Douze conseillers numériques sillonnent l'Yonne pour former les habitants aux usages du numérique.",
  "Les conseillers tiennent des permanences dans les mairies, les médiathèques et les France Services. Ils accompagnent aussi les petites associations.",
  "Numérique; Ruralité", "Département de l'Yonne", "collectivite", 2021)

# --- More records per cluster ------------------------------------------------------------------
R("devoirs primaire qpv", "Lille/59",
  "Aide aux devoirs au centre social de Lille-Sud",
  "Chaque soir après l'école, les enfants de primaire du quartier sont accueillis pour faire leurs devoirs avec des animateurs et des bénévoles.",
  "Le centre social accueille 60 enfants dans un cadre calme, avec goûter. Les parents sont invités une fois par mois pour échanger avec les animateurs. Le quartier est classé quartier prioritaire.",
  "Éducation; Enfance; Politique de la ville", "Centre social Lille-Sud", "association", 2010)
R("devoirs college", "Perpignan/66",
  "Soutien scolaire gratuit pour collégiens",
  "Des enseignants retraités et des étudiants donnent des cours de soutien gratuits aux collégiens de Perpignan.",
  "Les séances ont lieu dans une salle municipale, le mercredi et le samedi. Une attention particulière est portée aux élèves de 3e qui préparent le brevet.",
  "Éducation; Jeunesse", "Association Savoirs Partagés 66", "association", 2015)
R("devoir_near", "Paris/75",
  "Plateforme de cours particuliers en ligne",
  "Cours particuliers à domicile et en ligne dans toutes les matières, du primaire à la prépa.",
  "Des professeurs diplômés sélectionnés, un suivi pédagogique et 50 % de crédit d'impôt.",
  "Éducation", "Cours Plus SAS", "entreprise", 2016)
R("aci friperie", "Lille/59",
  "Atelier chantier d'insertion couture et retouche",
  "Un ACI lillois qui forme des femmes éloignées de l'emploi aux métiers de la couture à partir de textiles de récupération.",
  "Les salariées fabriquent sacs, vêtements et linge de maison vendus en boutique et aux entreprises. Le chantier accueille 14 personnes.",
  "Insertion; Textile; Réemploi", "Association Fil à Fil Lille", "association", 2016)
R("epsol", "Toulouse/31",
  "EPICERIE SOCIALE DU CCAS DE TOULOUSE",
  "Epicerie sociale municipale : produits à petits prix pour les familles orientées par les travailleurs sociaux du CCAS.",
  "L'épicerie accueille 300 foyers par an pour des périodes de trois mois. Des ateliers budget et cuisine sont proposés chaque semaine.",
  "Alimentation; Action sociale", "CCAS de Toulouse", "collectivite", 2008)
R("msp", "97411",
  "Maison de santé pluriprofessionnelle du Chaudron",
  "Une maison de santé dans le quartier du Chaudron à Saint-Denis, avec médecins, infirmiers, kinésithérapeutes et une diététicienne.",
  "Le projet de santé cible le diabète et l'obésité, très présents dans le quartier. Des ateliers d'éducation thérapeutique et de cuisine sont organisés avec les associations.",
  "Santé; Outre-mer", "SISA Santé Chaudron", "entreprise", 2018)
R("med_num", "97411",
  "Cyber-case numérique",
  "Un espace public numérique à Saint-Denis de La Réunion : ordinateurs, ateliers et aide aux démarches en ligne.",
  "L'espace est animé par deux médiateurs numériques. Il accueille surtout des seniors et des demandeurs d'emploi.",
  "Numérique; Outre-mer", "Association Kaz Numérique", "association", 2015)
R("jp rural", "Saint-Denis-d'Oléron/17",
  "Jardin partagé du bout de l'île",
  "Un jardin partagé créé par des habitants permanents de l'île d'Oléron pour cultiver ensemble toute l'année.",
  "Le jardin accueille aussi des saisonniers logés dans la commune. Les récoltes sont partagées lors de repas collectifs.",
  "Environnement; Lien social", "Association Jardin Oléronais", "association", 2018)
R("repair rural", "Lyons-la-Forêt/27",
  "Repair café de Lyons-la-Forêt",
  "Un repair café mensuel dans la salle communale de Lyons-la-Forêt, pour réparer ensemble petit électroménager et vêtements.",
  "Des bénévoles du canton accueillent les habitants un samedi par mois. Une bibliothèque d'outils est en préparation.",
  "Réemploi; Ruralité", "Association Lyons Répare", "association", 2019)
R("epsol", "Marseillan/34",
  "Épicerie solidaire de Marseillan",
  "Une épicerie solidaire dans une commune de l'étang de Thau, ouverte aux familles et aux saisonniers à petits revenus.",
  "L'épicerie est portée par une association locale et approvisionnée par la banque alimentaire de l'Hérault et des producteurs du bassin de Thau.",
  "Alimentation; Solidarité", "Association Thau Solidaire", "association", 2017)
R("recyclerie", "Lillers/62",
  "Recyclerie de l'Artois",
  "Une recyclerie associative à Lillers : collecte, valorisation et revente d'objets et de meubles.",
  "La recyclerie propose aussi des ateliers de réparation et un espace de gratuité. Elle travaille avec les déchèteries de la communauté d'agglomération.",
  "Réemploi; Déchets", "Association Artois Réemploi", "association", 2015)
R("tiers_lieu", "Toulouse-le-Château/39",
  "Tiers-lieu du Revermont",
  "Un tiers-lieu dans une ancienne fromagerie du Jura : atelier partagé, café, résidences d'artisans.",
  "Le lieu réunit habitants, artisans et associations. Il organise des marchés de créateurs et des ateliers pour les enfants.",
  "Tiers-lieux; Ruralité", "Association La Fromagerie", "association", 2022)
R("covoit autopartage", "Lyon/69",
  "Covoiturage et autopartage : la maison de la mobilité",
  "Un lieu d'information sur toutes les solutions de mobilité : transports en commun, covoiturage, autopartage, vélo.",
  "Des conseillers aident les habitants et les entreprises à construire leurs trajets. Des ateliers sont proposés aux personnes qui reprennent un emploi.",
  "Mobilité", "Sytral Mobilités", "collectivite", 2021)
R("hab_inclusif seniors rural", "Lacapelle-Marival/46",
  "Maison partagée pour personnes âgées en Ségala",
  "Une maison partagée où sept personnes âgées vivent ensemble avec des auxiliaires de vie présentes jour et nuit, au cœur du village.",
  "La maison accueille des personnes qui ne peuvent plus vivre seules sans pour autant vouloir aller en EHPAD. Les habitants gardent leurs meubles et leurs habitudes. Les familles sont associées à la vie de la maison.",
  "Habitat; Personnes âgées; Ruralité", "Association Maisons de Vie Quercy", "association", 2016)
R("heberg_citoyen refugies", "Marseille/13",
  "Accueil citoyen des jeunes exilés à Marseille",
  "Un réseau de familles marseillaises qui hébergent des jeunes exilés en attente de reconnaissance de minorité.",
  "Les hébergeurs sont formés et soutenus par une équipe de bénévoles. Les jeunes sont accompagnés pour leur scolarité et leurs démarches.",
  "Accueil des migrants; Jeunesse", "Réseau Hospitalité Marseille", "association", 2018)
R("sans_abri", "97411",
  "Maraude solidaire de Saint-Denis",
  "Des bénévoles vont le soir à la rencontre des personnes à la rue dans le centre-ville de Saint-Denis de La Réunion.",
  "Repas chaud, boissons et orientation vers l'accueil de jour. Les équipes signalent au 115 les situations préoccupantes.",
  "Urgence sociale; Outre-mer", "Association Lanbé Solidarité", "association", 2017)
R("maraude sans_abri", "97411",
  "Maraude solidaire de Saint-Denis – Kanal",
  "Une seconde équipe de maraude, le week-end, dans les quartiers du Barachois et de la gare routière.",
  "L'association distribue kits d'hygiène et couvertures. Elle travaille avec la boutique solidarité de Saint-Denis.",
  "Urgence sociale; Outre-mer", "Association Kanal Solidarité", "association", 2020)
R("energie_cit rural", "Ungersheim/68",
  "Village en transition",
  "Une commune alsacienne engagée dans la transition : centrale solaire, régie agricole, monnaie locale et cantine bio.",
  "Ungersheim a lancé un programme de 21 actions pour le XXIe siècle : production d'énergie solaire, ferme maraîchère municipale, chevaux pour le transport scolaire et une monnaie locale, le radis.",
  "Énergie; Ruralité; Alimentation", "Commune d'Ungersheim", "collectivite", 2009)
R("ea", "Nantes/44",
  "Entreprise adaptée de services numériques",
  "Une entreprise adaptée spécialisée dans la saisie, la numérisation d'archives et le test de logiciels.",
  "Ses 40 salariés en situation de handicap travaillent pour des administrations et des entreprises. Certains sont autistes et recrutés pour leurs compétences en tests.",
  "Handicap; Emploi; Numérique", "Nantes Adapt Services", "entreprise", 2014)
R("logement jeunes", "Lorient/56",
  "Résidence habitat jeunes du pays de Lorient",
  "Logements meublés et accompagnement pour les jeunes de 16 à 30 ans en formation, en apprentissage ou en premier emploi.",
  "La résidence propose 60 logements et un restaurant. L'association accompagne les jeunes dans l'accès au logement autonome. Elle fait partie du réseau régional habitat jeunes, acteur de l'ESS en Bretagne.",
  "Habitat; Jeunesse; Économie sociale et solidaire", "Association Habitat Jeunes Lorient", "association", 2002)
R("recyclerie aci ess", "Brest/29",
  "Recyclerie brestoise et entreprise de l'ESS",
  "Recyclerie de l'agglomération brestoise : collecte, tri, vente et sensibilisation, portée par une association de l'économie sociale et solidaire.",
  "La recyclerie emploie 30 salariés, dont 20 en parcours d'insertion. Elle gère trois boutiques et un atelier de réparation d'électroménager.",
  "Réemploi; Insertion; Économie sociale et solidaire", "Association Un Peu d'R", "association", 2009)
R("epsol", "Saint-Denis/93",
  "Épicerie solidaire étudiante de l'université Paris 8",
  "Une épicerie gratuite et à petits prix pour les étudiants en précarité du campus de Saint-Denis.",
  "Les étudiants accèdent à l'épicerie sur simple justificatif de situation. Des distributions de paniers de légumes bio ont lieu chaque jeudi.",
  "Alimentation; Jeunesse", "Association Solidarité Étudiante Paris 8", "association", 2021)
R("qpv emploi jeunes", "Marseille/13",
  "Job dating dans les quartiers Nord",
  "Des rencontres entre employeurs et jeunes des quartiers Nord de Marseille, au pied des immeubles.",
  "Les entreprises viennent dans le quartier plutôt que l'inverse. Les jeunes sont préparés la veille par les animateurs de la mission locale. Les quartiers concernés sont classés QPV.",
  "Emploi; Jeunesse; Politique de la ville", "Mission locale de Marseille", "association", 2019)
R("orientation jeunes qpv", "Argenteuil/95",
  "Stages de 3e pour les collégiens des quartiers prioritaires",
  "Une plateforme qui propose des stages d'observation de qualité aux élèves de 3e des collèges en quartier prioritaire.",
  "Les entreprises partenaires réservent des places aux collégiens qui n'ont pas de réseau. Une préparation est assurée au collège.",
  "Jeunesse; Éducation; Emploi", "Association Premier Stage 95", "association", 2018)
R("sante_mentale", "Lille/59",
  "Conseil local de santé mentale de Lille",
  "Un espace de concertation entre élus, psychiatrie, usagers et acteurs sociaux pour améliorer la santé mentale des habitants.",
  "Le conseil traite des situations complexes, organise la semaine d'information sur la santé mentale et lutte contre la stigmatisation.",
  "Santé mentale; Santé", "Ville de Lille", "collectivite", 2009)
R("esat", "Quimper/29",
  "ESAT de Cornouaille : restauration et traiteur",
  "Un ESAT qui gère un restaurant ouvert au public et un service traiteur, avec 45 travailleurs en situation de handicap.",
  "Les travailleurs sont formés aux métiers de la cuisine et du service. L'ESAT participe au réseau de l'économie sociale et solidaire du Finistère.",
  "Handicap; Emploi; Alimentation", "Association Kerlaouen", "association", 2004)

# --- Noise and near-misses ----------------------------------------------------------------------
R("noise", "Pau/64",
  "Tournoi de rugby des écoles",
  "Un tournoi annuel de rugby réunissant 600 écoliers de l'agglomération paloise.",
  "Organisé par le comité départemental, le tournoi promeut les valeurs du rugby. Des ateliers arbitrage sont proposés aux enfants.",
  "Sport; Éducation", "Comité départemental de rugby", "association", 2011)
R("noise", "Colmar/68",
  "Festival des lumières de la vieille ville",
  "Un parcours lumineux dans le centre historique de Colmar pendant les fêtes de fin d'année.",
  "Des artistes créent des installations lumineuses sur les façades. Le festival attire 100 000 visiteurs.",
  "Culture; Tourisme", "Office de tourisme de Colmar", "collectivite", 2017)
R("noise", "Reims/51",
  "Recyclage des batteries de véhicules électriques",
  "Une usine pilote de recyclage des batteries lithium pour récupérer les métaux rares.",
  "L'entreprise a développé un procédé hydrométallurgique. Elle vise 10 000 tonnes de batteries traitées par an.",
  "Industrie; Environnement", "Champagne Battery Recycling", "entreprise", 2023)
R("noise", "Toulon/83",
  "Plongée découverte des fonds marins",
  "Baptêmes de plongée et sorties en mer pour découvrir la rade de Toulon.",
  "Le club propose des formations de niveau 1 à 3 et des sorties d'observation de la faune marine.",
  "Sport; Tourisme", "Club de plongée Toulon Rade", "association", 2005)
R("noise mobilite_near", "Chartres/28",
  "Nouvelle ligne de bus à haut niveau de service",
  "Une ligne de bus rapide relie la gare de Chartres aux zones d'activités, avec un passage toutes les 10 minutes.",
  "Les bus électriques circulent sur des voies dédiées. Les arrêts sont accessibles aux personnes en fauteuil.",
  "Mobilité; Transports", "Chartres Métropole", "collectivite", 2024)
R("noise", "Nice/06",
  "Salon des seniors de la Côte d'Azur",
  "Un salon pour les retraités : voyages, loisirs, patrimoine, immobilier, santé.",
  "Une centaine d'exposants et des conférences sur la retraite, la succession et les loisirs.",
  "Personnes âgées; Loisirs", "Azur Événements", "entreprise", 2018)
R("noise", "Vienne/38",
  "Jazz à Vienne : scènes ouvertes aux jeunes talents",
  "Pendant le festival, une scène gratuite accueille les jeunes groupes de la région.",
  "Les groupes sont sélectionnés sur candidature. Ils bénéficient d'un accompagnement par des musiciens professionnels.",
  "Culture; Jeunesse", "Association du festival", "association", 2010)
R("noise", "Saint-Malo/35",
  "Restauration d'un vieux gréement",
  "Une association restaure une goélette de 1920 et propose des sorties en mer.",
  "Les bénévoles travaillent chaque samedi au chantier. Des stages de navigation sont proposés aux jeunes.",
  "Patrimoine; Mer", "Association Goélette Malouine", "association", 2014)
R("noise", "Besançon/25",
  "Horlogerie : formation aux métiers d'art",
  "Un programme de formation aux métiers de l'horlogerie pour répondre aux besoins de recrutement de la filière.",
  "Les stagiaires suivent une formation de 9 mois avec stage en manufacture.",
  "Formation; Artisanat", "Lycée Jules Haag", "etat", 2019)
R("sport_adapte handicap", "Biarritz/64",
  "École de surf adapté",
  "Des cours de surf pour les personnes en situation de handicap, avec du matériel adapté et des moniteurs formés.",
  "L'école accueille des personnes en fauteuil, aveugles ou avec un handicap mental. Des stages sont proposés l'été.",
  "Sport; Handicap", "Association Surf Pour Tous", "association", 2013)
R("noise", "Paris/75",
  "Start-up d'intelligence artificielle pour le recrutement",
  "Une plateforme qui analyse les CV grâce à l'intelligence artificielle pour présélectionner les candidats.",
  "La start-up vend son logiciel aux grandes entreprises et revendique un gain de temps de 70 % pour les recruteurs.",
  "Numérique; Emploi", "TalentAI SAS", "entreprise", 2022)
R("noise", "Chamonix-Mont-Blanc/74",
  "Refuge de montagne rénové",
  "Rénovation d'un refuge de haute montagne avec production d'électricité solaire et traitement des eaux usées.",
  "Le refuge accueille 80 alpinistes. La rénovation a réduit de moitié la consommation de fioul.",
  "Tourisme; Énergie", "Club alpin de Chamonix", "association", 2021)

# --- Records placed in an arrondissement municipal (Paris, Lyon) ----------------------------------
R("repair", "69387",
  "Atelier de réparation solidaire de la Guillotière",
  "Un repair café hebdomadaire dans le 7e arrondissement de Lyon : petit électroménager, textile, informatique.",
  "Les bénévoles accueillent chaque mercredi soir dans un local prêté par le bailleur. Un diagnostic gratuit est proposé et les pièces détachées sont achetées d'occasion quand c'est possible.",
  "Réemploi; Lien social", "Association Répar'Guill", "association", 2021)
R("jp", "75120",
  "Jardin partagé des Cascades",
  "Un petit jardin partagé dans le 20e arrondissement, cultivé par les habitants de la rue et les enfants de l'école voisine.",
  "Le jardin de 300 m² a été aménagé sur une parcelle municipale dans le cadre de la charte Main Verte. Les clés sont confiées à une vingtaine de familles et le jardin est ouvert au public deux après-midi par semaine.",
  "Environnement; Lien social", "Association Les Cascades Vertes", "association", 2013)
