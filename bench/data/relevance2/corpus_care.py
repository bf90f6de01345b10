"""Logement, personnes âgées, handicap."""
from records import R

# --- Logement -----------------------------------------------------------------------------------
R("hab_inclusif handicap", "Vannes/56",
  "Habitat inclusif Les Colibris",
  "Six personnes en situation de handicap psychique vivent en colocation dans une grande maison, avec un animateur présent en journée.",
  "Chaque habitant a sa chambre et partage les espaces communs. Le projet de vie sociale et partagée est financé par l'aide à la vie partagée. Les habitants participent à la vie du quartier et à un jardin collectif.",
  "Habitat; Handicap", "Association Les Colibris du Morbihan", "association", 2021)
R("hab_inclusif seniors", "Aurillac/15",
  "Habitat inclusif pour seniors au centre d'Aurillac",
  "Huit logements adaptés pour des personnes âgées autonomes qui ne veulent plus vivre seules, avec une salle commune et une animatrice.",
  "Le bailleur social a réhabilité un immeuble du centre-ville. L'animatrice organise la vie collective et fait le lien avec les services d'aide à domicile. Une alternative à l'EHPAD pour des personnes encore autonomes.",
  "Habitat; Personnes âgées", "Cantal Habitat", "entreprise", 2022)
R("hab_inclusif handicap", "Caen/14",
  "Colocation inclusive pour jeunes adultes autistes",
  "Une colocation accompagnée pour quatre jeunes adultes avec autisme, à proximité du centre de Caen.",
  "Un service d'accompagnement à la vie sociale intervient chaque jour. Les colocataires travaillent en ESAT ou en milieu ordinaire. Les familles ont co-construit le projet.",
  "Habitat; Handicap", "Association Autisme Calvados", "association", 2020)
R("hab_inclusif handicap rural", "Ploërmel/56",
  "HABITAT INCLUSIF EN MILIEU RURAL",
  "HABITAT PARTAGE ET ACCOMPAGNE POUR PERSONNES EN SITUATION DE HANDICAP DANS UN BOURG DU MORBIHAN.",
  "Cinq logements autour d'une maison commune, dans le bourg, près des commerces. Un coordinateur de vie partagée est présent. Le projet a été porté par la commune et une association de parents.",
  "Habitat; Handicap; Ruralité", "Association Familles Solidaires 56", "association", 2023)
R("hab_particip", "Villeurbanne/69",
  "Habitat participatif Le Village Vertical",
  "Une coopérative d'habitants : 14 logements conçus et gérés collectivement, avec des espaces partagés.",
  "Les habitants sont collectivement propriétaires de l'immeuble via la coopérative et locataires de leur logement. Buanderie, chambre d'amis, terrasse et potager sont partagés. Quatre logements sont en logement social.",
  "Habitat; Économie sociale et solidaire", "Coopérative d'habitants Village Vertical", "entreprise", 2013)
R("hab_particip", "Montreuil/93",
  "Habitat groupé intergénérationnel",
  "Onze familles et retraités ont conçu ensemble leur immeuble, avec une salle commune et un atelier.",
  "Le projet a été mené en autopromotion avec un architecte. Les habitants ont choisi de réserver deux logements à des personnes âgées seules.",
  "Habitat", "Association Habiter Ensemble Montreuil", "association", 2015)
R("hab_particip rural", "Faux-la-Montagne/23",
  "Habitat participatif sur le plateau de Millevaches",
  "Un éco-hameau de huit maisons en bois construites en partie en auto-construction par les habitants.",
  "La commune a vendu le terrain à la coopérative d'habitants. Les maisons sont petites et économes en énergie, les espaces partagés nombreux. Le projet a permis d'accueillir de jeunes familles dans un village en déclin démographique.",
  "Habitat; Ruralité", "SCIC Les Hameaux Légers", "entreprise", 2019)
R("hab_particip", "Strasbourg/67",
  "Autopromotion Eco-Logis",
  "Un des premiers projets d'habitat participatif en France : dix ménages ont construit ensemble leur immeuble passif.",
  "Les habitants ont piloté toutes les étapes du projet. Ils partagent une salle commune, un jardin et un local à vélos.",
  "Habitat; Énergie", "Association Eco-Logis", "association", 2010)
