"""Réfugiés, services en milieu rural, tiers-lieux, sans-abrisme, femmes, sport, accès aux droits."""
from records import R

# --- Réfugiés / migrants ------------------------------------------------------------------------
R("fle refugies", "Lyon/69",
  "Cours de français pour personnes exilées",
  "Des cours de français langue étrangère gratuits, du niveau débutant au B1, pour les demandeurs d'asile et réfugiés.",
  "Une centaine de bénévoles formés donnent des cours en petits groupes dans six lieux de la ville. Une garderie permet aux mères d'y participer. Des sorties culturelles complètent l'apprentissage.",
  "Accueil des migrants; Éducation", "Association Langues et Liens", "association", 2016)
R("fle refugies rural", "Lannion/22",
  "Ateliers sociolinguistiques du Trégor",
  "Des ateliers de français à visée sociale pour les personnes étrangères : apprendre la langue à travers les situations du quotidien.",
  "Les ateliers travaillent sur la santé, l'école, les transports, le logement. Les apprenants sont réfugiés, conjoints de Français ou travailleurs saisonniers.",
  "Accueil des migrants; Éducation", "Association Trégor Accueil", "association", 2018)
R("fle refugies", "Paris/75",
  "FLE et découverte du Paris culturel",
  "Des cours de FLE pour jeunes exilés, couplés à des visites de musées et de lieux culturels.",
  "Les cours sont donnés par des étudiants en master de FLE. Les visites sont préparées en classe pour travailler le vocabulaire.",
  "Accueil des migrants; Culture; Éducation", "Association Paroles d'Ailleurs", "association", 2019)
R("fle refugies", "Grenoble/38",
  "Université populaire des exilés",
  "Cours de français, d'informatique et de droit pour les personnes exilées, donnés par des bénévoles et des étudiants.",
  "L'université populaire accueille 300 apprenants par an. Les cours de français sont complétés par un accompagnement aux démarches.",
  "Accueil des migrants; Éducation", "Association UniPop Exil", "association", 2017)
R("heberg_citoyen refugies", "Nantes/44",
  "Hébergement citoyen de réfugiés",
  "Des familles nantaises accueillent chez elles des réfugiés pour quelques mois, le temps qu'ils trouvent un logement.",
  "L'association met en relation hébergeurs et hébergés, forme les familles accueillantes et assure un suivi social. Plus de 200 accueils ont été réalisés.",
  "Accueil des migrants; Habitat", "Association Accueil Réfugiés Nantes", "association", 2015)
R("heberg_citoyen refugies rural", "Briançon/05",
  "Refuge solidaire de Briançon",
  "Un lieu d'accueil d'urgence pour les personnes exilées qui arrivent en France par la montagne.",
  "Des bénévoles accueillent, nourrissent et soignent les personnes qui ont traversé la frontière à pied. Des médecins bénévoles assurent des consultations.",
  "Accueil des migrants; Urgence sociale", "Association Refuges Solidaires", "association", 2017)
R("heberg_citoyen refugies rural", "D:03",
  "Accueil de familles réfugiées dans les villages de l'Allier",
  "Des communes rurales de l'Allier accueillent des familles réfugiées dans des logements vacants, avec le soutien de bénévoles.",
  "Les mairies mettent à disposition des logements communaux. Les bénévoles accompagnent les familles à l'école, chez le médecin, dans les démarches. Plusieurs écoles ont ainsi évité une fermeture de classe.",
  "Accueil des migrants; Ruralité", "Collectif Allier Terre d'Accueil", "autre", 2016)
R("emploi_refugies refugies", "Paris/75",
  "Insertion professionnelle des réfugiés dans la restauration",
  "Une formation de cuisinier pour personnes réfugiées, avec stages en restaurant et accompagnement vers l'emploi.",
  "La formation de trois mois associe cours de français professionnel et apprentissage technique. 80 % des stagiaires trouvent un emploi à la sortie.",
  "Accueil des migrants; Emploi; Alimentation", "Association Cuisines Sans Frontières", "association", 2018)
