"""Hand-written fictional initiatives for the blind relevance set.

Each entry: (tags, title, summary, themes, place, porteur, porteur_kind)
- tags: internal concept labels used only to draft judgements (not exported)
- place: "<commune name>/<département code>", resolved against the COG file
All organisations and projects are fictional; places are real communes.
"""

ITEMS = []


def I(tags, title, summary, themes, place, porteur, kind):
    ITEMS.append((tags.split(), title, summary, themes.split(), place, porteur, kind))


# ---------------------------------------------------------------- épiceries
I("epi-sol", "Épicerie solidaire « Le Panier du Vieux-Port »",
  "Épicerie solidaire ouverte aux ménages orientés par les travailleurs sociaux : produits frais et d'hygiène vendus entre 10 et 30 % du prix habituel. Des ateliers cuisine ont lieu chaque semaine.",
  "alimentation precarite", "Marseille/13", "Association Le Panier du Vieux-Port", "association")
I("epi-sol qpv", "Épicerie sociale des quartiers Nord",
  "Dans le 15e arrondissement, une épicerie sociale permet aux familles des quartiers prioritaires de faire leurs courses à petit prix pendant six mois, avec un accompagnement budgétaire.",
  "alimentation precarite", "Marseille/13", "Solidarité Marseille Nord", "association")
I("epi-sol quartier-pop", "Épicerie solidaire et café de la Belle de Mai",
  "Une épicerie solidaire doublée d'un petit café où les habitants du quartier de la Belle de Mai se retrouvent. Les prix sont adaptés aux revenus de chacun.",
  "alimentation lien-social precarite", "Marseille/13", "Collectif Belle de Mai Solidaire", "association")
I("epi-sol epi-etu", "Épicerie solidaire étudiante « Le Cabas »",
  "Épicerie solidaire réservée aux étudiants boursiers ou en difficulté du campus, tenue par des bénévoles étudiants. Produits de base à prix réduits et paniers de légumes locaux.",
  "alimentation precarite jeunesse", "Aix-en-Provence/13", "Fédération des associations étudiantes d'Aix", "association")
I("epi-sol", "L'Épicerie partagée d'Aubagne",
  "Épicerie solidaire associative où les bénéficiaires participent à la tenue du magasin. Accès sur orientation du CCAS ou des assistantes sociales du département.",
  "alimentation precarite", "Aubagne/13", "Association L'Épicerie partagée", "association")
I("epi-sol", "Épicerie solidaire de la Guillotière",
  "Épicerie solidaire du 7e arrondissement de Lyon proposant fruits, légumes et produits secs à prix réduits pour les foyers à faibles revenus, et un espace conseil en économie familiale.",
  "alimentation precarite", "Lyon/69", "Association Guillotière Entraide", "association")
I("epi-sol ccas", "Épicerie sociale et solidaire « Le Grenier »",
  "Le CCAS gère une épicerie sociale accessible sur dossier, ouverte trois jours par semaine, avec une partie solidaire ouverte à tous les habitants pour favoriser la mixité.",
  "alimentation precarite", "Villeurbanne/69", "CCAS de Villeurbanne", "collectivite")
I("epi-sol qpv", "Les Paniers de la Goutte d'Or",
  "Épicerie solidaire du 18e arrondissement implantée dans un quartier prioritaire de la politique de la ville. Les familles y achètent des produits à petits prix et participent à des ateliers nutrition.",
  "alimentation precarite", "Paris/75", "Association Goutte d'Or Solidaire", "association")
I("epi-sol qpv", "Épicerie sociale « L'Échoppe » de Lille-Sud",
  "Épicerie sociale installée au cœur du quartier prioritaire de Lille-Sud. Un accompagnement budgétaire et des cours de cuisine complètent l'aide alimentaire.",
  "alimentation precarite", "Lille/59", "Centre social Lille-Sud", "association")
I("epi-sol rural", "Épicerie solidaire itinérante du Ségala",
  "Un camion aménagé en épicerie solidaire sillonne les villages du Ségala chaque semaine pour les habitants isolés qui ne peuvent pas se déplacer jusqu'en ville.",
  "alimentation precarite mobilite", "Naucelle/12", "Familles Rurales du Ségala", "association")
I("epi-sol", "La Cagette solidaire",
  "Épicerie solidaire toulousaine qui récupère les invendus de grossistes et les revend à prix modiques aux personnes orientées par les services sociaux.",
  "alimentation precarite economie-circulaire", "Toulouse/31", "Association La Cagette solidaire", "association")
I("epi-sol ccas", "Épicerie sociale municipale de Nantes Nord",
  "Épicerie sociale portée par le CCAS : les ménages orientés paient 20 % de la valeur des produits et bénéficient d'un suivi par une conseillère en économie sociale et familiale.",
  "alimentation precarite", "Nantes/44", "CCAS de Nantes", "collectivite")
I("epi-sol epi-etu", "Épicerie solidaire étudiante de Rennes",
  "Sur le campus de Beaulieu, une épicerie solidaire étudiante propose des denrées à -70 % et des produits d'hygiène gratuits aux étudiants en situation de précarité.",
  "alimentation precarite jeunesse", "Rennes/35", "Bureau des étudiants solidaires", "association")
I("epi-sol", "Épicerie solidaire « Ty Boutik »",
  "Épicerie solidaire brestoise gérée par des bénévoles et des bénéficiaires, avec un rayon de produits bretons invendus et un coin café.",
  "alimentation precarite", "Brest/29", "Association Ty Boutik", "association")
I("epi-sol qpv", "Épicerie solidaire du Neuhof",
  "Épicerie solidaire située dans un quartier prioritaire de Strasbourg, ouverte aux familles sur orientation sociale et proposant des ateliers bien manger à petit budget.",
  "alimentation precarite", "Strasbourg/67", "Association Neuhof Partage", "association")
I("epi-sol ccas", "Épicerie sociale « La Passerelle »",
  "Épicerie sociale du CCAS de Grenoble : accès pour trois mois renouvelables, tarifs réduits et rendez-vous avec une conseillère budget.",
  "alimentation precarite", "Grenoble/38", "CCAS de Grenoble", "collectivite")
I("epi-sol rural", "Épicerie sociale rurale du Pays de Guéret",
  "Dans un département très rural, cette épicerie sociale dessert aussi les communes alentour grâce à un système de commande et de livraison par des bénévoles.",
  "alimentation precarite", "Guéret/23", "Secours creusois", "association")
I("epi-sol rural", "Épicerie solidaire lozérienne",
  "À Mende, une épicerie solidaire propose des produits locaux et de première nécessité à prix réduits aux familles modestes du département.",
  "alimentation precarite", "Mende/48", "Association Lozère Entraide", "association")
I("epi-sol", "Épicerie solidaire de Sainte-Clotilde",
  "Épicerie solidaire du quartier de Sainte-Clotilde à Saint-Denis de La Réunion : produits péi à petits prix, ateliers cuisine lontan et accompagnement budgétaire.",
  "alimentation precarite", "Saint-Denis/974", "Association Kaz Partage", "association")
I("epi-sol", "Épicerie sociale « Kaz Manjé »",
  "Épicerie sociale de Fort-de-France accueillant les familles orientées par les services sociaux, avec un approvisionnement en fruits et légumes auprès d'agriculteurs martiniquais.",
  "alimentation precarite", "Fort-de-France/972", "Association Kaz Manjé", "association")
I("epi-sol", "Épicerie solidaire « Le Bocal »",
  "Épicerie solidaire et participative de Montreuil : chacun paie selon son quotient familial, et les adhérents donnent trois heures par mois.",
  "alimentation precarite lien-social", "Montreuil/93", "Association Le Bocal montreuillois", "association")
I("epi-sol", "Épicerie solidaire de Bordeaux Bastide",
  "Épicerie solidaire de la rive droite de Bordeaux qui accueille les foyers à faibles ressources et propose un espace enfants pendant les courses.",
  "alimentation precarite", "Bordeaux/33", "Association Bastide Solidaire", "association")
I("epi-sol epi-etu", "Épicerie solidaire étudiante « La Pause Panier »",
  "Épicerie solidaire pour les étudiants montpelliérains, ouverte deux soirs par semaine, avec des produits secs, frais et d'hygiène à moins de la moitié du prix.",
  "alimentation precarite jeunesse", "Montpellier/34", "Association La Pause Panier", "association")
I("epi-sol ccas", "Épicerie sociale du CCAS de Clermont-Ferrand",
  "Le centre communal d'action sociale propose une épicerie sociale où les bénéficiaires choisissent leurs produits comme dans un magasin classique.",
  "alimentation precarite", "Clermont-Ferrand/63", "Centre communal d'action sociale de Clermont-Ferrand", "collectivite")
I("epi-sol", "Épicerie solidaire du Pollet",
  "Épicerie solidaire dieppoise qui récupère les invendus de la criée et des supermarchés et les propose à petits prix aux habitants en difficulté.",
  "alimentation precarite", "Dieppe/76", "Association Le Pollet Solidaire", "association")
I("epi-sol", "Épicerie solidaire ajaccienne « A Sporta »",
  "Épicerie solidaire d'Ajaccio qui propose des produits corses et de première nécessité à prix réduits aux foyers orientés par les services sociaux.",
  "alimentation precarite", "Ajaccio/2A", "Association A Sporta", "association")
I("epi-sol", "Épicerie sociale de Cayenne",
  "Épicerie sociale accueillant les familles en grande précarité de l'Île de Cayenne, avec un rayon de produits locaux et un point d'information sur les droits.",
  "alimentation precarite acces-aux-droits", "Cayenne/973", "Association Guyane Solidarités", "association")
I("epi-sol", "Épicerie solidaire du Pays de Saint-Malo",
  "Épicerie solidaire malouine ouverte aux personnes orientées par les travailleurs sociaux, avec un jardin d'approvisionnement cultivé par des bénévoles.",
  "alimentation precarite", "Saint-Malo/35", "Association Malouine d'Entraide", "association")
I("epi-sol", "Épicerie sociale « Le Relais » de Roubaix",
  "Épicerie sociale roubaisienne qui propose aux familles un accès temporaire à des produits à prix réduits et des ateliers d'éducation budgétaire.",
  "alimentation precarite", "Roubaix/59", "Association Le Relais roubaisien", "association")
I("epi-fine", "Épicerie fine « Saveurs de Provence »",
  "Épicerie fine du cours Julien proposant huiles d'olive, tapenades, nougats et vins de petits producteurs provençaux, avec des dégustations le samedi.",
  "commerce-local", "Marseille/13", "Saveurs de Provence SARL", "entreprise")
I("epi-fine", "Épicerie fine et cave de la Croix-Rousse",
  "Commerce de bouche indépendant : fromages affinés, charcuteries artisanales et sélection de vins natures, avec des paniers cadeaux pour les entreprises.",
  "commerce-local", "Lyon/69", "Maison Berthier", "entreprise")
I("vrac", "Épicerie vrac zéro déchet « Au Poids Juste »",
  "Épicerie de produits en vrac et sans emballage, avec consigne des bocaux et produits d'entretien à la pompe.",
  "commerce-local economie-circulaire", "Nantes/44", "Au Poids Juste SAS", "entreprise")
I("epi-village rural lien-social", "Épicerie et café multiservice de Lagrasse",
  "La commune a racheté le dernier commerce du village pour y installer une épicerie, un dépôt de pain, un point poste et un café, gérés par un couple en gérance.",
  "commerce-local lien-social", "Lagrasse/11", "Commune de Lagrasse", "collectivite")
I("epi-coop rural", "Épicerie coopérative « La Coop du Plateau »",
  "Épicerie coopérative gérée par ses adhérents sur le plateau de Millevaches : produits bio et locaux, prix coûtant et une cotisation adaptée aux revenus.",
  "commerce-local alimentation lien-social", "Faux-la-Montagne/23", "SCIC La Coop du Plateau", "entreprise")
I("epi-coop ess-mention", "Supermarché coopératif « Le Chariot Commun »",
  "Supermarché coopératif et participatif : les membres sont propriétaires et donnent trois heures de travail par mois pour accéder à des produits de qualité à prix justes. Une entreprise de l'ESS.",
  "alimentation commerce-local", "Toulouse/31", "Coopérative Le Chariot Commun", "entreprise")
I("epi-village rural", "Épicerie ambulante des villages du Trièves",
  "Un commerçant sillonne les hameaux du Trièves avec son camion-épicerie, soutenu par la communauté de communes pour maintenir un commerce de proximité.",
  "commerce-local mobilite", "Mens/38", "Communauté de communes du Trièves", "collectivite")

# ------------------------------------------------------ recycleries / ressourceries
I("recyc", "Ressourcerie « La Boîte à Réemploi »",
  "Ressourcerie parisienne qui collecte objets, meubles et vêtements, les remet en état et les revend à petits prix. Elle sensibilise aussi les habitants à la réduction des déchets.",
  "economie-circulaire", "Paris/75", "Association La Boîte à Réemploi", "association")
I("recyc", "Recyclerie du Pays de Morlaix",
  "Recyclerie qui donne une seconde vie aux objets déposés par les habitants : tri, réparation et vente dans une boutique solidaire, avec un atelier de relooking de meubles.",
  "economie-circulaire", "Morlaix/29", "Association Recyclerie du Pays de Morlaix", "association")
I("recyc rural", "Ressourcerie de l'Aubrac",
  "Petite ressourcerie rurale installée dans une ancienne grange : collecte en déchèterie, revente d'objets et de meubles, et prêt d'outils aux habitants du plateau.",
  "economie-circulaire", "Laguiole/12", "Association Aubrac Réemploi", "association")
I("recyc recyc-spe", "Recyclerie sportive de l'Essonne",
  "Recyclerie spécialisée dans le matériel de sport : vélos, skis, raquettes et ballons sont collectés, réparés et revendus à prix solidaires.",
  "economie-circulaire", "Massy/91", "Association La Recyclerie sportive", "association")
I("recyc", "Ressourcerie des Pentes",
  "Ressourcerie lyonnaise des pentes de la Croix-Rousse : dépôt d'objets, boutique solidaire et ateliers pour apprendre à réparer plutôt que jeter.",
  "economie-circulaire", "Lyon/69", "Association Les Pentes Réemploi", "association")
I("recyc iae", "Recyclerie de Villeurbanne",
  "Recyclerie associative qui emploie des salariés en insertion pour collecter, trier et revendre meubles, vaisselle, livres et jouets.",
  "economie-circulaire insertion", "Villeurbanne/69", "Association Villeurbanne Réemploi", "association")
I("recyc qpv", "Ressourcerie des Minguettes",
  "Ressourcerie implantée dans le quartier prioritaire des Minguettes : boutique à petits prix, collecte à domicile et ateliers couture.",
  "economie-circulaire precarite", "Vénissieux/69", "Association Minguettes Réemploi", "association")
I("recyc", "Ressourcerie « La Débrouille »",
  "Ressourcerie marseillaise qui récupère les encombrants réutilisables, les répare et les revend dans sa boutique du 3e arrondissement.",
  "economie-circulaire", "Marseille/13", "Association La Débrouille", "association")
I("recyc qpv", "Recyclerie du Mirail",
  "Recyclerie située dans le quartier prioritaire du Mirail, qui revalorise meubles et électroménager et propose des ateliers de réparation aux habitants.",
  "economie-circulaire precarite", "Toulouse/31", "Association Mirail Récup", "association")
I("recyc", "Ressourcerie du Grésivaudan",
  "Ressourcerie intercommunale de la vallée du Grésivaudan : collecte en déchèterie, valorisation et vente de plus de 300 tonnes d'objets par an.",
  "economie-circulaire", "Crolles/38", "Communauté de communes Le Grésivaudan", "collectivite")
I("recyc", "Recyclerie dijonnaise « Le Bon Plan »",
  "Recyclerie associative qui collecte, trie, répare et revend les objets dont les Dijonnais n'ont plus besoin, avec un rayon bricolage très fourni.",
  "economie-circulaire", "Dijon/21", "Association Le Bon Plan", "association")
I("recyc iae", "Ressourcerie limousine",
  "Ressourcerie et atelier chantier d'insertion : des salariés en parcours d'insertion collectent et remettent en état meubles et objets vendus dans deux boutiques.",
  "economie-circulaire insertion", "Limoges/87", "Association Ressourcerie limousine", "association")
I("recyc rural", "Recyclerie gersoise",
  "Recyclerie rurale qui collecte les objets dans les villages du Gers, les remet en état et les vend dans une boutique et sur les marchés.",
  "economie-circulaire", "Auch/32", "Association Recyclerie gersoise", "association")
I("recyc", "Recyclerie du Dunkerquois",
  "Recyclerie de l'agglomération dunkerquoise : dépôt d'objets, boutique solidaire, et une filière de réemploi des matériaux de bricolage.",
  "economie-circulaire", "Dunkerque/59", "Association Dunkerque Réemploi", "association")
I("recyc", "Ressourcerie du Golfe",
  "Ressourcerie vannetaise qui collecte et revend meubles, vêtements et objets, et anime des ateliers de sensibilisation au réemploi dans les écoles.",
  "economie-circulaire", "Vannes/56", "Association Ressourcerie du Golfe", "association")
I("recyc", "Ressourcerie « Kaz Récup »",
  "Première ressourcerie du sud de La Réunion : collecte, réparation et revente d'objets et de meubles, avec des ateliers de fabrication de meubles en palettes.",
  "economie-circulaire", "Saint-Pierre/974", "Association Kaz Récup", "association")
I("recyc", "Recyclerie de Pointe-à-Pitre",
  "Recyclerie associative guadeloupéenne qui évite la mise en décharge d'objets réutilisables et les revend à petits prix.",
  "economie-circulaire", "Pointe-à-Pitre/971", "Association Gwada Réemploi", "association")
