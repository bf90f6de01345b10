"""Santé, culture, énergie, monnaies locales."""
from records import R

# --- Santé --------------------------------------------------------------------------------------
R("msp desert rural", "Condat/15",
  "Maison de santé pluriprofessionnelle du Cézallier",
  "Une maison de santé qui réunit médecins, infirmiers, kinésithérapeute et pharmacien pour répondre à la désertification médicale du Cézallier.",
  "Portée par la commune et les professionnels, la MSP a permis l'installation de deux jeunes médecins généralistes grâce à un exercice coordonné, un logement pour les internes et une astreinte partagée. Les habitants qui n'avaient plus de médecin traitant ont pu en retrouver un.",
  "Santé; Ruralité", "Commune de Condat", "collectivite", 2017, key="msp_cezallier")
R("msp desert rural", "Lormes/58",
  "Maison de sante pluriprofessionnelle du Morvan",
  "MSP rurale : 3 medecins generalistes, 4 infirmieres, un dentiste et une orthophoniste dans un territoire sous-dote.",
  "La maison de sante a ete construite par la communaute de communes. Les professionnels ont elabore un projet de sante commun : prevention du diabete, suivi des personnes agees a domicile, accueil de stagiaires en medecine.",
  "Santé; Ruralité", "Communauté de communes Morvan Sommets et Grands Lacs", "collectivite", 2013)
R("msp qpv", "Rennes/35",
  "MSP de quartier à Maurepas",
  "Une maison de santé pluriprofessionnelle en quartier prioritaire, avec médiatrice santé et interprétariat.",
  "Médecins, sages-femmes, infirmiers et psychologue partagent un projet de santé centré sur l'accès aux soins des habitants les plus éloignés. Une médiatrice accompagne l'ouverture des droits.",
  "Santé; Politique de la ville", "SISA Santé Maurepas", "entreprise", 2019)
R("msp rural", "Marciac/32",
  "Pôle de santé du Val d'Adour",
  "Un pôle de santé rural qui coordonne les professionnels de huit communes : médecins, infirmiers, kinés, pharmaciens.",
  "Le pôle organise des réunions de concertation, un protocole pour les plaies chroniques et des actions de prévention. Il a obtenu le statut de maison de santé pluriprofessionnelle multisite.",
  "Santé; Ruralité", "Association Santé Val d'Adour", "association", 2015)
R("msp desert rural", "Gentioux-Pigerolles/23",
  "Maison de santé du plateau : médecins salariés et télésecrétariat",
  "Face à la désertification médicale, la commune a salarié deux médecins dans une maison de santé.",
  "Le modèle salarié a attiré de jeunes médecins qui ne voulaient pas exercer en libéral. La maison de santé est ouverte six jours sur sept, avec un infirmier en pratique avancée.",
  "Santé; Ruralité", "Commune de Gentioux-Pigerolles", "collectivite", 2021)
R("centre_sante desert", "D:71",
  "Centre de santé départemental de Saône-et-Loire",
  "Le département salarie des médecins généralistes dans des centres de santé pour lutter contre les déserts médicaux.",
  "Plus de 70 médecins salariés exercent dans une vingtaine de centres et antennes. Les patients sans médecin traitant ont pu en retrouver un. Le modèle a inspiré d'autres départements.",
  "Santé; Ruralité", "Département de Saône-et-Loire", "collectivite", 2018, key="csante_71")
R("centre_sante qpv", "Aubervilliers/93",
  "Centre de santé communautaire",
  "Un centre de santé associatif en tiers payant intégral, où les habitants participent aux décisions.",
  "Médecins, infirmières et médiateurs santé accueillent sans avance de frais. Les habitants du quartier prioritaire siègent au conseil d'administration et animent des ateliers de prévention.",
  "Santé; Politique de la ville", "Association Santé Ensemble", "association", 2016)
