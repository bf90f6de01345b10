"""Who publishes what: the world's initiatives spread over the demo platforms, with each platform's wording.

About sixty initiatives are published by two or three platforms with different wording (abbreviated or
unaccented titles, reordered words, another summary, only the city or another postcode of the commune),
which is what cross-source dedup must find. Version 2 of some platforms removes, edits and adds items.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from carrefour.demo.world import PRIZE_ENSEMBLE, PRIZE_TERRITORIA, Initiative, build_world, strip_accents

SEED = 77


@dataclass(frozen=True)
class PlatformSpec:
    slug: str
    capacity: int  # how many initiatives it publishes as their first (primary) publisher
    eligible: Callable[[Initiative], bool]
    regional: bool = False  # takes (almost) every eligible initiative first


def _territoria(i: Initiative) -> bool:
    return any(d.prize == PRIZE_TERRITORIA for d in i.distinctions)


def _ensemble(i: Initiative) -> bool:
    return any(d.prize == PRIZE_ENSEMBLE for d in i.distinctions)


# Ordered: regional and thematic platforms pick first, general ones fill up.
PRIMARY_SPECS: tuple[PlatformSpec, ...] = (
    PlatformSpec("carte-ess-bretagne", 65, lambda i: i.commune.region == "53", regional=True),
    PlatformSpec("innov-territoires-occitanie", 70, lambda i: i.commune.region == "76", regional=True),
    PlatformSpec("reseau-tiers-lieux", 60, lambda i: i.family in ("tiers-lieux", "economie-circulaire")),
    PlatformSpec("services-proximite", 45, lambda i: i.family in ("services", "sante", "numerique")),
    PlatformSpec("observatoire-rural", 140, lambda i: i.commune.rural),
    PlatformSpec("solidarites-locales", 105, lambda i: True),
    PlatformSpec("banque-initiatives-citoyennes", 100, lambda i: True),
    PlatformSpec("fabrique-des-solidarites", 115, lambda i: i.status != "planned"),
)
PRIZE_PLATFORM = "prix-territoria-demo"
SLOW_PLATFORM = "fondation-entreprendre-ensemble"
ALL_PLATFORMS: tuple[str, ...] = (
    "solidarites-locales",
    "reseau-tiers-lieux",
    "observatoire-rural",
    "innov-territoires-occitanie",
    "carte-ess-bretagne",
    "banque-initiatives-citoyennes",
    "fabrique-des-solidarites",
    PRIZE_PLATFORM,
    "services-proximite",
    SLOW_PLATFORM,
)
VERSIONED_PLATFORMS = ("observatoire-rural", "fabrique-des-solidarites")
DUPLICATED = 34  # initiatives given one or two extra publishers, on top of the prize laureates


@dataclass(frozen=True)
class Wording:
    """How one platform words one initiative."""

    title: str
    summary: str
    city: str
    postcode: str | None  # None: the platform only gives the city
    address: str
    status: str
    modified: date


@dataclass(frozen=True)
class Listing:
    platform: str
    ref: int  # the item's number in the platform's catalogue, stable across versions
    initiative: Initiative
    wording: Wording
    primary: bool  # False: a second or third publication of the initiative, worded differently

    @property
    def world_id(self) -> str:
        return self.initiative.world_id


# --- wording variants --------------------------------------------------------------------------
ABBREVIATIONS = (
    ("Maison de santé pluriprofessionnelle", "MSP"),
    ("Pôle territorial de coopération économique", "PTCE"),
    ("Crèche à vocation d'insertion professionnelle", "Crèche AVIP"),
    ("Atelier et chantier d'insertion", "ACI"),
    ("Espace de vie sociale", "EVS"),
    ("Transport à la demande", "TAD"),
    ("Relais petite enfance", "RPE"),
    ("Communauté de communes", "Cté de communes"),
    ("Association", "Asso."),
    ("Accompagnement", "Accomp."),
    ("Saint-", "St-"),
    ("Sainte-", "Ste-"),
    ("solidaire", "solid."),
    ("participatif", "particip."),
)


def abbreviate(text: str) -> str:
    for long, short in ABBREVIATIONS:
        if long in text:
            return text.replace(long, short, 1)
    return text


def reorder(title: str, city: str) -> str:
    """'La Fourmi, épicerie solidaire de Rodez' -> 'Épicerie solidaire de Rodez – La Fourmi';
    'Épicerie solidaire de Rodez' -> 'Rodez : épicerie solidaire'."""
    if ", " in title:
        head, tail = title.split(", ", 1)
        return f"{tail[0].upper()}{tail[1:]} – {head}"
    match = re.match(rf"^(.*?) (?:de|d'|du|des|de la|de l') ?{re.escape(city)}$", title)
    if match and match.group(1):
        rest = match.group(1)
        keep_case = len(rest) > 1 and rest[1].isupper()  # acronyms: AMAP, PTCE, MSP
        return f"{city} : {rest if keep_case else rest[0].lower() + rest[1:]}"
    return title


def variant_title(title: str, city: str, rng: random.Random) -> str:
    operations = [
        lambda t: abbreviate(t),
        lambda t: strip_accents(t),
        lambda t: reorder(t, city),
        lambda t: t if city in t else f"{t} ({city})",
        lambda t: re.sub(r"^(Le|La|Les|L') ?", "", t).capitalize() if re.match(r"^(Le|La|Les|L')\b", t) else t,
        lambda t: t.upper(),
        lambda t: t.replace(" – ", " - ").replace("'", "’"),
    ]
    weights = [4, 3, 4, 2, 1, 1, 1]
    result = title
    for _ in range(8):
        for op in rng.choices(operations, weights=weights, k=rng.choice([1, 1, 2])):
            result = op(result)
        if result != title:
            return result
    return f"{title} – {city}"


def variant_city(city: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return city.upper()
    if roll < 0.3:
        return abbreviate(city).replace("-", " ") if city.startswith(("Saint-", "Sainte-")) else strip_accents(city)
    return city


def primary_wording(initiative: Initiative) -> Wording:
    return Wording(
        title=initiative.title,
        summary=initiative.summary,
        city=initiative.commune.name,
        postcode=initiative.postcode,
        address=initiative.address,
        status=initiative.status,
        modified=initiative.modified,
    )


def secondary_wording(initiative: Initiative, rng: random.Random) -> Wording:
    commune = initiative.commune
    roll = rng.random()
    if roll < 0.2:
        postcode = None
    elif roll < 0.4 and len(commune.postcodes) > 1:
        postcode = rng.choice([p for p in commune.postcodes if p != initiative.postcode])
    else:
        postcode = initiative.postcode
    summary = rng.choice(initiative.alt_summaries) if initiative.alt_summaries else initiative.summary
    return Wording(
        title=variant_title(initiative.title, commune.name, rng),
        summary=summary,
        city=variant_city(commune.name, rng),
        postcode=postcode,
        address=initiative.address if rng.random() < 0.6 else "",
        status=initiative.status,
        modified=initiative.modified,
    )


# --- placement ---------------------------------------------------------------------------------
@cache
def placement(version: int = 1) -> dict[str, tuple[Listing, ...]]:
    """Every platform's listings, in catalogue order, for ``version`` (1 or 2)."""
    if version not in (1, 2):
        raise ValueError("version must be 1 or 2")
    rng = random.Random(SEED)
    world = list(build_world())
    order = world[:]
    rng.shuffle(order)
    placed: dict[str, list[tuple[Initiative, bool]]] = {slug: [] for slug in ALL_PLATFORMS}
    home: dict[str, str] = {}
    left = {spec.slug: spec.capacity for spec in PRIMARY_SPECS}
    specs = {spec.slug: spec for spec in PRIMARY_SPECS}
    general = [
        s.slug
        for s in PRIMARY_SPECS
        if s.slug in ("solidarites-locales", "banque-initiatives-citoyennes", "fabrique-des-solidarites")
    ]
    for initiative in order:
        if _territoria(initiative) and rng.random() < 0.25:
            continue  # published by the prize only
        choice = None
        for spec in PRIMARY_SPECS:
            if spec.slug in general or not left[spec.slug] or not spec.eligible(initiative):
                continue
            if rng.random() < (0.92 if spec.regional else 0.55):
                choice = spec.slug
                break
        if choice is None:
            open_general = [s for s in general if left[s] and specs[s].eligible(initiative)]
            if not open_general:
                continue
            choice = rng.choices(open_general, weights=[left[s] for s in open_general])[0]
        left[choice] -= 1
        home[initiative.world_id] = choice
        placed[choice].append((initiative, True))
    # The prize publishes all its laureates; the foundation its laureates and a few projects it supports.
    placed[PRIZE_PLATFORM] = [(i, i.world_id not in home) for i in world if _territoria(i)]
    supported = [i for i in order if i.world_id in home and i.family in ("emploi", "economie") and not _ensemble(i)]
    placed[SLOW_PLATFORM] = [(i, i.world_id not in home) for i in world if _ensemble(i)]
    placed[SLOW_PLATFORM] += [(i, False) for i in supported[:28]]
    # Extra publishers for some initiatives, worded differently.
    candidates = [i for i in order if i.world_id in home and not _territoria(i)]
    for initiative in candidates[:DUPLICATED]:
        others = [s.slug for s in PRIMARY_SPECS if s.slug != home[initiative.world_id] and s.eligible(initiative)]
        for slug in rng.sample(others, min(len(others), 1 if rng.random() < 0.7 else 2)):
            placed[slug].append((initiative, False))
    listings: dict[str, tuple[Listing, ...]] = {}
    for slug in ALL_PLATFORMS:
        items = placed[slug]
        rng_platform = random.Random(f"{SEED}-{slug}")
        rng_platform.shuffle(items)
        listings[slug] = tuple(
            Listing(slug, n, i, primary_wording(i) if primary else secondary_wording(i, rng_platform), primary)
            for n, (i, primary) in enumerate(items, start=1)
        )
    if version == 2:
        unplaced = [i for i in order if i.world_id not in home and not i.distinctions]
        for slug in VERSIONED_PLATFORMS:
            listings[slug] = _version_2(listings[slug], unplaced, specs[slug].eligible, random.Random(f"v2-{slug}"))
    return listings