I("recyc recyc-spe", "Recyclerie de matériaux de construction",
  "Recyclerie dédiée aux matériaux du bâtiment : portes, fenêtres, carrelage et bois issus de chantiers sont récupérés et revendus aux particuliers et artisans.",
  "economie-circulaire habitat", "Bordeaux/33", "Association Matériaux Réemploi Gironde", "association")
I("recyc iae", "Ressourcerie cévenole",
  "Ressourcerie et chantier d'insertion : collecte d'objets et de meubles, réparation en atelier et vente en boutique, avec des salariés en insertion.",
  "economie-circulaire insertion", "Alès/30", "Association Cévennes Réemploi", "association")
I("recyc", "Ressourcerie de Haute-Corse",
  "Première ressourcerie du centre Corse : collecte des objets réutilisables, boutique solidaire et ateliers de réparation.",
  "economie-circulaire", "Corte/2B", "Association Corsica Riusà", "association")
I("recyc", "Ressourcerie de Mamoudzou",
  "Ressourcerie mahoraise qui collecte objets et meubles pour les revendre à bas prix et limiter les dépôts sauvages.",
  "economie-circulaire", "Mamoudzou/976", "Association Mayotte Réemploi", "association")
I("recyc rural mobilite", "Recyclerie mobile d'Ardèche méridionale",
  "Une recyclerie itinérante passe dans les villages avec un camion pour collecter et revendre les objets, en partenariat avec les déchèteries.",
  "economie-circulaire", "Aubenas/07", "Association Récup'Ardèche", "association")
I("friperie", "Friperie solidaire amiénoise",
  "Boutique de vêtements d'occasion à petits prix, alimentée par les dons des habitants. Les bénéfices financent l'aide alimentaire de l'association.",
  "economie-circulaire precarite", "Amiens/80", "Association Entraide Picarde", "association")
I("gratuit", "Gratiferia mensuelle de Crest",
  "Chaque premier samedi du mois, un marché gratuit où chacun apporte ce dont il n'a plus besoin et repart avec ce qui lui est utile.",
  "economie-circulaire lien-social", "Crest/26", "Collectif Crest en Transition", "association")
I("dechets", "Modernisation de la déchèterie intercommunale",
  "Agrandissement de la déchèterie avec de nouvelles bennes de tri, un contrôle d'accès par badge et des horaires élargis.",
  "economie-circulaire", "Saint-Dié-des-Vosges/88", "Communauté d'agglomération de Saint-Dié", "collectivite")
I("dechets", "Centre de tri des emballages nouvelle génération",
  "Construction d'un centre de tri automatisé des emballages ménagers capable de traiter 40 000 tonnes par an.",
  "economie-circulaire", "Le Mans/72", "Syndicat mixte de traitement des déchets", "collectivite")
I("dechets", "Recyclage industriel des plastiques agricoles",
  "Une PME transforme les films plastiques agricoles usagés en granulés réutilisables par l'industrie.",
  "economie-circulaire", "Dax/40", "Landes Plast Recyclage", "entreprise")

# ---------------------------------------------------------------- repair cafés
I("repair", "Repair Café de Gerland",
  "Une fois par mois, des bénévoles bricoleurs aident les habitants du 7e arrondissement à réparer leurs petits appareils, vêtements et objets du quotidien.",
  "economie-circulaire lien-social", "Lyon/69", "Association Gerland en Transition", "association")
I("repair", "Repair café villeurbannais",
  "Repair café mensuel à la maison de quartier : électroménager, informatique, couture et petits meubles sont réparés ensemble plutôt que jetés.",
  "economie-circulaire lien-social", "Villeurbanne/69", "Maison de quartier des Brosses", "association")
I("repair rural", "Repair Café des Monts du Lyonnais",
  "Repair café itinérant dans les villages des Monts du Lyonnais, animé par des retraités et des artisans bénévoles.",
  "economie-circulaire lien-social", "Saint-Symphorien-sur-Coise/69", "Association Monts du Lyonnais en Transition", "association")
I("repair", "Repair Café caladois",
  "Les bénévoles du Repair Café de Villefranche-sur-Saône accueillent chaque mois les habitants pour réparer ensemble grille-pain, lampes et vélos.",
  "economie-circulaire lien-social", "Villefranche-sur-Saône/69", "Association Beaujolais Répare", "association")
I("repair", "Repair Café Paris 20",
  "Un samedi par mois, un repair café dans le 20e arrondissement : réparation collective d'objets et transmission de savoir-faire entre voisins.",
  "economie-circulaire lien-social", "Paris/75", "Association Belleville Répare", "association")
I("repair", "Repair Café nantais",
  "Ateliers gratuits de réparation d'objets animés par des bénévoles, dans plusieurs quartiers de Nantes à tour de rôle.",
  "economie-circulaire lien-social", "Nantes/44", "Association Nantes Répare", "association")
I("repair", "Repair Café de Rennes Villejean",
  "Repair café mensuel du quartier de Villejean : on y répare appareils électriques, vêtements et jouets avec l'aide de bricoleurs bénévoles.",
  "economie-circulaire lien-social", "Rennes/35", "Association Villejean Répare", "association")
I("repair", "Repair Café de Quimper",
  "Rencontres de réparation collective à la médiathèque de Quimper, pour lutter contre l'obsolescence programmée.",
  "economie-circulaire", "Quimper/29", "Association Kemper Répare", "association")
I("repair", "Repair Café strasbourgeois",
  "Repair café hebdomadaire dans un local associatif de la Krutenau, avec un stand dédié à la réparation d'ordinateurs.",
  "economie-circulaire", "Strasbourg/67", "Association Strasbourg Répare", "association")
I("repair rural", "Repair Café itinérant de la Creuse",
  "Un repair café qui se déplace de village en village dans le sud de la Creuse, dans les salles des fêtes et les cafés de pays.",
  "economie-circulaire lien-social", "Aubusson/23", "Association Creuse Répare", "association")
I("repair rural", "Repair Café du Diois",
  "Repair café installé au tiers-lieu de Die : électroménager, vélos et textiles réparés par des bénévoles du territoire.",
  "economie-circulaire", "Die/26", "Association Diois Répare", "association")
I("repair", "Repair Café toulousain des Minimes",
  "Repair café de quartier ouvert un samedi par mois, avec prêt d'outils et fiches de réparation partagées en ligne.",
  "economie-circulaire", "Toulouse/31", "Association Minimes en Transition", "association")
I("repair", "Repair Café stéphanois",
  "Dans une ancienne manufacture, des bénévoles aident les habitants à réparer leurs objets au lieu de les jeter.",
  "economie-circulaire", "Saint-Étienne/42", "Association Saint-Étienne Répare", "association")
I("repair", "Repair Café grenoblois",
  "Repair café mensuel de l'Abbaye, quartier de Grenoble, où l'on apprend à réparer ensemble petits appareils, vélos et vêtements.",
  "economie-circulaire lien-social", "Grenoble/38", "Association Abbaye Répare", "association")
I("repair", "Repair Café de la Plaine",
  "Repair café marseillais installé dans un bar associatif du quartier de la Plaine, un dimanche par mois.",
  "economie-circulaire", "Marseille/13", "Association La Plaine Répare", "association")
I("repair-like", "Atelier solidaire de réparation d'électroménager",
  "Des techniciens réparent à prix coûtant lave-linge, réfrigérateurs et fours des ménages modestes, et forment des jeunes au métier.",
  "economie-circulaire insertion", "Lille/59", "Association Répar'Lille", "association")
I("repair-like", "Atelier couture et raccommodage",
  "Atelier hebdomadaire où des couturières bénévoles apprennent aux habitants à raccommoder et transformer leurs vêtements.",
  "economie-circulaire lien-social", "Caen/14", "Association Fil Commun", "association")
I("cafe-asso", "Le Repaire, café associatif",
  "Café associatif du centre-ville de Bourges : concerts, jeux de société, soirées débats et restauration à prix libre, géré par des bénévoles.",
  "lien-social culture vie-associative", "Bourges/18", "Association Le Repaire", "association")

# ---------------------------------------------------------------- vélo
I("velo-atelier", "Atelier vélo participatif « La Chambre à Air »",
  "Atelier d'autoréparation de vélos du 3e arrondissement : outils, pièces d'occasion et conseils de mécaniciens bénévoles pour réparer soi-même son vélo.",
  "mobilite economie-circulaire", "Lyon/69", "Association La Chambre à Air", "association")
I("velo-atelier", "Atelier vélo solidaire de la Guillotière",
  "Un atelier où chacun peut venir réparer son vélo avec l'aide de bénévoles, et où des vélos récupérés sont remis en état et revendus à petit prix.",
  "mobilite economie-circulaire", "Lyon/69", "Association Guillotière à Vélo", "association")
I("velo-ecole qpv", "Vélo-école de la Duchère",
  "Vélo-école pour adultes dans le quartier prioritaire de la Duchère : apprendre à pédaler, puis à circuler en ville en sécurité.",
  "mobilite", "Lyon/69", "Association Duchère à Vélo", "association")
I("velo-ecole", "Vélo-école de Villeurbanne",
  "Cours collectifs pour apprendre à faire du vélo à tout âge, remise en selle et sorties accompagnées en ville.",
  "mobilite", "Villeurbanne/69", "Association Villeurbanne Cyclable", "association")
I("velo-atelier qpv", "Atelier Roue Libre du 19e",
  "Atelier vélo associatif du 19e arrondissement de Paris, dans un quartier prioritaire : autoréparation, récupération de vélos et balades familiales.",
  "mobilite economie-circulaire", "Paris/75", "Association Roue Libre", "association")
I("velo-ecole qpv", "Vélo-école des femmes d'Aubervilliers",
  "Des cours de vélo pour les femmes des quartiers prioritaires d'Aubervilliers qui n'ont jamais appris, pour gagner en autonomie dans leurs déplacements.",
  "mobilite insertion", "Aubervilliers/93", "Association Elles Pédalent", "association")
I("velo-atelier", "Atelier « Bicyclette du Panier »",
  "Atelier associatif de réparation de bicyclettes dans le quartier du Panier : mécanique participative et vente de vélos reconditionnés.",
  "mobilite economie-circulaire", "Marseille/13", "Association Bicyclette du Panier", "association")
I("velo-atelier", "Maison du vélo de Toulouse",
  "Lieu ressource sur le vélo : atelier d'autoréparation, location longue durée, marquage antivol et conseils pour se déplacer à vélo.",
  "mobilite", "Toulouse/31", "Association Maison du Vélo", "association")
I("velo-atelier", "Bicyclette solidaire strasbourgeoise",
  "Atelier d'autoréparation et ressourcerie de vélos : les bicyclettes abandonnées sont récupérées, réparées et revendues à prix solidaire.",
  "mobilite economie-circulaire", "Strasbourg/67", "Association Bicyclette Solidaire", "association")
I("velo-atelier recyc-spe", "Recyclerie de vélos « Cycles et Recycles »",
  "Recyclerie spécialisée dans le vélo : collecte de vélos usagés, remise en état par des bénévoles et vente à petits prix, atelier ouvert au public.",
  "mobilite economie-circulaire", "Bordeaux/33", "Association Cycles et Recycles", "association")
I("velo-atelier", "Atelier d'autoréparation de bicyclettes grenoblois",
  "Un garage associatif où l'on apprend à entretenir et réparer sa bicyclette, avec des permanences spéciales pour les étudiants.",
  "mobilite", "Grenoble/38", "Association Grenoble Roue Libre", "association")
I("velo-ecole", "Vélo-école nantaise",
  "Apprentissage du vélo pour adultes et remise en selle, avec prêt de vélos pendant la formation.",
  "mobilite", "Nantes/44", "Association Nantes en Selle", "association")
I("velo-atelier rural", "Atelier vélo itinérant du Diois",
  "Un atelier vélo mobile se rend dans les villages du Diois pour aider les habitants à réparer leur vélo et promouvoir le vélo au quotidien en zone rurale.",
  "mobilite", "Die/26", "Association Diois à Vélo", "association")
I("velo-pret rural", "Prêt de vélos à assistance électrique en milieu rural",
  "La communauté de communes prête gratuitement des vélos électriques pendant un mois aux habitants des villages pour tester le vélo comme alternative à la voiture.",
  "mobilite", "Ploërmel/56", "Ploërmel Communauté", "collectivite")
I("velo-ecole insertion", "Vélo-école pour les demandeurs d'emploi",
  "Formation au vélo et location à 1 € par mois pour les personnes en recherche d'emploi sans moyen de transport, en lien avec France Travail.",
  "mobilite insertion", "Montbéliard/25", "Association Mobilité Nord Franche-Comté", "association")
I("velo-logistique iae", "Cyclo-logistique en insertion",
  "Entreprise d'insertion qui livre colis et courses en vélo-cargo dans le centre de Lille, en employant des personnes éloignées de l'emploi.",
  "mobilite insertion", "Lille/59", "Les Coursiers Solidaires", "entreprise")
I("velo-atelier", "Atelier vélo de Saint-Pierre",
  "Atelier participatif de réparation de vélos à Saint-Pierre de La Réunion, avec récupération de vélos pour les jeunes du quartier.",
  "mobilite jeunesse", "Saint-Pierre/974", "Association Bèl Vélo", "association")
I("velo-atelier recyc-spe", "La Bicyclerie angevine",
  "Ressourcerie de vélos et atelier d'autoréparation : les vélos donnés sont démontés, réparés et revendus.",
  "mobilite economie-circulaire", "Angers/49", "Association La Bicyclerie", "association")
I("velo-atelier jeunesse", "Atelier vélo étudiant de Rennes",
  "Atelier vélo sur le campus où les étudiants réparent gratuitement leur vélo et peuvent louer un vélo pour l'année universitaire.",
  "mobilite jeunesse", "Rennes/35", "Association Rennes Campus Vélo", "association")
I("velo-commercial", "Location de vélos électriques touristiques « E-Bike Riviera »",
  "Loueur de vélos électriques haut de gamme pour les touristes de la Promenade des Anglais, avec circuits guidés dans l'arrière-pays.",
  "mobilite", "Nice/06", "E-Bike Riviera SAS", "entreprise")
I("velo-public", "Vélos en libre-service de la métropole",
  "Extension du service de vélos en libre-service avec 80 nouvelles stations et des vélos électriques.",
  "mobilite", "Rennes/35", "Rennes Métropole", "collectivite")
I("velo-sport", "Cyclosportive des gorges de l'Ardèche",
  "Course cycliste amateur de 130 km à travers les gorges de l'Ardèche, réunissant chaque année 2 000 coureurs.",
  "culture", "Vallon-Pont-d'Arc/07", "Vélo Club Ardéchois", "association")

# ------------------------------------------------------- mobilité rurale / solidaire
I("covoit rural", "Covoiturage rural « Mobil'Village »",
  "Service de covoiturage entre habitants des villages de la Haute-Lozère : une application et une permanence téléphonique mettent en relation conducteurs et passagers.",
  "mobilite", "Langogne/48", "Association Mobil'Village", "association")
I("covoit rural", "Lignes de covoiturage du Vercors",
  "Des lignes de covoiturage avec arrêts matérialisés relient les villages du plateau du Vercors à Grenoble, sans réservation préalable.",
  "mobilite", "Villard-de-Lans/38", "Communauté de communes du Massif du Vercors", "collectivite")
I("covoit autostop rural", "Autostop organisé « Pouce Solidaire »",
  "Réseau d'autostop sécurisé : les conducteurs et passagers s'inscrivent, reçoivent un kit et utilisent des arrêts identifiés dans les villages du Tarn-et-Garonne.",
  "mobilite", "Moissac/82", "Association Pouce Solidaire", "association")
I("covoit", "Covoiturage domicile-travail de la zone industrielle",
  "Plateforme de covoiturage pour les salariés des entreprises de la zone industrielle, avec places de parking réservées aux covoitureurs.",
  "mobilite travail", "Cholet/49", "Club d'entreprises du Choletais", "entreprise")
I("covoit rural", "Covoiturage solidaire pour les saisonniers",
  "Une plateforme met en relation les travailleurs saisonniers sans voiture et les habitants qui font le trajet vers les stations de ski.",
  "mobilite travail", "Briançon/05", "Association Mobilité Haute-Durance", "association")
I("covoit", "Covoiturage domicile-travail sur voies réservées",
  "La métropole encourage le covoiturage avec des voies réservées sur la rocade et une indemnité pour les conducteurs.",
  "mobilite", "Rennes/35", "Rennes Métropole", "collectivite")
I("covoit", "Covoiturage solidaire vers Fort-de-France",
  "Plateforme de covoiturage entre les communes du nord Atlantique et Fort-de-France, pour réduire les embouteillages et aider ceux qui n'ont pas de voiture.",
  "mobilite", "Le Robert/972", "Association Matinik Kovwatiraj", "association")
I("transport-sol seniors rural ccas", "Transport solidaire des aînés du Pays de Saint-Flour",
  "Des chauffeurs bénévoles conduisent les personnes âgées sans voiture chez le médecin, au marché ou chez leurs proches, contre une petite participation kilométrique.",
  "mobilite seniors", "Saint-Flour/15", "CCAS de Saint-Flour", "collectivite")
I("transport-sol rural", "Transport solidaire « Roul'Ensemble »",
  "Réseau de conducteurs bénévoles qui accompagnent les habitants isolés des communes rurales pour leurs rendez-vous médicaux, administratifs ou leurs courses.",
  "mobilite lien-social", "Pontivy/56", "Association Roul'Ensemble", "association")
I("transport-sol sante rural", "Transport solidaire vers les rendez-vous médicaux",
  "Dans la Basse-Marche, des bénévoles emmènent les patients sans moyen de locomotion vers les consultations et examens à Limoges.",
  "mobilite acces-aux-soins", "Bellac/87", "Association Marche Solidaire", "association")