R("emploi_refugies refugies", "Bordeaux/33",
  "Parrainage professionnel des réfugiés",
  "Des salariés bénévoles accompagnent des personnes réfugiées dans leur recherche d'emploi, en valorisant leurs compétences.",
  "Les parrains aident à traduire les diplômes, préparer les entretiens et élargir le réseau. Un partenariat avec des entreprises permet des immersions.",
  "Accueil des migrants; Emploi", "Association Tremplin Réfugiés", "association", 2019)
R("emploi_refugies refugies rural", "Vire Normandie/14",
  "Réfugiés et agriculteurs : des emplois dans le Bocage",
  "Un programme qui forme des réfugiés aux métiers agricoles et les met en relation avec des exploitations qui peinent à recruter.",
  "La formation comprend français professionnel, conduite d'engins et soins aux animaux. Les réfugiés sont logés dans les communes rurales avec l'aide des mairies.",
  "Accueil des migrants; Emploi; Agriculture", "Association Terres d'Accueil Normandie", "association", 2020)
R("mna refugies jeunes", "Nice/06",
  "Accompagnement des mineurs non accompagnés",
  "Des éducateurs et bénévoles accompagnent les jeunes migrants isolés vers la scolarité et l'apprentissage.",
  "L'association propose cours de français, soutien scolaire et recherche de contrats d'apprentissage. Elle défend l'accès aux droits des jeunes.",
  "Accueil des migrants; Jeunesse", "Association Jeunes Sans Frontière 06", "association", 2016)
R("mna refugies jeunes", "Besançon/25",
  "Parrainage de jeunes exilés",
  "Des familles bisontines parrainent des jeunes migrants isolés : repas, sorties, aide aux devoirs.",
  "Le parrainage offre un repère affectif aux jeunes pris en charge par l'aide sociale à l'enfance. Les parrains sont formés et accompagnés.",
  "Accueil des migrants; Jeunesse", "Association Parrains Doubs", "association", 2018)

# --- Services en milieu rural -------------------------------------------------------------------
R("multiservice rural", "Trémargat/22",
  "Épicerie-café associative du village",
  "Dans une commune de 200 habitants, une épicerie-café tenue par une association d'habitants, dernier commerce du village.",
  "L'épicerie propose produits de base et produits locaux, dépôt de pain, relais postal et un café où se tiennent concerts et réunions. Une vingtaine de bénévoles assurent les permanences avec une salariée.",
  "Ruralité; Commerce; Lien social", "Association Ti Ar Vro", "association", 2012)
R("multiservice rural", "Allanche/15",
  "Multiple rural d'Allanche",
  "La commune a racheté le dernier commerce pour y installer un multiservice : épicerie, bar, tabac, point poste.",
  "Le gérant loue les murs à la commune à loyer modéré. Le multiple rural propose aussi la livraison de courses aux personnes âgées des hameaux.",
  "Ruralité; Commerce", "Commune d'Allanche", "collectivite", 2018)
R("multiservice rural cafe_asso", "Meyrueis/48",
  "Café-épicerie coopératif des Causses",
  "Un café et une épicerie en coopérative d'habitants, pour maintenir un lieu de vie au cœur du village.",
  "La SCIC compte 180 sociétaires. L'épicerie favorise les producteurs locaux, le café accueille associations, soirées jeux et marché de producteurs l'été.",
  "Ruralité; Commerce; Économie sociale et solidaire", "SCIC Le Chaudron", "entreprise", 2019)
R("multiservice rural", "Latronquière/46",
  "Épicerie de village solidaire",
  "Une épicerie de village reprise par les habitants, avec un rayon à prix réduit pour les foyers modestes.",
  "L'épicerie est tenue par une association et propose les produits du quotidien, des produits locaux et un dépôt de gaz. Un panier solidaire est proposé aux familles orientées par l'assistante sociale de secteur.",
  "Ruralité; Commerce; Alimentation", "Association Latronquière Vivante", "association", 2020)
