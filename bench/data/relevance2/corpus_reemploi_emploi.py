"""Réemploi, déchets, insertion par l'activité économique, ESS, emploi."""
from records import R

# --- Recycleries / ressourceries ----------------------------------------------------------------
R("recyclerie aci rural", "Figeac/46",
  "Recyclerie du Pays de Figeac",
  "La recyclerie collecte les objets dont les habitants n'ont plus l'usage, les remet en état et les revend à petits prix dans sa boutique.",
  "Meubles, vaisselle, jouets, livres, électroménager : près de 300 tonnes d'objets sont détournées de l'enfouissement chaque année. La recyclerie est un atelier chantier d'insertion qui emploie 18 salariés en parcours. Des ateliers de relooking de meubles sont proposés au public.",
  "Réemploi; Insertion; Déchets", "Association Recyclerie du Pays de Figeac", "association", 2013, key="recyc_figeac")
R("recyclerie", "Marseille/13",
  "Ressourcerie La Sauvegarde",
  "Une ressourcerie marseillaise qui donne une seconde vie aux objets et sensibilise à la réduction des déchets.",
  "La ressourcerie assure les quatre fonctions du réemploi : collecte, valorisation, vente et sensibilisation. Elle organise des collectes en pied d'immeuble avec les bailleurs sociaux des quartiers Nord.",
  "Réemploi; Environnement", "Association La Sauvegarde", "association", 2015)
R("recyclerie", "Rennes/35",
  "Ressourcerie de Rennes Métropole",
  "Boutique de réemploi et atelier de valorisation au sein d'une déchèterie de la métropole.",
  "Les usagers de la déchèterie peuvent déposer les objets réutilisables dans un local dédié. La ressourcerie les trie, les répare et les revend. Les recettes financent deux postes d'encadrants.",
  "Réemploi; Déchets", "Association Rennes Réemploi", "association", 2012)
R("recyclerie aci", "Quimper/29",
  "Recyclerie de Cornouaille",
  "Recyclerie et chantier d'insertion : collecte, tri et revente d'objets, de meubles et de textiles.",
  "Structure d'IAE, elle emploie 25 personnes en insertion. Une boutique de 800 m² et un magasin de matériaux de bricolage d'occasion accueillent le public quatre jours par semaine.",
  "Réemploi; Insertion", "Association Cornouaille Réemploi", "association", 2010)
R("recyclerie", "Vannes/56",
  "RESSOURCERIE DU GOLFE",
  "RESSOURCERIE ASSOCIATIVE : DONNEZ, ACHETEZ, REPAREZ. BOUTIQUE OUVERTE DU MERCREDI AU SAMEDI.",
  "Collecte à domicile sur rendez-vous pour les encombrants, vente d'objets d'occasion et ateliers de réparation. L'association emploie 12 salariés dont 8 en contrat aidé.",
  "Réemploi", "Association Ressourcerie du Golfe", "association", 2016)
R("recyclerie rural", "Saint-Flour/15",
  "Recyclerie de la Planèze",
  "La recyclerie du pays de Saint-Flour collecte, valorise et revend objets et meubles.",
  "Ouverte dans un ancien garage, elle collecte dans les déchèteries du territoire. Un espace de gratuité permet aux familles orientées par le CCAS de choisir des objets gratuitement.",
  "Réemploi; Ruralité", "Association Planèze Réemploi", "association", 2018)
R("recyclerie", "Lille/59",
  "Recyclerie sportive lilloise",
  "Collecte et revente à petit prix de matériel de sport d'occasion : vélos, raquettes, chaussures, équipements de club.",
  "La recyclerie sportive équipe aussi les clubs de quartier et les associations à tarif solidaire. Elle organise des collectes dans les clubs en fin de saison.",
  "Réemploi; Sport", "Association Recyclerie Sportive Nord", "association", 2019)