I("transport-sol rural", "Navette solidaire des villages du Pays de Dieulefit",
  "Une navette conduite par des bénévoles relie chaque semaine les hameaux au marché et aux services du bourg.",
  "mobilite lien-social seniors", "Dieulefit/26", "Association Dieulefit Solidaire", "association")
I("transport-sol rural", "Transport solidaire de la Margeride",
  "Des bénévoles transportent les personnes sans voiture du nord de la Lozère vers les commerces, les services publics et les établissements de santé.",
  "mobilite", "Saint-Chély-d'Apcher/48", "Association Margeride Entraide", "association")
I("mob-conseil insertion", "Plateforme de mobilité « Mobil'Emploi »",
  "Plateforme de mobilité pour les personnes en insertion : diagnostic mobilité, cours de code, prêt de scooters et aide au financement du permis.",
  "mobilite insertion", "Arras/62", "Association Mobil'Emploi Artois", "association")
I("mob-garage", "Garage solidaire de l'Indre",
  "Garage associatif qui répare les voitures des personnes à faibles revenus à prix réduits, et vend des véhicules d'occasion contrôlés.",
  "mobilite precarite insertion", "Châteauroux/36", "Association Garage Solidaire 36", "association")
I("mob-permis insertion", "Auto-école sociale",
  "Auto-école associative qui accompagne vers le permis de conduire les personnes en difficulté d'apprentissage ou en insertion, avec une pédagogie adaptée.",
  "mobilite insertion", "Saint-Quentin/02", "Association Permis Pour Tous", "association")
I("mob-location rural insertion", "Location solidaire de voitures et scooters",
  "Location de voitures et scooters à bas prix pour les personnes qui doivent se rendre à un emploi ou une formation dans la Creuse rurale.",
  "mobilite insertion", "Guéret/23", "Association Creuse Mobilité", "association")
I("autopartage rural", "Autopartage citoyen dans les villages",
  "Voitures électriques partagées entre habitants, réservables en ligne, installées sur la place de la mairie.",
  "mobilite", "Ungersheim/68", "Commune d'Ungersheim", "collectivite")
I("tad rural", "Transport à la demande du Pays d'Auge",
  "Un minibus vient chercher les habitants à domicile sur réservation pour les conduire au bourg ou à la gare.",
  "mobilite", "Lisieux/14", "Lisieux Normandie", "collectivite")
I("mob-conseil rural", "Conseil en mobilité inclusive",
  "Une conseillère en mobilité aide les habitants du Grand Figeac à trouver des solutions pour se déplacer : covoiturage, transport à la demande, vélo électrique.",
  "mobilite insertion", "Figeac/46", "Grand-Figeac", "collectivite")
I("mob-other-meaning", "Logistique urbaine par poids lourds électriques",
  "Un transporteur remplace sa flotte de camions diesel par des poids lourds électriques pour livrer les commerces de la métropole.",
  "mobilite", "Lyon/69", "Transports Rhodaniens SA", "entreprise")
I("mob-other-meaning jeunesse", "Mobilité internationale des étudiants",
  "Bourses et accompagnement pour les étudiants qui partent étudier à l'étranger dans le cadre d'Erasmus+.",
  "jeunesse", "Poitiers/86", "Université de Poitiers", "etat")

# ---------------------------------------------------------------- tiers-lieux
I("tiers-lieu", "Tiers-lieu numérique du Trégor",
  "Tiers-lieu installé dans une ancienne école : espace de coworking, fab lab, permanences de médiation numérique et café associatif.",
  "tiers-lieux numerique inclusion-numerique", "Lannion/22", "Association Trégor Numérique", "association")
I("tiers-lieu rural", "Le tiers lieu de Carhaix",
  "Tiers lieu du Centre-Bretagne mêlant atelier partagé, épicerie locale, salle de spectacle et bureaux partagés pour les indépendants.",
  "tiers-lieux culture", "Carhaix-Plouguer/29", "SCIC Kreiz Breizh Commun", "entreprise")
I("tiers-lieu", "Third place du pays de Redon",
  "Un « third place » dans une ancienne gare : coworking, repair café, cantine de producteurs et résidences d'artistes.",
  "tiers-lieux culture economie-circulaire", "Redon/35", "Association La Gare Commune", "association")
I("tiers-lieu rural", "Tiers-lieu rural de Brocéliande",
  "Tiers-lieu de campagne proposant espace de travail partagé, ateliers de bricolage, jardin et événements pour les habitants du pays de Ploërmel.",
  "tiers-lieux lien-social", "Ploërmel/56", "Association Brocéliande Commune", "association")
I("tiers-lieu", "La Fabrique, tiers-lieu de quartier",
  "Tiers-lieu rennais ouvert aux habitants du Blosne : ateliers, cuisine partagée, espace de travail et programmation culturelle.",
  "tiers-lieux lien-social culture", "Rennes/35", "Collectif La Fabrique du Blosne", "association")
I("tiers-lieu rural", "Tiers-lieu agricole de Trémargat",
  "Tiers-lieu rural tourné vers l'agriculture paysanne : conserverie partagée, salle commune et bureau partagé pour les porteurs de projet du Kreiz Breizh.",
  "tiers-lieux alimentation", "Trémargat/22", "Association Trémargat Commun", "association")
I("tiers-lieu", "Friche urbaine « Les Voisins du 14e »",
  "Un tiers-lieu temporaire dans un ancien hôpital parisien mêlant hébergement d'urgence, ateliers d'artisans et lieux festifs ouverts au public.",
  "tiers-lieux precarite culture", "Paris/75", "Collectif Les Voisins du 14e", "association")
I("tiers-lieu", "Tiers-lieu culturel de la Friche du Plateau",
  "Friche culturelle marseillaise devenue tiers-lieu : ateliers d'artistes, espaces de travail, restaurant solidaire et jardins sur le toit.",
  "tiers-lieux culture", "Marseille/13", "SCIC Friche du Plateau", "entreprise")
I("tiers-lieu", "Tiers-lieu de l'Ancien Couvent",
  "Ancien couvent transformé en tiers-lieu : logements sociaux, ateliers de l'économie sociale et solidaire, restaurant et salle de concert.",
  "tiers-lieux habitat culture", "Villeurbanne/69", "Fondation Rhône Solidaire", "fondation")
I("tiers-lieu ess-mention", "Tiers-lieu nantais « Le Solidarium »",
  "Grand tiers-lieu dédié à l'économie sociale et solidaire : bureaux pour les entreprises de l'ESS, boutique de réemploi et espaces d'événements.",
  "tiers-lieux economie-circulaire", "Nantes/44", "Association Les Ateliers de l'ESS nantaise", "association")
I("tiers-lieu", "Tiers-lieu maritime de Saint-Nazaire",
  "Tiers-lieu installé sur le port : ateliers de construction navale amateur, coworking et espace culturel ouvert aux habitants.",
  "tiers-lieux culture", "Saint-Nazaire/44", "Association Port Commun", "association")
I("tiers-lieu rural", "Tiers-lieu du Plateau de Millevaches",
  "Lieu partagé au cœur du village : bar associatif, coworking, ateliers de menuiserie et accueil de nouveaux habitants qui s'installent sur le plateau.",
  "tiers-lieux lien-social", "Faux-la-Montagne/23", "Association Le Plateau en Commun", "association")
I("tiers-lieu rural", "Tiers lieu du Sud-Aveyron",
  "Tiers lieu installé dans une ancienne usine textile, avec fab lab, espace de travail partagé, recyclerie et programmation culturelle.",
  "tiers-lieux culture economie-circulaire", "Saint-Affrique/12", "Association L'Usine Commune", "association")
I("tiers-lieu", "Tiers-lieu de Corte « A Casa Cumuna »",
  "Premier tiers-lieu du centre de la Corse, près de l'université : coworking, fab lab et événements culturels en langue corse.",
  "tiers-lieux culture jeunesse", "Corte/2B", "Association A Casa Cumuna", "association")
I("tiers-lieu", "Tiers lieu ajaccien de l'ancienne caserne",
  "Tiers lieu installé dans une caserne réhabilitée : bureaux partagés, ateliers d'artisans, café et jardin partagé.",
  "tiers-lieux", "Ajaccio/2A", "SCIC Casa Nova", "entreprise")
I("tiers-lieu", "Tiers-lieu mahorais « Fabrik Mayotte »",
  "Tiers-lieu de Mamoudzou offrant coworking, fab lab, formations numériques et accompagnement des jeunes entrepreneurs.",
  "tiers-lieux numerique jeunesse", "Mamoudzou/976", "Association Fabrik Mayotte", "association")
I("tiers-lieu", "Tiers-lieu portois « La Kour »",
  "Tiers-lieu dans d'anciens entrepôts du port : ateliers de réparation, espace jeunesse, coworking et marché de producteurs.",
  "tiers-lieux jeunesse", "Le Port/974", "Association La Kour", "association")
I("tiers-lieu rural", "Third place creusois « L'Atelier »",
  "Third place en milieu rural : bureaux partagés, atelier bois, repair café et permanence emploi pour les habitants du territoire.",
  "tiers-lieux travail", "Bourganeuf/23", "Association L'Atelier de Bourganeuf", "association")
I("tiers-lieu rural", "Tiers-lieu du Morvan",
  "Tiers-lieu dans l'ancienne maison du docteur : espace de coworking, France Services, salle associative et café.",
  "tiers-lieux lien-social acces-aux-droits", "Château-Chinon (Ville)/58", "Communauté de communes Morvan Sommets et Grands Lacs", "collectivite")
I("tiers-lieu", "Tiers-lieu de la Halle aux toiles",
  "Tiers-lieu installé dans une halle du XIXe siècle d'Alençon : fab lab, coworking, espace de création et ateliers d'initiation au numérique.",
  "tiers-lieux numerique", "Alençon/61", "Association La Halle Commune", "association")
I("tiers-lieu", "Tiers-lieu vosgien « La Manufacture »",
  "Ancienne filature reconvertie en tiers-lieu : ateliers d'artisans, fablab, salle de concert et espace de travail partagé.",
  "tiers-lieux culture", "Saint-Dié-des-Vosges/88", "Association La Manufacture", "association")
I("tiers-lieu", "Tiers-lieu sedanais « Le Moulin »",
  "Tiers-lieu dans un ancien moulin : coworking, café-concert, recyclerie et atelier de réparation de vélos.",
  "tiers-lieux culture", "Sedan/08", "Association Le Moulin des Ardennes", "association")
I("coworking rural", "Espace de coworking rural du Diois",
  "Bureaux partagés et fibre optique pour les télétravailleurs et indépendants installés dans le Diois, avec une salle de réunion équipée.",
  "tiers-lieux travail numerique", "Die/26", "SCIC Diois Coworking", "entreprise")
I("fablab", "Fab lab toulousain « La Forge Numérique »",
  "Fablab associatif : imprimantes 3D, découpe laser et électronique à disposition des habitants, avec des formations et des projets collectifs.",
  "numerique tiers-lieux", "Toulouse/31", "Association La Forge Numérique", "association")
I("coworking-business", "Centre d'affaires et coworking premium",
  "Bureaux privatifs et espaces de coworking haut de gamme pour les entreprises au cœur du quartier de la Part-Dieu.",
  "travail", "Lyon/69", "Part-Dieu Business Center SAS", "entreprise")
I("tiers-lieu ehpad seniors interg", "Tiers-lieu intergénérationnel au sein d'un EHPAD",
  "L'EHPAD a ouvert son rez-de-chaussée en tiers-lieu : café, ateliers numériques, activités avec les écoles et les associations du quartier.",
  "tiers-lieux seniors lien-social", "Saint-Junien/87", "EHPAD Les Tanneurs", "autre")

# ---------------------------------------------------------------- insertion / IAE
I("iae aci jardin-insertion", "Jardin d'insertion bio des Vallons",
  "Atelier chantier d'insertion en maraîchage biologique : des salariés en insertion cultivent des légumes vendus en paniers aux adhérents.",
  "insertion alimentation", "Montbrison/42", "Association Jardins des Vallons", "association")
I("iae aci rural", "Chantier d'insertion de rénovation du petit patrimoine",
  "Chantier d'insertion qui restaure murets en pierre sèche, lavoirs et chemins, tout en formant des personnes éloignées de l'emploi aux métiers du bâtiment.",
  "insertion culture", "Figeac/46", "Association Patrimoine et Insertion du Quercy", "association")
I("iae aci", "Chantier d'insertion espaces naturels de Basse-Terre",
  "Chantier d'insertion qui entretient les sentiers et rivières de la côte au vent, avec un accompagnement socioprofessionnel des salariés.",
  "insertion", "Capesterre-Belle-Eau/971", "Association Gwadloup Nati", "association")
I("iae aci", "Chantier d'insertion bâtiment des Abymes",
  "Atelier chantier d'insertion qui réhabilite des logements anciens et forme des jeunes guadeloupéens aux métiers du second œuvre.",
  "insertion habitat jeunesse", "Les Abymes/971", "Association Bâtir Ensemble Guadeloupe", "association")
I("iae ei", "Entreprise d'insertion de collecte des déchets",
  "Entreprise d'insertion qui assure la collecte sélective et le nettoyage urbain pour les communes du bassin minier en employant des personnes au chômage de longue durée.",
  "insertion economie-circulaire", "Lens/62", "Bassin Minier Services", "entreprise")
I("iae etti", "Intérim d'insertion lyonnais",
  "Entreprise de travail temporaire d'insertion (ETTI) qui propose des missions d'intérim accompagnées aux personnes éloignées de l'emploi.",
  "insertion travail", "Lyon/69", "Tremplin Intérim Lyon", "entreprise")
I("iae ai rural", "Association intermédiaire de Haute-Corrèze",
  "Association intermédiaire qui met à disposition des personnes en insertion chez des particuliers, des collectivités et des entreprises du territoire rural.",
  "insertion travail", "Ussel/19", "Association Haute-Corrèze Emploi", "association")
I("iae regie qpv", "Régie de quartier de Grigny",
  "Régie de quartier qui emploie des habitants du quartier prioritaire de la Grande Borne pour l'entretien des espaces verts et des parties communes.",
  "insertion habitat", "Grigny/91", "Régie de quartier Grigny Solidaire", "association")
I("iae regie qpv", "Régie de quartier de Vaulx-en-Velin",
  "Structure d'insertion par l'activité économique qui embauche les habitants des quartiers prioritaires pour des services de proximité.",
  "insertion", "Vaulx-en-Velin/69", "Régie de quartier du Mas du Taureau", "association")
I("iae aci", "Atelier chantier d'insertion couture",
  "Atelier chantier d'insertion qui confectionne des sacs et vêtements à partir de textiles récupérés, avec des salariées en parcours d'insertion.",
  "insertion economie-circulaire", "Roubaix/59", "Association Fil à Fil", "association")
I("iae aci cantine-sol", "Chantier d'insertion en restauration collective",
  "Restaurant d'insertion qui prépare des repas pour les écoles et un restaurant solidaire ouvert à tous, avec des salariés en insertion.",
  "insertion alimentation", "Nancy/54", "Association Table Ouverte", "association")
I("iae ess-mention", "Ensemblier d'insertion du Limousin",
  "Groupe de SIAE regroupant une entreprise d'insertion, une association intermédiaire et deux ateliers et chantiers d'insertion, acteur de l'ESS régionale.",
  "insertion travail", "Limoges/87", "Groupe Limousin Insertion", "association")
I("insertion", "Facilitateurs de clauses sociales",
  "Des facilitateurs aident les entreprises attributaires de marchés publics à recruter des personnes en insertion grâce aux clauses sociales.",
  "insertion travail", "Paris/75", "Maison de l'Emploi de Paris", "collectivite")
I("tzcld rural", "Entreprise à but d'emploi du Pays d'Olmes",
  "Expérimentation Territoire zéro chômeur de longue durée : l'entreprise à but d'emploi embauche en CDI les chômeurs de longue durée volontaires pour des activités utiles au territoire.",
  "travail insertion", "Lavelanet/09", "EBE Olmes Emploi", "entreprise")
I("tzcld", "Territoire zéro chômeur de Sedan",
  "Dans le quartier du Lac, une entreprise à but d'emploi crée des emplois en CDI pour les personnes privées durablement d'emploi : conciergerie, réparation, maraîchage.",
  "travail insertion", "Sedan/08", "EBE Sedan Solidaire", "entreprise")
I("insertion jeunesse qpv", "Coaching emploi pour les jeunes des QPV",
  "Des coachs bénévoles issus de l'entreprise accompagnent les jeunes des QPV de Sarcelles dans leur recherche d'emploi ou d'alternance.",
  "insertion jeunesse", "Sarcelles/95", "Association Réussir Ensemble", "association")
I("geiq insertion", "GEIQ BTP de Gironde",
  "Groupement d'employeurs pour l'insertion et la qualification : des personnes éloignées de l'emploi sont recrutées en alternance par les entreprises du bâtiment.",
  "insertion travail", "Bordeaux/33", "GEIQ BTP Gironde", "association")
I("iae aci", "Chantier d'insertion de Koungou",
  "Chantier d'insertion qui nettoie les plages et ravines de Mayotte et forme les salariés aux métiers de l'environnement.",
  "insertion", "Koungou/976", "Association Mayotte Nature Emploi", "association")
I("iae aci rural", "Chantier d'insertion forestier des Vosges",
  "Atelier chantier d'insertion en forêt : débroussaillage, bûcheronnage et entretien des sentiers avec des salariés en insertion.",
  "insertion", "Saint-Dié-des-Vosges/88", "Association Forêt Emploi Vosges", "association")
I("iae aci", "Chantier d'insertion du littoral varois",
  "Chantier d'insertion qui entretient les sentiers du littoral et les plages des îles d'Hyères, avec accompagnement vers l'emploi durable.",
  "insertion", "Hyères/83", "Association Littoral Insertion", "association")