R("itinerant rural", "D:15",
  "Commerce itinérant dans les hameaux du Cantal",
  "Un camion-épicerie passe chaque semaine dans les hameaux isolés pour livrer produits frais et services.",
  "Le commerçant, soutenu par le département, fait aussi office de relais : il dépose des médicaments, signale les personnes en difficulté et rapporte le courrier.",
  "Ruralité; Commerce; Personnes âgées", "Épicerie Mobile Cantalienne", "entreprise", 2020)
R("itinerant rural", "Saint-Gaudens/31",
  "Tournées de boulangerie dans les vallées du Comminges",
  "Une boulangerie coopérative qui livre pain et produits frais dans 30 villages de montagne.",
  "La tournée est un lien essentiel pour les habitants âgés. La coopérative emploie cinq personnes.",
  "Ruralité; Commerce", "SCOP Le Fournil du Comminges", "entreprise", 2016)
R("cafe_asso rural", "Tarnac/19",
  "Café associatif de Tarnac",
  "Un café associatif qui fait vivre le bourg : bar, repas, concerts, débats et épicerie de dépannage.",
  "Géré par une association de 300 adhérents, le café emploie deux salariés. Il accueille les assemblées d'habitants et des ateliers.",
  "Ruralité; Lien social; Culture", "Association Le Comptoir de Tarnac", "association", 2007)
R("cafe_asso", "Lille/59",
  "Café associatif Le Repère",
  "Un café associatif de quartier à prix doux, ouvert à tous, avec des ateliers et un espace jeux.",
  "Le café est tenu par des bénévoles et une salariée. On peut y boire un café suspendu offert par un autre client, participer à un atelier couture ou à une soirée jeux.",
  "Lien social", "Association Le Repère Lillois", "association", 2016)
R("cafe_asso rural", "Condom/32",
  "Café associatif itinérant du Gers",
  "Un café ambulant en caravane qui s'installe dans les villages sans commerce pour créer un moment de rencontre.",
  "Le café passe dans chaque village une fois par mois. Il propose boissons, jeux, informations et parfois un concert.",
  "Ruralité; Lien social", "Association La Caravane Gersoise", "association", 2020)
R("conciergerie rural", "Saint-Amand-Montrond/18",
  "Conciergerie rurale du Boischaut",
  "Une conciergerie qui rend des services aux habitants et aux salariés des zones rurales : pressing, cordonnerie, dépôt de colis, petits travaux.",
  "La conciergerie est portée par une entreprise d'insertion. Elle dépose et récupère les articles dans les mairies des villages.",
  "Ruralité; Insertion; Services", "Boischaut Services", "entreprise", 2019)

# --- Tiers-lieux --------------------------------------------------------------------------------
R("tiers_lieu rural", "Aurillac/15",
  "Tiers-lieu La Fabrique d'Aurillac",
  "Un tiers-lieu dans une ancienne usine : coworking, fablab, café associatif et espace d'exposition.",
  "Le lieu accueille télétravailleurs, associations, artisans et habitants. Un fablab propose découpe laser et imprimantes 3D. Des formations au numérique sont organisées pour les demandeurs d'emploi.",
  "Tiers-lieux; Numérique; Entrepreneuriat", "SCIC La Fabrique", "entreprise", 2018, key="fabrique_aurillac")
R("tiers_lieu rural", "Maurs/15",
  "Tiers lieu rural de la Châtaigneraie",
  "Dans une ancienne gare, un tiers lieu réunit espace de travail partagé, repair café, épicerie de produits locaux et salle de spectacle.",
  "Le tiers lieu a été porté par des habitants avec le soutien de la commune et de la région. Il est devenu le centre de la vie associative du canton.",
  "Tiers-lieux; Ruralité", "Association La Gare de Maurs", "association", 2020)