R("centre_sante", "Nîmes/30",
  "Centre de santé dentaire solidaire",
  "Des soins dentaires sans dépassement d'honoraires et en tiers payant pour les personnes en situation de précarité.",
  "Le centre travaille avec les permanences d'accès aux soins de santé et reçoit des patients sans droits ouverts grâce à un fonds social.",
  "Santé; Solidarité", "Mutualité du Gard", "association", 2014)
R("bus_sante desert rural", "D:36",
  "Médicobus de l'Indre",
  "Un cabinet médical itinérant qui se déplace dans les communes rurales de l'Indre sans médecin.",
  "Un médecin salarié et une assistante médicale consultent dans le bus aménagé, stationné une demi-journée par semaine dans chaque commune. Les rendez-vous se prennent en mairie ou en ligne.",
  "Santé; Ruralité", "Département de l'Indre", "collectivite", 2022)
R("bus_sante", "Saint-Laurent-du-Maroni/973",
  "Pirogue santé sur le Maroni",
  "Des équipes de soins remontent le fleuve en pirogue pour des consultations, vaccinations et actions de prévention dans les villages.",
  "Le dispositif associe médecins, infirmiers et médiateurs culturels parlant les langues du fleuve. Des consultations de télémédecine complètent les tournées.",
  "Santé; Outre-mer", "Association Santé Fleuve", "association", 2015)
R("bus_sante prevention", "Lille/59",
  "Bus santé des quartiers",
  "Un bus de prévention qui propose dépistages, vaccinations et information dans les quartiers de la métropole.",
  "Infirmières et médiateurs santé accueillent sans rendez-vous au pied des immeubles. Ils orientent vers les médecins et l'ouverture des droits.",
  "Santé; Prévention", "Association Santé Mobile Nord", "association", 2019)
R("telemed desert rural", "Laguiole/12",
  "Téléconsultation en pharmacie sur l'Aubrac",
  "Une cabine de téléconsultation installée en pharmacie permet de consulter un médecin à distance avec l'aide du pharmacien.",
  "Dans un territoire où le médecin le plus proche est à 30 minutes, la cabine est équipée d'outils connectés (tensiomètre, otoscope). Elle est réservée aux patients sans médecin traitant disponible.",
  "Santé; Numérique; Ruralité", "Pharmacie de l'Aubrac", "entreprise", 2021)
R("telemed ehpad", "Guéret/23",
  "Télémédecine dans les EHPAD creusois",
  "Les résidents d'EHPAD bénéficient de téléconsultations avec des spécialistes (dermatologie, gériatrie, psychiatrie) sans transport.",
  "Le dispositif évite des transferts fatigants vers l'hôpital. Les infirmières des établissements sont formées à l'assistance des téléconsultations.",
  "Santé; Personnes âgées; Numérique", "Centre hospitalier de Guéret", "etat", 2017)
R("sante_mentale", "Lyon/69",
  "Groupe d'entraide mutuelle",
  "Un GEM où des personnes vivant avec des troubles psychiques s'entraident et organisent des activités.",
  "Le groupe est géré par ses adhérents avec l'appui d'une animatrice. Ateliers, sorties, permanences : le GEM rompt l'isolement et favorise le rétablissement.",
  "Santé mentale; Lien social", "GEM Le Phare", "association", 2012)
R("sante_mentale rural", "Mende/48",
  "Équipe mobile de santé mentale en Lozère",
  "Une équipe d'infirmiers et de psychologues se déplace à domicile dans les zones rurales isolées.",
  "L'équipe intervient auprès des personnes en souffrance psychique qui ne consultent pas, notamment des agriculteurs. Elle travaille avec les médecins généralistes et la MSA.",
  "Santé mentale; Ruralité", "Centre hospitalier de Lozère", "etat", 2019)
R("sante_mentale jeunes", "Montpellier/34",
  "Premiers secours en santé mentale pour étudiants",
  "Des formations aux premiers secours en santé mentale pour les étudiants relais, afin de repérer et aider leurs camarades en détresse.",
  "Plus de 500 étudiants ont été formés. Des permanences d'écoute par les pairs sont organisées sur les campus.",
  "Santé mentale; Jeunesse", "Association Étudiants Solidaires Occitanie", "association", 2021)