R("recyclerie", "97410",
  "Ressourcerie de l'Est réunionnais",
  "Une ressourcerie à Saint-Benoît qui valorise meubles et électroménager pour limiter les dépôts sauvages.",
  "La ressourcerie collecte les encombrants réutilisables et les revend après réparation. Elle forme des jeunes aux métiers de la réparation d'électroménager.",
  "Réemploi; Outre-mer; Déchets", "Association Lest Réemploi", "association", 2019)
R("recyclerie aci", "Clermont-Ferrand/63",
  "Recyclerie auvergnate Le Grand Bazar",
  "Recyclerie, chantier d'insertion et boutique solidaire au nord de Clermont-Ferrand.",
  "Le Grand Bazar collecte 500 tonnes par an. Les salariés en insertion sont formés à la logistique, à la vente et à la réparation. La boutique propose aussi un rayon de vêtements de seconde main.",
  "Réemploi; Insertion", "Association Le Grand Bazar", "association", 2011)
R("recyclerie", "Dijon/21",
  "Recyclerie culturelle",
  "Une recyclerie dédiée aux livres, disques, instruments de musique et matériel créatif.",
  "Les objets collectés sont revendus à petit prix ou donnés aux écoles et aux associations culturelles. Des concerts et des ateliers sont organisés dans la boutique.",
  "Réemploi; Culture", "Association Page Blanche", "association", 2020)
R("recyclerie rural", "Saint-Affrique/12",
  "Ressourcerie du Sud-Aveyron",
  "Ressourcerie intercommunale : collecte en déchèterie, atelier de réparation et boutique à Saint-Affrique.",
  "La ressourcerie emploie 9 salariés et accueille des bénévoles. Un camion passe dans les communes du Saint-Affricain une fois par mois pour collecter les objets.",
  "Réemploi; Déchets; Ruralité", "Association Sud-Aveyron Ressourcerie", "association", 2017)
R("recyclerie", "Montreuil/93",
  "La Ressourcerie du Bas-Montreuil",
  "Ressourcerie de quartier : dépôt d'objets, boutique, atelier de couture et de réparation.",
  "La ressourcerie est aussi un lieu de vie avec un café associatif. Elle a créé un service de débarras solidaire pour les logements des personnes âgées.",
  "Réemploi; Lien social", "Association Ressources Montreuil", "association", 2014)
R("recyclerie", "Perpignan/66",
  "Recyclerie catalane",
  "Recyclerie qui collecte et revend meubles, vaisselle et électroménager, avec une filière de réemploi des matériaux de construction.",
  "La recyclerie s'est associée à des artisans pour collecter les chutes et matériaux de chantier réutilisables. Elle emploie des salariés en parcours d'insertion.",
  "Réemploi; Déchets", "Association Recyclerie Catalane", "association", 2016)
R("recyclerie", "Bastia/2B",
  "Ressourcerie de Bastia",
  "La première ressourcerie de Haute-Corse : collecte, réparation et revente d'objets.",
  "Dans une île où le traitement des déchets est un enjeu majeur, la ressourcerie détourne 200 tonnes d'objets chaque année. Des ateliers pour les scolaires sont proposés.",
  "Réemploi; Déchets", "Association Ressourcerie Corse", "association", 2018)

# --- Repair cafés, friperies, réemploi divers ---------------------------------------------------
R("repair", "Nantes/44",
  "Repair Café de Nantes Est",
  "Chaque premier samedi du mois, des bénévoles bricoleurs aident les habitants à réparer gratuitement leurs objets.",
  "Petit électroménager, vêtements, vélos, jouets, ordinateurs : on vient avec l'objet en panne et on répare ensemble. Un café est servi pendant les réparations. 70 % des objets repartent réparés.",
  "Réemploi; Lien social", "Association Repair Nantes Est", "association", 2015)
R("repair rural", "Saint-Céré/46",
  "Repair café du Haut-Quercy",
  "Un repair café mensuel itinérant dans les salles des fêtes des villages du nord du Lot.",
  "Les bénévoles, souvent des retraités, réparent appareils, vêtements et petits meubles. Le repair café se déplace chaque mois dans un village différent.",
  "Réemploi; Ruralité", "Association Réparons Ensemble", "association", 2017)
