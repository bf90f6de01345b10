"""The demo world: a deterministic set of fictional French social innovations in real communes.

Every demo partner platform publishes a slice of this world in its own format and wording, so the
harvest, normalisation and dedup stages can be measured against a known truth (data/truth.json).
The texts are assembled from hand-written building blocks in data/*.json with a fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 20240611
WORLD_SIZE = 700

# The world's generic theme vocabulary, and how each theme maps onto Carrefour's taxonomy codes.
THEME_TAXONOMY: dict[str, tuple[str, ...]] = {
    "acces-aux-droits": ("inclusion", "mediation"),
    "agriculture": ("developpement-durable", "developpement-economique"),
    "alimentation": ("developpement-durable",),
    "culture": ("lien-social", "cadre-de-vie"),
    "economie-circulaire": ("developpement-durable", "developpement-economique"),
    "education": ("jeunesse",),
    "emploi": ("travail",),
    "energie": ("developpement-durable",),
    "environnement": ("developpement-durable", "cadre-de-vie"),
    "familles": ("familles",),
    "finance-solidaire": ("developpement-economique", "inclusion"),
    "habitat": ("habitat",),
    "handicap": ("handicap", "inclusion"),
    "insertion": ("travail", "inclusion"),
    "jeunesse": ("jeunesse",),
    "lien-social": ("lien-social",),
    "mobilite": ("cadre-de-vie",),
    "numerique": ("inclusion",),
    "participation-citoyenne": ("participation", "gouvernance"),
    "petite-enfance": ("familles",),
    "sante": ("sante-sport",),
    "seniors": ("seniors",),
    "services": ("cadre-de-vie",),
    "solidarite": ("inclusion", "precarite"),
    "sport": ("sante-sport",),
}
TAXONOMY_CODES: frozenset[str] = frozenset(
    "cadre-de-vie developpement-durable developpement-economique habitat inclusion lien-social sante-sport travail "
    "handicap jeunesse seniors familles precarite tous-publics "
    "cooperation evaluation gouvernance mecenat mediation participation recherche".split()
)
PORTEUR_KINDS = (
    "association",
    "collectivité",
    "entreprise",
    "structure de l'ESS",
    "service de l'État",
    "établissement public",
    "collectif citoyen",
)
STATUSES = ("active", "planned", "paused", "ended")
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

PRIZE_TERRITORIA = "Prix TERRITORIA"
PRIZE_ENSEMBLE = "Palmarès Entreprendre Ensemble"
TERRITORIA_EDITIONS = {2019: 9, 2021: 10, 2022: 10, 2023: 11}
ENSEMBLE_EDITIONS = {2020: 4, 2022: 4, 2024: 4}
TERRITORIA_CATEGORIES = {
    "alimentation": "Transition écologique",
    "economie-circulaire": "Transition écologique",
    "mobilite": "Mobilité",
    "sante": "Santé et bien-vieillir",
    "habitat": "Cohésion sociale",
    "lien-social": "Cohésion sociale",
    "emploi": "Développement économique",
    "economie": "Développement économique",
    "services": "Services au public",
    "numerique": "Services au public",
    "tiers-lieux": "Cohésion sociale",
}
RANKS = ("Or", "Argent", "Bronze", "Mention spéciale du jury")


# --- communes -----------------------------------------------------------------------------------
_ARTICLES = {2: "Le ", 3: "La ", 4: "Les ", 5: "L'"}


def _strip_article(name: str, liaison: int) -> str:
    article = _ARTICLES.get(liaison)
    return name[len(article) :] if article and name.startswith(article) else name


def de_name(name: str, liaison: int) -> str:
    """French 'of' before a place name, using INSEE's liaison type (TNCC): de Rodez, d'Albi, du Mans, des Abymes."""
    bare = _strip_article(name, liaison)
    return {
        0: f"de {bare}",
        1: f"d'{bare}",
        2: f"du {bare}",
        3: f"de la {bare}",
        4: f"des {bare}",
        5: f"de l'{bare}",
    }.get(liaison, f"de {name}")


def a_name(name: str, liaison: int) -> str:
    """French 'in/at' before a place name: à Rodez, au Mans, aux Abymes, à La Rochelle."""
    bare = _strip_article(name, liaison)
    return {2: f"au {bare}", 3: f"à la {bare}", 4: f"aux {bare}", 5: f"à l'{bare}"}.get(liaison, f"à {name}")


@dataclass(frozen=True)
class Commune:
    name: str
    insee: str
    postcodes: tuple[str, ...]
    liaison: int
    population: int
    dep: str
    dep_name: str
    dep_liaison: int
    region: str
    region_name: str
    epci: str | None
    lat: float | None
    lon: float | None

    @property
    def de(self) -> str:
        return de_name(self.name, self.liaison)

    @property
    def a(self) -> str:
        return a_name(self.name, self.liaison)

    @property
    def de_dept(self) -> str:
        return de_name(self.dep_name, self.dep_liaison)

    @property
    def epci_long(self) -> str | None:
        if not self.epci:
            return None
        for short, long in (
            ("CC ", "Communauté de communes "),
            ("CA ", "Communauté d'agglomération "),
            ("CU ", "Communauté urbaine "),
        ):
            if self.epci.startswith(short):
                return long + self.epci[len(short) :]
        return self.epci

    @property
    def rural(self) -> bool:
        return self.population < 20000


@cache
def communes() -> tuple[Commune, ...]:
    raw = json.loads((DATA_DIR / "communes.json").read_text(encoding="utf-8"))["communes"]
    return tuple(
        Commune(
            name=c["name"],
            insee=c["insee"],
            postcodes=tuple(c["postcodes"]),
            liaison=c["liaison"],
            population=c["population"] or 0,
            dep=c["dep"],
            dep_name=c["dep_name"],
            dep_liaison=c["dep_liaison"],
            region=c["region"],
            region_name=c["region_name"],
            epci=c["epci"],
            lat=c["lat"],
            lon=c["lon"],
        )
        for c in raw
    )


@cache
def kinds() -> tuple[dict, ...]:
    return tuple(json.loads((DATA_DIR / "kinds.json").read_text(encoding="utf-8"))["kinds"])


@cache
def phrases() -> dict:
    return json.loads((DATA_DIR / "phrases.json").read_text(encoding="utf-8"))


# --- records ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Distinction:
    prize: str
    year: int
    rank: str
    category: str

    @property
    def label(self) -> str:
        return f"{self.prize} {self.year} – {self.rank} – catégorie {self.category}"


@dataclass
class Initiative:
    world_id: str
    kind: str
    kind_label: str
    family: str
    name: str  # the brand name used in some titles and porteur names
    title: str
    summary: str
    alt_summaries: tuple[str, ...]  # other summaries of the same facts, for platforms that word them differently
    paragraphs: tuple[str, ...]  # plain-text paragraphs of the description
    porteur_name: str
    porteur_kind: str
    siret: str | None
    website: str | None
    email: str
    phone: str | None
    start: date
    start_precision: str  # "year" | "month" | "day": how much of the start date is known
    status: str
    themes: tuple[str, ...]
    commune: Commune
    postcode: str
    address: str  # street part only
    latitude: float | None
    longitude: float | None
    published: date  # when the record first appeared on the partner platforms
    modified: date
    distinctions: tuple[Distinction, ...] = field(default_factory=tuple)

    @property
    def description_html(self) -> str:
        return "".join(f"<p>{_escape(p)}</p>" for p in self.paragraphs)

    @property
    def start_year(self) -> int:
        return self.start.year

    @property
    def slug(self) -> str:
        return slugify(self.title)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def strip_accents(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("œ", "oe")
        .replace("Œ", "OE")
    )


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _luhn_complete(prefix: str) -> str:
    """Append the digit that makes ``prefix`` + digit pass the Luhn check."""
    return next(prefix + str(d) for d in range(10) if luhn_ok(prefix + str(d)))


def make_siret(rng: random.Random) -> str:
    siren = _luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(8)))
    return _luhn_complete(siren + f"{rng.randint(1, 99):04d}")


PHONE_PREFIX = {
    "11": "01",
    "24": "02",
    "28": "02",
    "52": "02",
    "53": "02",
    "27": "03",
    "32": "03",
    "44": "03",
    "84": "04",
    "93": "04",
    "94": "04",
    "75": "05",
    "76": "05",
    "01": "0590",
    "02": "0596",
    "03": "0594",
    "04": "0262",
    "06": "0269",
}


def _phone(rng: random.Random, commune: Commune) -> str:
    prefix = PHONE_PREFIX.get(commune.region, "09")
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(prefix)))
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


_PORTEUR_ARTICLES = (
    ("Association", "l'association"),
    ("Collectif", "le collectif"),
    ("Commune", "la commune"),
    ("CCAS", "le CCAS"),
    ("SCIC", "la SCIC"),
    ("Entreprise", "l'entreprise"),
    ("Régie", "la régie"),
    ("Atelier", "l'atelier"),
    ("Centre", "le centre"),
    ("Secours", "le Secours"),
    ("Garage", "le garage"),
    ("AMAP", "l'AMAP"),
    ("Coopérative", "la coopérative"),
    ("Mutualité", "la Mutualité"),
    ("Office", "l'office"),
    ("Lycée", "le lycée"),
    ("Médiathèque", "la médiathèque"),
    ("Syndicat", "le syndicat"),
    ("Département", "le département"),
    ("Préfecture", "la préfecture"),
    ("Mission", "la mission"),
    ("École", "l'école"),
    ("Fondation", "la fondation"),
    ("Fédération", "la fédération"),
    ("Compagnie", "la compagnie"),
    ("Caisse", "la caisse"),
    ("PTCE", "le PTCE"),
    ("Plateforme", "la plateforme"),
    ("Groupement", "le groupement"),
    ("SISA", "la SISA"),
    ("SAS", "la SAS"),
    ("GAEC", "le GAEC"),
    ("Restaurant", "le restaurant"),
    ("Jardin", "le Jardin"),
    ("Comité", "le comité"),
    ("CROUS", "le CROUS"),
    ("Communauté", "la communauté"),
    ("Métropole", "la métropole"),
    ("Pôle", "le pôle"),
)


def porteur_phrase(name: str) -> str:
    """The porteur's name as it reads inside a sentence: 'l'association La Fourmi', 'le CCAS de Rodez'."""
    first, _, rest = name.partition(" ")
    for word, article in _PORTEUR_ARTICLES:
        if first == word:
            return f"{article} {rest}" if rest else article
    return name


def _fill(template: str, ctx: dict[str, str]) -> str:
    text = template.format_map(ctx)
    return text[0].upper() + text[1:] if text else text


def _pick_communes(rng: random.Random, count: int) -> list[Commune]:
    """Every commune at least once, then more draws weighted towards bigger towns (but not too much)."""
    pool = list(communes())
    rng.shuffle(pool)
    weights = [1.0 + min(c.population, 300000) ** 0.5 / 150 for c in pool]
    picks = pool + rng.choices(pool, weights=weights, k=count - len(pool))
    rng.shuffle(picks)
    return picks


def _join_fr(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


@cache
def build_world(size: int = WORLD_SIZE, seed: int = SEED) -> tuple[Initiative, ...]:
    """Generate the world: ``size`` initiatives, the same ones on every run.

    (long: each draw depends on the previous ones through one seeded generator; split, the order would be easy to break)
    """
    rng = random.Random(seed)
    kind_list = kinds()
    pool = phrases()
    kind_cycle = [kind_list[i % len(kind_list)] for i in range(size)]
    rng.shuffle(kind_cycle)
    titles_seen: set[str] = set()
    domains_seen: set[str] = set()
    world: list[Initiative] = []
    for index, (kind, commune) in enumerate(zip(kind_cycle, _pick_communes(rng, size), strict=True)):
        world_id = f"W{index + 1:04d}"
        start_year = rng.choice(range(1998, 2025)) if rng.random() < 0.35 else rng.choice(range(2012, 2025))
        status = rng.choices(STATUSES, weights=(80, 5, 5, 10))[0]
        if status == "planned":
            start_year = 2025
        start = date(start_year, rng.randint(1, 12), rng.randint(1, 28))
        precision = rng.choices(("year", "month", "day"), weights=(35, 25, 40))[0]
        name = rng.choice(kind["names"])
        ctx = {
            "commune": commune.name,
            "de_commune": commune.de,
            "a_commune": commune.a,
            "nom": name,
            "dept": commune.dep_name,
            "de_dept": commune.de_dept,
            "epci": commune.epci_long or "",
            "annee": str(start_year),
            "region": commune.region_name,
        }
        # A title unique in the world; the same pattern twice in a commune needs another brand name.
        title = ""
        for _attempt in range(12):
            ctx["nom"] = name
            title = _fill(rng.choice(kind["titles"]), ctx)
            if title not in titles_seen:
                break
            name = rng.choice(kind["names"])
        else:
            title = f"{title} – {rng.choice(['quartier Nord', 'quartier Sud', 'centre-ville', 'site 2'])}"
        titles_seen.add(title)
        porteur_pattern, porteur_kind = rng.choice(kind["porteurs"])
        if "{epci}" in porteur_pattern and not commune.epci:
            porteur_pattern, porteur_kind = "Commune {de_commune}", "collectivité"
        porteur_ctx = dict(ctx, nom=name if rng.random() < 0.7 else rng.choice(kind["names"]))
        porteur = _fill(porteur_pattern, porteur_ctx)
        ctx["porteur"] = porteur_phrase(porteur)
        summaries = [_fill(s, ctx) for s in kind["summaries"]]
        rng.shuffle(summaries)
        n_personnes = rng.choice([40, 60, 85, 120, 150, 200, 260, 300, 450, 600, 900, 1200])
        numbers = {
            "constat": rng.choice(pool["constats"]),
            "n_benevoles": str(rng.randint(4, 60)),
            "n_salaries": str(rng.randint(1, 25)),
            "n_personnes": str(n_personnes),
            "budget": f"{rng.randint(3, 90) * 5000:,}".replace(",", "\u00a0"),
            "annee_last": str(min(2024, max(start_year + 1, 2019))),
            "annee_next": str(rng.choice([2025, 2026])),
            "perspective": rng.choice(pool["perspectives"]),
            "financeurs": _join_fr([f.format_map(ctx) for f in rng.sample(pool["funders"], rng.randint(2, 3))]),
        }
        ctx.update(numbers)
        activities = rng.sample(kind["activities"], rng.choice([1, 1, 2]))
        paragraphs = [
            _fill(rng.choice(pool["intros"]), ctx),
            " ".join(activities),
            _fill(rng.choice(pool["figures"]), ctx) + " " + _fill(rng.choice(pool["fundings"]), ctx),
        ]
        if rng.random() < 0.55:
            paragraphs.append(_fill(rng.choice(pool["perspectives_intro"]), ctx))
        if rng.random() < 0.25:
            # Two to four paragraphs: sometimes the figures paragraph is folded into the activity one.
            paragraphs = [paragraphs[0], paragraphs[1] + " " + paragraphs[2], *paragraphs[3:]]
        themes = list(kind["themes"])
        if rng.random() < 0.3:
            extra = rng.choice(["seniors", "jeunesse", "familles", "handicap", "participation-citoyenne"])
            if extra not in themes:
                themes.append(extra)
        website = None
        if rng.random() < 0.85:
            base = slugify(name if rng.random() < 0.4 else kind["label"])[:30].strip("-")
            domain = f"{base}-{slugify(commune.name)}.{rng.choice(['example.org', 'example.org', 'example.net', 'example.com'])}"
            while domain in domains_seen:
                domain = f"{base}-{slugify(commune.name)}-{rng.randint(2, 99)}.example.org"
            domains_seen.add(domain)
            website = f"https://{'www.' if rng.random() < 0.3 else ''}{domain}/"
            email = f"{rng.choice(['contact', 'bonjour', 'accueil', 'info'])}@{domain}"
        else:
            email = f"{slugify(name)}.{slugify(commune.name)}@mail.example.net"
        lat = lon = None
        if commune.lat is not None and rng.random() < 0.75:
            lat = round(commune.lat + rng.uniform(-0.012, 0.012), 5)
            lon = round(commune.lon + rng.uniform(-0.012, 0.012), 5)
        published = date(max(start_year, 2018) if start_year < 2025 else 2024, rng.randint(1, 12), rng.randint(1, 28))
        modified = date(published.year + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
        # Every platform exported its data in early 2025; version 2 edits are dated March 2025.
        modified = min(max(modified, published), date(2025, 1, 15))
        world.append(
            Initiative(
                world_id=world_id,
                kind=kind["code"],
                kind_label=kind["label"],
                family=kind["family"],
                name=name,
                title=title,
                summary=summaries[0],
                alt_summaries=tuple(summaries[1:]),
                paragraphs=tuple(paragraphs),
                porteur_name=porteur,
                porteur_kind=porteur_kind,
                siret=make_siret(rng) if rng.random() < 0.3 else None,
                website=website,
                email=email,
                phone=_phone(rng, commune) if rng.random() < 0.6 else None,
                start=start,
                start_precision=precision,
                status=status,
                themes=tuple(themes),
                commune=commune,
                postcode=rng.choice(commune.postcodes),
                address=f"{rng.choice(pool['places'])}{rng.randint(1, 48)} {rng.choice(pool['streets'])}",
                latitude=lat,
                longitude=lon,
                published=published,
                modified=modified,
            )
        )
    _award(world, rng)
    return tuple(world)


def _award(world: list[Initiative], rng: random.Random) -> None:
    """Give distinctions: Prix TERRITORIA (4 editions) and the Entreprendre Ensemble palmarès (3 editions)."""
    candidates = [i for i in world if i.status != "planned"]
    for year, count in TERRITORIA_EDITIONS.items():
        eligible = [i for i in candidates if i.start_year < year and not i.distinctions]
        for n, initiative in enumerate(rng.sample(eligible, count)):
            category = TERRITORIA_CATEGORIES.get(initiative.family, "Cohésion sociale")
            initiative.distinctions = (Distinction(PRIZE_TERRITORIA, year, RANKS[min(n // 3, 3)], category),)
    for year, count in ENSEMBLE_EDITIONS.items():
        eligible = [
            i for i in candidates if i.start_year < year and all(d.prize != PRIZE_ENSEMBLE for d in i.distinctions)
        ]
        # A few laureates of each edition had already won a TERRITORIA prize.
        laureates = rng.sample([i for i in eligible if i.distinctions], 1)
        laureates += rng.sample([i for i in eligible if not i.distinctions], count - 1)
        for n, initiative in enumerate(laureates):
            rank = "Grand prix" if n == 0 else "Lauréat"
            category = rng.choice(["Coup de cœur", "Impact local", "Coopération", "Jeunes pousses"])
            initiative.distinctions = (*initiative.distinctions, Distinction(PRIZE_ENSEMBLE, year, rank, category))


def world_by_id() -> dict[str, Initiative]:
    return {i.world_id: i for i in build_world()}


def french_date(day: date, precision: str = "day") -> str:
    """'12 mars 2019', 'mars 2019' or '2019', as French sources write dates."""
    if precision == "year":
        return str(day.year)
    month = f"{MONTHS_FR[day.month - 1]} {day.year}"
    return month if precision == "month" else f"{'1er' if day.day == 1 else day.day} {month}"


def iso_start(initiative: Initiative) -> str:
    start = initiative.start
    return {"year": f"{start.year}", "month": f"{start.year}-{start.month:02d}"}.get(
        initiative.start_precision, start.isoformat()
    )