R("prevention", "Toulouse/31",
  "Médiatrices santé dans les quartiers",
  "Des médiatrices en santé accompagnent les habitants éloignés du soin vers les dépistages et l'ouverture des droits.",
  "Les médiatrices vont au-devant des habitants (marchés, écoles, centres sociaux) et les accompagnent physiquement aux rendez-vous si besoin.",
  "Santé; Accès aux droits", "Association Santé Pour Tous 31", "association", 2017)
R("sante_near", "Angers/49",
  "Centre de bien-être et de santé naturelle",
  "Massages, naturopathie, sophrologie et yoga dans un espace dédié au bien-être.",
  "Le centre propose des cours collectifs et des séances individuelles. Des ateliers découverte ont lieu le samedi.",
  "Bien-être", "Zen et Nature SARL", "entreprise", 2019)
R("sante_near", "Évreux/27",
  "Clinique vétérinaire solidaire",
  "Des soins vétérinaires à tarif réduit pour les animaux des personnes en grande précarité et des sans-abri.",
  "Des vétérinaires bénévoles consultent deux fois par mois. Les maîtres sans domicile peuvent faire vacciner et stériliser leurs chiens gratuitement.",
  "Solidarité; Animaux", "Association Vétos Solidaires", "association", 2018)

# --- Culture ------------------------------------------------------------------------------------
R("micro_folie culture", "Sevran/93",
  "Micro-Folie de Sevran",
  "Un musée numérique et un espace de réalité virtuelle pour découvrir les chefs-d'œuvre des grands musées nationaux.",
  "La Micro-Folie accueille les écoles, les centres de loisirs et les familles. Des médiateurs animent les visites et un fablab complète l'espace.",
  "Culture; Numérique; Politique de la ville", "Ville de Sevran", "collectivite", 2019)
R("micro_folie culture rural", "Lacaune/81",
  "Micro-folie en milieu rural",
  "Un musée numérique installé dans la salle des fêtes, qui circule ensuite dans les villages des Monts de Lacaune.",
  "Le dispositif rend les œuvres accessibles aux habitants éloignés des musées. Des ateliers de pratique artistique sont proposés aux écoles.",
  "Culture; Ruralité", "Communauté de communes des Monts de Lacaune", "collectivite", 2022)
R("lecture culture rural", "Riom-ès-Montagnes/15",
  "Bibliobus et portage de livres à domicile",
  "La médiathèque départementale dessert les villages du Cantal avec un bibliobus et livre des livres aux personnes qui ne peuvent pas se déplacer.",
  "Des bénévoles apportent chaque mois des livres, des livres audio et des journaux aux personnes âgées isolées et aux résidents d'EHPAD. Les échanges autour des lectures créent du lien.",
  "Culture; Personnes âgées; Ruralité", "Médiathèque départementale du Cantal", "collectivite", 2012)
R("lecture culture", "Calais/62",
  "Lecture à voix haute au pied des immeubles",
  "Des bibliothécaires et bénévoles lisent des histoires aux enfants dans les halls et les squares des quartiers.",
  "Le programme touche des enfants qui ne fréquentent pas la bibliothèque. Des livres sont offerts aux familles.",
  "Culture; Enfance", "Bibliothèque de Calais", "collectivite", 2016)
R("musique culture jeunes qpv", "Amiens/80",
  "Orchestre des quartiers",
  "Un orchestre symphonique d'enfants des quartiers prioritaires d'Amiens, qui apprennent un instrument gratuitement.",
  "Les enfants reçoivent un instrument prêté et suivent quatre heures de pratique collective par semaine. L'orchestre se produit dans les grandes salles de la région.",
  "Culture; Éducation; Politique de la ville", "Conservatoire d'Amiens Métropole", "collectivite", 2017)