def _version_2(
    listings: tuple[Listing, ...],
    unplaced: list[Initiative],
    eligible: Callable[[Initiative], bool],
    rng: random.Random,
) -> tuple[Listing, ...]:
    """A later state of a platform: 8 items gone, 4 edited, 5 new ones appended."""
    kept = list(listings)
    for gone in rng.sample(kept, 8):
        kept.remove(gone)
    for n in rng.sample(range(len(kept)), 4):
        listing = kept[n]
        initiative = listing.initiative
        edited = replace(
            listing.wording,
            summary=(initiative.alt_summaries or (initiative.summary,))[-1],
            status="ended" if listing.wording.status == "active" else "active",
            address=f"{rng.randint(50, 90)} rue Nouvelle",
            modified=date(2025, 3, rng.randint(1, 28)),
        )
        kept[n] = replace(listing, wording=edited)
    fresh = [i for i in unplaced if eligible(i)]
    next_ref = max(listing.ref for listing in listings) + 1
    for n, initiative in enumerate(fresh[:5]):
        unplaced.remove(initiative)
        kept.append(Listing(listings[0].platform, next_ref + n, initiative, primary_wording(initiative), True))
    return tuple(kept)


def platforms_of(version: int = 1) -> dict[str, set[str]]:
    """world id -> the platforms that publish it."""
    result: dict[str, set[str]] = {}
    for slug, listings in placement(version).items():
        for listing in listings:
            result.setdefault(listing.world_id, set()).add(slug)
    return result
