"""Generate bench/data/quality_set.json: a labelled set of records from four sources, with known duplicates and
known communes, and the noise real sources have (typos, missing accents, abbreviations, other wordings, wrong
postcodes, missing fields). Deterministic: the same seed gives the same file.

    .venv/bin/python bench/make_quality_set.py [--seed 20261123] [--entities 190]

Communes and INSEE codes are real (read from the COG copy shipped in initiatives/data/cog); the initiatives,
actors and texts are invented for the benchmark.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
import unicodedata
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
COG = PROJECT_DIR / "initiatives" / "data" / "cog" / "communes.csv.gz"
OUTPUT = Path(__file__).resolve().parent / "data" / "quality_set.json"

# (kind, title patterns, porteur patterns, summaries, tags). {n}: the initiative's own name, {c}: its commune.
KINDS = [
    ("repair", ["Repair Café {c}", "Repair Café de {c}", "Atelier de réparation {n}"],
     ["Association {n}", "Collectif {n}"],
     ["Un samedi par mois, des bénévoles réparent avec les habitants petit électroménager, vélos et vêtements "
      "pour réduire les déchets.",
      "Atelier convivial de réparation : on apprend à réparer plutôt que jeter, avec l’aide de bénévoles bricoleurs."],
     ["Réemploi", "Déchets", "Bricolage"]),
    ("epicerie", ["Épicerie solidaire {n}", "L’épicerie sociale et solidaire {n}", "{n}, épicerie solidaire"],
     ["Association {n}", "CCAS de {c}"],
     ["Une épicerie où les familles en précarité achètent des produits frais à 20 % du prix, avec des ateliers "
      "cuisine et un accompagnement budgétaire.",
      "Aide alimentaire digne : l’épicerie propose des produits à petits prix aux personnes orientées par les "
      "travailleurs sociaux."],
     ["Alimentation", "Aide alimentaire", "Précarité"]),
    ("jardin", ["Jardin partagé {n}", "Les jardins partagés {n}", "Potager collectif {n}"],
     ["Association {n}", "Ville de {c}"],
     ["Des parcelles cultivées ensemble par les habitants du quartier, des ateliers de compostage et des fêtes "
      "de saison.",
      "Un potager partagé ouvert à tous, pour cultiver, échanger des graines et créer du lien social entre voisins."],
     ["Jardinage", "Lien social", "Nature en ville"]),
    ("garage", ["Garage solidaire {n}", "Garage associatif et solidaire {n}", "{n} – garage solidaire"],
     ["Association {n}", "SCIC {n}"],
     ["Réparation de véhicules à prix réduit pour les personnes en insertion, location de voitures et de "
      "scooters pour aller au travail.",
      "Le garage répare et loue des véhicules à bas coût pour lever le frein de la mobilité vers l’emploi."],
     ["Mobilité", "Insertion professionnelle", "Automobile"]),
    ("tiers-lieu", ["Tiers-lieu {n}", "{n}, tiers-lieu rural", "La fabrique {n}"],
     ["SCIC {n}", "Communauté de communes {i}"],
     ["Un tiers-lieu avec espace de coworking, fablab, café associatif et programmation culturelle dans une "
      "ancienne friche.",
      "Lieu hybride : coworking, atelier partagé, permanences de services publics et animations pour les habitants."],
     ["Tiers-lieux", "Coworking", "Culture"]),
    ("ressourcerie", ["Ressourcerie {n}", "Recyclerie {n}", "La ressourcerie {n}"],
     ["Association {n}", "Communauté de communes {i}"],
     ["Collecte, tri et revente d’objets de seconde main, avec des salariés en chantier d’insertion et des "
      "ateliers de sensibilisation au réemploi.",
      "La recyclerie donne une seconde vie aux objets et crée des emplois d’insertion sur le territoire."],
     ["Économie circulaire", "Réemploi", "Insertion"]),
    ("sante", ["Maison de santé {n}", "Maison de santé pluriprofessionnelle {n}", "Centre de santé {n}"],
     ["Commune de {c}", "Communauté de communes {i}"],
     ["Médecins, infirmiers et kinésithérapeutes réunis pour lutter contre le désert médical, avec des actions "
      "de prévention.",
      "Un centre de santé salarié qui facilite l’accès aux soins des habitants et développe la télémédecine."],
     ["Santé", "Accès aux soins", "Désert médical"]),
    ("velo", ["Atelier vélo {n}", "Vélo-école et atelier {n}", "{n}, atelier vélo participatif"],
     ["Association {n}", "Collectif {n}"],
     ["Atelier participatif où chacun apprend à entretenir son vélo, récupération de cycles et vélo-école pour "
      "adultes.",
      "Promouvoir le vélo au quotidien : réparation accompagnée, bourse aux vélos et balades pour débutants."],
     ["Mobilité", "Vélo", "Réparation"]),
    ("numerique", ["Médiation numérique {n}", "Espace numérique {n}", "Point d’accès numérique {n}"],
     ["CCAS de {c}", "Association {n}"],
     ["Des conseillers numériques accompagnent les habitants dans leurs démarches en ligne et luttent contre "
      "l’illectronisme.",
      "Ateliers d’initiation à l’informatique et aide aux démarches administratives pour réduire la fracture "
      "numérique."],
     ["Inclusion numérique", "Numérique", "Accès aux droits"]),
    ("habitat", ["Habitat inclusif {n}", "Colocation solidaire {n}", "Maison partagée {n}"],
     ["Association {n}", "Bailleur social {n}"],
     ["Des logements adaptés pour des personnes âgées ou en situation de handicap, avec des espaces communs et un "
      "animateur.",
      "Un habitat partagé et intergénérationnel où seniors et jeunes actifs vivent sous le même toit."],
     ["Habitat", "Seniors", "Handicap"]),
    ("cafe", ["Café associatif {n}", "Le café-épicerie {n}", "Bistrot associatif {n}"],
     ["Association {n}", "Commune de {c}"],
     ["Le dernier commerce du village rouvert par les habitants : café associatif, dépôt de pain et concerts.",
      "Un lieu de convivialité géré par des bénévoles, avec épicerie de produits locaux et animations."],
     ["Commerce de proximité", "Vie associative", "Ruralité"]),
    ("insertion", ["Chantier d’insertion {n}", "Jardins d’insertion {n}", "Atelier chantier d’insertion {n}"],
     ["Association {n}", "Régie de quartier {n}"],
     ["Des salariés en insertion produisent des légumes bio vendus en paniers, avec un accompagnement vers "
      "l’emploi durable.",
      "Retour à l’emploi par le maraîchage et l’entretien d’espaces verts, avec formation et suivi individuel."],
     ["Insertion", "Emploi", "Maraîchage"]),
    ("mobilite", ["Transport solidaire {n}", "Navette solidaire {n}", "Covoiturage solidaire {n}"],
     ["Communauté de communes {i}", "Association {n}"],
     ["Des chauffeurs bénévoles conduisent les personnes sans voiture à leurs rendez-vous médicaux et courses.",
      "Une navette à la demande relie les hameaux au bourg pour les habitants isolés."],
     ["Mobilité", "Ruralité", "Isolement"]),
    ("jeunesse", ["Conseil des jeunes {n}", "Espace jeunes {n}", "Fabrique à projets jeunes {n}"],
     ["Ville de {c}", "Association {n}"],
     ["Les jeunes de 11 à 17 ans montent leurs propres projets avec l’aide d’animateurs et d’un budget dédié.",
      "Accompagnement de projets portés par des adolescents et prévention du décrochage scolaire."],
     ["Jeunesse", "Citoyenneté", "Éducation populaire"]),
]
NAMES = [
    "Les Lilas", "La Bricole", "Le Grenier", "Trait d’Union", "Les Tilleuls", "La Passerelle", "Le Chaudron",
    "Bouts de Ficelle", "La Cabane", "L’Estran", "Les Coquelicots", "La Ruche", "Le Fil", "La Boussole",
    "Les Grillons", "Le Relais", "La Fourmilière", "Les Semeurs", "L’Escale", "Le Lien", "La Clé des Champs",
    "Les Mains Vertes", "Le Moulin", "La Source", "Les Petits Pas", "Le Rebond", "La Pépinière", "Les Hirondelles",
    "Le Comptoir", "La Canopée", "Les Alizés", "Le Phare", "La Remise", "Les Ateliers du Port", "Le Quai",
    "Les Bruyères", "La Tisserande", "Le Cercle", "La Roue Libre", "Les Colibris", "Le Bercail", "La Manufacture",
    "Les Glaneurs", "Le Tremplin", "La Forge", "Les Acacias", "Le Carrousel", "La Luciole", "Le Sillon", "L’Oasis",
]
INTERCOS = [
    "du Pays de Lumbres", "Cœur de Savoie", "du Val d’Ille-Aubigné", "Terres de Montaigu", "du Grand Figeac",
    "Sud Vendée Littoral", "du Pays de Mormal", "Vallée de la Dordogne", "Bretagne Romantique", "du Haut-Jura",
    "Entre Bièvre et Rhône", "du Pays de Sainte-Odile", "des Monts du Lyonnais", "Cœur de Beauce",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre", "novembre"]
SOURCES = [
    # slug, name, precedence, how it gives the place, date style, tag vocabulary is shared (mapped per source)
    {"slug": "territoires-innovants", "name": "Territoires innovants", "precedence": 10, "place": "insee"},
    {"slug": "reseau-ess", "name": "Réseau ESS", "precedence": 20, "place": "postcode_city"},
    {"slug": "fabrique-sociale", "name": "La Fabrique sociale", "precedence": 30, "place": "city_departement"},
    {"slug": "annuaire-solidaire", "name": "Annuaire solidaire", "precedence": 40, "place": "address"},
]
# The tags each source's editors already mapped (the rest stays unmapped, as in real life).
CROSSWALK = {
    "Réemploi": ["economie-circulaire"], "Déchets": ["economie-circulaire"], "Bricolage": [],
    "Alimentation": ["alimentation"], "Aide alimentaire": ["alimentation", "precarite"], "Précarité": ["precarite"],
    "Jardinage": ["alimentation"], "Lien social": ["lien-social"], "Mobilité": ["mobilite"],
    "Insertion professionnelle": ["insertion"], "Tiers-lieux": ["tiers-lieux"], "Culture": ["culture"],
    "Économie circulaire": ["economie-circulaire"], "Insertion": ["insertion"], "Santé": ["acces-aux-soins"],
    "Accès aux soins": ["acces-aux-soins"], "Vélo": ["mobilite"], "Inclusion numérique": ["inclusion-numerique"],
    "Numérique": ["numerique"], "Accès aux droits": ["acces-aux-droits"], "Habitat": ["habitat"],
    "Seniors": ["seniors"], "Handicap": ["handicap"], "Commerce de proximité": ["commerce-local"],
    "Vie associative": ["vie-associative"], "Emploi": ["travail"], "Jeunesse": ["jeunesse"],
}
SAINT = re.compile(r"\bSaint\b")


def strip_accents(value: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", value) if not unicodedata.combining(char))


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(value).lower()).strip("-")


def load_communes(rng: random.Random) -> list[dict]:
    with gzip.open(COG, "rt", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(io.StringIO(handle.read()))
                if row["type"] == "commune-actuelle" and row["postcodes"] and int(row["population"] or 0) >= 1500]
    names: dict[str, int] = {}
    for row in rows:
        names[row["name"]] = names.get(row["name"], 0) + 1
    rng.shuffle(rows)
    chosen = rows[:70]
    for row in chosen:
        row["ambiguous"] = names[row["name"]] > 1
    return chosen


def typo(rng: random.Random, text: str) -> str:
    words = [index for index, word in enumerate(text.split(" ")) if len(word) >= 6]
    if not words:
        return text
    parts = text.split(" ")
    index = rng.choice(words)
    word = parts[index]
    position = rng.randrange(1, len(word) - 2)
    parts[index] = word[:position] + word[position + 1] + word[position] + word[position + 2:]
    return " ".join(parts)


def abbreviate(text: str) -> str:
    text = text.replace("Communauté de communes", "Cté de communes").replace("Association", "Asso.")
    return SAINT.sub("St", text)


def noisy(rng: random.Random, text: str, *, rate: float, typo_rate: float | None = None) -> str:
    if rng.random() < rate:
        text = strip_accents(text)
    if rng.random() < (rate if typo_rate is None else typo_rate):
        text = typo(rng, text)
    if rng.random() < rate:
        text = abbreviate(text)
    if rng.random() < rate / 3:
        text = text.upper()
    return text


def wrong_postcode(rng: random.Random, postcode: str) -> str:
    if rng.random() < 0.5:  # a digit typed wrong in the last three
        position = rng.randrange(2, 5)
        digit = str((int(postcode[position]) + rng.randrange(1, 9)) % 10)
        return postcode[:position] + digit + postcode[position + 1:]
    return postcode[:2] + "000"  # the département's "generic" code


def make_entities(rng: random.Random, communes: list[dict], count: int) -> list[dict]:
    entities = []
    hubs = communes[:18]  # several initiatives in the same commune: the hard non-duplicates
    used: set[tuple[str, str]] = set()
    for number in range(count):
        kind, titles, porteurs, summaries, tags = KINDS[number % len(KINDS)]
        # Two initiatives of one kind never share a name, nor a commune: those would be the same one.
        while True:
            commune = rng.choice(hubs) if rng.random() < 0.45 else rng.choice(communes)
            name = rng.choice(NAMES)
            if (kind, name) not in used and (kind, commune["insee_code"]) not in used:
                used.update({(kind, name), (kind, commune["insee_code"])})
                break
        interco = rng.choice(INTERCOS)
        fill = {"n": name, "c": commune["name"], "i": interco}
        porteur = rng.choice(porteurs).format(**fill)
        site = f"https://www.{slug(name)}-{slug(commune['name'])}.fr/" if rng.random() < 0.7 else ""
        entities.append({
            "entity": number, "kind": kind, "commune": commune, "fill": fill, "titles": titles,
            "summaries": summaries, "tags": tags, "porteur": porteur, "website": site,
            "pattern": rng.randrange(len(titles)), "year": rng.randrange(2008, 2025), "month": rng.choice(MONTHS),
        })
    return entities


def make_record(rng: random.Random, entity: dict, source: dict, copy: int) -> dict:
    commune, fill = entity["commune"], entity["fill"]
    # Sources mostly reuse the name the porteur gives; one copy in three words it its own way.
    pattern = entity["titles"][entity["pattern"] if rng.random() < 0.67 else rng.randrange(len(entity["titles"]))]
    title = pattern.format(**fill)
    if "{c}" not in pattern and rng.random() < 0.3:
        title = f"{title} ({commune['name']})" if rng.random() < 0.5 else f"{title} à {commune['name']}"
    # Half the copies take the porteur's own text (sometimes shortened), the others write their own.
    summary = entity["summaries"][entity["pattern"] % 2 if rng.random() < 0.5 else (copy + entity["entity"]) % 2]
    if rng.random() < 0.3:
        summary = summary.split(",")[0].rstrip(".") + "."
    fields: dict = {
        "title": noisy(rng, title, rate=0.2 if copy else 0.05),
        "summary": summary,
        "tags": rng.sample(entity["tags"], k=rng.randrange(1, len(entity["tags"]) + 1)),
    }
    if rng.random() < 0.8:
        fields["porteur_name"] = noisy(rng, entity["porteur"], rate=0.3)
    if entity["website"] and rng.random() < 0.7:
        site = entity["website"]
        fields["website"] = rng.choice([site, site.replace("https://www.", "http://"), site.rstrip("/") + "/accueil"])
    date_style = rng.random()
    if date_style < 0.3:
        fields["start_date"] = str(entity["year"])
    elif date_style < 0.55:
        fields["start_date"] = f"{entity['month']} {entity['year']}"
    elif date_style < 0.6:
        fields["start_date"] = f"printemps {entity['year']}"  # unparseable on purpose

    names_place = rng.random() > 0.04
    postcodes = commune["postcodes"].split()
    postcode = postcodes[0]
    if names_place:
        if rng.random() < 0.08:
            postcode = wrong_postcode(rng, postcode)
        city = noisy(rng, commune["name"], rate=0.25, typo_rate=0.03)
        place = source["place"]
        if place == "insee" and rng.random() < 0.85:
            fields["insee_code"] = commune["insee_code"]
            fields["city"] = city
        elif place in ("insee", "postcode_city"):
            fields["postcode"], fields["city"] = postcode, city
        elif place == "city_departement":
            fields["city"] = city
            fields["departement"] = commune["departement_code"]
            if rng.random() < 0.5:
                fields["postcode"] = postcode
        else:
            number = rng.randrange(1, 80)
            fields["address"] = f"{number} rue de la République, {postcode} {city}"
    return {
        "id": f"{source['slug']}:{entity['entity']}-{copy}",
        "source": source["slug"],
        "external_id": f"{entity['entity']}-{copy}",
        "entity": entity["entity"],
        "fields": fields,
        "expected_commune": commune["insee_code"] if names_place else None,
    }


def build(seed: int, entity_count: int) -> dict:
    rng = random.Random(seed)
    communes = load_communes(rng)
    entities = make_entities(rng, communes, entity_count)
    records = []
    for entity in entities:
        copies = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
        for copy, source in enumerate(sorted(rng.sample(SOURCES, copies), key=lambda item: item["precedence"])):
            records.append(make_record(rng, entity, source, copy))
    pairs = []
    by_entity: dict[int, list[str]] = {}
    for record in records:
        by_entity.setdefault(record["entity"], []).append(record["id"])
    for ids in by_entity.values():
        pairs += [[a, b] for index, a in enumerate(ids) for b in ids[index + 1:]]
    return {
        "description": "Carrefour deduplication and normalisation benchmark (generated by bench/make_quality_set.py)",
        "seed": seed,
        "sources": [{**source, "crosswalk": CROSSWALK} for source in SOURCES],
        "records": records,
        "duplicate_pairs": pairs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--entities", type=int, default=190)
    args = parser.parse_args()
    data = build(args.seed, args.entities)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['records'])} records, {len(data['duplicate_pairs'])} duplicate pairs -> {OUTPUT}")


if __name__ == "__main__":
    main()