I("iae ei cantine-sol", "Traiteur d'insertion « Les Cuistots du Sud »",
  "Entreprise d'insertion de restauration : service traiteur pour les entreprises et formation de salariés en insertion aux métiers de la cuisine.",
  "insertion alimentation", "Marseille/13", "Les Cuistots du Sud", "entreprise")
I("insertion", "Insertion professionnelle des personnes réfugiées",
  "Programme d'accompagnement vers l'emploi des réfugiés : cours de français professionnel, stages en entreprise et mentorat.",
  "insertion travail", "Grenoble/38", "Association Accueil et Emploi Isère", "association")
I("iae aci precarite", "Laverie solidaire",
  "Laverie solidaire gérée en chantier d'insertion : les personnes sans domicile y lavent leur linge gratuitement, les habitants paient un tarif modique.",
  "insertion precarite", "Tourcoing/59", "Association Tourcoing Solidaire", "association")
I("iae", "Conciergerie d'insertion",
  "Conciergerie d'entreprises tenue par une structure d'insertion par l'activité économique : pressing, cordonnerie et courses pour les salariés du quartier d'affaires.",
  "insertion travail", "Nanterre/92", "Conciergerie Solidaire 92", "entreprise")
I("esat handicap", "ESAT de blanchisserie",
  "Établissement et service d'aide par le travail (ESAT) qui emploie 60 travailleurs handicapés dans une blanchisserie industrielle pour les hôtels et hôpitaux.",
  "handicap travail", "Vichy/03", "Association Bourbonnais Handicap Travail", "association")
I("iae ei", "Entreprise d'insertion de reconditionnement informatique",
  "Entreprise d'insertion qui reconditionne des ordinateurs d'entreprises et les revend à petit prix aux familles et associations.",
  "insertion economie-circulaire inclusion-numerique", "Poitiers/86", "Recyclo'Num", "entreprise")

# ---------------------------------------------------------------- ESS
I("ess", "Pôle territorial de coopération économique du Grand Figeac",
  "Le PTCE fédère entreprises de l'économie sociale et solidaire, collectivités et PME pour créer des emplois non délocalisables.",
  "travail", "Figeac/46", "PTCE Figeac Coopère", "association")
I("ess", "Incubateur d'entreprises de l'économie sociale et solidaire",
  "Incubateur qui accompagne pendant 18 mois les porteurs de projets d'entreprises sociales : formation, mentorat et accès au financement.",
  "travail", "Lille/59", "Incubateur Nord Solidaire", "association")
I("ess", "La Ruche ESS de Villeurbanne",
  "Espace d'accompagnement et de bureaux partagés pour les jeunes entreprises de l'ESS, avec un programme d'accélération de six mois.",
  "travail tiers-lieux", "Villeurbanne/69", "Association La Ruche ESS", "association")
I("ess-mention scic", "SCIC d'énergie citoyenne du Mené",
  "Société coopérative d'intérêt collectif qui finance avec les habitants des éoliennes et une unité de méthanisation, un modèle d'économie sociale et solidaire.",
  "economie-circulaire", "Le Mené/22", "SCIC Mené Énergies", "entreprise")
I("ess", "Mois de l'ESS en Occitanie",
  "Chaque novembre, une centaine d'événements font découvrir au grand public l'économie sociale et solidaire : portes ouvertes, forums emploi, conférences.",
  "vie-associative", "Toulouse/31", "Chambre régionale de l'ESS Occitanie", "association")
I("ess", "Fonds de prêts d'honneur pour les entreprises sociales",
  "Prêts à taux zéro et accompagnement pour les créateurs d'entreprises de l'ESS en Bretagne.",
  "travail", "Rennes/35", "Fondation Bretagne Solidaire", "fondation")
I("ess cae", "Coopérative d'activité et d'emploi « Coop'Sud »",
  "Coopérative d'activité et d'emploi qui permet aux entrepreneurs de tester leur activité en étant salariés de la coopérative, une forme d'entrepreneuriat collectif de l'ESS.",
  "travail", "Montpellier/34", "Coopérative Coop'Sud", "entreprise")
I("ess vie-asso", "Dispositif local d'accompagnement du Puy-de-Dôme",
  "Le DLA accompagne gratuitement les associations employeuses et les structures de l'économie sociale et solidaire dans leur consolidation.",
  "vie-associative travail", "Clermont-Ferrand/63", "Association Auvergne Accompagnement Solidaire", "association")
I("monnaie-locale", "Monnaie locale complémentaire du Pays basque",
  "Monnaie locale acceptée par un millier de commerçants et associations, pour relocaliser l'économie et soutenir les commerces de proximité.",
  "commerce-local", "Bayonne/64", "Association Diru Lokala", "association")
I("ess", "Maison de l'économie sociale et solidaire",
  "Lieu ressource de la métropole bordelaise pour l'ESS : permanences d'information, formations et bureaux pour les jeunes structures.",
  "vie-associative travail", "Bordeaux/33", "Bordeaux Métropole", "collectivite")
I("ess commerce", "Marché de Noël de l'ESS",
  "Un marché de Noël réunissant créateurs, ressourceries, entreprises d'insertion et commerce équitable pour des cadeaux responsables.",
  "commerce-local economie-circulaire", "Nantes/44", "Association Les Ateliers de l'ESS nantaise", "association")
I("ess", "Formation des élus à l'économie sociale et solidaire",
  "Cycle de formation pour aider les élus locaux picards à soutenir l'ESS sur leur territoire.",
  "vie-associative", "Amiens/80", "Chambre régionale de l'ESS Hauts-de-France", "association")
I("ess", "Achats publics responsables et ESS",
  "L'Eurométropole réserve une part de ses marchés publics aux structures de l'ESS et de l'insertion.",
  "insertion travail", "Strasbourg/67", "Eurométropole de Strasbourg", "collectivite")
I("ess jeunesse", "Tremplin ESS pour jeunes diplômés",
  "Programme qui place de jeunes diplômés en mission de six mois dans des entreprises sociales et associations, pour les orienter vers les métiers de l'ESS.",
  "jeunesse travail", "Paris/75", "Fondation Avenir Solidaire", "fondation")
I("ess", "Pôle ESS de Guyane",
  "Centre de ressources pour les coopératives, associations et entreprises sociales guyanaises : formation, accompagnement et mise en réseau.",
  "vie-associative travail", "Cayenne/973", "Chambre régionale de l'ESS de Guyane", "association")
I("ess-mention", "Restaurant coopératif « Le Bon Sens »",
  "Restaurant en SCOP où les salariés sont associés, cuisine de produits locaux, entreprise de l'économie sociale et solidaire.",
  "alimentation travail", "Dijon/21", "SCOP Le Bon Sens", "entreprise")

# ---------------------------------------------------------------- seniors
I("ehpad", "EHPAD hors les murs du Jura",
  "L'EHPAD propose ses services à domicile — soins, repas, téléassistance et animations — aux personnes âgées dépendantes qui veulent rester chez elles.",
  "seniors acces-aux-soins", "Lons-le-Saunier/39", "EHPAD Les Coteaux", "autre")
I("ehpad jardin-other", "Jardin thérapeutique à l'EHPAD des Tilleuls",
  "Un jardin adapté aux résidents atteints de la maladie d'Alzheimer, conçu avec les familles et des étudiants en paysage.",
  "seniors", "Tours/37", "EHPAD Les Tilleuls", "autre")
I("ehpad", "Établissement pour personnes âgées ouvert sur le quartier",
  "Cet établissement d'hébergement pour personnes âgées dépendantes accueille associations, écoles et habitants dans sa salle commune et son restaurant.",
  "seniors lien-social", "Toulouse/31", "Fondation Garonne Âges", "fondation")
I("ehpad interg jeunesse", "Micro-crèche au sein d'un EHPAD",
  "Une micro-crèche installée dans l'EHPAD permet aux enfants et aux résidents de partager des activités chaque jour.",
  "seniors jeunesse lien-social", "Angers/49", "Mutualité Anjou Seniors", "autre")
I("ehpad interg jeunesse", "Correspondance entre lycéens et résidents d'EHPAD",
  "Les lycéens écrivent aux résidents de deux EHPAD de Laval puis les rencontrent pour des ateliers de mémoire.",
  "seniors jeunesse lien-social", "Laval/53", "Lycée Ambroise-Paré", "etat")
I("ehpad sante", "Télémédecine en EHPAD",
  "Les résidents de six EHPAD du Cantal bénéficient de téléconsultations avec des spécialistes du centre hospitalier d'Aurillac.",
  "seniors acces-aux-soins", "Aurillac/15", "Centre hospitalier d'Aurillac", "etat")
I("ehpad", "Maison de retraite ouverte de Bastia",
  "La maison de retraite médicalisée organise chaque semaine des repas partagés avec les habitants du quartier et les familles.",
  "seniors lien-social", "Bastia/2B", "Résidence Santa Maria", "autre")
I("hab-incl seniors", "Habitat inclusif pour seniors « Les Glycines »",
  "Huit logements adaptés autour d'une salle commune, avec une animatrice qui organise la vie partagée des habitants âgés.",
  "seniors habitat", "Vendôme/41", "Territoires Vendômois Habitat", "collectivite")
I("hab-incl handicap", "Habitat inclusif pour personnes en situation de handicap psychique",
  "Six colocataires vivant avec des troubles psychiques partagent un appartement, avec l'appui d'un accompagnant pour la vie quotidienne.",
  "handicap habitat", "Metz/57", "Association Moselle Habitat Partagé", "association")
I("hab-seniors", "Béguinage solidaire de l'Artois",
  "Petites maisons de plain-pied autour d'un jardin commun pour des retraités autonomes, avec une vie collective animée par un coordinateur.",
  "seniors habitat lien-social", "Arras/62", "Béguinage Artois", "entreprise")
I("hab-seniors ccas", "Résidence autonomie du Perche-Sud",
  "Résidence autonomie rénovée : logements pour personnes âgées autonomes, restaurant, ateliers de prévention et accueil de jour.",
  "seniors habitat", "Alençon/61", "CCAS d'Alençon", "collectivite")
I("interg habitat", "Colocation intergénérationnelle étudiants-seniors",
  "Des seniors qui ont une chambre libre accueillent un étudiant contre une présence le soir et un loyer modéré.",
  "seniors habitat jeunesse", "Paris/75", "Association Toit en Partage", "association")
I("interg habitat", "Cohabitation intergénérationnelle solidaire",
  "Mise en relation de personnes âgées vivant seules et de jeunes en recherche de logement, avec un suivi de la cohabitation.",
  "seniors habitat jeunesse", "Lyon/69", "Association Ensemble sous un même toit", "association")
I("hab-incl seniors rural", "Maisons partagées pour personnes âgées en milieu rural",
  "Dans le Bocage bressuirais, des maisons partagées accueillent chacune huit personnes âgées qui ne peuvent plus vivre seules, une alternative à l'EHPAD près de leur village.",
  "seniors habitat", "Bressuire/79", "Association Vivre au Pays", "association")
I("seniors-iso rural", "Visites de convivialité aux aînés isolés des villages",
  "Des bénévoles rendent visite chaque semaine aux personnes âgées isolées des communes rurales du Sud-Aveyron pour rompre leur solitude.",
  "seniors lien-social", "Saint-Affrique/12", "Association Sud-Aveyron Fraternité", "association")
I("seniors-iso", "Équipe citoyenne contre l'isolement des âgés",
  "Une équipe de bénévoles du 11e arrondissement repère les voisins âgés isolés, leur rend visite et les invite aux sorties du quartier.",
  "seniors lien-social", "Paris/75", "Association Voisins Âgés Bienvenue", "association")
I("seniors-iso", "Appels de convivialité pour les personnes âgées",
  "Des bénévoles appellent chaque semaine des personnes âgées isolées de Limoges et de sa périphérie pour prendre des nouvelles et discuter.",
  "seniors lien-social", "Limoges/87", "Association Allô Voisins", "association")
I("seniors-iso rural", "Café des aînés itinérant du Livradois",
  "Un café convivial se tient chaque semaine dans un village différent pour permettre aux aînés isolés de se retrouver autour d'un jeu ou d'un spectacle.",
  "seniors lien-social", "Ambert/63", "Association Livradois Ensemble", "association")
I("seniors-iso rural", "Veille bienveillante des aînés par les commerçants",
  "Boulangers, facteurs et pharmaciens des villages des Baronnies signalent les personnes âgées qu'ils ne voient plus, pour éviter l'isolement.",
  "seniors lien-social commerce-local", "Nyons/26", "Association Baronnies Solidaires", "association")
I("mednum seniors", "Ateliers numériques pour les seniors",
  "Des ateliers pour apprendre aux retraités à utiliser une tablette, faire leurs démarches en ligne et échanger en visio avec leurs petits-enfants.",
  "seniors inclusion-numerique", "Tarbes/65", "CCAS de Tarbes", "collectivite")
I("seniors rural", "Portage de repas à domicile en zone rurale",
  "Livraison de repas équilibrés aux personnes âgées des villages, avec un moment d'échange à chaque passage du livreur.",
  "seniors alimentation", "Bourganeuf/23", "Communauté de communes Creuse Sud-Ouest", "collectivite")
I("seniors", "Plateforme d'aide aux aidants",
  "Accueil, écoute, formations et solutions de répit pour les proches qui accompagnent une personne âgée dépendante.",
  "seniors acces-aux-soins", "Reims/51", "Association Aidants Marne", "association")
I("seniors sante", "Ateliers équilibre et prévention des chutes",
  "Ateliers collectifs pour les plus de 60 ans afin de prévenir les chutes et garder confiance dans leurs déplacements.",
  "seniors acces-aux-soins", "Vesoul/70", "Mutualité Haute-Saône", "autre")
I("silver-commercial seniors", "Téléassistance connectée pour seniors",
  "Start-up qui commercialise un bracelet connecté détectant les chutes et alertant les proches.",
  "seniors numerique", "Montpellier/34", "SeniorTech SAS", "entreprise")
I("residence-commerciale seniors", "Résidence services seniors « Les Jardins d'Azur »",
  "Résidence services haut de gamme avec piscine, restaurant gastronomique et conciergerie pour retraités aisés.",
  "seniors habitat", "Cannes/06", "Azur Résidences SA", "entreprise")
I("seniors hab-seniors", "Accueil familial des personnes âgées",
  "Des familles d'accueil agréées hébergent chez elles des gramoun qui ne peuvent plus vivre seuls, une alternative à l'établissement.",
  "seniors habitat", "Saint-Paul/974", "Département de La Réunion", "collectivite")
I("seniors-iso", "Visites aux aînés isolés des mornes",
  "Des jeunes en service civique rendent visite aux personnes âgées isolées des quartiers des hauteurs du Lamentin.",
  "seniors lien-social jeunesse", "Le Lamentin/972", "Association Lanmen Ansanm", "association")
I("seniors-iso rural", "Équipe bénévole de visite des aînés du Poher",
  "Des bénévoles rendent visite aux personnes âgées isolées des communes rurales du Poher et les accompagnent à des sorties.",
  "seniors lien-social", "Carhaix-Plouguer/29", "Association Poher Fraternité", "association")
I("interg jardin-partage", "Jardin partagé intergénérationnel",
  "Jardin partagé entre les résidents d'une résidence autonomie et les enfants du centre de loisirs voisin.",
  "seniors lien-social jeunesse", "Valence/26", "Centre social Valence Sud", "association")

# ---------------------------------------------------------------- QPV / politique de la ville
I("qpv vie-asso", "Conseil citoyen des Tarterêts",
  "Le conseil citoyen du quartier prioritaire des Tarterêts associe les habitants aux décisions du contrat de ville.",
  "vie-associative", "Corbeil-Essonnes/91", "Conseil citoyen des Tarterêts", "autre")
I("qpv", "Adultes-relais médiateurs dans les quartiers prioritaires",
  "Des médiateurs adultes-relais assurent le lien entre les habitants des quartiers prioritaires du Val Fourré et les institutions.",
  "lien-social acces-aux-droits", "Mantes-la-Jolie/78", "Association Médiation Val Fourré", "association")
I("qpv jeunesse", "Cité éducative de Clichy-sous-Bois",
  "La cité éducative coordonne écoles, collèges, associations et services municipaux pour la réussite des enfants et des jeunes du QPV.",
  "jeunesse", "Clichy-sous-Bois/93", "Ville de Clichy-sous-Bois", "collectivite")
I("qpv vie-asso", "Fonds de participation des habitants",
  "Un fonds permet aux habitants des quartiers politique de la ville de Nîmes de financer rapidement de petits projets collectifs.",
  "vie-associative lien-social", "Nîmes/30", "Ville de Nîmes", "collectivite")
I("qpv habitat", "Gestion urbaine de proximité à Amiens Nord",
  "Démarche associant bailleurs, ville et habitants pour améliorer la propreté et le cadre de vie du quartier prioritaire d'Amiens Nord.",
  "habitat", "Amiens/80", "Amiens Métropole", "collectivite")
I("qpv travail", "Boutique éphémère des entrepreneurs des quartiers",
  "Une boutique à l'essai permet aux créateurs d'entreprise issus des QPV de tester leur activité en centre-ville.",
  "travail commerce-local", "Bobigny/93", "Association Entreprendre en Seine-Saint-Denis", "association")
I("qpv jeunesse", "Sport au pied des tours",
  "Des éducateurs sportifs proposent des activités gratuites en soirée aux jeunes des quartiers prioritaires.",
  "jeunesse", "Vénissieux/69", "Ville de Vénissieux", "collectivite")
I("qpv habitat", "Renouvellement urbain et relogement accompagné",
  "Dans le cadre du NPNRU, les habitants relogés du quartier prioritaire des Merisiers bénéficient d'un accompagnement social personnalisé.",
  "habitat", "Trappes/78", "Les Résidences Yvelines", "entreprise")