R("theatre culture", "Marseille/13",
  "Théâtre participatif avec les habitants",
  "Une compagnie crée chaque année un spectacle avec les habitants d'une cité marseillaise, joué sur place et au théâtre.",
  "Les habitants écrivent et jouent leurs histoires avec des comédiens professionnels. Le projet mêle générations et origines.",
  "Culture; Lien social", "Compagnie Les Voix du Quartier", "association", 2014)
R("cinema culture rural", "Prades/66",
  "Cinéma itinérant en Conflent",
  "Un circuit de cinéma itinérant projette des films récents dans 15 villages de montagne.",
  "Le projectionniste installe le matériel dans les salles des fêtes chaque semaine. Les séances sont suivies d'un moment convivial.",
  "Culture; Ruralité", "Association Ciné Conflent", "association", 1998)
R("patrimoine culture aci", "Sarlat-la-Canéda/24",
  "Chantier de restauration du patrimoine bâti en Périgord noir",
  "Des jeunes en insertion restaurent des bâtiments anciens avec des artisans du patrimoine.",
  "Le chantier forme à la taille de pierre, à la charpente et à la couverture en lauze. Les bâtiments restaurés sont des biens communaux.",
  "Patrimoine; Insertion", "Association Périgord Patrimoine", "association", 2011)
R("culture", "Ajaccio/2A",
  "Chants polyphoniques et transmission",
  "Des ateliers de chant polyphonique corse pour les jeunes et les anciens, pour transmettre un patrimoine vivant.",
  "Les ateliers réunissent plusieurs générations dans les villages et en ville. Un festival annuel clôt la saison.",
  "Culture; Patrimoine", "Associu Voce di e Generazione", "association", 2015)
R("culture", "Saint-Denis/11",
  "Festival des arts de rue de la Montagne Noire",
  "Un festival d'arts de rue dans un petit village de l'Aude, organisé par les habitants.",
  "Chaque été, le village accueille compagnies de cirque et de théâtre de rue pendant trois jours. Les habitants hébergent les artistes.",
  "Culture; Ruralité", "Association Les Baladins de la Montagne Noire", "association", 2009)
R("culture", "Le François/972",
  "Bèlè et transmission culturelle",
  "Des ateliers de danse et tambour bèlè pour les jeunes du François, avec des anciens du quartier.",
  "Le projet fait vivre une pratique traditionnelle martiniquaise et crée du lien entre générations.",
  "Culture; Patrimoine; Outre-mer", "Association Bèlè Nou", "association", 2017)

# --- Énergie ------------------------------------------------------------------------------------
R("prec_energ", "Lille/59",
  "Service local d'intervention pour la maîtrise de l'énergie",
  "Des chargés de visite repèrent les ménages en précarité énergétique, leur rendent visite et installent de petits équipements d'économie d'énergie.",
  "Après un diagnostic à domicile, les ménages reçoivent des conseils, des ampoules LED, des joints et des réducteurs de débit. Ils sont orientés vers les aides à la rénovation ou le fonds de solidarité logement.",
  "Énergie; Habitat; Solidarité", "Métropole européenne de Lille", "collectivite", 2016)
R("prec_energ rural", "Tulle/19",
  "Ambassadeurs de l'énergie en Corrèze",
  "Des jeunes en service civique rendent visite aux ménages modestes pour réduire leurs factures d'électricité et de chauffage.",
  "Les ambassadeurs conseillent sur les gestes simples, aident à lire les factures et à demander le chèque énergie. Les cas les plus lourds sont orientés vers un programme de rénovation.",
  "Énergie; Solidarité; Ruralité", "Association Corrèze Énergie Solidaire", "association", 2018)
R("prec_energ qpv", "Vénissieux/69",
  "Défi familles à énergie positive dans les quartiers",
  "Des familles des quartiers prioritaires relèvent le défi de baisser leur consommation d'énergie d'au moins 8 % en un hiver.",
  "Les familles sont accompagnées par des animateurs qui proposent des ateliers et des instruments de mesure. Les économies moyennes atteignent 200 € par an.",
  "Énergie; Politique de la ville", "Agence locale de l'énergie", "association", 2017)
