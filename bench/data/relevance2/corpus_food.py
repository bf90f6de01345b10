"""Aide alimentaire, circuits courts, jardins."""
from records import R

# --- Épiceries solidaires / sociales -------------------------------------------------------------
R("epsol qpv", "Marseille/13",
  "Épicerie solidaire Le Panier de Félix",
  "Une épicerie solidaire au cœur des quartiers Nord de Marseille : des produits frais et d'hygiène à 10 à 30 % du prix du marché pour les familles orientées par les travailleurs sociaux.",
  "Ouverte en 2018 dans un ancien local commercial de la cité, l'épicerie accueille chaque semaine près de 180 foyers. L'accès se fait sur orientation du CCAS, de la Maison départementale de la solidarité ou des centres sociaux, pour une durée de six mois renouvelable. Les économies réalisées servent un projet défini avec la conseillère en économie sociale et familiale : payer une dette d'énergie, passer le permis, équiper un logement. Des ateliers cuisine et un coin café font de l'épicerie un lieu de rencontre. Le quartier est classé quartier prioritaire de la politique de la ville.",
  "Alimentation; Solidarité; Politique de la ville", "Association Félix et Compagnie", "association", 2018, key="panier_felix")
R("epsol", "13203",
  "Epicerie sociale Belle de Mai",
  "Epicerie sociale associative du 3e arrondissement : produits a petit prix, accompagnement budgetaire et ateliers pour les habitants du quartier.",
  "L'epicerie sociale fonctionne avec les dons de la banque alimentaire, des achats a des producteurs de Provence et la ramasse des invendus de deux supermarches. Les beneficiaires paient 20 % du prix en rayon. Une benevole retraitee de la CAF tient une permanence d'acces aux droits le jeudi matin.",
  "Alimentation; Solidarité", "Collectif Belle de Mai Solidaire", "association", 2016)
R("epsol etudiants", "Marseille/13",
  "Épicerie solidaire étudiante du campus Saint-Charles",
  "Une épicerie solidaire tenue par des étudiants bénévoles pour les étudiants en difficulté financière : panier de base à moins de 3 €, produits d'hygiène et fournitures.",
  "L'épicerie est ouverte trois soirs par semaine dans un local mis à disposition par l'université. L'accès se fait après un entretien avec le service social du CROUS ou l'assistante sociale de l'université. En plus de l'aide alimentaire, l'épicerie propose des ateliers « cuisiner avec 5 € » et un point d'information sur les bourses.",
  "Alimentation; Jeunesse; Solidarité", "Fédération des associations étudiantes d'Aix-Marseille", "association", 2021)
R("epsol", "Aix-en-Provence/13",
  "Épicerie solidaire du Pays d'Aix",
  "Épicerie solidaire intercommunale qui accueille des familles du Pays d'Aix orientées par les CCAS des communes membres.",
  "Le magasin, installé près de la gare routière, propose fruits et légumes, produits laitiers et d'entretien à prix réduit. Un camion fait une tournée hebdomadaire dans cinq villages du plateau pour les familles sans voiture. Les bénéficiaires participent s'ils le souhaitent à la vie de l'épicerie comme bénévoles.",
  "Alimentation; Solidarité", "Association L'Étal Partagé", "association", 2014)
R("epsol", "Toulouse/31",
  "L'Épicerie des Minimes – épicerie sociale et solidaire",
  "Épicerie à double tarif : les clients solidaires paient le prix normal, ce qui permet aux foyers à petits budgets de payer 30 % du prix.",
  "Ce modèle mixte évite l'effet « guichet » : tout le monde fait ses courses au même endroit, seul le passage en caisse change. Environ 40 % des adhérents sont des clients solidaires. L'association emploie deux salariés en contrat aidé et s'approvisionne auprès de producteurs de Haute-Garonne.",
  "Alimentation; Économie sociale et solidaire", "Association Épicerie des Minimes", "association", 2019)
R("epsol qpv", "Toulouse/31",
  "Epicerie solidaire du Mirail",
  "Épicerie solidaire de quartier prioritaire : 250 familles accompagnées chaque année, avec un espace enfants pendant les courses.",
  "Installée au pied des immeubles, l'épicerie est portée par le centre social et co-financée par le contrat de ville. Les familles sont orientées par les assistantes sociales du département. Des ateliers nutrition sont animés avec une diététicienne de la PMI.",
  "Alimentation; Politique de la ville", "Centre social du Mirail", "association", 2012)
R("epsol qpv", "Saint-Denis/93",
  "Épicerie sociale et solidaire Franc-Moisin",
  "À Saint-Denis, une épicerie sociale ouverte aux habitants du quartier Franc-Moisin, classé QPV, avec un rayon de produits frais issus de la récupération.",
  "L'épicerie propose des produits à 10 à 30 % de leur valeur. Elle est portée par une association d'habitants et soutenue par la ville et le département de la Seine-Saint-Denis. Un partenariat avec le marché de gros de Rungis fournit fruits et légumes deux fois par semaine. Des cours de français et une permanence écrivain public ont lieu dans le même local.",
  "Alimentation; Politique de la ville; Solidarité", "Association Vivre Ensemble à Franc-Moisin", "association", 2017)