R("intergen seniors etudiants", "Paris/75",
  "Cohabitation intergénérationnelle solidaire",
  "Mettre en relation des seniors qui ont une chambre libre et des étudiants qui cherchent un logement abordable.",
  "L'étudiant paie un loyer modeste ou rend des services (présence le soir, courses). L'association vérifie la compatibilité des binômes et suit la cohabitation. Plus de 300 binômes ont été formés.",
  "Habitat; Personnes âgées; Jeunesse", "Association Toit Partagé", "association", 2008)
R("intergen seniors etudiants", "Poitiers/86",
  "Un toit, deux générations",
  "Logement intergénérationnel à Poitiers : un jeune loge chez une personne âgée contre une présence bienveillante.",
  "L'association signe une convention avec les deux parties et organise des rencontres régulières. Le dispositif aide à rompre l'isolement des aînés.",
  "Habitat; Personnes âgées", "Association Deux Générations", "association", 2014)
R("intergen seniors", "Bordeaux/33",
  "Colocation seniors – étudiants en résidence sociale",
  "Une résidence qui mêle studios pour étudiants et appartements pour personnes âgées, avec une salle commune.",
  "Les étudiants s'engagent à donner quelques heures par mois d'animation en échange d'un loyer réduit.",
  "Habitat; Personnes âgées; Jeunesse", "Bailleur social Aquitanis", "entreprise", 2018)
R("pension_famille", "Le Havre/76",
  "Pension de famille du Havre",
  "Une maison relais de 20 logements pour des personnes isolées sortant de la rue, avec des hôtes présents chaque jour.",
  "La pension de famille offre un logement durable et une vie collective. Les hôtes animent des repas partagés et accompagnent les démarches. La durée de séjour n'est pas limitée.",
  "Habitat; Urgence sociale", "Association Maison Relais Océane", "association", 2012)
R("pension_famille rural", "Foix/09",
  "Maison relais de l'Ariège",
  "Une maison relais de 15 studios pour des personnes en grande précarité, au bord de l'Ariège.",
  "Les résidents, souvent d'anciens sans-abri, disposent d'un logement autonome et d'espaces collectifs. Un potager et un atelier bois rythment la vie de la maison.",
  "Habitat; Urgence sociale", "Association Ariège Logement", "association", 2016)
R("logement_abord sante_mentale", "Marseille/13",
  "Un chez-soi d'abord Marseille",
  "Accès direct au logement pour des personnes sans-abri souffrant de troubles psychiques, avec un accompagnement intensif à domicile.",
  "Le programme loue des appartements dans le parc privé et les sous-loue aux personnes accompagnées. Une équipe pluridisciplinaire (psychiatre, infirmiers, travailleurs pairs) intervient à domicile. Le logement n'est pas conditionné à un traitement.",
  "Habitat; Santé mentale; Urgence sociale", "Groupement Chez Soi Marseille", "association", 2011)
R("logement_abord", "Toulouse/31",
  "Logement d'abord dans la métropole toulousaine",
  "La métropole mise sur l'accès direct au logement plutôt que sur l'hébergement d'urgence pour les personnes sans domicile.",
  "Le plan prévoit la captation de 500 logements dans le parc privé en intermédiation locative et le renforcement de l'accompagnement social.",
  "Habitat; Urgence sociale", "Toulouse Métropole", "collectivite", 2018)
R("heberg_urgence", "Lille/59",
  "Hébergement d'urgence hivernal",
  "Ouverture d'un centre d'hébergement de 80 places pour la période hivernale dans un ancien collège.",
  "Le centre accueille hommes seuls et familles orientés par le 115. Un accueil de jour est ouvert dans le même bâtiment.",
  "Urgence sociale; Habitat", "Association Abri Nord", "association", 2022)
R("autorehab", "Saint-Quentin/02",
  "Auto-réhabilitation accompagnée des logements",
  "Des animateurs techniques aident des ménages modestes à rénover eux-mêmes leur logement.",
  "Les ménages réalisent les travaux de peinture, sols, isolation simple avec l'appui d'un animateur et de bénévoles. Des outils sont prêtés. Le dispositif lutte contre l'habitat indigne et la précarité énergétique.",
  "Habitat; Énergie", "Association Bricoler Ensemble Aisne", "association", 2014)