R("prec_energ", "Marseille/13",
  "Precarite energetique : visites a domicile et petits travaux",
  "Une association repere les familles qui ont froid l'hiver ou trop chaud l'ete et realise des petits travaux d'isolation.",
  "Les benevoles, souvent d'anciens artisans, posent des isolants, des rideaux thermiques et remplacent les joints. Les familles sont aidees pour constituer les dossiers d'aides.",
  "Énergie; Habitat", "Association Chaleur Partagée", "association", 2015)
R("renov prec_energ", "D:62",
  "Rénovation énergétique des maisons minières",
  "Un programme de rénovation thermique des cités minières du Pas-de-Calais pour réduire les factures des locataires.",
  "Isolation, changement des menuiseries et des chauffages : plus de 20 000 logements seront rénovés. Les locataires sont associés au choix des travaux.",
  "Énergie; Habitat", "Bailleur minier Maisons et Cités", "entreprise", 2017)
R("renov", "Angers/49",
  "Guichet rénovation énergétique de l'Anjou",
  "Un accompagnement gratuit et neutre pour rénover sa maison : conseils, aides financières, choix des artisans.",
  "Des conseillers France Rénov' accompagnent les propriétaires de l'audit jusqu'à la fin des travaux.",
  "Énergie; Habitat", "Angers Loire Métropole", "collectivite", 2021)
R("energie_cit rural", "D:07",
  "Centrales villageoises photovoltaïques d'Ardèche",
  "Des habitants s'associent pour installer des panneaux solaires sur les toits de leurs villages et vendre l'électricité produite.",
  "Chaque centrale villageoise est une société locale dont les habitants, les communes et les entreprises sont actionnaires. Les bénéfices sont réinvestis dans le territoire.",
  "Énergie; Ruralité; Économie locale", "Centrales Villageoises Ardèche", "entreprise", 2014)
R("energie_cit", "Brest/29",
  "Parc éolien citoyen du Finistère",
  "Un parc éolien financé par 800 citoyens, communes et coopératives du Finistère.",
  "Les habitants ont investi à partir de 50 €. Le parc produit l'équivalent de la consommation de 8 000 foyers. Une partie des revenus finance des actions contre la précarité énergétique.",
  "Énergie; Économie sociale et solidaire", "SAS Éoliennes Citoyennes du Ponant", "entreprise", 2016)
R("energie_cit rural", "Le Mené/22",
  "Le Mené, territoire à énergie positive",
  "Une commune rurale bretonne qui produit plus d'énergie qu'elle n'en consomme grâce à la méthanisation, au bois et à l'éolien citoyen.",
  "Huilerie de colza, réseau de chaleur au bois, unité de méthanisation collective et éoliennes financées par les habitants : la commune est devenue un modèle de transition énergétique.",
  "Énergie; Ruralité", "Commune du Mené", "collectivite", 2008)
R("energie_cit", "Grenoble/38",
  "Toits solaires citoyens de la métropole grenobloise",
  "Une coopérative citoyenne installe des panneaux photovoltaïques sur les toits des écoles et des gymnases.",
  "La coopérative loue les toits aux communes. Plus de 600 sociétaires ont investi. Des animations pédagogiques sur l'énergie sont proposées aux élèves.",
  "Énergie; Éducation", "SCIC Énergie Citoyenne Grenoble", "entreprise", 2018)
R("energie_cit", "Montpellier/34",
  "Fournisseur d'électricité coopératif local",
  "Une coopérative qui fournit de l'électricité 100 % renouvelable produite localement en Occitanie.",
  "Les sociétaires sont des consommateurs, des producteurs et des collectivités. La coopérative finance de nouvelles installations citoyennes.",
  "Énergie; Économie sociale et solidaire", "SCIC Énergie Occitane", "entreprise", 2019)