R("epsol", "97411",
  "Epicerie solidaire Ti Kaz Manzé",
  "Une épicerie solidaire dans le quartier du Chaudron : produits péi, fruits et légumes de producteurs locaux et produits de première nécessité à petit prix.",
  "L'association s'approvisionne en priorité auprès d'agriculteurs réunionnais pour limiter les produits importés. Les familles, orientées par le CCAS, accèdent à l'épicerie pour trois mois renouvelables. Des ateliers de cuisine créole à petit budget sont proposés le samedi.",
  "Alimentation; Solidarité; Outre-mer", "Association Ti Kaz Manzé", "association", 2020, key="ti_kaz")
R("epsol", "Lille/59",
  "Épicerie solidaire de Lille-Moulins",
  "Épicerie solidaire et lieu d'accueil : les familles y trouvent des produits à bas prix et un accompagnement budgétaire.",
  "Chaque foyer bénéficiaire construit un projet avec une conseillère : rembourser une dette, financer un départ en vacances, acheter de l'électroménager. L'épicerie est membre d'un réseau régional d'épiceries solidaires des Hauts-de-France qui mutualise les achats.",
  "Alimentation; Solidarité", "Association Moulins Partage", "association", 2013)
R("epsol qpv", "Roubaix/59",
  "Épicerie solidaire La Courte Échelle",
  "La Courte Échelle est une épicerie solidaire roubaisienne qui propose des produits de qualité à petits prix et des ateliers pour reprendre confiance.",
  "Née de la mobilisation d'habitants du quartier de l'Epeule, La Courte Échelle accueille 120 familles. L'épicerie fonctionne avec des bénévoles et deux salariés en parcours d'insertion. Elle propose aussi des ateliers de couture, un groupe de parole de parents et un accompagnement vers l'emploi avec France Travail. Le quartier est en QPV.",
  "Alimentation; Solidarité; Emploi", "Association La Courte Échelle", "association", 2015, key="courte_echelle")
R("epsol", "Rennes/35",
  "Épicerie sociale du CCAS de Rennes",
  "Le CCAS gère une épicerie sociale où les ménages orientés par les travailleurs sociaux font leurs courses à 20 % du prix.",
  "L'épicerie sociale municipale reçoit les personnes sur orientation après évaluation de leur reste à vivre. Elle propose un accompagnement individuel et des ateliers collectifs (budget, cuisine, santé). Un partenariat avec des maraîchers bio d'Ille-et-Vilaine alimente le rayon frais.",
  "Alimentation; Action sociale", "CCAS de Rennes", "collectivite", 2009)
R("epsol etudiants", "Brest/29",
  "Épicerie solidaire étudiante Ar Gegin",
  "Épicerie solidaire pour les étudiants de Brest : produits alimentaires et d'hygiène à 10 % de leur prix, sur critères sociaux.",
  "Le projet est porté par la fédération des associations étudiantes de Bretagne occidentale. L'épicerie est ouverte du lundi au jeudi et accueille aussi des étudiants internationaux. Un service de paniers de légumes bio à 2 € a été ajouté avec une AMAP voisine.",
  "Alimentation; Jeunesse", "Fédération étudiante de Brest", "association", 2022)
R("epsol etudiants", "Clermont-Ferrand/63",
  "EPICERIE SOLIDAIRE ETUDIANTE DES CEZEAUX",
  "EPICERIE SOLIDAIRE POUR LES ETUDIANTS DU CAMPUS DES CEZEAUX : PRODUITS A PETIT PRIX ET ECOUTE.",
  "Ouverte deux jours par semaine, l'épicerie accueille les étudiants sur dossier. Elle travaille avec la banque alimentaire du Puy-de-Dôme et des producteurs locaux. Des bénévoles proposent aussi une écoute et orientent vers le service de santé universitaire.",
  "Alimentation; Jeunesse", "Association Campus Solidaire Auvergne", "association", 2020)
R("epsol rural", "Figeac/46",
  "Épicerie solidaire du Grand Figeac",
  "Une épicerie solidaire en milieu rural, avec une antenne mobile qui se déplace dans les villages du Ségala et de la vallée du Lot.",
  "L'épicerie est installée à Figeac mais un utilitaire aménagé dessert chaque semaine six bourgs éloignés. Les familles sont orientées par la Maison des solidarités départementales. Les produits viennent en partie de la banque alimentaire du Lot et de producteurs du territoire.",
  "Alimentation; Ruralité; Solidarité", "Association Solidarité Figeac", "association", 2016)
R("epsol rural", "Mauriac/15",
  "Épicerie sociale du pays de Mauriac",
  "Petite épicerie sociale rurale ouverte deux demi-journées par semaine, tenue par des bénévoles.",
  "Dans un territoire où le premier supermarché discount est à 40 km, l'épicerie sociale permet à une soixantaine de foyers du nord du Cantal d'accéder à des produits à prix réduit. Les bénévoles assurent aussi des livraisons à domicile pour les personnes âgées sans moyen de transport.",
  "Alimentation; Ruralité", "Secours mutuel du Pays de Mauriac", "association", 2011)
R("epsol", "Guéret/23",
  "Epicerie solidaire La Passerelle",
  "Epicerie solidaire creusoise, ouverte aux habitants de l'agglomération du Grand Guéret sur orientation sociale.",
  "La Passerelle propose des produits alimentaires et d'hygiène a prix réduit, un jardin potager cultivé par les bénéficiaires et un atelier de réparation de petit électroménager une fois par mois.",
  "Alimentation; Solidarité", "Association La Passerelle Creuse", "association", 2014)