R("repair", "Lyon/69",
  "REPAIR CAFE DE LA CROIX-ROUSSE",
  "ATELIER DE REPARATION GRATUIT ET CONVIVIAL, UN SAMEDI PAR MOIS.",
  "Les bénévoles réparent petit électroménager et appareils électroniques. L'association organise aussi des formations à la soudure et au diagnostic de pannes.",
  "Réemploi", "Collectif Répare Croix-Rousse", "autre", 2016)
R("repair", "Tours/37",
  "Café réparation de Tours Nord",
  "Un atelier de réparation collaborative au centre social, pour apprendre à réparer plutôt que jeter.",
  "Deux fois par mois, des réparateurs bénévoles accueillent les habitants. L'atelier s'adresse aussi aux jeunes du quartier en recherche de formation.",
  "Réemploi; Lien social", "Centre social Tours Nord", "association", 2018)
R("repair", "Limoges/87",
  "Repair café limougeaud",
  "Réparer ensemble ses objets du quotidien : un rendez-vous mensuel à la médiathèque.",
  "Le repair café accueille environ 40 personnes par séance. Une grainothèque et une bibliothèque d'outils complètent le dispositif.",
  "Réemploi", "Association Limoges en Transition", "association", 2019)
R("friperie aci", "Roubaix/59",
  "Friperie solidaire et atelier textile",
  "Collecte, tri et revente de vêtements à petits prix, avec un atelier de retouche et de surcyclage.",
  "La friperie est un chantier d'insertion : les salariées trient les dons et créent des pièces à partir de textiles déclassés. La ville de Roubaix, ancienne capitale textile, soutient le projet.",
  "Réemploi; Insertion; Textile", "Association Fil Solidaire", "association", 2017)
R("friperie", "Bordeaux/33",
  "Vestiboutique du Grand Parc",
  "Une boutique de vêtements de seconde main ouverte à tous, à prix très bas.",
  "Les vêtements sont donnés par les habitants et triés par les bénévoles. Les recettes financent les actions sociales de l'association.",
  "Réemploi; Solidarité", "Association Entraide Grand Parc", "association", 2011)
R("friperie ei", "Reims/51",
  "Friperie d'insertion Le Fil d'Ariane",
  "Entreprise d'insertion de collecte et de revente de textile : bornes de collecte, tri et boutiques.",
  "L'entreprise gère 120 bornes textiles dans la Marne et emploie 30 salariés en insertion. Les vêtements non revendables sont recyclés en isolant.",
  "Réemploi; Insertion; Textile", "Le Fil d'Ariane", "entreprise", 2008)
R("reemploi_btp", "Bordeaux/33",
  "Plateforme de réemploi des matériaux du bâtiment",
  "Collecte de matériaux de construction réutilisables sur les chantiers et revente à prix réduit aux particuliers et artisans.",
  "La plateforme récupère portes, fenêtres, carrelage, bois de charpente et sanitaires. Elle propose aussi des diagnostics ressources avant démolition. Les matériaux sont vendus dans un entrepôt de 2 000 m².",
  "Réemploi; Bâtiment; Économie circulaire", "SCIC Matériaux Réemploi", "entreprise", 2018)
R("reemploi_btp", "Angers/49",
  "Matériauthèque solidaire",
  "Une matériauthèque qui collecte les matériaux de construction et de décor pour les associations et habitants.",
  "Chutes de bois, peintures, quincaillerie : la matériauthèque fournit à petit prix les chantiers participatifs et les décors de spectacle.",
  "Réemploi; Bâtiment", "Association Matériauthèque Angevine", "association", 2020)