R("tiers_lieu rural", "D:15",
  "Réseau des tiers-lieux du Cantal",
  "Le réseau départemental anime une dizaine de tiers-lieux cantaliens : formations, mutualisation, accueil de nouveaux arrivants.",
  "Le réseau organise des rencontres entre porteurs de tiers-lieux et accompagne les projets émergents dans les bourgs ruraux.",
  "Tiers-lieux; Ruralité", "Réseau Tiers-Lieux 15", "association", 2021)
R("tiers_lieu rural", "Le Puy-en-Velay/43",
  "Tiers-lieu numérique du Velay",
  "Un tiers-lieu dédié au numérique et à la formation, aux portes du Cantal et de la Lozère.",
  "Coworking, fablab et Campus connecté pour suivre des études supérieures à distance. Le lieu accueille aussi des permanences de conseillers numériques.",
  "Tiers-lieux; Numérique; Éducation", "Association Velay Numérique", "association", 2019)
R("tiers_lieu", "Paris/75",
  "Les Grands Voisins – tiers-lieu d'urbanisme transitoire",
  "Dans un ancien hôpital, un tiers-lieu qui mêle hébergement d'urgence, ateliers d'artisans, associations et lieux festifs.",
  "Pendant cinq ans, le site a accueilli 600 personnes hébergées et 250 structures. Une expérience d'urbanisme transitoire qui a inspiré de nombreux projets.",
  "Tiers-lieux; Urgence sociale; Culture", "Association Aurore et Plateau Urbain", "association", 2015)
R("tiers_lieu", "Bordeaux/33",
  "Darwin-like : un third place au bord de la Garonne",
  "Un third place qui rassemble entreprises de l'économie verte, associations, skatepark et restaurant bio dans d'anciennes casernes.",
  "Le lieu accueille 200 structures et organise événements et ateliers ouverts au public. Il se veut un laboratoire de la transition.",
  "Tiers-lieux; Environnement", "SAS Quai des Possibles", "entreprise", 2012)
R("tiers_lieu qpv", "Marseille/13",
  "Tiers-lieu solidaire des quartiers Nord",
  "Un tiers-lieu installé dans un ancien centre commercial : cuisine partagée, ateliers numériques, permanences d'accès aux droits.",
  "Le lieu est géré par un collectif d'associations du quartier. Il propose une cantine solidaire le midi et accueille des porteurs de projets.",
  "Tiers-lieux; Politique de la ville", "Collectif Nord Avenir", "autre", 2021)
R("tiers_lieu fablab", "Rennes/35",
  "Fablab du quartier Bréquigny",
  "Un atelier de fabrication numérique ouvert aux habitants : imprimantes 3D, découpe laser, électronique.",
  "Le fablab propose des ateliers pour les jeunes, un repair café et un accompagnement des projets. Il fait partie du réseau des tiers-lieux bretons.",
  "Tiers-lieux; Numérique", "Association Bréquigny Fab", "association", 2017)
R("tiers_lieu rural", "Mirecourt/88",
  "TIERS-LIEU DE LA PLAINE DES VOSGES",
  "TIERS-LIEU RURAL : COWORKING, ATELIER PARTAGE, CAFE ET ESPACE DE FORMATION.",
  "Installé dans l'ancienne école de lutherie, le lieu accueille artisans, télétravailleurs et associations. Une conciergerie de services aux habitants y est rattachée.",
  "Tiers-lieux; Ruralité", "Association Plaine Vosges Lab", "association", 2021)
R("tiers_lieu", "Toulouse/31",
  "Tiers-lieu nourricier des Sept Deniers",
  "Un tiers-lieu autour de l'alimentation : potager urbain, cuisine partagée, épicerie participative et conserverie.",
  "Le lieu accueille des ateliers cuisine, des formations au maraîchage urbain et un marché de producteurs. Les habitants sont associés à sa gouvernance.",
  "Tiers-lieux; Alimentation", "Association Les Sept Deniers Nourriciers", "association", 2022)