R("epsol", "Nevers/58",
  "L'Épicerie Partagée de Nevers",
  "Épicerie solidaire associative qui allie aide alimentaire, lien social et accompagnement budgétaire.",
  "Ouverte en 2019, elle accueille environ 90 familles par an. L'équipe organise des repas partagés mensuels et un atelier « petit budget, bonne cuisine ». Elle est financée par la ville, la CAF de la Nièvre et des dons.",
  "Alimentation; Solidarité", "Association L'Épicerie Partagée", "association", 2019)
R("epsol", "Paris/75",
  "Épicerie solidaire Les Amarres",
  "Dans le 19e arrondissement, une épicerie solidaire qui accueille familles, étudiants et retraités à petit budget.",
  "L'épicerie pratique trois tarifs selon le quotient familial. Elle est adossée à une cantine associative à prix libre et à un vestiaire. Les bénévoles viennent pour moitié du voisinage. Le lieu se veut ouvert à tous, sans stigmatisation.",
  "Alimentation; Solidarité", "Association Les Amarres", "association", 2018)
R("epsol", "Montreuil/93",
  "Épicerie sociale Le Grenier de Montreuil",
  "Une épicerie sociale dans le Bas-Montreuil, soutenue par la ville et le département.",
  "Le Grenier propose un rayon de produits secs, un rayon frais alimenté par la ramasse et des produits d'hygiène. Un accompagnement individualisé est assuré par une conseillère en économie sociale et familiale.",
  "Alimentation; Action sociale", "Association Le Grenier", "association", 2010)
R("epsol", "Fort-de-France/972",
  "Épicerie sociale et solidaire de Fort-de-France",
  "Épicerie sociale martiniquaise qui privilégie les produits locaux, avec un accompagnement des familles monoparentales.",
  "Portée par une association de quartier de Fort-de-France, l'épicerie accueille en priorité des mères isolées. Elle s'approvisionne auprès de coopératives agricoles de Martinique et propose des ateliers sur l'alimentation des jeunes enfants.",
  "Alimentation; Outre-mer; Famille", "Association Lakou Solidarité", "association", 2021)
R("epsol", "Cayenne/973",
  "Épicerie solidaire de Cayenne",
  "Une épicerie solidaire pour les familles en grande précarité de l'île de Cayenne, avec traduction en créole et en portugais.",
  "Face à la vie chère en Guyane, l'épicerie propose des produits de base à 20 % du prix. Des médiateurs bilingues accueillent les familles et les orientent vers l'accès aux droits.",
  "Alimentation; Outre-mer; Solidarité", "Association Guyane Partage", "association", 2022)
R("epsol", "Strasbourg/67",
  "Épicerie sociale Le Panier Strasbourgeois",
  "Epicerie sociale du quartier de Hautepierre : courses à prix réduit et accompagnement budgétaire.",
  "L'épicerie est gérée par une association et reçoit des familles orientées par le service social de l'Eurométropole. Elle propose aussi un espace de gratuité pour les vêtements d'enfants.",
  "Alimentation; Solidarité", "Association Le Panier Strasbourgeois", "association", 2015)
R("epsol", "Lens/62",
  "Epicerie solidaire du bassin minier",
  "Épicerie solidaire itinérante et fixe dans le bassin minier du Pas-de-Calais.",
  "Un magasin à Lens et un camion-épicerie qui passe dans les cités minières voisines. Le projet a été lancé par des anciens bénévoles d'aide alimentaire qui voulaient sortir de la logique du colis.",
  "Alimentation; Solidarité", "Association Solidarité Bassin Minier", "association", 2017)
R("epsol", "Chambéry/73",
  "Épicerie solidaire Grain de Sel",
  "À Chambéry, une épicerie solidaire ouverte à tous avec des prix différenciés selon les revenus.",
  "Grain de Sel a choisi la mixité sociale : chaque client paie selon un barème lié à son quotient familial. Le magasin propose du vrac, des produits locaux de Savoie et des produits de base.",
  "Alimentation; Économie sociale et solidaire", "SCIC Grain de Sel", "entreprise", 2020)
R("epsol rural", "D:48",
  "Épicerie sociale itinérante de Lozère",
  "Un camion-épicerie sociale qui sillonne les communes de Lozère pour les ménages à faibles revenus.",
  "Le département le moins peuplé de France n'a que trois points fixes d'aide alimentaire. L'épicerie itinérante s'arrête dans 14 communes selon un calendrier mensuel, sur la place du village. Les familles sont orientées par les assistantes sociales de secteur.",
  "Alimentation; Ruralité", "Association Lozère Solidaire", "association", 2019)
R("epsol", "Villeurbanne/69",
  "Épicerie solidaire du Tonkin",
  "Épicerie solidaire villeurbannaise avec un espace convivial et un programme d'ateliers.",
  "Le lieu combine épicerie solidaire, café associatif et point d'information. Les bénéficiaires sont orientés par la Maison de la Métropole. Des cours de cuisine du monde sont animés par les habitantes.",
  "Alimentation; Lien social", "Association Le Tonkin Solidaire", "association", 2016)