R("logement_near", "Cannes/06",
  "Résidence services seniors haut de gamme",
  "Résidence services avec conciergerie, restaurant gastronomique, piscine et salle de sport pour seniors autonomes.",
  "Appartements du studio au trois-pièces, services à la carte, animations quotidiennes. Commercialisation en location meublée.",
  "Immobilier; Personnes âgées", "Groupe Résidences Azur", "entreprise", 2023)
R("logement jeunes", "Rennes/35",
  "Foyer de jeunes travailleurs nouvelle génération",
  "Une résidence pour jeunes travailleurs et apprentis de 16 à 30 ans, avec un accompagnement vers l'autonomie.",
  "La résidence propose 120 logements meublés à loyer modéré, une cuisine collective et des animations. Une conseillère aide les jeunes dans leur budget et leurs démarches.",
  "Habitat; Jeunesse", "Association Habitat Jeunes Rennes", "association", 2016)

# --- Personnes âgées ----------------------------------------------------------------------------
R("isolement_age seniors rural", "Riom-ès-Montagnes/15",
  "Visites de convivialité aux aînés isolés du Cantal",
  "Des bénévoles rendent visite chaque semaine aux personnes âgées isolées des villages du nord du Cantal.",
  "Les équipes citoyennes repèrent les personnes isolées avec les mairies, les infirmières et les facteurs. Les bénévoles proposent visites, appels téléphoniques et sorties. L'action s'inscrit dans la mobilisation nationale contre l'isolement des âgés.",
  "Personnes âgées; Lien social; Ruralité", "Association Présence Cantal", "association", 2016)
R("isolement_age seniors rural", "Guingamp/22",
  "Bénévoles de proximité contre l'isolement des personnes âgées en milieu rural",
  "Dans les communes rurales du pays de Guingamp, des habitants se relaient pour rendre visite aux personnes âgées qui vivent seules.",
  "Le projet forme les bénévoles à l'écoute et au repérage des fragilités. Des après-midi jeux et des goûters sont organisés dans les salles communales. Les mairies et le CIAS orientent les personnes.",
  "Personnes âgées; Ruralité; Lien social", "CIAS du Pays de Guingamp", "collectivite", 2018)
R("isolement_age seniors", "Lyon/69",
  "Appels de convivialité aux seniors",
  "Une plateforme téléphonique de bénévoles qui appellent chaque semaine des personnes âgées isolées.",
  "Les appels permettent de garder un lien, de repérer des besoins et d'orienter vers les services. Des rencontres physiques sont organisées quand c'est possible.",
  "Personnes âgées; Lien social", "Association Allô Voisins", "association", 2020)
R("isolement_age seniors", "Paris/75",
  "Les Petits Voisins du 20e",
  "Un réseau de voisins qui rendent de petits services et de la visite aux personnes âgées de leur immeuble.",
  "L'association met en relation voisins volontaires et aînés. Des cafés de quartier et des sorties culturelles sont organisés.",
  "Personnes âgées; Lien social", "Association Petits Voisins", "association", 2015)
R("isolement_age seniors rural", "Lodève/34",
  "Café des aînés itinérant",
  "Un camion aménagé en café qui s'installe chaque semaine dans un village du Lodévois pour réunir les personnes âgées.",
  "Jeux, discussions, information sur les droits et dépistages ponctuels : le café itinérant recrée un lieu de rencontre dans des villages sans commerce. Les aînés isolés sont transportés par des bénévoles.",
  "Personnes âgées; Ruralité; Lien social", "Association Le Causse Ensemble", "association", 2019)
R("isolement_age seniors rural", "D:19",
  "Lutte contre l'isolement des personnes âgées en Corrèze",
  "Un plan départemental qui coordonne visites à domicile, transport et activités pour les aînés vivant seuls en zone rurale.",
  "Le département finance des équipes mobiles qui sillonnent les cantons ruraux, en lien avec les services d'aide à domicile, les facteurs et les pharmaciens.",
  "Personnes âgées; Ruralité", "Département de la Corrèze", "collectivite", 2020)
R("isolement_age seniors num", "Mulhouse/68",
  "Tablettes et visio pour les seniors isolés",
  "Prêt de tablettes simplifiées et accompagnement pour que les personnes âgées gardent le contact avec leurs proches.",
  "Des bénévoles installent les tablettes, forment les seniors et les appellent en visio chaque semaine.",
  "Personnes âgées; Numérique", "Association Connectés Mulhouse", "association", 2021)