# ---------------------------------------------------------------- aide aux devoirs / accompagnement scolaire
I("devoirs college qpv", "Aide aux devoirs pour les collégiens de Saint-Denis",
  "Chaque soir après les cours, des bénévoles et étudiants accompagnent les collégiens des quartiers prioritaires de Saint-Denis dans leurs devoirs et révisions.",
  "jeunesse", "Saint-Denis/93", "Association Réussite Dionysienne", "association")
I("devoirs lycee", "Accompagnement scolaire des lycéens dionysiens",
  "Accompagnement scolaire et aide aux devoirs pour les lycéens de Saint-Denis de La Réunion, avec préparation au bac et à Parcoursup.",
  "jeunesse", "Saint-Denis/974", "Association Lékol Ansanm", "association")
I("devoirs college", "Soutien scolaire gratuit au Chaudron",
  "Soutien scolaire gratuit pour les collégiens du quartier du Chaudron, à Saint-Denis de La Réunion, assuré par des étudiants de l'université.",
  "jeunesse", "Saint-Denis/974", "Association Chaudron Réussite", "association")
I("devoirs primaire", "Aide aux devoirs à la médiathèque de Saint-Denis",
  "Les écoliers de Saint-Denis (93) sont accueillis chaque mercredi à la médiathèque pour faire leurs devoirs avec des bibliothécaires et des bénévoles.",
  "jeunesse culture", "Saint-Denis/93", "Plaine Commune", "collectivite")
I("devoirs college rural", "Aide aux devoirs en visio pour les collégiens du plateau",
  "Des bénévoles aident à distance les collégiens des villages du plateau ardéchois qui rentrent tard à cause du transport scolaire.",
  "jeunesse inclusion-numerique", "Saint-Agrève/07", "Association Plateau Réussite", "association")
I("devoirs college rural", "Accompagnement scolaire itinérant dans le Morvan",
  "Un animateur se rend dans les villages pour un accompagnement scolaire des collégiens en milieu rural, en lien avec le collège de secteur.",
  "jeunesse", "Château-Chinon (Ville)/58", "Familles Rurales Morvan", "association")
I("devoirs primaire college rural", "Aide aux devoirs au foyer rural",
  "Le foyer rural accueille après l'école les enfants et collégiens des communes alentour pour les devoirs et des activités.",
  "jeunesse vie-associative", "Mirande/32", "Foyer rural de l'Astarac", "association")
I("devoirs lycee", "Tutorat étudiants-lycéens",
  "Des étudiants de l'université accompagnent chaque semaine des lycéens de la métropole lilloise pour les aider à réussir et à s'orienter.",
  "jeunesse", "Lille/59", "Association Cordées Lilloises", "association")
I("devoirs lycee qpv", "Tutorat des lycéens des quartiers prioritaires de Marseille",
  "Des étudiants accompagnent les lycéens des quartiers prioritaires dans leur scolarité et la préparation de l'enseignement supérieur.",
  "jeunesse", "Marseille/13", "Association Ambition Sud", "association")
I("devoirs primaire college", "Contrat local d'accompagnement à la scolarité (CLAS)",
  "Dans le cadre du CLAS, le centre social propose aux élèves du CP à la 3e un accompagnement scolaire et des activités culturelles, avec les parents.",
  "jeunesse", "Tourcoing/59", "Centre social de la Bourgogne", "association")
I("devoirs primaire", "Aide aux devoirs à la médiathèque de Vitré",
  "Des bénévoles accueillent les écoliers deux soirs par semaine à la médiathèque pour l'aide aux devoirs et la lecture.",
  "jeunesse culture", "Vitré/35", "Ville de Vitré", "collectivite")
I("devoirs primaire college", "Soutien scolaire pour les enfants allophones",
  "Accompagnement scolaire et apprentissage du français pour les enfants récemment arrivés en France, du primaire au collège.",
  "jeunesse", "Strasbourg/67", "Association Langues et Réussite", "association")
I("devoirs college qpv", "Aide aux devoirs dans les quartiers Nord",
  "Aide aux devoirs quotidienne pour les collégiens des cités des quartiers Nord de Marseille, avec un goûter et des sorties culturelles.",
  "jeunesse", "Marseille/13", "Association Nord Avenir", "association")
I("devoirs college", "Stage de révision du brevet",
  "Stages gratuits de révision du brevet pendant les vacances de printemps pour les collégiens de Montreuil.",
  "jeunesse", "Montreuil/93", "Ville de Montreuil", "collectivite")
I("devoirs college", "Aide aux devoirs pour les collégiens de Mayotte",
  "Des animateurs et bénévoles accompagnent les collégiens de Mamoudzou dans leurs devoirs, avec un accent sur la maîtrise du français.",
  "jeunesse", "Mamoudzou/976", "Association Mayotte Réussite", "association")
I("devoirs college", "Accompagnement scolaire sur le Maroni",
  "Accompagnement scolaire pour les collégiens de l'Ouest guyanais, en lien avec les familles et les médiateurs culturels.",
  "jeunesse", "Saint-Laurent-du-Maroni/973", "Association Lékol Maroni", "association")
I("devoirs college qpv", "Aide aux devoirs dans la cité des Beaudottes",
  "Aide aux devoirs et soutien méthodologique pour les collégiens du quartier prioritaire des Beaudottes.",
  "jeunesse", "Sevran/93", "Association Beaudottes Avenir", "association")
I("devoirs college interg seniors", "Accompagnement scolaire par des retraités",
  "Des enseignants retraités bénévoles accompagnent des collégiens en difficulté, une heure par semaine, à la maison de quartier.",
  "jeunesse seniors", "Quimper/29", "Association Quimper Transmettre", "association")
I("cours-payants", "Cours particuliers en ligne « Prof Express »",
  "Plateforme commerciale de cours particuliers en visio avec des professeurs certifiés, abonnements à partir de 29 € par mois.",
  "numerique jeunesse", "Paris/75", "Prof Express SAS", "entreprise")
I("devoirs primaire rural", "Aide aux devoirs au village",
  "Dans les Cévennes lozériennes, des retraités aident les enfants des hameaux à faire leurs devoirs au foyer communal.",
  "jeunesse seniors", "Florac Trois Rivières/48", "Association Cévennes Entraide", "association")
I("devoirs-related primaire", "Coup de pouce lecture au CP",
  "Des clubs de lecture après la classe pour les élèves de CP qui ont peu d'occasions de lire à la maison.",
  "jeunesse culture", "Le Havre/76", "Ville du Havre", "collectivite")
I("mentorat lycee rural jeunesse", "Mentorat des lycéens ruraux",
  "Des professionnels bénévoles accompagnent les lycéens de zones rurales du Cantal dans leur orientation post-bac.",
  "jeunesse", "Mauriac/15", "Association Ambitions Cantal", "association")

# ---------------------------------------------------------------- numérique
I("mednum conseiller-num rural", "Conseiller numérique itinérant en Ardèche",
  "Un conseiller numérique se déplace dans les mairies des villages pour aider les habitants à utiliser leur smartphone, leur messagerie et les services en ligne.",
  "inclusion-numerique", "Privas/07", "Département de l'Ardèche", "collectivite")
I("france-services acces-droits rural", "France Services de Lamastre",
  "Espace France Services où deux agents accompagnent les habitants dans leurs démarches : impôts, CAF, retraite, santé, emploi.",
  "acces-aux-droits inclusion-numerique", "Lamastre/07", "Communauté de communes du Pays de Lamastre", "collectivite")
I("france-services acces-droits rural", "Maison France Services de Largentière",
  "Guichet unique des services publics du sud Ardèche, avec un conseiller numérique pour les démarches en ligne.",
  "acces-aux-droits inclusion-numerique", "Largentière/07", "Communauté de communes Val de Ligne", "collectivite")
I("france-services acces-droits", "France Services de Mende",
  "Accueil de proximité pour les démarches administratives auprès de la CAF, de l'Assurance maladie, de France Travail et des impôts.",
  "acces-aux-droits", "Mende/48", "Ville de Mende", "collectivite")
I("france-services acces-droits rural mobilite", "Bus France Services de la Brenne",
  "Un bus itinérant France Services s'arrête dans les villages de la Brenne pour aider aux démarches administratives et numériques.",
  "acces-aux-droits inclusion-numerique mobilite", "Le Blanc/36", "Communauté de communes Brenne Val de Creuse", "collectivite")
I("mednum epn", "Espace public numérique de Sarreguemines",
  "L'EPN propose accès libre aux ordinateurs, ateliers d'initiation et accompagnement aux démarches en ligne.",
  "inclusion-numerique", "Sarreguemines/57", "Ville de Sarreguemines", "collectivite")
I("mednum", "Médiation numérique pour tous à Calais",
  "Ateliers de médiation numérique pour apprendre à se servir d'un ordinateur, d'une messagerie et des sites administratifs.",
  "inclusion-numerique", "Calais/62", "Association Côte d'Opale Connectée", "association")
I("mednum acces-droits", "Point numérique CAF",
  "Un médiateur aide les allocataires à créer leur compte et faire leurs démarches sur le site de la CAF.",
  "inclusion-numerique acces-aux-droits", "Creil/60", "Caisse d'allocations familiales de l'Oise", "etat")
I("mednum qpv", "Médiation numérique en quartier prioritaire",
  "Permanences de médiation numérique dans les centres sociaux des quartiers prioritaires de Vitry pour accompagner les démarches en ligne.",
  "inclusion-numerique acces-aux-droits", "Vitry-sur-Seine/94", "Ville de Vitry-sur-Seine", "collectivite")
I("mednum acces-droits", "Accompagnement aux démarches en ligne",
  "Des aidants numériques habilités réalisent avec les usagers leurs démarches administratives en ligne de manière sécurisée.",
  "inclusion-numerique acces-aux-droits", "Cergy/95", "Association Cergy Numérique Solidaire", "association")
I("mednum", "Pass numérique montpelliérain",
  "Des chéquiers de pass numériques donnent accès gratuitement à des ateliers d'initiation au numérique dans des lieux labellisés.",
  "inclusion-numerique", "Montpellier/34", "Montpellier Méditerranée Métropole", "collectivite")
I("mednum conseiller-num", "Conseillère numérique en bibliothèque",
  "Une conseillère numérique accueille les habitants à la médiathèque pour des ateliers sur smartphone et ordinateur.",
  "inclusion-numerique culture", "Forbach/57", "Ville de Forbach", "collectivite")
I("mednum handicap", "Inclusion numérique des personnes handicapées",
  "Ateliers numériques adaptés aux personnes déficientes visuelles et auditives, avec des outils d'accessibilité.",
  "inclusion-numerique handicap", "Nancy/54", "Association Lorraine Accessible", "association")
I("mednum", "Médiation numérique au Port",
  "Des médiateurs numériques accompagnent les habitants du Port, à La Réunion, dans l'usage du téléphone et des services publics en ligne.",
  "inclusion-numerique", "Le Port/974", "Association Lé Konekté", "association")
I("mednum", "Hub pour un numérique inclusif",
  "Réseau régional qui outille et forme les médiateurs numériques, et coordonne les lieux d'inclusion numérique en Auvergne-Rhône-Alpes.",
  "inclusion-numerique", "Lyon/69", "Hub Numérique Inclusif AURA", "association")
I("mednum epn rural", "Espace numérique de la vallée de l'Alagnon",
  "Un espace numérique rural ouvert aux habitants de Murat et des villages voisins : accès aux ordinateurs, initiation et aide aux démarches.",
  "inclusion-numerique", "Murat/15", "Hautes Terres Communauté", "collectivite")
I("num-formation insertion", "École du numérique pour demandeurs d'emploi",
  "Formation gratuite de développeur web en sept mois pour des demandeurs d'emploi et jeunes sans diplôme.",
  "numerique insertion", "Roubaix/59", "École du Web Solidaire", "association")
I("num-tech", "Start-up d'intelligence artificielle pour la logistique",
  "Jeune entreprise qui développe des algorithmes d'optimisation des tournées de livraison pour les transporteurs.",
  "numerique", "Paris/75", "OptiRoute AI", "entreprise")
I("num-infra rural", "Déploiement de la fibre optique dans le Gers",
  "Le syndicat mixte raccorde 100 % des foyers gersois à la fibre optique d'ici à 2026.",
  "numerique", "Auch/32", "Gers Numérique", "collectivite")
I("num-tech", "Agence web pour artisans",
  "Agence qui crée des sites internet et gère les réseaux sociaux des artisans et commerçants.",
  "numerique commerce-local", "Angers/49", "Artisans Digital", "entreprise")
I("mednum conseiller-num", "Conseillers numériques des quartiers marseillais",
  "Une équipe de conseillers numériques tient des permanences dans les mairies de secteur et les centres sociaux de Marseille.",
  "inclusion-numerique", "Marseille/13", "Ville de Marseille", "collectivite")
I("mednum", "Médiation numérique en Guadeloupe",
  "Des médiateurs numériques accompagnent les habitants de Basse-Terre et des communes voisines dans l'usage d'internet et les démarches dématérialisées.",
  "inclusion-numerique", "Basse-Terre/971", "Association Gwada Connect", "association")
I("recond mednum", "Ordinateurs reconditionnés pour les familles",
  "Des ordinateurs reconditionnés sont donnés aux familles sans équipement, avec une formation à leur prise en main.",
  "inclusion-numerique economie-circulaire", "Besançon/25", "Association Connexions Solidaires Doubs", "association")
I("mednum jeunesse", "Promeneurs du net",
  "Des éducateurs assurent une présence éducative sur les réseaux sociaux pour accompagner les jeunes en ligne.",
  "jeunesse numerique", "Chartres/28", "Caisse d'allocations familiales d'Eure-et-Loir", "etat")

# ---------------------------------------------------------------- santé
I("msp rural", "Maison de santé pluriprofessionnelle de Lormes",
  "La MSP réunit médecins généralistes, infirmières, kinésithérapeute et orthophoniste pour maintenir l'offre de soins dans ce territoire rural du Morvan.",
  "acces-aux-soins", "Lormes/58", "Communauté de communes Morvan Sommets", "collectivite")
I("msp rural", "MSP du Haut-Allier",
  "Maison de santé pluriprofessionnelle qui a permis l'installation de trois jeunes médecins dans ce canton de montagne.",
  "acces-aux-soins", "Langeac/43", "SISA Santé Haut-Allier", "autre")
I("msp rural", "Maison de santé pluriprofessionnelle du Poher",
  "Médecins, dentistes, infirmiers et sage-femme exercent ensemble dans cette maison de santé du Centre-Bretagne, avec des consultations de télémédecine.",
  "acces-aux-soins", "Carhaix-Plouguer/29", "SISA du Poher", "autre")
I("msp rural", "Maison de santé de Felletin",
  "Maison de santé qui regroupe généralistes, infirmiers et kinésithérapeutes, et accueille des internes pour attirer de futurs médecins en Creuse.",
  "acces-aux-soins", "Felletin/23", "Commune de Felletin", "collectivite")
I("msp rural", "Pôle de santé du Couserans",
  "Pôle de santé pluridisciplinaire réunissant une vingtaine de professionnels sur plusieurs sites pour les habitants des vallées.",
  "acces-aux-soins", "Saint-Girons/09", "Association Santé Couserans", "association")
I("msp qpv", "MSP du quartier du Chêne-Pointu",
  "Une maison de santé pluriprofessionnelle installée au pied des immeubles du quartier prioritaire pour répondre au manque de médecins.",
  "acces-aux-soins", "Clichy-sous-Bois/93", "SISA Clichy Santé", "autre")
I("msp", "Maison de santé pluriprofessionnelle de Sedan",
  "MSP réunissant une quinzaine de professionnels, avec un programme d'éducation thérapeutique pour les patients diabétiques.",
  "acces-aux-soins", "Sedan/08", "SISA Sedan Santé", "autre")
I("msp centre-sante", "Maison de santé de l'Ouest guyanais",
  "Maison de santé pluriprofessionnelle avec médiateurs en santé et interprètes, pour l'accès aux soins des habitants des rives du Maroni.",
  "acces-aux-soins", "Saint-Laurent-du-Maroni/973", "Association Santé Maroni", "association")
I("centre-sante", "Centre de santé municipal de Vénissieux",
  "Centre de santé où des médecins salariés de la ville pratiquent le tiers payant pour tous les patients.",
  "acces-aux-soins", "Vénissieux/69", "Ville de Vénissieux", "collectivite")
I("centre-sante qpv", "Centre de santé communautaire du Marseille Nord",
  "Centre de santé communautaire dans un quartier prioritaire : consultations, médiation en santé et actions de prévention avec les habitants.",
  "acces-aux-soins", "Marseille/13", "Association Santé Nord Ensemble", "association")
I("centre-sante", "Centre départemental de santé",
  "Le département salarie des médecins généralistes dans des centres de santé pour lutter contre les déserts médicaux.",
  "acces-aux-soins", "Mâcon/71", "Département de Saône-et-Loire", "collectivite")
I("centre-sante", "Centre de santé associatif de Saint-Denis",
  "Centre de santé associatif pratiquant le tiers payant, avec une permanence d'accès aux droits santé.",
  "acces-aux-soins acces-aux-droits", "Saint-Denis/93", "Association Santé Plaine", "association")
I("centre-sante", "Centre de santé mutualiste de Nîmes",
  "Centre de santé proposant médecine générale, dentaire et ophtalmologie sans dépassement d'honoraires.",
  "acces-aux-soins", "Nîmes/30", "Mutualité Française Gard", "autre")
I("centre-sante rural", "Médecins salariés par la commune",
  "Pour pallier le départ à la retraite des médecins, la commune a ouvert un centre de santé et recruté deux généralistes salariés.",
  "acces-aux-soins", "La Châtre/36", "Commune de La Châtre", "collectivite")