R("tiers_lieu rural", "Saint-Junien/87",
  "Tiers-lieu de la Vienne limousine",
  "Un tiers-lieu rural dans une ancienne mégisserie : ateliers d'artisans du cuir, coworking, café et espace jeunes.",
  "Le lieu valorise les savoir-faire locaux du cuir et du gant. Il accueille des formations et des résidences d'artistes.",
  "Tiers-lieux; Ruralité; Artisanat", "SCIC La Mégisserie", "entreprise", 2020)
R("tiers_lieu", "97411",
  "Tiers-lieu culturel de Saint-Denis",
  "Un tiers-lieu dans une ancienne case créole du centre-ville : coworking, ateliers d'artistes, concerts de maloya.",
  "Le lieu mélange création artistique, entrepreneuriat et éducation populaire. Il accueille aussi des formations au numérique pour les jeunes.",
  "Tiers-lieux; Culture; Outre-mer", "Association Kaz Kiltir", "association", 2021)
R("coworking_near", "Lyon/69",
  "Centre d'affaires et coworking premium Part-Dieu",
  "Bureaux privatifs, salles de réunion et postes de coworking pour entreprises, à deux pas de la gare.",
  "Services de domiciliation, accueil, salles équipées de visioconférence. Abonnements mensuels.",
  "Immobilier d'entreprise", "Part-Dieu Business Center", "entreprise", 2019)
R("coworking rural", "Saillans/26",
  "Espace de coworking rural",
  "Un espace de travail partagé dans un village de la Drôme pour télétravailleurs et indépendants.",
  "Le coworking propose une connexion fibre, des bureaux et une salle de réunion. Il attire de nouveaux habitants qui travaillent à distance.",
  "Entrepreneuriat; Ruralité", "Association Cowork Drôme", "association", 2018)

# --- Sans-abrisme -------------------------------------------------------------------------------
R("maraude sans_abri", "Paris/75",
  "Maraudes solidaires du soir",
  "Des bénévoles vont chaque soir à la rencontre des personnes sans-abri pour offrir un repas chaud, un échange et une orientation.",
  "Les équipes sillonnent les 10e et 18e arrondissements. Elles signalent les situations urgentes au 115 et orientent vers les accueils de jour.",
  "Urgence sociale; Solidarité", "Association Soirs Solidaires", "association", 2014)
R("maraude sans_abri", "Marseille/13",
  "Maraude sociale et sanitaire",
  "Une équipe mobile composée d'un infirmier et d'un travailleur social va vers les personnes à la rue.",
  "L'équipe propose soins de base, orientation médicale et accompagnement vers l'hébergement. Elle travaille avec les hôpitaux et le SIAO.",
  "Urgence sociale; Santé", "Association Rue Santé Marseille", "association", 2016)
R("bagagerie sans_abri", "Lyon/69",
  "Bagagerie solidaire",
  "Un lieu où les personnes sans domicile peuvent déposer leurs affaires en sécurité et les récupérer chaque jour.",
  "La bagagerie dispose de 80 casiers. Les usagers participent à la gestion du lieu. C'est souvent une première étape pour reprendre des démarches.",
  "Urgence sociale", "Association La Consigne", "association", 2013)
R("accueil_jour sans_abri", "Rouen/76",
  "Accueil de jour pour les personnes à la rue",
  "Un accueil de jour qui propose douches, petit-déjeuner, laverie, domiciliation et permanence sociale.",
  "Ouvert 7 jours sur 7, l'accueil reçoit 150 personnes par jour. Des permanences santé et une infirmière sont présentes trois fois par semaine.",
  "Urgence sociale; Santé", "Association Le Relais Rouennais", "association", 2005)