R("dechet_near", "Troyes/10",
  "Nouvelle déchèterie intercommunale",
  "Ouverture d'une déchèterie moderne avec tri en 22 flux et contrôle d'accès par badge.",
  "La déchèterie accueille particuliers et professionnels. Les horaires ont été élargis le samedi.",
  "Déchets", "Troyes Champagne Métropole", "collectivite", 2023)
R("zero_dechet", "Roubaix/59",
  "Familles zéro déchet",
  "Un défi collectif pour aider 100 familles à réduire leurs déchets de moitié en un an.",
  "Les familles sont accompagnées par des ateliers (couches lavables, cuisine des restes, produits ménagers maison). La ville fournit un kit de départ.",
  "Environnement; Déchets", "Ville de Roubaix", "collectivite", 2014)
R("compost", "Paris/75",
  "Compost partagé dans les squares",
  "Des composteurs collectifs installés dans les squares, gérés par des associations de quartier.",
  "Les habitants apportent leurs épluchures aux heures de permanence. Le compost est redonné aux jardins et aux habitants.",
  "Environnement; Déchets", "Collectif Compost Paris", "autre", 2017)

# --- IAE ----------------------------------------------------------------------------------------
R("aci", "Mende/48",
  "Chantier d'insertion Environnement Lozère",
  "Un atelier chantier d'insertion qui entretient les sentiers, les rivières et les espaces naturels de Lozère.",
  "Les 14 salariés en contrat à durée déterminée d'insertion sont encadrés par deux chefs d'équipe. Ils travaillent pour les communes, le parc national et les syndicats de rivière. Un accompagnement socioprofessionnel prépare la sortie vers l'emploi ou la formation.",
  "Insertion; Environnement", "Association Lozère Insertion", "association", 2010, key="aci_lozere")
R("aci", "Calais/62",
  "Atelier chantier d'insertion Bâtiment du Calaisis",
  "Chantier d'insertion dans le second œuvre du bâtiment : peinture, plâtrerie, rénovation de logements sociaux.",
  "Le chantier accueille 12 salariés, orientés par France Travail. Les chantiers sont réalisés pour le bailleur social et les communes. Une formation qualifiante peut être préparée pendant le parcours.",
  "Insertion; Bâtiment", "Association Calaisis Bâtir", "association", 2014)
R("aci", "Digne-les-Bains/04",
  "Chantier d'insertion patrimoine des Alpes de Haute-Provence",
  "Restauration de murets en pierre sèche, de lavoirs et de chapelles par des salariés en insertion.",
  "Le chantier forme aux techniques traditionnelles de la maçonnerie. Les travaux sont commandés par les communes rurales du département. L'association est conventionnée IAE par l'État.",
  "Insertion; Patrimoine; Ruralité", "Association Pierres et Chemins", "association", 2007)
R("aci", "Charleville-Mézières/08",
  "ACI espaces verts des Ardennes",
  "Atelier et chantier d'insertion en espaces verts : tonte, taille, débroussaillage pour les collectivités.",
  "Le chantier emploie 16 personnes en CDDI. Les salariés peuvent passer le CACES et le permis B pendant leur parcours.",
  "Insertion; Environnement", "Association Ardennes Insertion", "association", 2012)
R("aci", "Le Tampon/974",
  "Chantier d'insertion agricole des Hauts",
  "Un ACI qui réhabilite des terres en friche dans les Hauts de La Réunion pour y cultiver des fruits et légumes.",
  "Les salariés en insertion apprennent le maraîchage et l'arboriculture. Une partie de la production est donnée aux associations d'aide alimentaire du Sud.",
  "Insertion; Agriculture; Outre-mer", "Association Terres des Hauts", "association", 2018)
R("ei", "Nanterre/92",
  "Entreprise d'insertion de nettoyage écologique",
  "Une entreprise d'insertion qui assure le nettoyage de bureaux avec des produits écologiques et emploie des personnes éloignées de l'emploi.",
  "L'entreprise compte 45 salariés dont 30 en parcours. Elle forme aux métiers de la propreté et accompagne vers un CDI chez des clients ou partenaires.",
  "Insertion; Emploi", "Net'Insertion SAS", "entreprise", 2013)