# --- Autres formes d'aide alimentaire ------------------------------------------------------------
R("banque_alim rural", "Saint-Flour/15",
  "Banque alimentaire du Cantal – antenne de Saint-Flour",
  "L'antenne sanflorine de la banque alimentaire collecte et redistribue des denrées aux associations et CCAS de l'est du Cantal.",
  "Une équipe de 25 bénévoles trie et stocke les denrées issues des collectes nationales et des dons de la grande distribution, puis les répartit entre 12 structures partenaires. L'antenne a acquis un camion frigorifique pour les produits frais.",
  "Alimentation; Solidarité", "Banque alimentaire du Cantal", "association", 2008)
R("banque_alim", "97411",
  "Distribution alimentaire d'urgence – Saint-Denis",
  "Distribution de colis alimentaires d'urgence pour les personnes sans ressources à Saint-Denis de La Réunion.",
  "Chaque mardi et vendredi, des bénévoles distribuent des colis aux personnes orientées par les services sociaux ou se présentant spontanément. L'association travaille avec la banque alimentaire des Mascareignes.",
  "Alimentation; Urgence sociale", "Association Solidarité Dionysienne", "association", 2013)
R("banque_alim", "Bobigny/93",
  "Colis solidaires pour familles de Bobigny",
  "Une distribution hebdomadaire de colis alimentaires, complétée d'un accueil et d'une orientation sociale.",
  "L'association reçoit les familles sans rendez-vous le mercredi. Des travailleurs sociaux bénévoles proposent une orientation vers les dispositifs d'accès aux droits. Les colis sont composés à partir de dons et d'achats au marché de gros.",
  "Alimentation; Urgence sociale", "Association Entraide Balbynienne", "association", 2011)
R("banque_alim", "Valenciennes/59",
  "Aide alimentaire : le drive solidaire du Valenciennois",
  "Les bénéficiaires commandent leur colis en ligne ou par téléphone et le retirent sans attente : un drive pour une aide alimentaire plus digne.",
  "Lancé pendant la crise sanitaire, le drive solidaire a été pérennisé. Les familles choisissent leurs produits dans une liste, ce qui réduit le gaspillage et respecte les habitudes alimentaires. Les retraits se font sur créneau.",
  "Alimentation; Solidarité; Numérique", "Association Valenciennes Entraide", "association", 2020)
R("banque_alim", "Metz/57",
  "Collecte et redistribution des invendus de la Moselle",
  "Une plateforme logistique associative qui redistribue les invendus des commerces aux associations d'aide alimentaire de Moselle.",
  "La plateforme récupère chaque jour les invendus de 40 magasins et boulangeries et les répartit vers les associations partenaires. Elle emploie six salariés en chantier d'insertion sur la logistique et la conduite.",
  "Alimentation; Insertion; Anti-gaspillage", "Association Moselle Redistribue", "association", 2016)
R("frigo antigaspi", "Paris/75",
  "Frigos solidaires du 11e",
  "Des réfrigérateurs en libre-service installés devant des commerces : chacun peut y déposer ou prendre de la nourriture.",
  "Le réseau compte cinq frigos dans le 11e arrondissement, entretenus par des bénévoles et des commerçants hôtes. Des règles d'hygiène simples sont affichées. Le projet lutte à la fois contre le gaspillage alimentaire et la précarité.",
  "Alimentation; Anti-gaspillage", "Collectif Frigos du 11e", "autre", 2019)
R("frigo antigaspi", "Nantes/44",
  "Le Frigo Partagé de Nantes Nord",
  "Un frigo solidaire en libre accès devant le centre socioculturel, alimenté par les habitants et les commerçants.",
  "Les habitants déposent leurs surplus, les boulangers leurs invendus du soir. Un planning de bénévoles vérifie chaque jour les dates et la propreté. Le frigo est devenu un point de rencontre du quartier.",
  "Alimentation; Anti-gaspillage; Lien social", "Centre socioculturel Nantes Nord", "association", 2021)
R("frigo antigaspi", "Le Port/974",
  "Frigo solidaire du Port",
  "Premier frigo solidaire de La Réunion, installé devant une boulangerie du centre-ville du Port.",
  "Les habitants et commerçants y déposent des produits frais. Le frigo est nettoyé chaque jour par des jeunes en service civique.",
  "Alimentation; Anti-gaspillage; Outre-mer", "Association Partage Océan Indien", "association", 2022)
R("antigaspi", "Marseille/13",
  "Glanage solidaire des marchés marseillais",
  "Chaque fin de marché, des bénévoles récupèrent les fruits et légumes invendus et les redistribuent à des associations de quartier.",
  "Le collectif couvre quatre marchés de plein air. Les produits abîmés sont transformés en soupes et compotes lors d'ateliers collectifs ; le reste part au compost. Environ 2 tonnes de produits sont sauvées chaque mois.",
  "Alimentation; Anti-gaspillage", "Collectif Glaneurs de Marseille", "autre", 2018)
R("antigaspi resto_sol", "Bordeaux/33",
  "Cantine anti-gaspi des Chartrons",
  "Un restaurant associatif qui cuisine uniquement des invendus, avec des repas à prix libre le midi.",
  "L'équipe, composée de cuisiniers et de personnes en insertion, récupère les invendus de grossistes et cuisine un menu unique chaque jour. Le prix libre permet à chacun de manger selon ses moyens.",
  "Alimentation; Anti-gaspillage; Insertion", "Association La Marmite Bordelaise", "association", 2017)