R("accueil_jour sans_abri", "97411",
  "Boutique solidarité de Saint-Denis",
  "Un lieu d'accueil de jour pour les personnes sans domicile du centre-ville de Saint-Denis.",
  "Petit-déjeuner, douches, domiciliation et accompagnement social. Des ateliers artistiques sont proposés l'après-midi.",
  "Urgence sociale; Outre-mer", "Association Kaz Solidarité", "association", 2010)
R("laverie sans_abri", "Toulouse/31",
  "Laverie solidaire",
  "Une laverie gratuite pour les personnes à la rue et en hébergement précaire, avec un espace café.",
  "Pendant que le linge tourne, les usagers peuvent échanger avec des bénévoles et une travailleuse sociale.",
  "Urgence sociale", "Association Linge et Lien", "association", 2019)
R("sans_abri hygiene", "Nantes/44",
  "Bus douches pour personnes sans-abri",
  "Un bus aménagé avec deux douches qui se déplace dans la ville pour offrir aux personnes à la rue un moment d'hygiène et de dignité.",
  "Des kits d'hygiène et des vêtements propres sont proposés. Une coiffeuse bénévole vient une fois par mois.",
  "Urgence sociale; Santé", "Association Douche Mobile", "association", 2020)
R("sans_abri emploi", "Strasbourg/67",
  "Premières heures de travail pour personnes sans domicile",
  "Un dispositif qui propose quelques heures de travail rémunéré par semaine aux personnes à la rue, pour reprendre pied.",
  "Les personnes commencent par quatre heures par semaine (entretien d'espaces verts, tri) puis augmentent progressivement avant d'entrer dans un chantier d'insertion.",
  "Urgence sociale; Insertion", "Association Reprendre Pied", "association", 2018)

# --- Femmes -------------------------------------------------------------------------------------
R("violences femmes", "Créteil/94",
  "Maison des femmes : accueil des victimes de violences",
  "Un lieu unique pour les femmes victimes de violences : soins, écoute, accompagnement juridique et dépôt de plainte sur place.",
  "Médecins, sages-femmes, psychologues, juristes et policiers travaillent ensemble. Les femmes sont reçues sans rendez-vous.",
  "Égalité femmes-hommes; Santé; Justice", "Centre hospitalier de Créteil", "etat", 2020)
R("violences femmes heberg_urgence", "Perpignan/66",
  "Hébergement d'urgence pour femmes victimes de violences",
  "Des appartements meublés pour mettre à l'abri en urgence les femmes victimes de violences conjugales et leurs enfants.",
  "L'association dispose de 12 appartements et d'une permanence 24 h/24. Un accompagnement vers un logement durable et l'emploi est proposé.",
  "Égalité femmes-hommes; Habitat; Urgence sociale", "Association Abri Femmes 66", "association", 2015)
R("violences femmes rural", "Châteauroux/36",
  "Permanences itinérantes contre les violences conjugales en milieu rural",
  "Des juristes et une psychologue tiennent des permanences dans les mairies rurales de l'Indre pour les femmes victimes de violences.",
  "Les permanences discrètes permettent aux femmes isolées de parler sans avoir à se rendre en ville. Un numéro local est diffusé dans les pharmacies.",
  "Égalité femmes-hommes; Ruralité; Justice", "CIDFF de l'Indre", "association", 2021)
R("prec_menstruelle femmes", "Montpellier/34",
  "Distributeurs de protections périodiques gratuites",
  "Des distributeurs de protections hygiéniques gratuites installés dans les lycées, les universités et les accueils sociaux.",
  "Le projet lutte contre la précarité menstruelle qui touche les étudiantes et les femmes sans domicile. Les protections sont bio et fabriquées en France.",
  "Égalité femmes-hommes; Santé", "Région Occitanie", "collectivite", 2021)
R("prec_menstruelle femmes sans_abri", "Paris/75",
  "Collecte de protections hygiéniques pour les femmes à la rue",
  "Une collecte dans les entreprises et supermarchés pour fournir des kits d'hygiène aux femmes sans domicile.",
  "Les kits sont distribués par les maraudes et les accueils de jour partenaires.",
  "Égalité femmes-hommes; Urgence sociale", "Fondation Dignité Femmes", "fondation", 2017)