R("ei", "Lyon/69",
  "Traiteur d'insertion Les Papilles Solidaires",
  "Un traiteur qui est aussi une entreprise d'insertion : buffets, plateaux-repas et formation aux métiers de la cuisine.",
  "Les salariés en parcours de deux ans apprennent les métiers de commis de cuisine et de serveur. Les clients sont des entreprises et des collectivités de la métropole.",
  "Insertion; Alimentation", "Les Papilles Solidaires", "entreprise", 2015)
R("etti", "Rouen/76",
  "Entreprise de travail temporaire d'insertion de Rouen",
  "Une ETTI qui propose des missions d'intérim aux personnes éloignées de l'emploi, avec un accompagnement renforcé.",
  "Les intérimaires sont accompagnés par une chargée d'insertion entre deux missions. Les entreprises clientes sont dans le BTP, la logistique et l'industrie.",
  "Insertion; Emploi", "Intérim Solidaire Normandie", "entreprise", 2009)
R("ai rural", "Mayenne/53",
  "Association intermédiaire du Nord-Mayenne",
  "Mise à disposition de personnes en insertion auprès de particuliers, associations et collectivités pour des missions ponctuelles.",
  "Ménage, jardinage, manutention : l'association intermédiaire permet à 150 personnes par an de reprendre une activité. Elle est conventionnée au titre de l'insertion par l'activité économique.",
  "Insertion; Emploi; Ruralité", "Association Coup de Main Mayenne", "association", 2004)
R("regie qpv", "Clichy-sous-Bois/93",
  "Régie de quartier de Clichy-sous-Bois",
  "La régie de quartier emploie des habitants pour entretenir les espaces communs et améliorer la vie du quartier.",
  "La régie assure nettoyage, petits travaux, médiation et gestion d'une laverie associative. Elle recrute en priorité des habitants des quartiers prioritaires de la ville et leur propose un parcours d'insertion.",
  "Insertion; Politique de la ville", "Régie de quartier de Clichy", "association", 2006)
R("regie siae", "Dunkerque/59",
  "Régie de quartier du Dunkerquois",
  "Entretien des espaces verts et des halls d'immeubles, jardins partagés et lien social : une régie au service des habitants.",
  "Structure d'insertion par l'activité économique, la régie emploie 60 personnes. Elle anime aussi des jardins au pied des immeubles et un atelier de petite réparation.",
  "Insertion; Lien social", "Régie de quartier Dunkerque", "association", 2002)
R("siae ess", "R:76",
  "Réseau des SIAE d'Occitanie",
  "Le réseau régional des structures d'insertion par l'activité économique : animation, formation des encadrants, représentation.",
  "Le réseau fédère 180 SIAE (ACI, EI, ETTI, AI) de la région, propose des formations aux encadrants techniques et organise des rencontres avec les entreprises.",
  "Insertion; Économie sociale et solidaire", "Réseau Insertion Occitanie", "association", 2016)
R("siae", "Valence/26",
  "Groupe économique solidaire drômois",
  "Un groupe d'insertion qui réunit une association intermédiaire, une entreprise d'insertion et un chantier pour proposer des parcours complets.",
  "Les trois SIAE du groupe permettent aux salariés de passer d'une structure à l'autre selon leur progression. Il emploie 300 personnes en insertion chaque année dans la Drôme.",
  "Insertion; Emploi", "Groupe Solidarité Emploi Drôme", "association", 2011)
R("geiq", "Le Mans/72",
  "GEIQ Industrie Sarthe",
  "Un groupement d'employeurs pour l'insertion et la qualification qui recrute et forme des personnes éloignées de l'emploi pour les entreprises industrielles.",
  "Le GEIQ embauche les salariés en contrat de professionnalisation et les met à disposition d'entreprises adhérentes pendant leur formation qualifiante.",
  "Emploi; Formation", "GEIQ Industrie 72", "association", 2012)