# --- Monnaies locales, échanges -----------------------------------------------------------------
R("monnaie_locale", "Bayonne/64",
  "Monnaie locale du Pays basque",
  "Une monnaie locale complémentaire acceptée par plus de 1 000 commerces et associations du Pays basque, en billets et en version numérique.",
  "Les habitants échangent leurs euros contre la monnaie locale, qui ne peut être dépensée que dans le réseau local. Une partie des fonds échangés soutient des associations. La monnaie favorise les circuits courts et la langue basque.",
  "Économie locale; Monnaie locale", "Association Txanpon Herria", "association", 2013)
R("monnaie_locale", "Lyon/69",
  "La Soie – monnaie locale lyonnaise",
  "La Soie est la monnaie locale citoyenne de la métropole lyonnaise, pour relocaliser l'économie et soutenir les acteurs engagés.",
  "Plus de 400 professionnels acceptent La Soie. Ils sont sélectionnés selon une charte éthique. Les euros convertis sont placés dans une banque éthique qui finance des projets locaux.",
  "Économie locale; Monnaie locale", "Association La Soie Lyonnaise", "association", 2015, key="la_soie")
R("monnaie_locale rural", "Figeac/46",
  "Le Sou du Ségala, monnaie locale complémentaire",
  "Le Sou est une monnaie locale qui circule entre Figeac, le Ségala et la vallée du Célé, chez les commerçants, producteurs et artisans.",
  "Créé par des habitants en 2017, le Sou compte 120 prestataires et 900 utilisateurs. Un système de paiement par téléphone a été ajouté pour les marchés.",
  "Économie locale; Monnaie locale; Ruralité", "Association Le Sou du Ségala", "association", 2017, key="sou_segala")
R("monnaie_locale", "Toulouse/31",
  "MONNAIE LOCALE TOULOUSAINE",
  "LA MONNAIE LOCALE CITOYENNE ET SOLIDAIRE DE TOULOUSE ET SA REGION.",
  "La monnaie est fondante : elle perd de sa valeur si elle n'est pas utilisée, pour favoriser la circulation. Elle est acceptée par 250 commerces.",
  "Économie locale", "Association Monnaie Occitane", "association", 2011)
R("monnaie_locale", "R:53",
  "Réseau des monnaies locales de Bretagne",
  "Le réseau rassemble les monnaies locales complémentaires bretonnes pour mutualiser outils et communication.",
  "Une dizaine de monnaies locales sont membres. Le réseau travaille sur un outil de paiement numérique commun et sur l'acceptation par les collectivités.",
  "Économie locale; Monnaie locale", "Réseau Monnaies Bretagne", "association", 2018)
R("monnaie_locale", "Annemasse/74",
  "Monnaie locale du Genevois",
  "Une monnaie locale transfrontalière utilisée des deux côtés de la frontière franco-suisse.",
  "La monnaie est acceptée par 600 professionnels dans le Genevois français et le canton de Genève. Elle existe en billets et en paiement électronique.",
  "Économie locale; Monnaie locale", "Association Monnaie Léman Sud", "association", 2015)
R("sel", "Tours/37",
  "Système d'échange local de Tours",
  "Un SEL où les membres échangent services et savoirs sans argent, avec une unité de compte basée sur le temps.",
  "Cours de langue, bricolage, garde d'animaux : une heure de service vaut une heure, quel que soit le service. Des bourses d'échanges d'objets ont lieu chaque mois.",
  "Lien social; Économie locale", "SEL de Touraine", "association", 2002)
R("sel seniors", "Bordeaux/33",
  "Banque du temps intergénérationnelle",
  "Une banque du temps où jeunes et seniors échangent des services rémunérés en heures.",
  "Les jeunes aident les seniors au numérique ou aux courses, les seniors donnent des cours de cuisine ou de langue. Le temps est crédité sur un compte.",
  "Lien social; Personnes âgées", "Association Temps Partagé", "association", 2017)