R("resto_sol qpv", "Lyon/69",
  "Restaurant solidaire Le Bon Voisin",
  "Un restaurant solidaire à Lyon 8e : repas à 1 € pour les personnes en précarité, prix normal pour les autres, dans la même salle.",
  "Le restaurant sert 150 couverts par jour. Il emploie des salariés en insertion en cuisine et en salle, encadrés par un chef. Le quartier des États-Unis, classé en quartier prioritaire, manquait d'un lieu de restauration accessible.",
  "Alimentation; Insertion; Politique de la ville", "Association Le Bon Voisin", "association", 2016)
R("resto_sol", "Saint-Denis/93",
  "Cantine solidaire de la Plaine",
  "Cantine de quartier à prix libre, cuisinée par des habitantes et des personnes exilées.",
  "La cantine ouvre trois midis par semaine. Les cuisinières, souvent des femmes éloignées de l'emploi, sont formées aux métiers de la restauration collective. Les recettes changent selon les origines de l'équipe.",
  "Alimentation; Lien social; Emploi", "Association Les Marmites de la Plaine", "association", 2019)
R("resto_sol seniors isolement_age", "Limoges/87",
  "Repas partagés du mardi",
  "Un déjeuner hebdomadaire convivial pour les personnes seules, âgées ou isolées, cuisiné par des bénévoles.",
  "Chaque mardi, une cinquantaine de convives se retrouvent dans la salle paroissiale. La participation est de 3 €. Un chauffeur bénévole va chercher les personnes qui ne conduisent plus.",
  "Alimentation; Lien social; Personnes âgées", "Association Table Ouverte", "association", 2012)
R("ssa", "Montpellier/34",
  "Caisse alimentaire commune de Montpellier",
  "Une expérimentation de sécurité sociale de l'alimentation : 400 habitants cotisent selon leurs moyens et reçoivent 100 € par mois à dépenser dans des lieux conventionnés.",
  "Les participants cotisent de 1 à 150 € selon leurs revenus et reçoivent une monnaie dédiée utilisable dans des épiceries, marchés paysans et magasins de producteurs choisis par un comité citoyen. L'expérimentation est suivie par des chercheurs pour mesurer ses effets sur l'alimentation et la santé.",
  "Alimentation; Démocratie alimentaire", "Collectif Caisse Commune", "autre", 2023, key="ssa_mtp")
R("ssa", "D:33",
  "Sécurité sociale de l'alimentation en Gironde",
  "Le Département expérimente une sécurité sociale de l'alimentation dans trois territoires girondins, ruraux et urbains.",
  "Chaque participant reçoit une allocation alimentaire mensuelle, utilisable auprès de producteurs et commerces conventionnés selon des critères définis par des assemblées citoyennes : production locale, agriculture biologique, rémunération des paysans.",
  "Alimentation; Démocratie alimentaire", "Département de la Gironde", "collectivite", 2024)
R("ssa rural", "Dieulefit/26",
  "Caisse locale d'alimentation du pays de Dieulefit",
  "Une caisse commune financée par les cotisations des habitants et des dons, pour donner à tous accès à une alimentation choisie et locale.",
  "Inspirée du projet de sécurité sociale de l'alimentation, la caisse verse 80 € par mois à 120 foyers, à dépenser chez les producteurs du marché et dans l'épicerie coopérative. Les règles sont fixées par une assemblée d'habitants.",
  "Alimentation; Ruralité", "Association Manger Ensemble en Drôme Provençale", "association", 2024)
R("cuisine", "Grenoble/38",
  "Cuisine partagée La Casserole",
  "Une cuisine équipée ouverte aux habitants, aux traiteurs débutants et aux associations pour cuisiner, apprendre et partager.",
  "La cuisine professionnelle se loue à l'heure à tarif solidaire. Des ateliers sont proposés aux familles et aux jeunes. Plusieurs femmes du quartier y ont lancé leur activité de traiteur.",
  "Alimentation; Entrepreneuriat", "Association La Casserole", "association", 2020)

# --- Near-misses autour de l'épicerie ------------------------------------------------------------
R("epicerie_vrac zero_dechet", "Annecy/74",
  "Le Bocal Nomade – épicerie vrac itinérante",
  "Une épicerie vrac zéro déchet en camion, présente sur les marchés du bassin annécien.",
  "Le Bocal Nomade vend des produits secs, huiles et produits d'entretien en vrac, sans emballage. L'entreprise propose la consigne des bocaux et intervient dans les écoles pour sensibiliser au zéro déchet.",
  "Environnement; Commerce", "Le Bocal Nomade SARL", "entreprise", 2021)
R("epicerie_fine", "Cahors/46",
  "Épicerie fine Les Saveurs du Quercy",
  "Épicerie fine et cave : produits du terroir lotois, vins de Cahors et paniers garnis.",
  "La boutique met en avant une quarantaine de producteurs du Lot : truffes, safran, foie gras, noix. Des dégustations sont organisées le samedi.",
  "Commerce; Produits locaux", "Les Saveurs du Quercy", "entreprise", 2015)

# --- Circuits courts ----------------------------------------------------------------------------
R("amap", "Lyon/69",
  "AMAP de la Croix-Rousse",
  "AMAP de quartier : 80 familles s'engagent auprès d'un maraîcher bio des Monts du Lyonnais, paniers le jeudi soir.",
  "Les adhérents pré-paient leurs paniers pour la saison, ce qui assure un revenu stable au paysan. Des contrats œufs, pain et fromage complètent l'offre. Deux journées de chantier collectif à la ferme ont lieu chaque année.",
  "Alimentation; Agriculture; Circuits courts", "AMAP Croix-Rousse", "association", 2006)