# --- Sport, droits, divers ----------------------------------------------------------------------
R("sport_inclusion qpv", "Bobigny/93",
  "Le sport comme levier d'insertion",
  "Un club de boxe qui accompagne les jeunes des quartiers vers l'emploi : entraînements, coaching et rencontres avec des entreprises.",
  "Installé au cœur d'un quartier prioritaire, le club emploie des éducateurs sportifs qui suivent chaque jeune dans son projet professionnel. Des job datings sont organisés au club.",
  "Sport; Emploi; Jeunesse", "Boxing Club Bobigny", "association", 2015)
R("sport_inclusion femmes", "Mulhouse/68",
  "Football féminin dans les quartiers",
  "Des séances de football pour les filles de 8 à 16 ans, dans les city-stades des quartiers de Mulhouse.",
  "Le club veut faire reculer les stéréotypes et ouvrir l'espace public aux filles. Des tournois inter-quartiers sont organisés.",
  "Sport; Égalité femmes-hommes", "Association Mulhouse Foot Filles", "association", 2019)
R("sport_inclusion rural", "Oloron-Sainte-Marie/64",
  "Sport santé en milieu rural",
  "Des créneaux d'activité physique adaptée pour les personnes atteintes de maladies chroniques, dans les villages du Haut-Béarn.",
  "Les séances sont prescrites par le médecin traitant et encadrées par des éducateurs. Une maison sport-santé coordonne l'offre.",
  "Sport; Santé; Ruralité", "Maison Sport-Santé du Haut-Béarn", "association", 2020)
R("acces_droits", "Lyon/69",
  "Lutte contre le non-recours aux droits",
  "Des permanences mobiles vont au-devant des habitants pour vérifier qu'ils perçoivent toutes les aides auxquelles ils ont droit.",
  "Un simulateur de droits et un accompagnement personnalisé permettent d'ouvrir des droits au RSA, à la complémentaire santé solidaire ou aux aides au logement.",
  "Accès aux droits; Solidarité", "CCAS de Lyon", "collectivite", 2018)
R("acces_droits rural", "D:09",
  "Point d'accès au droit itinérant de l'Ariège",
  "Des juristes tiennent des permanences gratuites dans les communes rurales de l'Ariège pour informer sur les droits.",
  "Droit de la famille, du logement, du travail : les habitants sont conseillés gratuitement et orientés vers un avocat si besoin.",
  "Accès aux droits; Justice; Ruralité", "Conseil départemental de l'accès au droit de l'Ariège", "etat", 2014)
R("ecrivain_public acces_droits", "Metz/57",
  "Écrivains publics bénévoles",
  "Des écrivains publics aident à rédiger courriers, dossiers administratifs et CV.",
  "Les permanences ont lieu dans les mairies de quartier et à l'hôpital. Les bénévoles sont formés par l'association.",
  "Accès aux droits", "Association Plume Solidaire", "association", 2011)
R("justice", "Cherbourg-en-Cotentin/50",
  "Travaux d'intérêt général dans les associations",
  "Un réseau d'associations accueille des personnes condamnées à un travail d'intérêt général pour en faire une étape d'insertion.",
  "Les tuteurs associatifs encadrent les personnes et les orientent vers des formations.",
  "Justice; Insertion", "Association Cotentin TIG", "association", 2019)
R("jp spm", "97502",
  "Jardin collectif de Saint-Pierre",
  "Un jardin collectif sous serre pour cultiver des légumes frais malgré le climat de l'archipel.",
  "Les habitants cultivent ensemble salades, tomates et herbes dans deux serres chauffées par la récupération de chaleur. Les écoles y ont un espace pédagogique.",
  "Environnement; Alimentation; Outre-mer", "Association Serres de l'Archipel", "association", 2020)