R("isolement_age seniors qpv", "Vitry-sur-Seine/94",
  "Les aînés du quartier ne sont pas seuls",
  "Une équipe d'habitants relais repère les personnes âgées isolées dans les tours d'un quartier prioritaire et leur rend visite.",
  "Le projet, porté par le centre social, mobilise des jeunes en service civique et des retraités. Un repas mensuel rassemble les aînés.",
  "Personnes âgées; Politique de la ville; Lien social", "Centre social Balzac", "association", 2019)
R("ehpad", "Nancy/54",
  "EHPAD ouvert sur le quartier",
  "Un EHPAD qui ouvre son restaurant, son jardin et ses animations aux habitants du quartier.",
  "Le restaurant accueille les retraités du quartier le midi. Une crèche voisine partage des activités avec les résidents. L'établissement veut rompre l'image de lieu fermé.",
  "Personnes âgées; Lien social", "EHPAD Les Tilleuls", "association", 2017)
R("ehpad rural", "Saint-Chély-d'Apcher/48",
  "EHPAD hors les murs en Margeride",
  "Des services de l'EHPAD apportés à domicile pour permettre aux personnes âgées dépendantes de rester chez elles.",
  "L'établissement propose une coordination des soins, une téléassistance renforcée, une astreinte de nuit et des activités. Une alternative à l'entrée en établissement dans un territoire rural.",
  "Personnes âgées; Santé; Ruralité", "EHPAD de la Margeride", "etat", 2022)
R("ehpad ehpad_secu", "Montauban/82",
  "Prévention des chutes en EHPAD",
  "Un programme qui réduit les chutes des résidents grâce à l'activité physique adaptée, l'aménagement des chambres et des capteurs de sol.",
  "Des éducateurs en activité physique adaptée animent des ateliers d'équilibre. Des capteurs discrets alertent le personnel de nuit en cas de chute. Le nombre de chutes graves a diminué de moitié en deux ans.",
  "Personnes âgées; Santé; Sécurité", "EHPAD du Quercy", "etat", 2021)
R("ehpad ehpad_secu", "Épinal/88",
  "Securite des residents en EHPAD : un plan de prevention",
  "Un EHPAD vosgien a mis en place une demarche de securite : prevention des fugues, des chutes et des erreurs medicamenteuses.",
  "Le plan associe formation des equipes, bracelets anti-fugue non intrusifs pour les residents desorientes, double controle des piluliers et audits reguliers. Les familles sont associees au comite de suivi.",
  "Personnes âgées; Santé", "EHPAD Les Myrtilles", "etat", 2019)
R("ehpad", "Brest/29",
  "Maison de retraite et école : un jardin en commun",
  "Des écoliers et des résidents d'une maison de retraite brestoise jardinent ensemble chaque semaine.",
  "Le projet intergénérationnel a transformé la cour de l'établissement en potager. Les enfants viennent le mardi ; les résidents leur transmettent leurs savoirs.",
  "Personnes âgées; Éducation; Lien social", "Résidence Ker Héol", "association", 2018)
R("ehpad", "Bayonne/64",
  "Musique en EHPAD",
  "Des musiciens interviennent chaque semaine dans les établissements d'hébergement pour personnes âgées dépendantes du Pays basque.",
  "Les séances de musique vivante réduisent l'anxiété des résidents atteints de troubles cognitifs. Les soignants sont formés à utiliser le chant dans les soins.",
  "Personnes âgées; Culture; Santé", "Association Musika Zaharrak", "association", 2016)
R("ehpad emploi", "Saint-Brieuc/22",
  "Former des aides-soignants pour les EHPAD",
  "Une formation en alternance qui prépare des demandeurs d'emploi au diplôme d'aide-soignant, en lien avec les établissements pour personnes âgées.",
  "Face aux difficultés de recrutement, les EHPAD du territoire accueillent les stagiaires et s'engagent à les embaucher.",
  "Emploi; Personnes âgées; Formation", "GCSMS Armor Gérontologie", "autre", 2022)
R("aidants", "Angers/49",
  "Plateforme d'accompagnement et de répit des aidants",
  "Soutien aux proches aidants de personnes âgées : écoute, formations, groupes de parole et solutions de répit.",
  "La plateforme propose des séances de relaxation, un café des aidants mensuel et une solution de relayage à domicile de 24 heures.",
  "Personnes âgées; Aidants; Santé", "Association Répit Anjou", "association", 2014)