R("amap qpv", "Vaulx-en-Velin/69",
  "Paniers solidaires : une AMAP en quartier prioritaire",
  "Une AMAP qui propose des paniers à demi-tarif aux familles à petits revenus, grâce à une caisse de solidarité.",
  "Les adhérents aisés paient un peu plus, les familles du quartier moins, pour un même panier de légumes bio. Le projet est né d'un partenariat entre un centre social, un maraîcher et la ville.",
  "Alimentation; Circuits courts; Politique de la ville", "Centre social Le Grand Vire", "association", 2019)
R("amap", "Rennes/35",
  "Association pour le maintien d'une agriculture paysanne du Blosne",
  "Distribution hebdomadaire de paniers de légumes, pain, viande et produits laitiers de fermes situées à moins de 30 km de Rennes.",
  "L'association relie 60 familles du quartier du Blosne à six fermes d'Ille-et-Vilaine. Les contrats sont signés pour six mois. Les adhérents participent à la distribution à tour de rôle.",
  "Alimentation; Agriculture", "Les Paniers du Blosne", "association", 2010)
R("amap rural", "Saint-Girons/09",
  "amap du couserans",
  "amap du couserans : paniers de légumes, fromages de brebis et pain au levain, distribution le vendredi a la halle.",
  "L'amap soutient l'installation de jeunes paysans dans les vallées du Couserans. Une partie des paniers est réservée aux familles suivies par le secours local, à prix réduit.",
  "Alimentation; Agriculture", "AMAP du Couserans", "association", 2013)
R("amap", "Brest/29",
  "AMAP Kerbonne",
  "AMAP brestoise en lien avec trois producteurs du Léon : légumes, pommes et jus, produits de la mer.",
  "Fondée par des parents d'élèves, l'AMAP distribue ses paniers dans la cour de l'école le mardi soir. Un contrat poisson a été conclu avec un pêcheur du Conquet.",
  "Alimentation; Circuits courts", "AMAP Kerbonne", "association", 2011)
R("mag_prod rural", "Aurillac/15",
  "Magasin de producteurs La Ferme Cantalienne",
  "Un magasin tenu par 22 agriculteurs du Cantal : viande, fromages AOP, légumes et produits transformés en vente directe.",
  "Les producteurs assurent eux-mêmes les permanences de vente. Les prix sont fixés par chacun, la marge commune couvre le local et une salariée. Le magasin approvisionne aussi deux cantines scolaires.",
  "Alimentation; Agriculture; Circuits courts", "SARL La Ferme Cantalienne", "entreprise", 2014)
R("mag_prod", "Angers/49",
  "Point de vente collectif Saveurs d'Anjou",
  "Vente directe de produits fermiers par un collectif de 15 producteurs angevins.",
  "Le point de vente collectif est ouvert quatre jours par semaine. On y trouve fruits, légumes, volailles, vins et fromages de chèvre. Les producteurs organisent des visites de ferme pour les clients.",
  "Alimentation; Agriculture", "GIE Saveurs d'Anjou", "entreprise", 2017)
R("drive_fermier rural", "Rodez/12",
  "Drive fermier de l'Aveyron",
  "Commande en ligne de produits fermiers aveyronnais, à retirer le jeudi soir à Rodez ou dans trois points relais ruraux.",
  "Plus de 30 producteurs proposent leurs produits sur une plateforme commune. Le drive a été lancé par la chambre d'agriculture pour faciliter la vente directe des exploitations éloignées.",
  "Alimentation; Agriculture; Numérique", "Chambre d'agriculture de l'Aveyron", "etat", 2015)
R("mag_prod", "Besançon/25",
  "Coopérative de producteurs du Doubs",
  "Une épicerie coopérative de producteurs à Besançon : comté, légumes, viande et miel du Doubs sans intermédiaire.",
  "La coopérative associe producteurs, salariés et consommateurs au sein d'une SCIC. Les prix sont transparents : l'étiquette indique la part qui revient au producteur.",
  "Alimentation; Circuits courts; Économie sociale et solidaire", "SCIC Le Comptoir Paysan", "entreprise", 2018)
R("pat", "Figeac/46",
  "PAT du Grand Figeac",
  "Le projet alimentaire territorial du Grand Figeac relie agriculteurs, cantines, commerces et habitants autour d'une alimentation locale.",
  "Le PAT a permis de porter à 45 % la part des produits locaux dans les cantines de l'EPCI, de créer une légumerie et d'accompagner l'installation de maraîchers. Un conseil alimentaire local associe les habitants.",
  "Alimentation; Agriculture; Territoire", "Communauté de communes du Grand Figeac", "collectivite", 2019)
R("pat", "R:53",
  "Projets alimentaires territoriaux en Bretagne : le réseau régional",
  "Un réseau d'animation des projets alimentaires territoriaux bretons pour partager outils et retours d'expérience.",
  "Le réseau accompagne une trentaine de PAT portés par des intercommunalités et des pays. Il publie des fiches méthode sur la restauration collective, le foncier agricole et l'accessibilité alimentaire.",
  "Alimentation; Agriculture; Territoire", "Réseau rural breton", "autre", 2020)