I("sante", "Bus de prévention santé de l'Aisne",
  "Un bus sillonne les communes pour proposer dépistages, vaccinations et information sur la santé, notamment dans les villages sans médecin.",
  "acces-aux-soins", "Laon/02", "Département de l'Aisne", "collectivite")
I("sante-mentale", "Groupe d'entraide mutuelle brestois",
  "Le GEM est un lieu d'accueil et d'entraide géré par et pour des personnes vivant avec des troubles psychiques.",
  "acces-aux-soins lien-social handicap", "Brest/29", "Association GEM Ar Vag", "association")
I("sante precarite", "Permanence d'accès aux soins de santé",
  "La PASS de l'hôpital accueille les personnes sans couverture sociale pour des consultations gratuites et l'ouverture de leurs droits.",
  "acces-aux-soins precarite acces-aux-droits", "Lyon/69", "Hospices civils de Lyon", "etat")
I("sante qpv", "Médiateurs santé en quartiers prioritaires",
  "Des médiatrices en santé accompagnent les habitants des QPV vers le dépistage, la vaccination et les rendez-vous médicaux.",
  "acces-aux-soins", "Marseille/13", "Association Santé Passerelle", "association")
I("teleconsult rural", "Cabine de téléconsultation en pharmacie",
  "Dans ce bourg sans médecin, une cabine de téléconsultation installée dans la pharmacie permet de consulter un généraliste à distance.",
  "acces-aux-soins", "Tence/43", "Pharmacie du Lignon", "entreprise")
I("sante precarite", "Bus dentaire solidaire",
  "Un cabinet dentaire mobile soigne gratuitement les personnes sans abri et les familles précaires.",
  "acces-aux-soins precarite", "Lille/59", "Association Sourire Pour Tous", "association")
I("sante", "Mutuelle communale",
  "La commune a négocié une complémentaire santé à tarif réduit pour les habitants sans mutuelle, notamment les retraités.",
  "acces-aux-soins", "Sète/34", "Ville de Sète", "collectivite")
I("sante-near", "Maison du bien-être et de la santé naturelle",
  "Centre de bien-être proposant massages, naturopathie, sophrologie et soins esthétiques.",
  "commerce-local", "Annecy/74", "Zen Annecy SARL", "entreprise")
I("sante-near rural", "Clinique vétérinaire rurale",
  "Une clinique vétérinaire s'installe pour soigner les animaux d'élevage des exploitations du Cantal.",
  "commerce-local", "Aurillac/15", "Vétérinaires du Cantal", "entreprise")

# ---------------------------------------------------------------- jardins
I("jardin-partage", "Jardin partagé de la Goutte Verte",
  "Jardin partagé associatif du 20e arrondissement de Paris, où les habitants cultivent des parcelles collectives et organisent des fêtes de quartier.",
  "lien-social alimentation", "Paris/75", "Association La Goutte Verte", "association")
I("jardin-partage", "Jardin partagé du square Villemin",
  "Un jardin partagé géré par les riverains du 10e arrondissement : potager collectif, compost et animations pour les écoles.",
  "lien-social", "Paris/75", "Association Villemin Jardine", "association")
I("jardin-partage", "Jardin partagé de Wazemmes",
  "Les habitants de Wazemmes cultivent ensemble légumes et fleurs sur une friche transformée en jardin partagé.",
  "lien-social alimentation", "Lille/59", "Association Wazemmes Jardine", "association")
I("jardin-partage qpv", "Jardin partagé de Lille-Moulins",
  "Jardin partagé au cœur d'un quartier prioritaire lillois, avec des bacs surélevés pour les personnes âgées et un atelier cuisine des récoltes.",
  "lien-social alimentation", "Lille/59", "Centre social de Moulins", "association")
I("jardin-partage", "Jardin partagé des Pentes",
  "Un jardin partagé en terrasses sur les pentes de la Croix-Rousse, cultivé par une cinquantaine de familles.",
  "lien-social", "Lyon/69", "Association Les Pentes Jardinent", "association")
I("jardin-partage", "Jardin partagé du Cours Julien",
  "Jardin collectif d'un îlot marseillais où les voisins cultivent plantes aromatiques et légumes méditerranéens.",
  "lien-social", "Marseille/13", "Association Jardins du Cours", "association")
I("jardin-partage", "Jardin partagé de l'île de Nantes",
  "Jardin partagé sur une ancienne friche portuaire : parcelles collectives, ruches et compost de quartier.",
  "lien-social", "Nantes/44", "Association Île Jardine", "association")
I("jardin-partage", "Jardin partagé de Saint-Michel",
  "Les habitants du quartier Saint-Michel cultivent ensemble un jardin partagé et y accueillent les écoles.",
  "lien-social", "Bordeaux/33", "Association Saint-Michel Vert", "association")
I("jardin-partage", "Jardin partagé des Beaux-Arts",
  "Jardin partagé montpelliérain animé par les riverains, avec des ateliers de permaculture ouverts à tous.",
  "lien-social", "Montpellier/34", "Association Beaux-Arts Jardine", "association")
I("jardin-partage", "Jardin partagé de la Meinau",
  "Jardin partagé cultivé par des familles de plusieurs nationalités, avec des échanges de semences et de recettes.",
  "lien-social", "Strasbourg/67", "Association Meinau Verte", "association")
I("jardin-partage", "Jardin partagé rouennais « Les Mains Vertes »",
  "Jardin partagé de la rive gauche de Rouen où chacun peut venir jardiner, apprendre et récolter.",
  "lien-social", "Rouen/76", "Association Les Mains Vertes", "association")
I("jardin-partage", "Jardin partagé de l'Aurence",
  "Jardin partagé au pied des immeubles du quartier de l'Aurence, créé à l'initiative des locataires.",
  "lien-social", "Limoges/87", "Amicale des locataires de l'Aurence", "association")
I("jardin-partage", "Jardins partagés toulousains",
  "Un réseau de douze jardins partagés dans les quartiers toulousains, accompagnés par une association d'éducation à l'environnement.",
  "lien-social", "Toulouse/31", "Association Toulouse Jardine", "association")
I("jardin-partage", "Jardin partagé stéphanois du Crêt de Roc",
  "Sur une pente autrefois délaissée, les habitants du Crêt de Roc ont créé un jardin partagé en terrasses.",
  "lien-social", "Saint-Étienne/42", "Association Crêt de Roc Jardine", "association")
I("jardin-partage", "Jardin créole partagé",
  "Jardin partagé guadeloupéen où les habitants cultivent plantes médicinales et légumes péyi, et transmettent les savoirs aux enfants.",
  "lien-social alimentation culture", "Pointe-à-Pitre/971", "Association Jaden Kréyòl", "association")
I("jardin-partage rural", "Jardin partagé du village de Seix",
  "Un jardin partagé sur un terrain communal, où anciens et nouveaux habitants du village cultivent ensemble.",
  "lien-social", "Seix/09", "Commune de Seix", "collectivite")
I("jardin-familial", "Jardins familiaux de Roubaix",
  "Cent vingt parcelles de jardins familiaux louées à prix modique aux familles roubaisiennes, avec un abri et un récupérateur d'eau.",
  "alimentation lien-social", "Roubaix/59", "Ville de Roubaix", "collectivite")
I("jardin-familial", "Jardins familiaux de Mulhouse",
  "Jardins familiaux rénovés en partie en jardins collectifs, avec des parcelles adaptées aux personnes à mobilité réduite.",
  "alimentation lien-social", "Mulhouse/68", "Association des jardins familiaux de Mulhouse", "association")
I("jardin-familial", "Jardins ouvriers de Denain",
  "Les jardins ouvriers historiques sont relancés pour permettre aux familles de cultiver leurs légumes.",
  "alimentation lien-social", "Denain/59", "Association Les Jardins de l'Escaut", "association")
I("jardin-pedago", "Jardin pédagogique à l'école",
  "Chaque école de la ville dispose d'un potager pédagogique entretenu par les élèves avec un animateur nature.",
  "jeunesse alimentation", "Auxerre/89", "Ville d'Auxerre", "collectivite")
I("jardin-botanique", "Jardin botanique municipal : nouvelle serre tropicale",
  "Le jardin botanique ouvre une serre tropicale présentant 500 espèces de plantes et des visites guidées.",
  "culture", "Caen/14", "Ville de Caen", "collectivite")
I("jardinerie", "Jardinerie en franchise",
  "Ouverture d'une jardinerie de 4 000 m² proposant plantes, outillage et animalerie.",
  "commerce-local", "Mérignac/33", "Verts Jardins SAS", "entreprise")
I("jardin-partage", "Potagers en libre-service dans les rues",
  "Des bacs potagers sont installés dans les rues du centre-ville : chacun peut planter, arroser et se servir.",
  "alimentation lien-social", "Carpentras/84", "Collectif Carpentras Comestible", "association")
I("ferme-urbaine qpv", "Ferme urbaine solidaire",
  "Une ferme urbaine sur des toits d'immeubles du quartier prioritaire produit des légumes vendus à prix solidaires aux habitants.",
  "alimentation insertion", "Sarcelles/95", "Association Toits Fertiles", "association")
I("grainotheque", "Grainothèque de la médiathèque",
  "Les habitants échangent librement leurs graines de légumes et de fleurs à la médiathèque.",
  "culture alimentation", "Villeneuve-sur-Lot/47", "Ville de Villeneuve-sur-Lot", "collectivite")
I("compost", "Composteurs partagés de quartier",
  "La métropole installe des composteurs partagés en pied d'immeuble, animés par des habitants référents.",
  "economie-circulaire", "Lyon/69", "Métropole de Lyon", "collectivite")
I("jardin-partage", "Jardin partagé d'Avignon Nord",
  "Jardin partagé dans le quartier de la Reine Jeanne, où les habitants cultivent et cuisinent ensemble.",
  "lien-social alimentation", "Avignon/84", "Centre social Avignon Nord", "association")

# ---------------------------------------------------------------- AMAP / circuits courts
I("amap", "AMAP des Pentes de la Croix-Rousse",
  "AMAP qui réunit chaque jeudi 80 familles et un maraîcher bio des Monts du Lyonnais, avec paniers de légumes, œufs et pain.",
  "alimentation", "Lyon/69", "AMAP des Pentes", "association")
I("amap", "AMAP Paris 11 « Le Panier Bastille »",
  "Association pour le maintien d'une agriculture paysanne : les adhérents préfinancent la récolte d'un maraîcher francilien.",
  "alimentation", "Paris/75", "AMAP Le Panier Bastille", "association")
I("amap", "AMAP de Nantes Nord",
  "Une AMAP qui livre chaque semaine des paniers de légumes bio cultivés à 20 km de Nantes, et organise des visites à la ferme.",
  "alimentation", "Nantes/44", "AMAP Nantes Nord", "association")
I("amap", "AMAP bio de Dijon",
  "AMAP regroupant maraîcher, éleveur et fromager de Côte-d'Or, avec un contrat solidaire pour les foyers modestes.",
  "alimentation", "Dijon/21", "AMAP Les Paniers Dijonnais", "association")
I("amap", "Association pour le maintien d'une agriculture paysanne du Val de Sèvre",
  "Contrats de paniers hebdomadaires entre des familles niortaises et des paysans locaux, avec des chantiers participatifs à la ferme.",
  "alimentation", "Niort/79", "Association Val de Sèvre Paysan", "association")
I("amap panier-sol", "AMAP solidaire de Lille-Fives",
  "AMAP proposant des paniers à prix réduit aux familles à faibles revenus, le surcoût étant pris en charge par les autres adhérents.",
  "alimentation precarite", "Lille/59", "AMAP Fives Solidaire", "association")
I("amap", "AMAP pain et fromage du Forez",
  "AMAP qui complète les paniers de légumes par du pain au levain et des fromages de producteurs du Forez.",
  "alimentation", "Feurs/42", "AMAP du Forez", "association")
I("amap", "AMAP aubagnaise",
  "AMAP historique de Provence : des familles soutiennent un maraîcher du pays d'Aubagne en achetant sa récolte à l'avance.",
  "alimentation", "Aubagne/13", "AMAP Aubagne Paysanne", "association")
I("amap", "AMAP péyi du Lamentin",
  "Première AMAP de Martinique, qui relie des agriculteurs locaux et des familles pour des paniers de fruits et légumes péyi.",
  "alimentation", "Le Lamentin/972", "AMAP Jaden Péyi", "association")
I("circuit-court rural", "Drive fermier du Gers",
  "Les producteurs gersois vendent leurs produits en ligne et les clients les retirent chaque vendredi dans un point de livraison.",
  "alimentation commerce-local", "Auch/32", "Chambre d'agriculture du Gers", "autre")
I("circuit-court", "Magasin de producteurs aveyronnais",
  "Vingt producteurs se relaient dans ce magasin collectif qui vend viande, fromages et légumes en circuit court.",
  "alimentation commerce-local", "Rodez/12", "SARL Saveurs d'Aveyron", "entreprise")
I("circuit-court cantine-scolaire", "Légumerie pour la restauration scolaire",
  "Une légumerie municipale transforme les légumes de producteurs locaux pour les cantines scolaires de la ville.",
  "alimentation", "Grasse/06", "Ville de Grasse", "collectivite")
I("panier-sol iae", "Paniers solidaires de légumes bio",
  "Des paniers de légumes bio cultivés par un jardin d'insertion sont vendus à prix réduit aux familles modestes.",
  "alimentation insertion precarite", "Besançon/25", "Association Jardins de Franche-Comté", "association")

# ---------------------------------------------------------------- cantines / aide alimentaire
I("cantine-sol", "Cantine solidaire « La Marmite »",
  "Cantine solidaire marseillaise où chacun paie selon ses moyens un repas cuisiné avec des invendus, dans une ambiance conviviale.",
  "alimentation precarite lien-social", "Marseille/13", "Association La Marmite Joyeuse", "association")
I("cantine-sol", "Restaurant solidaire à prix libre",
  "Restaurant solidaire lyonnais servant chaque midi un repas à prix libre, ouvert à tous, y compris aux personnes à la rue.",
  "alimentation precarite", "Lyon/69", "Association Le Court-Circuit", "association")
I("cantine-sol", "Cantine de quartier de Belleville",
  "Cantine solidaire et participative : les habitants cuisinent ensemble et partagent un repas à prix libre trois fois par semaine.",
  "alimentation lien-social", "Paris/75", "Association Belleville à Table", "association")
I("cantine-sol", "Cantine solidaire nantaise",
  "Cantine solidaire où les repas sont à 1 € pour les bénéficiaires des minima sociaux et à prix normal pour les autres.",
  "alimentation precarite", "Nantes/44", "Association Nantes à Table", "association")
I("cantine-sol precarite", "Restaurant social du Havre",
  "Restaurant social servant des repas chauds à 1 € aux personnes sans domicile et aux travailleurs pauvres.",
  "alimentation precarite", "Le Havre/76", "Association Havre Solidarités", "association")
I("cantine-sol", "Repas solidaires du dimanche",
  "Chaque dimanche, des bénévoles préparent et servent un repas chaud gratuit aux personnes seules et démunies.",
  "alimentation precarite lien-social", "Bordeaux/33", "Association Dimanche Ensemble", "association")
I("cuisine-partagee cantine-sol", "Cuisine partagée de la Villeneuve",
  "Une cuisine équipée où les habitants peuvent cuisiner ensemble et un repas solidaire le vendredi midi.",
  "alimentation lien-social", "Grenoble/38", "Association Villeneuve Cuisine", "association")
I("cantine-sol", "Food truck solidaire catalan",
  "Un camion-cantine solidaire sert des repas à prix libre dans les quartiers et villages du Roussillon.",
  "alimentation precarite mobilite", "Perpignan/66", "Association Cuina Solidària", "association")
I("frigo-sol", "Frigo solidaire de la rue Myrha",
  "Un réfrigérateur en libre-service devant un restaurant : chacun peut y déposer ou prendre des aliments.",
  "alimentation economie-circulaire", "Paris/75", "Association Les Frigos Ouverts", "association")
I("frigo-sol", "Frigo partagé de l'université",
  "Un frigo partagé sur le campus pour lutter contre le gaspillage et la précarité alimentaire des étudiants.",
  "alimentation jeunesse", "Rennes/35", "Bureau des étudiants solidaires", "association")
I("cantine-etu", "Repas à 1 € pour les étudiants",
  "Une association sert des repas équilibrés à 1 € aux étudiants boursiers dans un local proche du campus.",
  "alimentation jeunesse precarite", "Montpellier/34", "Association Étudiants à Table", "association")
I("cantine-scolaire", "Cantine scolaire à 1 euro",
  "Tarification sociale des cantines scolaires : les familles aux revenus les plus modestes paient 1 € le repas.",
  "alimentation jeunesse", "Auxerre/89", "Ville d'Auxerre", "collectivite")
I("aide-alim", "Banque alimentaire de la Somme",
  "La banque alimentaire collecte et redistribue chaque année 1 500 tonnes de denrées à 80 associations d'aide alimentaire.",
  "alimentation precarite", "Amiens/80", "Banque alimentaire de la Somme", "association")
I("aide-alim", "Glanage solidaire sur les marchés",
  "À la fin des marchés, des bénévoles récupèrent fruits et légumes invendus et les redistribuent aux familles.",
  "alimentation precarite economie-circulaire", "Toulouse/31", "Association Glaneurs Toulousains", "association")
I("aide-alim", "Distribution alimentaire d'urgence en Guyane",
  "Distribution de colis alimentaires aux familles en grande précarité des quartiers informels de Cayenne.",
  "alimentation precarite", "Cayenne/973", "Croix solidaire de Guyane", "association")