R("aidants rural", "Châteauroux/36",
  "Café des aidants de l'Indre",
  "Un rendez-vous mensuel pour les proches aidants, animé par une psychologue et une travailleuse sociale, dans plusieurs communes de l'Indre.",
  "Chaque rencontre aborde un thème : la culpabilité, les aides financières, le répit. Un service de garde itinérante permet aux aidants de venir.",
  "Aidants; Personnes âgées", "Association Aidants 36", "association", 2017)
R("alzheimer", "Dax/40",
  "Village Alzheimer landais",
  "Un village conçu pour les personnes atteintes de la maladie d'Alzheimer : maisonnées, commerces, jardin, liberté de circuler.",
  "Cent vingt habitants vivent dans seize maisonnées avec des professionnels et des bénévoles. Le village est ouvert sur la ville et accueille des activités avec les écoles.",
  "Personnes âgées; Santé", "Département des Landes", "collectivite", 2020)
R("alzheimer aidants", "Metz/57",
  "Halte répit Alzheimer",
  "Un accueil à la demi-journée pour les personnes atteintes de troubles de la mémoire, pendant que leurs aidants soufflent.",
  "Des bénévoles formés et une psychologue animent des activités de stimulation. Les aidants peuvent participer à un groupe de parole en parallèle.",
  "Personnes âgées; Aidants; Santé", "Fondation Mémoire et Répit", "fondation", 2015)
R("portage_repas seniors rural", "Montmorillon/86",
  "Portage de repas à domicile en Montmorillonnais",
  "Un service intercommunal qui livre des repas préparés localement aux personnes âgées des communes rurales.",
  "Les repas sont cuisinés par la cuisine centrale avec des produits locaux. Le livreur prend le temps d'échanger et signale toute difficulté au CIAS.",
  "Personnes âgées; Alimentation; Ruralité", "CIAS du Montmorillonnais", "collectivite", 2009)
R("portage_repas seniors", "Roubaix/59",
  "Repas à domicile du CCAS",
  "Le CCAS livre chaque jour des repas équilibrés aux retraités roubaisiens qui ne peuvent plus cuisiner.",
  "Les menus sont adaptés aux régimes. Les agents de livraison sont formés au repérage de la perte d'autonomie.",
  "Personnes âgées; Alimentation", "CCAS de Roubaix", "collectivite", 2005)
R("seniors sport_sante", "Saint-Nazaire/44",
  "Gym douce et prévention des chutes pour les seniors",
  "Des cours d'activité physique adaptée dans les maisons de quartier pour les retraités.",
  "Les séances travaillent l'équilibre, la force et la mémoire. Un bilan est réalisé au début et à la fin du cycle.",
  "Personnes âgées; Santé; Sport", "Office des retraités de Saint-Nazaire", "association", 2016)

# --- Handicap -----------------------------------------------------------------------------------
R("esat", "Albi/81",
  "ESAT Les Ateliers du Tarn",
  "Un établissement et service d'aide par le travail qui emploie 90 travailleurs handicapés en blanchisserie, restauration et espaces verts.",
  "L'ESAT propose un accompagnement médico-social et des formations reconnues. Il développe des passerelles vers le milieu ordinaire avec des entreprises partenaires.",
  "Handicap; Emploi", "Association Tarn Handicap", "association", 1988)
R("esat", "Laval/53",
  "ESAT hors les murs en Mayenne",
  "Des travailleurs d'ESAT exercent directement au sein d'entreprises ordinaires, avec le soutien d'un moniteur.",
  "Le dispositif permet à une trentaine de personnes de travailler en supermarché, en industrie ou en mairie tout en gardant le statut et la sécurité de l'ESAT.",
  "Handicap; Emploi", "Association Mayenne Travail Adapté", "association", 2015)
R("esat cantine_locale", "Auch/32",
  "Établissement d'aide par le travail – légumerie du Gers",
  "Un établissement d'aide par le travail ouvre une légumerie pour fournir les cantines gersoises en légumes locaux.",
  "Quinze travailleurs en situation de handicap préparent chaque jour 800 kg de légumes bio pour la restauration collective. Le projet est intégré au projet alimentaire territorial du Gers.",
  "Handicap; Alimentation", "Association Gers Travail Adapté", "association", 2020)