R("pat rural", "D:23",
  "Projet alimentaire territorial de la Creuse",
  "La Creuse s'est dotée d'un projet alimentaire territorial pour développer l'approvisionnement local des collèges et des EHPAD.",
  "Le projet soutient une plateforme d'achat de produits creusois pour la restauration collective, et des actions d'éducation à l'alimentation dans les écoles rurales.",
  "Alimentation; Ruralité", "Département de la Creuse", "collectivite", 2021)
R("cantine_locale", "Mouans-Sartoux/06",
  "Une régie agricole pour des cantines 100 % bio",
  "La commune produit elle-même les légumes de ses cantines scolaires grâce à une régie agricole municipale.",
  "Deux maraîchers municipaux cultivent six hectares. Les cantines servent des repas entièrement bio, dont une grande part produite sur place, sans surcoût pour les familles grâce à la réduction du gaspillage.",
  "Alimentation; Éducation; Agriculture", "Commune de Mouans-Sartoux", "collectivite", 2011)
R("legumerie cantine_locale aci", "Ussel/19",
  "Légumerie d'insertion de Haute-Corrèze",
  "Une légumerie qui lave, épluche et découpe les légumes de producteurs locaux pour les cantines, avec des salariés en insertion.",
  "L'atelier emploie 12 personnes en chantier d'insertion. Il fournit les collèges du département et la cuisine centrale d'Ussel, ce qui permet aux cantines d'utiliser des légumes frais locaux sans équipement supplémentaire.",
  "Alimentation; Insertion; Circuits courts", "Association Haute-Corrèze Solidaire", "association", 2018)
R("cantine_locale", "Saint-Étienne/42",
  "Cantines bio et locales à Saint-Étienne",
  "La ville a fait passer ses cantines scolaires à une alimentation bio et locale à plus de 70 %.",
  "La cuisine centrale travaille avec des producteurs de la Loire et de la Haute-Loire via des marchés publics découpés en petits lots. Un travail sur le gaspillage a permis de financer le surcoût.",
  "Alimentation; Éducation", "Ville de Saint-Étienne", "collectivite", 2014)

# --- Jardins ------------------------------------------------------------------------------------
R("jp", "Paris/75",
  "Jardin partagé Le Ruisseau",
  "Un jardin partagé de 600 m² dans le 18e arrondissement, cultivé par les habitants sur une ancienne friche ferroviaire.",
  "Le jardin compte 40 parcelles individuelles et des espaces collectifs. Il est ouvert au public les week-ends. Des ateliers de jardinage sont animés avec les écoles et une maison de retraite voisine.",
  "Environnement; Lien social", "Association Le Ruisseau", "association", 2009)
R("jp", "Lyon/69",
  "Jardin partage des Lilas",
  "Jardin partage de quartier a Lyon 9e : potager collectif, compost et fetes de saison.",
  "Le jardin est gere par une association d'habitants sur un terrain prete par la ville. Les bacs sont accessibles aux personnes en fauteuil. Une grainotheque est ouverte le samedi.",
  "Environnement; Lien social", "Association Les Lilas", "association", 2012)
R("jp", "Grenoble/38",
  "Jardins partagés de la Villeneuve",
  "Des jardins partagés au pied des immeubles, entretenus par des familles du quartier et une animatrice.",
  "Quatre jardins répartis dans le parc proposent des parcelles familiales et des bacs collectifs. L'animatrice organise des ateliers de semis, de cuisine et de sensibilisation à la biodiversité.",
  "Environnement; Lien social", "Régie de quartier Villeneuve", "association", 2014)
R("jp qpv", "Bondy/93",
  "Jardin partagé de la Sablière",
  "Dans un quartier prioritaire de Bondy, un jardin partagé installé sur un ancien parking avec des bacs hors-sol.",
  "Le bailleur social a mis le terrain à disposition. Une trentaine de foyers cultivent des légumes et des herbes aromatiques. Le jardin accueille le centre de loisirs le mercredi.",
  "Environnement; Politique de la ville", "Association Les Pousses de la Sablière", "association", 2017)
R("jp", "Nantes/44",
  "Potager collectif de l'île de Nantes",
  "Un potager collectif ouvert à tous sur l'île de Nantes, cultivé en permaculture par des bénévoles.",
  "Les récoltes sont partagées entre les jardiniers et une part est donnée à l'épicerie solidaire voisine. Des chantiers participatifs ont lieu chaque premier samedi du mois.",
  "Environnement; Alimentation", "Collectif Potager de l'Île", "autre", 2016)
R("jp", "Lille/59",
  "Le Jardin des Voisins – Fives",
  "Jardin communautaire de quartier à Lille-Fives, sur une parcelle de l'ancienne usine.",
  "Le jardin est né d'une démarche de concertation sur la reconversion du site. Les habitants cultivent des parcelles collectives et organisent des repas de quartier.",
  "Environnement; Lien social", "Association Fives Verte", "association", 2018)
R("jp rural", "Saillans/26",
  "Jardin partagé du village",
  "Un jardin partagé créé par la commune et les habitants de Saillans, près de l'école.",
  "La commune a acquis une parcelle et l'a confiée à un collectif d'habitants. Les élèves y ont un carré de potager. Le jardin accueille aussi des nouveaux arrivants qui n'ont pas de terrain.",
  "Environnement; Lien social; Ruralité", "Commune de Saillans", "collectivite", 2016)