I("aide-alim", "Caisse alimentaire commune",
  "Expérimentation d'une sécurité sociale de l'alimentation : chaque participant cotise selon ses revenus et reçoit 100 € par mois à dépenser dans des lieux conventionnés.",
  "alimentation precarite", "Montpellier/34", "Collectif Caisse Alimentaire Commune", "association")
I("aide-alim rural", "Colis alimentaires dans les villages",
  "Des bénévoles livrent chaque mois des colis alimentaires aux familles des villages du Haut-Var qui ne peuvent pas se déplacer.",
  "alimentation precarite mobilite", "Draguignan/83", "Association Haut-Var Entraide", "association")

# ---------------------------------------------------------------- accès aux droits
I("acces-droits", "Point-justice d'Évry",
  "Consultations gratuites d'avocats, de conciliateurs et de juristes pour informer les habitants sur leurs droits.",
  "acces-aux-droits", "Évry-Courcouronnes/91", "Conseil départemental de l'accès au droit de l'Essonne", "etat")
I("ecrivain-public acces-droits", "Écrivain public bénévole",
  "Des écrivains publics bénévoles aident à rédiger courriers administratifs, dossiers et lettres personnelles.",
  "acces-aux-droits", "Nîmes/30", "Association Plume Solidaire", "association")
I("acces-droits rural", "Permanences d'accès aux droits sociaux",
  "Des juristes et travailleurs sociaux tiennent des permanences dans les mairies rurales de la Creuse pour aider à ouvrir les droits.",
  "acces-aux-droits", "Guéret/23", "Association Creuse Droits", "association")
I("acces-droits", "Lutte contre le non-recours aux droits",
  "Des équipes vont à la rencontre des habitants pour repérer ceux qui ne touchent pas les aides auxquelles ils ont droit (RSA, APL, complémentaire santé).",
  "acces-aux-droits precarite", "Rennes/35", "CCAS de Rennes", "collectivite")
I("acces-droits rural mobilite", "Bus des droits du Lot-et-Garonne",
  "Un bus aménagé se rend dans les villages pour informer les habitants sur leurs droits sociaux, juridiques et de santé.",
  "acces-aux-droits", "Marmande/47", "Département de Lot-et-Garonne", "collectivite")
I("acces-droits domiciliation precarite", "Domiciliation administrative des personnes sans domicile",
  "Une adresse postale et une permanence sociale pour les personnes sans domicile, indispensables pour accéder à leurs droits.",
  "acces-aux-droits precarite", "Lille/59", "Association Abri Lillois", "association")
I("acces-droits", "Maison de justice et du droit",
  "Accès gratuit au droit, médiation et aide aux victimes pour les habitants des Mureaux et des communes voisines.",
  "acces-aux-droits", "Les Mureaux/78", "Ministère de la Justice", "etat")
I("acces-droits habitat", "Permanence juridique pour les locataires",
  "Une association de locataires aide à faire valoir ses droits face à un bailleur : charges, insalubrité, expulsion.",
  "acces-aux-droits habitat", "Paris/75", "Association Droit au Toit Paris", "association")
I("acces-droits", "Accès aux droits des personnes étrangères",
  "Permanences juridiques pour accompagner les personnes étrangères dans leurs démarches de titre de séjour et d'accès aux droits.",
  "acces-aux-droits", "Lyon/69", "Association Accueil Droits Lyon", "association")
I("acces-droits numerique", "Simulateur de droits sociaux",
  "Un outil en ligne permet d'estimer en quelques minutes les aides sociales auxquelles on peut prétendre.",
  "acces-aux-droits numerique", "Paris/75", "Startup d'État Droits Faciles", "etat")
I("acces-droits", "Aide aux démarches administratives à Koungou",
  "Des médiateurs aident les familles à remplir leurs dossiers administratifs et à accéder à l'état civil.",
  "acces-aux-droits", "Koungou/976", "Association Mayotte Droits", "association")

# ---------------------------------------------------------------- handicap
I("ea handicap", "Entreprise adaptée de logistique",
  "Entreprise adaptée employant 45 salariés en situation de handicap pour la préparation de commandes et le conditionnement.",
  "handicap travail", "Lorient/56", "Lorient Adapté Services", "entreprise")
I("handicap", "Sport adapté sur la Côte d'Azur",
  "Clubs sportifs proposant voile, natation et tennis adaptés aux personnes en situation de handicap mental ou physique.",
  "handicap", "Nice/06", "Comité départemental sport adapté", "association")
I("handicap travail", "Café-restaurant inclusif",
  "Un café où travaillent des personnes porteuses de trisomie 21 ou d'autisme, formées et accompagnées au quotidien.",
  "handicap travail", "Rennes/35", "Café Joie Partagée", "entreprise")
I("handicap", "Plage accessible de Sète",
  "Fauteuils amphibies, tapis d'accès et équipe d'accompagnement pour permettre aux personnes handicapées de se baigner.",
  "handicap", "Sète/34", "Ville de Sète", "collectivite")
I("handicap", "Répit pour les parents d'enfants handicapés",
  "Des professionnels prennent le relais à domicile quelques heures par semaine pour permettre aux parents de souffler.",
  "handicap", "Poitiers/86", "Association Répit Vienne", "association")
I("handicap culture", "Cinéma adapté",
  "Des séances de cinéma adaptées aux personnes autistes ou polyhandicapées : son réduit, lumière tamisée, liberté de bouger.",
  "handicap culture", "Strasbourg/67", "Association Ciné Ouvert", "association")
I("handicap travail", "Emploi accompagné",
  "Des job coachs accompagnent les personnes handicapées vers un emploi en milieu ordinaire et soutiennent les employeurs.",
  "handicap travail insertion", "Orléans/45", "Association Emploi Accompagné Loiret", "association")
I("handicap", "Cours de langue des signes pour les familles",
  "Cours gratuits de langue des signes française pour les parents et proches d'enfants sourds.",
  "handicap", "Tours/37", "Association Signes en Touraine", "association")
I("handicap jeunesse", "Ludothèque adaptée",
  "Prêt de jeux adaptés aux enfants en situation de handicap et temps de jeu partagé avec les autres enfants.",
  "handicap jeunesse", "Besançon/25", "Association Ludo Pour Tous", "association")
I("esat", "ESAT horticole de Haute-Vienne",
  "Établissement et service d'aide par le travail produisant plants de légumes et fleurs, avec une boutique ouverte au public.",
  "handicap travail", "Eymoutiers/87", "Association Limousin Travail Adapté", "association")

# ---------------------------------------------------------------- jeunesse
I("jeunesse insertion rural mobilite", "Mission locale itinérante",
  "Un camping-car de la mission locale va à la rencontre des jeunes de 16 à 25 ans dans les bourgs ruraux de la Creuse.",
  "jeunesse insertion mobilite", "Aubusson/23", "Mission locale de la Creuse", "association")
I("jeunesse", "Maison des jeunes de la Madeleine",
  "Maison des jeunes proposant activités, accompagnement de projets et soutien aux démarches pour les 11-25 ans.",
  "jeunesse", "Évreux/27", "Ville d'Évreux", "collectivite")
I("jeunesse seniors interg", "Service civique solidarité seniors",
  "Des jeunes volontaires en service civique rendent visite à des personnes âgées isolées et les accompagnent dans leurs activités.",
  "jeunesse seniors lien-social", "Bordeaux/33", "Association Jeunes Solidaires Gironde", "association")
I("jeunesse vie-asso", "Junior association du Lot",
  "Des adolescents créent et gèrent leur propre association pour organiser des événements dans leur village.",
  "jeunesse vie-associative", "Cahors/46", "Réseau Junior Lot", "association")
I("jeunesse qpv", "Colonies apprenantes",
  "Des séjours de vacances alliant loisirs et renforcement des apprentissages pour les enfants des quartiers prioritaires.",
  "jeunesse", "Bobigny/93", "Ville de Bobigny", "collectivite")
I("jeunesse habitat", "Foyer de jeunes travailleurs",
  "Logements meublés à loyer modéré et accompagnement social pour les jeunes apprentis et salariés de 16 à 30 ans.",
  "jeunesse habitat", "Le Mans/72", "Association Habitat Jeunes Le Mans", "association")
I("jeunesse mob-permis", "Bourse au permis contre bénévolat",
  "La ville finance une partie du permis de conduire des jeunes en échange de 40 heures de bénévolat dans une association.",
  "jeunesse mobilite", "Forbach/57", "Ville de Forbach", "collectivite")
I("jeunesse qpv", "Éducateurs de rue",
  "Une équipe de prévention spécialisée va à la rencontre des adolescents dans les quartiers prioritaires pour prévenir le décrochage.",
  "jeunesse", "Garges-lès-Gonesse/95", "Association Prévention Val d'Oise", "association")
I("jeunesse vie-asso", "Conseil municipal des jeunes",
  "Des collégiens élus portent des projets pour leur ville : skatepark, collecte solidaire, fête du sport.",
  "jeunesse vie-associative", "Melun/77", "Ville de Melun", "collectivite")

# ---------------------------------------------------------------- lien social
I("accorderie lien-social", "Accorderie de Chambéry",
  "Les membres échangent des services selon le principe « une heure donnée = une heure reçue » : bricolage, cours, accompagnement.",
  "lien-social", "Chambéry/73", "Accorderie de Chambéry", "association")
I("lien-social", "Voisins solidaires de Dijon",
  "Un réseau d'entraide entre voisins pour les petits services du quotidien, avec une application et des référents d'immeuble.",
  "lien-social", "Dijon/21", "Association Voisins Solidaires Dijon", "association")
I("lien-social rural", "Centre social itinérant du Confolentais",
  "Un centre social mobile propose animations familles, accès aux droits et activités seniors dans les villages.",
  "lien-social acces-aux-droits", "Confolens/16", "Centre social du Confolentais", "association")
I("lien-social", "Réseau d'échanges réciproques de savoirs",
  "Les habitants partagent gratuitement leurs savoirs : cuisine, langues, informatique, couture.",
  "lien-social", "Niort/79", "Association Savoirs Partagés", "association")
I("lien-social rural commerce", "Bistrot de pays",
  "Dernier café du village labellisé bistrot de pays : dépôt de pain, produits locaux et animations culturelles.",
  "lien-social commerce-local", "Barjac/30", "Café du Village", "entreprise")
I("lien-social", "Conciergerie solidaire de quartier",
  "Une conciergerie de quartier rend de petits services aux habitants et emploie des personnes en insertion.",
  "lien-social insertion", "Bordeaux/33", "Association Bastide Services", "association")
I("lien-social", "Cafés-rencontres pour personnes isolées",
  "Des rendez-vous hebdomadaires dans un café pour les personnes seules, avec jeux et discussions.",
  "lien-social", "Lens/62", "Association Lens Ensemble", "association")

# ---------------------------------------------------------------- culture
I("culture", "Musée numérique itinérant",
  "Un musée numérique installé dans une salle des fêtes permet de découvrir des chefs-d'œuvre sur écran géant.",
  "culture", "Laon/02", "Ville de Laon", "collectivite")
I("culture qpv", "Théâtre forum dans les quartiers",
  "Des comédiens jouent des scènes de la vie quotidienne que les spectateurs peuvent rejouer pour chercher des solutions.",
  "culture lien-social", "Nanterre/92", "Compagnie Entrée Libre", "association")
I("culture jeunesse qpv", "Orchestre d'enfants des quartiers",
  "Des enfants des quartiers prioritaires apprennent un instrument en orchestre pendant trois ans, gratuitement.",
  "culture jeunesse", "Villeurbanne/69", "Orchestre Jeunes Villeurbanne", "association")
I("culture rural", "Médiathèque hors les murs",
  "Un bibliobus dessert les villages de la montagne de Lure avec livres, jeux et animations.",
  "culture", "Forcalquier/04", "Communauté de communes Pays de Forcalquier", "collectivite")
I("culture rural", "Festival de cinéma documentaire rural",
  "Chaque été, un festival de films documentaires investit le village et accueille des milliers de spectateurs.",
  "culture", "Lussas/07", "Association Ardèche Images", "association")
I("culture", "Bibliothèque de rue",
  "Des bénévoles apportent des livres au pied des immeubles et lisent des histoires aux enfants.",
  "culture jeunesse", "Le Havre/76", "Association Lire Dehors", "association")
I("culture interg", "Chorale intergénérationnelle",
  "Une chorale réunissant écoliers et résidents de maison de retraite répète chaque semaine.",
  "culture seniors lien-social", "Saint-Lô/50", "Conservatoire de Saint-Lô", "collectivite")

# ---------------------------------------------------------------- habitat
I("habitat-part habitat", "Habitat participatif « Le Toit Commun »",
  "Immeuble coopératif conçu et géré par ses habitants, avec des espaces partagés et des logements très sociaux.",
  "habitat", "Villeurbanne/69", "Coopérative d'habitants Le Toit Commun", "entreprise")
I("habitat", "Auto-réhabilitation accompagnée",
  "Des propriétaires modestes rénovent leur logement eux-mêmes avec l'aide d'un encadrant technique.",
  "habitat precarite", "Roubaix/59", "Association Bâtisseurs Solidaires", "association")
I("habitat precarite", "Lutte contre la précarité énergétique",
  "Des ambassadeurs de l'énergie rendent visite aux ménages qui ont froid chez eux, installent des petits équipements et les orientent vers les aides.",
  "habitat precarite", "Saint-Étienne/42", "Association Énergie Solidaire Loire", "association")
I("habitat precarite", "Pension de famille",
  "Logement durable avec présence d'hôtes pour des personnes ayant connu la rue, dans le cadre du Logement d'abord.",
  "habitat precarite", "Toulouse/31", "Association Logis Toulousain", "association")
I("habitat", "Intermédiation locative solidaire",
  "L'association loue des logements à des propriétaires privés pour les sous-louer à des ménages modestes, avec garantie des loyers.",
  "habitat precarite", "Paris/75", "Association Toit Solidaire", "association")
I("habitat travail rural", "Tiny houses pour travailleurs saisonniers",
  "Des micro-maisons accueillent à loyer modéré les saisonniers des stations de montagne.",
  "habitat travail", "Chamonix-Mont-Blanc/74", "Commune de Chamonix-Mont-Blanc", "collectivite")
I("habitat rural", "Réhabilitation de logements vacants en centre-bourg",
  "La commune rachète des maisons vacantes du centre-bourg pour les rénover et les louer à des familles.",
  "habitat", "Le Blanc/36", "Commune du Blanc", "collectivite")
I("habitat qpv jeunesse", "Colocations solidaires étudiantes en QPV",
  "Des étudiants vivent en colocation à loyer modéré dans un quartier prioritaire et y mènent des projets solidaires avec les habitants.",
  "habitat jeunesse lien-social", "Montpellier/34", "Association Colocs Solidaires", "association")
I("habitat", "Bricobus",
  "Un camion-atelier aide les locataires à faire de petits travaux dans leur logement et prête des outils.",
  "habitat", "Lunéville/54", "Association Lorraine Bricole", "association")
I("habitat", "Résorption de l'habitat insalubre",
  "Accompagnement des familles vivant dans des cases en tôle vers des logements décents.",
  "habitat precarite", "Mamoudzou/976", "Société immobilière de Mayotte", "entreprise")

# ---------------------------------------------------------------- précarité
I("precarite", "Maraudes solidaires",
  "Des équipes bénévoles vont chaque soir à la rencontre des personnes sans abri pour leur apporter boissons chaudes, duvets et écoute.",
  "precarite", "Paris/75", "Association Nuits Solidaires", "association")
I("precarite", "Accueil de jour pour personnes sans abri",
  "Un lieu où les personnes à la rue peuvent se reposer, prendre une douche, laver leur linge et rencontrer un travailleur social.",
  "precarite", "Metz/57", "Association Abri Messin", "association")
I("precarite", "Bagagerie solidaire",
  "Des casiers sécurisés permettent aux personnes sans domicile de déposer leurs affaires en toute sécurité.",
  "precarite", "Lyon/69", "Association Bagagerie Lyonnaise", "association")
I("precarite", "Douches publiques solidaires",
  "Des douches gratuites et un vestiaire pour les personnes sans domicile du centre-ville de Marseille.",
  "precarite", "Marseille/13", "Association Hygiène Pour Tous", "association")
I("precarite", "Collecte de protections périodiques",
  "Collecte et distribution gratuite de protections périodiques aux femmes en situation de précarité.",
  "precarite", "Montpellier/34", "Association Règles Solidaires", "association")
I("precarite", "Microcrédit personnel accompagné",
  "Des prêts de 300 à 5 000 € pour les personnes exclues du crédit bancaire, pour financer un véhicule ou une formation.",
  "precarite", "Caen/14", "Association Crédit Solidaire Normandie", "association")
I("precarite", "Point conseil budget",
  "Conseils gratuits et confidentiels pour les ménages en difficulté financière ou surendettés.",
  "precarite", "Valenciennes/59", "Union départementale des associations familiales du Nord", "association")
I("precarite friperie", "Vestiaire solidaire",
  "Vêtements à tout petits prix pour les familles en difficulté, triés par des bénévoles.",
  "precarite economie-circulaire", "Reims/51", "Association Reims Entraide", "association")
I("precarite", "Halte de nuit",
  "Un accueil de nuit inconditionnel pour les personnes à la rue, avec boisson chaude et lieu de repos.",
  "precarite", "Nice/06", "Association Azur Solidarité", "association")
I("precarite", "Banque de couches pour bébés",
  "Distribution de couches et de lait infantile aux familles en grande difficulté.",
  "precarite jeunesse", "Béziers/34", "Association Bébés Solidaires", "association")

# ---------------------------------------------------------------- travail / commerce / vie associative
I("travail rural", "Groupement d'employeurs agricoles",
  "Des exploitations partagent des salariés à temps plein pour offrir des emplois stables toute l'année.",
  "travail", "Marmande/47", "Groupement d'employeurs Val de Garonne", "association")