R("ea", "Marseille/13",
  "Entreprise adaptée de reconditionnement informatique",
  "Une entreprise adaptée qui reconditionne ordinateurs et smartphones avec une équipe composée à 80 % de salariés handicapés.",
  "Les appareils sont collectés auprès des entreprises, effacés de façon sécurisée, réparés et revendus à prix solidaire aux associations et aux familles.",
  "Handicap; Numérique; Réemploi", "Azur Recyclage Informatique", "entreprise", 2014)
R("ea", "Pau/64",
  "Entreprise adaptée de logistique",
  "Une entreprise adaptée qui propose des prestations de logistique, conditionnement et préparation de commandes.",
  "Elle emploie 70 salariés dont 55 reconnus travailleurs handicapés. Des parcours de formation qualifiante sont proposés.",
  "Handicap; Emploi", "Béarn Logistique Adaptée", "entreprise", 2006)
R("emploi_acc handicap", "Dijon/21",
  "Emploi accompagné en Côte-d'Or",
  "Un dispositif qui accompagne durablement les personnes handicapées vers et dans l'emploi en milieu ordinaire, ainsi que leurs employeurs.",
  "Un job coach suit chaque personne, sans limitation de durée, et intervient auprès de l'employeur pour adapter le poste. Le dispositif concerne notamment les personnes avec un handicap psychique.",
  "Handicap; Emploi", "Plateforme Emploi Accompagné 21", "association", 2018)
R("emploi_acc handicap", "Lille/59",
  "Job coaching pour personnes avec trisomie 21",
  "Accompagnement vers l'emploi de jeunes adultes porteurs de trisomie 21 dans des restaurants et commerces.",
  "L'association forme les jeunes, trouve les employeurs et assure un suivi régulier sur le lieu de travail.",
  "Handicap; Emploi; Jeunesse", "Association Trisomie Emploi Nord", "association", 2017)
R("sport_adapte handicap", "Toulouse/31",
  "Sport adapté pour tous",
  "Un club multisport qui accueille des personnes en situation de handicap mental ou psychique.",
  "Basket, natation, randonnée : les activités sont encadrées par des éducateurs spécialisés en sport adapté. Des compétitions régionales sont organisées.",
  "Handicap; Sport", "Club Toulouse Sport Adapté", "association", 2001)
R("sport_adapte handicap", "Annecy/74",
  "Ski et randonnée en fauteuil tout-terrain",
  "Prêt de fauteuils tout-terrain et de skis adaptés avec des accompagnateurs bénévoles pour les personnes à mobilité réduite.",
  "L'association rend la montagne accessible aux personnes en fauteuil. Les sorties sont organisées chaque week-end.",
  "Handicap; Sport; Tourisme", "Association Montagne Pour Tous", "association", 2012)
R("repit handicap enfants", "Niort/79",
  "Accueil de répit pour enfants handicapés le week-end",
  "Un accueil le week-end et pendant les vacances pour les enfants et adolescents handicapés, afin de soulager les familles.",
  "Des animateurs formés proposent activités de loisirs et sorties. Les familles peuvent réserver une journée ou un week-end complet.",
  "Handicap; Enfance; Aidants", "Association Pause Familles 79", "association", 2019)
R("loisirs_handicap handicap jeunes", "Nantes/44",
  "Loisirs inclusifs pour jeunes en situation de handicap",
  "Un accueil de loisirs qui inclut des jeunes handicapés dans les activités ordinaires, avec des animateurs renfort.",
  "Les jeunes de 6 à 17 ans participent aux mêmes activités que les autres le mercredi, le samedi et pendant les vacances. Un animateur renfort les accompagne si besoin.",
  "Handicap; Jeunesse; Loisirs", "Fédération des centres de loisirs nantais", "association", 2016)
R("handicap culture", "Lyon/69",
  "Spectacles accessibles en langue des signes",
  "Un théâtre lyonnais propose une partie de sa programmation en LSF et en audiodescription.",
  "Les comédiens travaillent avec des interprètes. Des visites tactiles des décors sont proposées aux spectateurs aveugles.",
  "Handicap; Culture", "Théâtre des Mots Visibles", "association", 2013)