R("jp", "97415",
  "Jardin créole partagé de Saint-Paul",
  "Un jardin partagé où les habitants cultivent plantes médicinales, brèdes et légumes lontan.",
  "Le jardin transmet les savoirs sur les plantes traditionnelles réunionnaises entre générations. Les anciens du quartier animent des ateliers tisanes.",
  "Environnement; Culture; Outre-mer", "Association Zardin Lontan", "association", 2019)
R("jp", "Toulouse/31",
  "JARDIN PARTAGE DES IZARDS",
  "JARDIN PARTAGE ET PEDAGOGIQUE OUVERT AUX HABITANTS ET AUX ECOLES DU QUARTIER DES IZARDS.",
  "Géré par l'association de quartier, le jardin propose des parcelles partagées, un poulailler collectif et un hôtel à insectes construit par les enfants.",
  "Environnement; Éducation", "Association Les Izards Verts", "association", 2015)
R("jfam", "Saint-Étienne/42",
  "Jardins ouvriers du Soleil",
  "Jardins familiaux historiques de Saint-Étienne : 120 parcelles louées à l'année aux familles.",
  "Créés au début du XXe siècle, ces jardins ouvriers ont été rénovés avec l'installation de récupérateurs d'eau de pluie et d'abris collectifs. Les parcelles sont attribuées en priorité aux familles vivant en appartement.",
  "Environnement; Patrimoine", "Association des jardins ouvriers du Soleil", "association", 1998)
R("jfam", "Arras/62",
  "Jardins familiaux d'Arras",
  "La ville met à disposition 80 parcelles de jardins familiaux, avec une charte de jardinage sans pesticides.",
  "Les parcelles de 150 à 200 m² sont louées pour un loyer modique. Un jardinier animateur conseille les nouveaux venus et des parcelles surélevées sont réservées aux personnes âgées ou handicapées.",
  "Environnement", "Ville d'Arras", "collectivite", 2010)
R("jfam", "Maubeuge/59",
  "Jardins familiaux et collectifs du Sous-le-Bois",
  "Des jardins familiaux et une parcelle collective pour les habitants du quartier, avec des cours de jardinage.",
  "L'association gère 45 parcelles familiales et un jardin collectif dont la production est partagée. Elle accueille des personnes orientées par le CCAS.",
  "Environnement; Alimentation", "Association Les Jardins du Sous-le-Bois", "association", 2013)
R("jins aci", "Auxerre/89",
  "Jardins de la Vallée – jardin de Cocagne",
  "Un jardin maraîcher biologique d'insertion : 20 salariés en parcours cultivent des légumes vendus en paniers aux adhérents.",
  "Les Jardins de la Vallée sont un atelier et chantier d'insertion. Les jardiniers sont encadrés par deux maraîchers et une accompagnatrice socio-professionnelle. 300 paniers sont livrés chaque semaine dans des points relais de l'Auxerrois.",
  "Insertion; Agriculture; Alimentation", "Association Les Jardins de la Vallée", "association", 2005)
R("jins aci", "Bourges/18",
  "Jardin d'insertion du Val d'Auron",
  "Maraîchage biologique et insertion par l'activité économique : le jardin emploie des personnes éloignées de l'emploi.",
  "Le chantier compte 16 postes en contrat à durée déterminée d'insertion. Les légumes sont vendus sur le marché et à des restaurants collectifs. L'accompagnement porte sur le logement, la santé et la mobilité.",
  "Insertion; Agriculture", "Association Val d'Auron Insertion", "association", 2012)
R("jins aci", "Lorient/56",
  "Jardins solidaires du Pays de Lorient",
  "Jardins maraîchers d'insertion : paniers bio et parcours vers l'emploi.",
  "L'ACI permet chaque année à 30 personnes de reprendre une activité. Les paniers sont distribués à des adhérents, dont une partie à tarif solidaire pour des familles orientées par les CCAS.",
  "Insertion; Alimentation", "Association Jardins Solidaires", "association", 2009)
R("jardin_near", "Nancy/54",
  "Restauration des serres du jardin botanique",
  "Une campagne de financement participatif pour restaurer les serres tropicales du jardin botanique.",
  "Les serres, construites dans les années 1970, nécessitent une rénovation thermique. Le projet prévoit aussi un parcours pédagogique sur les plantes menacées.",
  "Environnement; Patrimoine", "Amis du jardin botanique", "association", 2022)
R("permaculture", "Carhaix-Plouguer/29",
  "Ferme pédagogique en permaculture de Carhaix",
  "Une microferme en permaculture qui accueille des classes et forme des adultes au maraîchage sur petite surface.",
  "La ferme propose des stages d'initiation, des journées pour les écoles et des chantiers participatifs. Elle teste des techniques adaptées au climat du Centre-Bretagne.",
  "Environnement; Agriculture; Éducation", "Association Ar Park", "association", 2017)
R("compost", "Rennes/35",
  "Composteurs de quartier",
  "Des bacs de compostage partagé au pied des immeubles, gérés par des habitants référents.",
  "La métropole fournit les bacs et forme des guides composteurs bénévoles. Plus de 200 sites fonctionnent aujourd'hui. Le compost sert aux jardins partagés et aux massifs des résidences.",
  "Environnement; Déchets", "Rennes Métropole", "collectivite", 2013)