R("tzcld rural", "Mauléon-Licharre/64",
  "Territoire zéro chômeur de longue durée en Soule",
  "Une entreprise à but d'emploi embauche en CDI les personnes privées durablement d'emploi pour des activités utiles au territoire.",
  "L'expérimentation TZCLD permet à 40 personnes de la Soule d'être salariées : conciergerie rurale, maraîchage, réparation, transport solidaire. Le financement vient de la réaffectation des coûts du chômage.",
  "Emploi; Ruralité", "EBE Xiberoa Lana", "entreprise", 2021)
R("tzcld", "Villeurbanne/69",
  "Entreprise à but d'emploi de Saint-Jean",
  "Dans le quartier Saint-Jean, l'entreprise à but d'emploi salarie des chômeurs de longue durée en CDI.",
  "Le projet, membre de l'expérimentation Territoires zéro chômeur, développe des activités non concurrentes : ressourcerie, entretien de jardins, épicerie mobile.",
  "Emploi; Politique de la ville", "EBE Emerjean", "entreprise", 2017)
R("tzcld", "Lormes/58",
  "TZCLD dans le Morvan",
  "Une entreprise à but d'emploi en milieu rural dans la Nièvre.",
  "L'EBE propose bûcheronnage, services aux habitants, garage solidaire et recyclerie. Une soixantaine de personnes ont retrouvé un emploi stable.",
  "Emploi; Ruralité", "EBE Morvan Emploi", "entreprise", 2017)
R("cae ess", "Lyon/69",
  "Coopérative d'activité et d'emploi lyonnaise",
  "Une CAE qui permet de lancer son activité en tant qu'entrepreneur-salarié, avec un accompagnement et une mutualisation des services.",
  "Les entrepreneurs testent leur activité sans créer de structure, bénéficient du statut salarié et peuvent devenir associés de la coopérative. La CAE regroupe 300 entrepreneurs dans des métiers variés.",
  "Emploi; Entrepreneuriat; Économie sociale et solidaire", "SCOP Entreprendre Ensemble", "entreprise", 2003)
R("cae", "Brest/29",
  "Coopérative d'activités et d'emploi du Finistère",
  "Entreprendre autrement : tester son activité au sein d'une coopérative, avec un statut d'entrepreneur-salarié.",
  "La coopérative accompagne 120 entrepreneurs dans le Finistère. Des formations collectives sont proposées chaque mois.",
  "Emploi; Entrepreneuriat", "SCOP Finistère Activités", "entreprise", 2008)
R("couveuse", "Orléans/45",
  "Couveuse d'entreprises du Loiret",
  "Une couveuse qui permet de tester son projet d'entreprise en grandeur réelle avant de se lancer.",
  "Les porteurs de projet signent un contrat d'appui au projet d'entreprise et facturent sous le numéro de la couveuse. Un accompagnement individuel et des formations sont proposés.",
  "Emploi; Entrepreneuriat", "Association Couveuse Loiret", "association", 2010)
R("ess_reseau ess", "Rennes/35",
  "Pôle ESS du Pays de Rennes",
  "Le pôle de développement de l'économie sociale et solidaire du pays de Rennes accompagne les porteurs de projets et anime le réseau local.",
  "Le pôle organise le Mois de l'ESS, accompagne la création d'entreprises coopératives et anime un club d'employeurs de l'ESS. Il fait partie du réseau breton des pôles ESS.",
  "Économie sociale et solidaire; Entrepreneuriat", "Pôle ESS Pays de Rennes", "association", 2007, key="pole_ess_rennes")
R("ess_reseau ess", "Morlaix/29",
  "Incubateur ESS du pays de Morlaix",
  "Un incubateur qui accompagne la création d'entreprises sociales dans le pays de Morlaix.",
  "L'incubateur propose un parcours de 12 mois : étude de marché, modèle économique, gouvernance. Il a accompagné une épicerie coopérative, une recyclerie et une crèche associative.",
  "Économie sociale et solidaire; Entrepreneuriat", "Adess du Pays de Morlaix", "association", 2015)