I("travail seniors", "Emploi des seniors",
  "Accompagnement et ateliers de recherche d'emploi pour les demandeurs d'emploi de plus de 50 ans.",
  "travail seniors", "Paris/75", "Association Expérience Plus", "association")
I("travail", "Accompagnement des livreurs des plateformes",
  "Une maison des coursiers offre un lieu de repos, des réparations de vélo et des conseils juridiques aux livreurs indépendants.",
  "travail mobilite acces-aux-droits", "Paris/75", "Association Maison des Coursiers", "association")
I("travail", "Garde d'enfants en horaires atypiques",
  "Une crèche ouverte de 5 h à 23 h pour les parents travaillant en horaires décalés sur la plateforme aéroportuaire.",
  "travail jeunesse", "Roissy-en-France/95", "Association Petits Envols", "association")
I("commerce", "Boutique à l'essai",
  "La ville loue des locaux commerciaux vacants à prix réduit pour permettre à des créateurs de tester leur commerce en centre-ville.",
  "commerce-local", "Vierzon/18", "Ville de Vierzon", "collectivite")
I("commerce circuit-court", "Marché de producteurs de pays",
  "Un marché hebdomadaire réservé aux producteurs locaux, sans revendeurs.",
  "commerce-local alimentation", "Sarlat-la-Canéda/24", "Ville de Sarlat-la-Canéda", "collectivite")
I("commerce rural", "Revitalisation des commerces du centre-bourg",
  "Dans le cadre de Petites villes de demain, la commune accompagne la reprise des commerces vacants.",
  "commerce-local", "Clamecy/58", "Commune de Clamecy", "collectivite")
I("commerce", "Plateforme de retrait en magasin des commerçants",
  "Une plateforme en ligne permet de commander chez les commerçants du centre-ville et de retirer ses achats en magasin.",
  "commerce-local numerique", "Épinal/88", "Association des commerçants spinaliens", "association")
I("vie-asso", "Maison des associations",
  "Lieu ressource pour les associations : salles, domiciliation, formations et conseils juridiques.",
  "vie-associative", "Valence/26", "Ville de Valence", "collectivite")
I("vie-asso", "Plateforme de bénévolat local",
  "Une plateforme en ligne met en relation les bénévoles et les associations nantaises qui ont besoin d'aide.",
  "vie-associative", "Nantes/44", "Association Nantes Bénévolat", "association")
I("vie-asso", "Prêt de matériel entre associations",
  "Une matériauthèque associative prête tables, sonos et barnums aux associations de l'agglomération.",
  "vie-associative economie-circulaire", "Bourg-en-Bresse/01", "Association Prête-Moi", "association")

# ---------------------------------------------------------------- extra coverage for query topics
I("epi-sol ccas rural", "Épicerie sociale intercommunale du Pays de Langres",
  "Épicerie sociale gérée par le CIAS, qui dessert 40 communes rurales avec un accueil au chef-lieu et une tournée mensuelle.",
  "alimentation precarite", "Langres/52", "CIAS du Pays de Langres", "collectivite")
I("epi-sol", "Épicerie solidaire du Pays de Morlaix",
  "Épicerie solidaire ouverte aux personnes orientées par les travailleurs sociaux, avec un rayon de produits de la mer invendus.",
  "alimentation precarite", "Morlaix/29", "Association Morlaix Partage", "association")
I("epi-sol", "Épicerie solidaire « Le Comptoir » de Lens",
  "Épicerie solidaire du bassin minier : produits à petits prix pour les familles, et un coin café pour se rencontrer.",
  "alimentation precarite lien-social", "Lens/62", "Association Le Comptoir Lensois", "association")
I("epi-sol epi-etu", "Épicerie solidaire étudiante de Lille",
  "Épicerie solidaire sur le campus, gérée par des étudiants bénévoles, qui propose des produits à -50 % aux étudiants en difficulté.",
  "alimentation precarite jeunesse", "Lille/59", "Fédération étudiante lilloise", "association")
I("recyc", "Ressourcerie « Le Grenier du Trégor »",
  "Ressourcerie qui collecte et revend les objets donnés par les habitants du Trégor, avec un atelier de réparation d'électroménager.",
  "economie-circulaire", "Lannion/22", "Association Le Grenier du Trégor", "association")
I("recyc", "Recyclerie d'Angoulême",
  "Recyclerie associative qui récupère meubles, jouets et livres, et anime des ateliers de réparation pour les familles.",
  "economie-circulaire", "Angoulême/16", "Association Charente Réemploi", "association")
I("recyc iae", "Ressourcerie du Nord Isère",
  "Ressourcerie en chantier d'insertion : les salariés collectent les objets en déchèterie et les revendent dans une boutique solidaire.",
  "economie-circulaire insertion", "Bourgoin-Jallieu/38", "Association Nord Isère Réemploi", "association")
I("repair", "Repair Café de Saint-Priest",
  "Repair café mensuel à la maison de quartier de Saint-Priest : réparation de petits appareils et de textiles avec des bénévoles.",
  "economie-circulaire lien-social", "Saint-Priest/69", "Association Saint-Priest en Transition", "association")
I("repair", "Repair Café de Tarare",
  "Repair café organisé à la salle des fêtes de Tarare, un samedi matin sur deux.",
  "economie-circulaire", "Tarare/69", "Association Tarare Répare", "association")
I("repair", "Repair Café bisontin",
  "Des bénévoles réparent avec les habitants lampes, grille-pain, vélos et vêtements lors d'un rendez-vous mensuel.",
  "economie-circulaire lien-social", "Besançon/25", "Association Besançon Répare", "association")
I("velo-atelier", "Atelier vélo « La Rustine du 11e »",
  "Atelier d'autoréparation de vélos dans le 11e arrondissement de Paris : outils, pièces et conseils pour entretenir son vélo.",
  "mobilite economie-circulaire", "Paris/75", "Association La Rustine du 11e", "association")
I("velo-ecole", "Vélo-école parisienne",
  "Cours pour adultes qui veulent apprendre à faire du vélo ou reprendre confiance pour circuler dans Paris.",
  "mobilite", "Paris/75", "Association Paris Pédale École", "association")
I("velo-atelier", "Atelier vélo de la Villeneuve",
  "Atelier vélo associatif de quartier : les jeunes apprennent la mécanique et réparent leurs vélos.",
  "mobilite jeunesse", "Grenoble/38", "Association Villeneuve à Vélo", "association")
I("velo-atelier", "Atelier vélo « Roue Libre Rouennaise »",
  "Atelier participatif de réparation de vélos, vente de vélos d'occasion et marquage antivol.",
  "mobilite economie-circulaire", "Rouen/76", "Association Roue Libre Rouennaise", "association")
I("velo-pret", "Location de vélos à 1 € pour les jeunes en insertion",
  "La mission locale prête des vélos électriques aux jeunes qui décrochent un emploi ou une formation loin de chez eux.",
  "mobilite insertion jeunesse", "Niort/79", "Mission locale du Niortais", "association")
I("covoit rural", "Covoiturage des habitants du Causse",
  "Un groupe de covoiturage entre habitants des villages du causse Méjean et de Florac, organisé par messagerie et tableau d'affichage.",
  "mobilite", "Meyrueis/48", "Association Causse Mobilité", "association")
I("covoit rural", "Covoiturage vers les zones d'activité du Pays de Ploërmel",
  "Mise en relation des salariés habitant les villages pour partager leurs trajets vers les entreprises du territoire.",
  "mobilite travail", "Josselin/56", "Ploërmel Communauté", "collectivite")
I("transport-sol rural ccas", "Transport solidaire du Haut-Jura",
  "Des conducteurs bénévoles accompagnent les personnes sans voiture vers les commerces et les rendez-vous médicaux.",
  "mobilite seniors", "Saint-Claude/39", "CCAS de Saint-Claude", "collectivite")
I("tiers-lieu", "Tiers-lieu brestois « Les Ateliers du Port »",
  "Tiers-lieu installé dans d'anciens ateliers portuaires : fablab, espaces de travail, ateliers de réemploi et cantine.",
  "tiers-lieux economie-circulaire", "Brest/29", "SCIC Ateliers du Port", "entreprise")
I("tiers-lieu", "Tiers-lieu lyonnais « La Halle Commune »",
  "Un tiers-lieu de quartier dans une ancienne halle : ateliers partagés, café associatif et permanences sociales.",
  "tiers-lieux lien-social", "Lyon/69", "Association La Halle Commune Lyon", "association")
I("tiers-lieu rural", "Tiers-lieu de Lagrasse",
  "Un tiers-lieu dans l'ancienne cave coopérative : librairie, coworking et résidences d'écriture pour le village.",
  "tiers-lieux culture", "Lagrasse/11", "Association La Cave Commune", "association")
I("iae aci rural", "Chantier d'insertion en maraîchage du Pays de Redon",
  "Un atelier chantier d'insertion cultive des légumes bio pour la restauration collective et accompagne ses salariés vers l'emploi.",
  "insertion alimentation", "Redon/35", "Association Jardins du Pays de Redon", "association")
I("iae aci", "Chantier d'insertion de Fort-de-France",
  "Chantier d'insertion de rénovation du patrimoine urbain et d'entretien des espaces verts pour des jeunes martiniquais.",
  "insertion", "Fort-de-France/972", "Association Matinik Emploi", "association")
I("iae ei", "Entreprise d'insertion du bâtiment",
  "Une entreprise d'insertion de second œuvre qui emploie et forme des personnes éloignées de l'emploi sur les chantiers de la métropole.",
  "insertion habitat", "Toulouse/31", "Bâti Insertion Occitanie", "entreprise")
I("ehpad", "EHPAD municipal de Toulouse : jardins et animaux",
  "Un EHPAD toulousain accueille des poules et un potager pour créer du lien entre résidents et enfants du quartier.",
  "seniors lien-social", "Toulouse/31", "CCAS de Toulouse", "collectivite")
I("ehpad", "EHPAD de Mende ouvert aux familles",
  "L'EHPAD a créé des chambres d'hôtes pour les familles venant de loin rendre visite à leurs proches.",
  "seniors", "Mende/48", "Centre hospitalier de Mende", "etat")
I("hab-incl seniors", "Habitat inclusif de Quimperlé",
  "Colocation pour personnes âgées en perte d'autonomie, avec un projet de vie sociale partagée financé par l'aide à la vie partagée.",
  "seniors habitat", "Quimperlé/29", "Association Vivre Ensemble Quimperlé", "association")
I("hab-incl handicap", "Habitat inclusif pour jeunes adultes autistes",
  "Logements individuels regroupés pour jeunes adultes autistes avec espace commun et présence d'un animateur.",
  "handicap habitat jeunesse", "Nantes/44", "Association Autisme Habitat 44", "association")
I("seniors-iso rural", "Réseau de voisins vigilants des hameaux",
  "Des habitants référents repèrent les personnes âgées isolées des hameaux et organisent des visites et des sorties au bourg.",
  "seniors lien-social", "Le Vigan/30", "Association Cévennes Voisinage", "association")
I("seniors-iso", "Déjeuners partagés pour aînés isolés",
  "Chaque semaine, un déjeuner est organisé au centre social pour les personnes âgées seules, suivi d'activités.",
  "seniors lien-social alimentation", "Roubaix/59", "Centre social de l'Épeule", "association")
I("devoirs college", "Aide aux devoirs du centre social de Saint-Pierre",
  "Aide aux devoirs pour les collégiens du quartier de Ravine Blanche, à Saint-Pierre de La Réunion.",
  "jeunesse", "Saint-Pierre/974", "Centre social Ravine Blanche", "association")
I("devoirs lycee qpv", "Accompagnement scolaire des lycéens du Mirail",
  "Des étudiants bénévoles proposent un accompagnement scolaire aux lycéens du quartier prioritaire du Mirail.",
  "jeunesse", "Toulouse/31", "Association Mirail Réussite", "association")
I("devoirs college rural", "Aide aux devoirs des collégiens du Pays de Bitche",
  "L'accueil périscolaire du collège propose une aide aux devoirs aux élèves des villages qui prennent le bus tard.",
  "jeunesse", "Bitche/57", "Communauté de communes du Pays de Bitche", "collectivite")
I("mednum conseiller-num rural", "Conseillers numériques de la Lozère",
  "Trois conseillers numériques tiennent des permanences dans les villages lozériens pour aider aux usages du quotidien.",
  "inclusion-numerique", "Marvejols/48", "Département de la Lozère", "collectivite")
I("france-services acces-droits", "France Services d'Aubenas",
  "Espace France Services accueillant les habitants du sud Ardèche pour toutes leurs démarches administratives.",
  "acces-aux-droits", "Aubenas/07", "Communauté de communes du Bassin d'Aubenas", "collectivite")
I("france-services acces-droits qpv", "France Services du quartier de la Grande Borne",
  "Un espace France Services au cœur du quartier prioritaire, avec des agents qui accompagnent dans leurs démarches auprès de la CAF, de la CPAM et de France Travail.",
  "acces-aux-droits", "Grigny/91", "Ville de Grigny", "collectivite")
I("france-services acces-droits", "France Services de Saint-Laurent-du-Maroni",
  "Accueil et accompagnement des habitants du fleuve dans leurs démarches, avec des agents parlant les langues locales.",
  "acces-aux-droits", "Saint-Laurent-du-Maroni/973", "Ville de Saint-Laurent-du-Maroni", "collectivite")
I("msp rural", "Maison de santé pluriprofessionnelle d'Aubusson",
  "MSP qui a réuni généralistes, infirmiers et diététicienne, avec une antenne dans un village voisin.",
  "acces-aux-soins", "Aubusson/23", "SISA Santé Aubusson", "autre")
I("msp", "MSP de Lille-Fives",
  "Maison de santé pluriprofessionnelle de quartier avec consultations sans rendez-vous et éducation à la santé.",
  "acces-aux-soins", "Lille/59", "SISA Fives Santé", "autre")
I("centre-sante", "Centre de santé infirmier de Nantes",
  "Centre de santé infirmier proposant soins à domicile et au centre, vaccination et dépistages.",
  "acces-aux-soins", "Nantes/44", "Association Soins Nantais", "association")
I("jardin-partage", "Jardin partagé de Fives",
  "Jardin partagé associatif sur une ancienne voie ferrée lilloise, ouvert aux voisins et aux écoles.",
  "lien-social", "Lille/59", "Association Fives Jardine", "association")
I("jardin-partage qpv", "Jardin partagé des Tarterêts",
  "Jardin partagé créé par des mères de famille du quartier prioritaire, avec des ateliers de cuisine des légumes récoltés.",
  "lien-social alimentation", "Corbeil-Essonnes/91", "Association Tarterêts Jardine", "association")
I("amap", "AMAP de Rezé",
  "AMAP regroupant 60 familles de l'agglomération nantaise et trois producteurs bio locaux.",
  "alimentation", "Rezé/44", "AMAP Rezé Paysanne", "association")
I("amap", "AMAP de l'île de Nantes",
  "Distribution hebdomadaire de paniers de légumes, de pain et de fromage de chèvre produits en Loire-Atlantique.",
  "alimentation", "Nantes/44", "AMAP Île de Nantes", "association")
I("cantine-sol", "Cantine solidaire de Saint-Denis",
  "Repas à prix libre cuisinés par des habitants et des personnes en insertion, trois midis par semaine.",
  "alimentation precarite lien-social", "Saint-Denis/93", "Association Saint-Denis à Table", "association")
I("cantine-sol", "Restaurant solidaire toulousain",
  "Un restaurant associatif qui propose des repas complets à 3 € aux personnes en difficulté, ouvert à tous à prix normal.",
  "alimentation precarite", "Toulouse/31", "Association Table Occitane", "association")
I("acces-droits ecrivain-public", "Écrivains publics dans les centres sociaux",
  "Permanences d'écrivains publics pour aider à comprendre un courrier, remplir un formulaire ou rédiger une lettre.",
  "acces-aux-droits", "Saint-Étienne/42", "Association Plume Stéphanoise", "association")
I("insertion jeunesse", "École de la deuxième chance",
  "Formation et accompagnement vers l'emploi pour les jeunes de 16 à 25 ans sortis du système scolaire sans diplôme.",
  "insertion jeunesse", "Marseille/13", "École de la deuxième chance de Marseille", "association")
I("iae ess-mention", "Plateforme de l'inclusion des SIAE bretonnes",
  "Réseau qui regroupe les structures de l'insertion par l'activité économique de Bretagne et aide les entreprises à leur confier des achats.",
  "insertion travail", "Rennes/35", "Inser'Bretagne", "association")
I("iae ai", "Association intermédiaire du Nord-Cotentin",
  "Association intermédiaire qui propose des missions de travail aux personnes éloignées de l'emploi chez des particuliers et des entreprises.",
  "insertion travail", "Cherbourg-en-Cotentin/50", "Association Cotentin Emploi Solidaire", "association")
I("ess", "Incubateur ESS de La Réunion",
  "Accompagnement des porteurs de projets de l'économie sociale et solidaire réunionnais : formation, hébergement et financement.",
  "travail", "Saint-Denis/974", "Incubateur Solidaire Réunion", "association")
I("qpv acces-droits", "Permanence d'accès aux droits en QPV",
  "Des juristes et travailleurs sociaux tiennent une permanence hebdomadaire dans le quartier prioritaire du Hameau.",
  "acces-aux-droits", "Pau/64", "Ville de Pau", "collectivite")
I("tiers-lieu qpv", "Tiers-lieu du quartier prioritaire du Bois-l'Abbé",
  "Tiers-lieu installé dans un ancien centre commercial du quartier prioritaire : ateliers, coworking, cuisine partagée.",
  "tiers-lieux lien-social", "Champigny-sur-Marne/94", "Association Bois-l'Abbé Commun", "association")