R("ess_reseau ess", "Lorient/56",
  "Mois de l'économie sociale et solidaire en pays de Lorient",
  "Un mois d'événements pour faire découvrir les structures de l'économie sociale et solidaire du territoire.",
  "Portes ouvertes, forums emploi, conférences : une cinquantaine d'animations sont proposées chaque novembre par les associations, coopératives et mutuelles du pays de Lorient.",
  "Économie sociale et solidaire", "Pôle ESS du pays de Lorient", "association", 2012)
R("ess_reseau ess", "Saint-Brieuc/22",
  "Fonds de prêts d'honneur pour les entreprises sociales des Côtes-d'Armor",
  "Un fonds local qui accorde des prêts à taux zéro aux créateurs d'entreprises de l'ESS.",
  "Le fonds est alimenté par l'épargne solidaire des habitants. Les projets sont sélectionnés par un comité de bénévoles issus du monde coopératif et associatif.",
  "Économie sociale et solidaire; Finance solidaire", "Association Armor Initiatives Solidaires", "association", 2014)
R("ess_reseau ess", "Nantes/44",
  "Pôle territorial de coopération économique de l'agglomération nantaise",
  "Un PTCE qui rassemble entreprises de l'ESS, entreprises classiques et collectivités autour du réemploi et de l'alimentation.",
  "Le pôle mutualise des locaux, des compétences et des achats. Il a lancé une filière de collecte de biodéchets et une légumerie. Nantes se présente volontiers comme une des capitales de l'ESS en Bretagne historique.",
  "Économie sociale et solidaire; Coopération", "PTCE Nantes Coopère", "association", 2014)
R("ess_reseau ess", "Toulouse/31",
  "Incubateur d'entreprises sociales d'Occitanie",
  "Accompagnement des entrepreneurs de l'ESS : incubation, financement et mise en réseau.",
  "L'incubateur accompagne 20 projets par an pendant 18 mois. Il a soutenu des entreprises dans l'alimentation durable, la mobilité et l'insertion.",
  "Économie sociale et solidaire; Entrepreneuriat", "Incubateur Occitanie Solidaire", "association", 2013)
R("ess_reseau ess", "Vannes/56",
  "Économie sociale et solidaire : la CRESS Bretagne ouvre une antenne à Vannes",
  "La chambre régionale de l'ESS de Bretagne renforce sa présence dans le Morbihan pour accompagner les entreprises sociales.",
  "L'antenne propose un accompagnement aux collectivités qui veulent développer l'ESS sur leur territoire et une observation de l'emploi dans l'économie sociale.",
  "Économie sociale et solidaire", "CRESS Bretagne", "association", 2019)
R("ess_reseau ess", "Lille/59",
  "Achats responsables : plateforme ESS des Hauts-de-France",
  "Une plateforme qui met en relation les acheteurs publics et privés avec les fournisseurs de l'économie sociale et solidaire.",
  "Les entreprises d'insertion, ESAT et entreprises adaptées y présentent leurs prestations. Les acheteurs peuvent y publier leurs besoins.",
  "Économie sociale et solidaire; Achats", "Association Achat Solidaire Nord", "association", 2018)
R("emploi_femmes femmes qpv", "Aubervilliers/93",
  "Accompagnement vers l'emploi des femmes des quartiers",
  "Un programme d'accompagnement collectif et individuel pour les femmes éloignées de l'emploi habitant en quartier prioritaire.",
  "Ateliers de confiance en soi, découverte des métiers, garde d'enfants pendant les ateliers et mise en relation avec des employeurs. 60 % des participantes trouvent un emploi ou une formation dans l'année.",
  "Emploi; Égalité femmes-hommes; Politique de la ville", "Association Femmes Actives 93", "association", 2018)
