"""Cross-source deduplication: one clean initiative per innovation.

Two records describe the same innovation when their titles are alike and the rest does not contradict it.
Pairs are found by *blocking* (shared title tokens, commune, website domain, SIREN) and scored on five
components, each in [0, 1] or unknown:

========== ====== ==================================================================================
component  weight what it compares
========== ====== ==================================================================================
title      0.40   best of token Dice (typos, plurals, abbreviations tolerated) and trigram Jaccard
porteur    0.20   SIREN when both have one, else the same similarity as titles on the actor's name
commune    0.20   same commune 1, commune within the other's département 0.7, same département 0.5…
website    0.10   same domain 1, different domains 0.1 (a project page and its porteur's site differ)
description 0.10  word overlap of the summaries; only evidence *for* (each source writes its own text)
========== ====== ==================================================================================

An unknown component counts as ``NEUTRAL`` (it neither proves nor disproves). Two vetoes keep obvious
non-duplicates out of the queue: titles below ``TITLE_GATE``, and communes in different départements
(a "Repair Café" in Lyon and one in Brest) unless website or porteur agree. Thresholds:

- ``MERGE_THRESHOLD`` (0.66): merged automatically, at harvest time (:func:`find_match`) or by the batch
  pass (:func:`dedup_pass`) — and only when something besides the title confirms it (same commune, same
  website, porteur ≥ 0.8 or summaries ≥ 0.6): alike titles alone are capped just below, for editors.
  On the labelled set (bench/quality.py) the best-scoring non-duplicate pair scores 0.63 and pairwise
  precision stays 1.0 down to 0.65, then falls (0.90 at 0.60); 0.66 keeps that margin with recall ≈ 0.9.
- ``REVIEW_THRESHOLD`` (0.55): between the two, the pair is queued (DuplicateCandidate "pending") for
  editors, who see the components side by side. Below, pairs are forgotten (re-scored on the next pass).

Editors' decisions (confirmed, rejected, and splits, stored as rejected) are never re-scored, and two
initiatives that share a source are never merged (a source does not list the same thing twice).
"""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any, Protocol
from urllib.parse import urlsplit

from django.db import connection, transaction

from initiatives.models import Initiative, Source
from initiatives.services import InitiativeData
from initiatives.text import text_key

MERGE_THRESHOLD = 0.66
REVIEW_THRESHOLD = 0.55
TITLE_GATE = 0.45  # below this title similarity, never a duplicate
NEUTRAL = 0.5  # value of an unknown component
WEIGHTS = {"title": 0.40, "porteur": 0.20, "commune": 0.20, "website": 0.10, "description": 0.10}
# Blocks bigger than this are too generic to compare exhaustively ("solidaire" everywhere): they are skipped,
# and the compound keys (title token + commune / département, token pairs) catch their duplicates.
MAX_BLOCK_SIZE = 60
FIND_MATCH_CANDIDATES = 40
MERGE_CHUNK = 250  # merges per transaction in the batch pass  # initiatives fetched by trigram similarity at harvest time

_STOPWORDS = frozenset(
    "a au aux avec chez d dans de des du en et l la le les leur ou par pour sur un une the of and to at "
    "son sa ses nos notre votre qui que".split()
)
# Spelled-out forms, so that "Asso. Les Amis" and "Association les amis" compare equal.
_EXPANSIONS = {
    "asso": "association", "assoc": "association", "ass": "association", "cte": "communaute",
    "comm": "communaute", "cc": "communaute communes", "ca": "communaute agglomeration",
    "agglo": "agglomeration", "st": "saint", "ste": "sainte", "fed": "federation", "dept": "departement",
    "dep": "departement", "intercom": "intercommunalite", "ccas": "ccas", "cie": "compagnie", "ctre": "centre",
    "coop": "cooperative", "tl": "tiers lieu", "ess": "economie sociale solidaire",
}
# Hosts shared by many initiatives: the first path segment is part of the identity there.
_SHARED_HOSTS = frozenset({
    "facebook.com", "fr-fr.facebook.com", "m.facebook.com", "instagram.com", "twitter.com", "x.com", "linkedin.com",
    "helloasso.com", "youtube.com", "sites.google.com", "linktr.ee", "fr.ulule.com", "ulule.com", "kisskissbankbank.com",
    "openstreetmap.org", "carte.tiers-lieux.org", "jeveuxaider.gouv.fr", "francetravail.fr", "service-public.fr",
    "lafabriqueaterritoires.fr", "territoires.fr", "avise.org",
})


# --- keys and profiles ------------------------------------------------------------------------------
@lru_cache(maxsize=200_000)
def name_tokens(value: str) -> tuple[str, ...]:
    """Significant words of a title or an actor's name: unaccented, abbreviations spelled out, no stopwords."""
    words: list[str] = []
    for word in text_key(value).split():
        for part in _EXPANSIONS.get(word, word).split():
            if part not in _STOPWORDS and not (len(part) == 1 and part.isalpha()):
                words.append(part[:-1] if len(part) > 4 and part[-1] in "sx" else part)  # plurals
    return tuple(words)


def trigrams(tokens: Iterable[str]) -> frozenset[str]:
    """pg_trgm's trigrams: each word padded with two spaces before and one after."""
    grams: set[str] = set()
    for token in tokens:
        padded = f"  {token} "
        grams.update(padded[index : index + 3] for index in range(len(padded) - 2))
    return frozenset(grams)


def website_key(url: str) -> str:
    """The part of a website URL that identifies an initiative: its host, plus the page on shared platforms."""
    if not url:
        return ""
    parts = urlsplit(url if "//" in url else f"https://{url}")
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return ""
    if host in _SHARED_HOSTS:
        segment = parts.path.strip("/").split("/")[0].lower()
        return f"{host}/{segment}" if segment else ""
    return host


def _siren(siret: str) -> str:
    digits = re.sub(r"\D", "", siret or "")
    return digits[:9] if len(digits) in (9, 14) else ""


class DataLike(Protocol):
    """What scoring reads: an InitiativeData, or any object with the same attributes."""

    title: str
    summary: str
    website: str
    commune: str | None
    departement: str | None


@dataclass(frozen=True, slots=True)
class Profile:
    """The comparison-ready form of one record (precomputed once: a pass compares each many times)."""

    title_tokens: tuple[str, ...]
    title_grams: frozenset[str]
    porteur_tokens: tuple[str, ...] = ()
    porteur_grams: frozenset[str] = frozenset()
    siren: str = ""
    commune: str = ""
    departement: str = ""
    website: str = ""
    words: frozenset[str] = frozenset()

    @classmethod
    def build(cls, *, title: str, porteur: str = "", siret: str = "", commune: str | None = None,
              departement: str | None = None, website: str = "", summary: str = "") -> Profile:
        title_tokens = name_tokens(title or "")
        porteur_tokens = name_tokens(porteur or "")
        words = frozenset(word for word in name_tokens((summary or "")[:600]) if len(word) >= 4)
        return cls(
            title_tokens, trigrams(title_tokens), porteur_tokens, trigrams(porteur_tokens), _siren(siret),
            commune or "", departement or (commune_departement(commune) if commune else ""), website_key(website),
            words,
        )


def commune_departement(insee_code: str) -> str:
    """The département of an INSEE commune code (overseas: 3 digits; Corsica: 2A/2B)."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]


def profile_of(data: DataLike | Profile) -> Profile:
    if isinstance(data, Profile):
        return data
    porteur = getattr(data, "porteur", None)
    return Profile.build(
        title=data.title, porteur=getattr(porteur, "name", "") or "", siret=getattr(porteur, "siret", "") or "",
        commune=data.commune, departement=data.departement, website=data.website, summary=data.summary,
    )


# --- similarity -------------------------------------------------------------------------------------
@lru_cache(maxsize=500_000)
def _close(a: str, b: str) -> bool:
    """Same word give or take a typo: one edit for words of 6+ letters, two from 10, or a prefix ("solid")."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter):
        return True
    limit = 2 if len(shorter) >= 10 else 1 if len(shorter) >= 6 else 0
    if limit == 0 or len(longer) - len(shorter) > limit:
        return False
    if len(set(shorter) ^ set(longer)) > 2 * limit:  # each edit changes at most two letters of the alphabet
        return False
    # Optimal string alignment distance: a swap of two neighbouring letters ("Aetlier") is one edit.
    before: list[int] | None = None
    previous = list(range(len(longer) + 1))
    for i in range(1, len(shorter) + 1):
        current = [i]
        for j in range(1, len(longer) + 1):
            cost = shorter[i - 1] != longer[j - 1]
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (before is not None and i > 1 and j > 1 and shorter[i - 1] == longer[j - 2]
                    and shorter[i - 2] == longer[j - 1]):
                value = min(value, before[j - 2] + 1)
            current.append(value)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


class TokenWeights:
    """Inverse document frequency of title words: "L’Estran" says more than "solidaire" or "atelier".

    Built from the titles being compared (the batch pass) or from all published titles (harvest time, cached).
    Without statistics every word weighs 1.
    """

    def __init__(self, document_frequency: dict[str, int] | None = None, documents: int = 0):
        self.document_frequency = document_frequency or {}
        self.documents = documents
        self._cache: dict[str, float] = {}

    @classmethod
    def from_titles(cls, titles: Iterable[tuple[str, ...]]) -> TokenWeights:
        frequency: dict[str, int] = defaultdict(int)
        documents = 0
        for tokens in titles:
            documents += 1
            for token in set(tokens):
                frequency[token] += 1
        return cls(dict(frequency), documents)

    def __call__(self, token: str) -> float:
        weight = self._cache.get(token)
        if weight is None:
            if self.documents < 50:  # too few titles for frequencies to mean anything
                weight = 1.0
            else:
                weight = 1.0 + math.log((self.documents + 1) / (self.document_frequency.get(token, 0) + 1))
            self._cache[token] = weight
        return weight


UNIFORM = TokenWeights()


def _token_dice(left: tuple[str, ...], right: tuple[str, ...], weights: TokenWeights = UNIFORM) -> float:
    """Weighted Dice coefficient of two word lists, a word matching a close word of the other list once."""
    if not left or not right:
        return 0.0
    remaining = list(right)
    matched = 0.0
    for token in left:
        if token in remaining:
            remaining.remove(token)
            matched += 2 * weights(token)
            continue
        for index, other in enumerate(remaining):
            if _close(token, other):
                del remaining[index]
                matched += weights(token) + weights(other)
                break
    total = sum(weights(token) for token in left) + sum(weights(token) for token in right)
    return matched / total


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    common = len(left & right)
    return common / (len(left) + len(right) - common)


def _name_similarity(left_tokens, left_grams, right_tokens, right_grams, weights: TokenWeights = UNIFORM) -> float:
    return max(_token_dice(left_tokens, right_tokens, weights), _jaccard(left_grams, right_grams))


def title_similarity(a: str, b: str, *, weights: TokenWeights = UNIFORM) -> float:
    """How alike two titles are, in [0, 1], insensitive to case, accents, word order, plurals and one typo;
    with ``weights``, rare words count more than common ones."""
    left, right = name_tokens(a), name_tokens(b)
    return _name_similarity(left, trigrams(left), right, trigrams(right), weights)


@dataclass
class PairScore:
    score: float
    components: dict[str, float | None]  # None: unknown on at least one side
    vetoed: str = ""  # why the score was capped ("" when it was not)

    def as_json(self) -> dict[str, Any]:
        return {**{name: None if value is None else round(value, 3) for name, value in self.components.items()},
                "veto": self.vetoed}


def _territory_component(a: Profile, b: Profile) -> float | None:
    if a.commune and b.commune:
        if a.commune == b.commune:
            return 1.0
        return 0.3 if a.departement == b.departement else 0.0
    if a.departement and b.departement:
        if a.departement != b.departement:
            return 0.0
        return 0.7 if (a.commune or b.commune) else 0.6
    return None


def score_pair(a: DataLike | Profile, b: DataLike | Profile, *, weights: TokenWeights = UNIFORM) -> PairScore:
    """Score two records (InitiativeData, anything shaped like it, or :class:`Profile`)."""
    a, b = profile_of(a), profile_of(b)
    title = _name_similarity(a.title_tokens, a.title_grams, b.title_tokens, b.title_grams, weights)
    if title < TITLE_GATE:  # most blocked pairs stop here: the rest would not change the outcome
        return PairScore(round(min(WEIGHTS["title"] * title + (1 - WEIGHTS["title"]) * NEUTRAL,
                                   REVIEW_THRESHOLD - 0.01), 4),
                         {"title": title, "porteur": None, "commune": None, "website": None, "description": None},
                         "titres trop différents")
    if a.siren and b.siren:
        porteur: float | None = 1.0 if a.siren == b.siren else 0.0
    elif a.porteur_tokens and b.porteur_tokens:
        porteur = _name_similarity(a.porteur_tokens, a.porteur_grams, b.porteur_tokens, b.porteur_grams)
    else:
        porteur = None
    territory = _territory_component(a, b)
    website = (1.0 if a.website == b.website else 0.1) if a.website and b.website else None
    description = None
    if a.words and b.words:
        overlap = len(a.words & b.words) / math.sqrt(len(a.words) * len(b.words))
        description = min(1.0, overlap / 0.5)
    components = {"title": title, "porteur": porteur, "commune": territory, "website": website,
                  "description": description}
    score = sum(WEIGHTS[name] * (NEUTRAL if value is None else value) for name, value in components.items())
    if description is not None and description < NEUTRAL:
        # Each source writes its own text: different summaries are no evidence against a match.
        score += WEIGHTS["description"] * (NEUTRAL - description)
    vetoed = ""
    if title < TITLE_GATE:
        vetoed = "titres trop différents"
    elif territory == 0.0 and website != 1.0 and porteur != 1.0:
        vetoed = "départements différents"
    if vetoed:
        score = min(score, REVIEW_THRESHOLD - 0.01)
    elif not (territory == 1.0 or website == 1.0 or (porteur or 0) >= 0.8 or (description or 0) >= 0.6):
        # Alike titles, nothing else confirming: editors decide, never the machine.
        vetoed = "seul le titre concorde"
        score = min(score, MERGE_THRESHOLD - 0.01)
    return PairScore(round(score, 4), components, vetoed)


# --- blocking ---------------------------------------------------------------------------------------
def blocking_keys(profile: Profile) -> set[str]:
    """The keys under which a record is filed; two records are compared only if they share one.

    Title tokens are cut to 5 letters so that plurals and end-of-word typos share a key.
    """
    tokens = sorted({token[:5] for token in profile.title_tokens if len(token) >= 3})
    keys = {f"t:{token}" for token in tokens}
    keys.update(f"tt:{first}|{second}" for first, second in combinations(tokens, 2))
    if profile.commune:
        keys.update(f"c:{profile.commune}|{token}" for token in tokens)
    if profile.departement:
        keys.update(f"d:{profile.departement}|{token}" for token in tokens)
    if profile.website:
        keys.add(f"w:{profile.website}")
    if profile.siren:
        keys.add(f"s:{profile.siren}")
    return keys


# --- harvest time -----------------------------------------------------------------------------------
@dataclass
class MatchResult:
    initiative: Initiative
    score: float
    components: dict[str, Any]


_TITLE_SQL = (
    "SELECT id FROM initiatives_initiative WHERE visibility = %s "
    "AND immutable_unaccent(lower(title)) %% immutable_unaccent(lower(%s)) "
    "ORDER BY similarity(immutable_unaccent(lower(title)), immutable_unaccent(lower(%s))) DESC LIMIT %s"
)
_RECORDS_SQL = (
    "SELECT r.initiative_id, r.source_id, r.data->>'title', r.data->'porteur'->>'name', r.data->'porteur'->>'siret', "
    "r.data->>'commune', r.data->>'departement', r.data->>'website', left(r.data->>'summary', 600) "
    "FROM initiatives_sourcerecord r JOIN initiatives_initiative i ON i.id = r.initiative_id "
    "WHERE i.visibility = %s"
)


def _profile_row(row: tuple) -> tuple[int, int, Profile]:
    initiative_id, source_id, title, porteur, siret, commune, departement, website, summary = row
    profile = Profile.build(title=title or "", porteur=porteur or "", siret=siret or "", commune=commune,
                            departement=departement, website=website or "", summary=summary or "")
    return initiative_id, source_id, profile


_weights_cache: dict[str, tuple[float, TokenWeights]] = {}
WEIGHTS_TTL = 600.0  # seconds; word frequencies change slowly


def harvest_weights() -> TokenWeights:
    """Word weights from all published titles, computed once per ``WEIGHTS_TTL`` per database."""
    key = str(connection.settings_dict.get("NAME"))
    cached = _weights_cache.get(key)
    if cached and time.monotonic() - cached[0] < WEIGHTS_TTL:
        return cached[1]
    titles = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).values_list("title", flat=True)
    weights = TokenWeights.from_titles(name_tokens(title) for title in titles.iterator(chunk_size=5000))
    _weights_cache[key] = (time.monotonic(), weights)
    return weights


def find_match(*, data: InitiativeData, source: Source, external_id: str | None = None,
               weights: TokenWeights | None = None) -> MatchResult | None:
    """The published initiative a NEW record of ``source`` describes, if one scores above MERGE_THRESHOLD.

    Never an initiative that already has a record from ``source``. With ``external_id``, a record the source
    already published returns None: it stays where it is (possibly where an editor split it to).
    Candidates come from the trigram index on titles and the porteur's SIREN; grey-zone matches return None
    (the batch pass queues them for editors).
    """
    from initiatives.models import SourceRecord

    if external_id and SourceRecord.objects.filter(source=source, external_id=external_id,
                                                   initiative__isnull=False).exists():
        return None
    profile = profile_of(data)
    if not data.title:
        return None
    published = Initiative.Visibility.PUBLISHED
    with connection.cursor() as cursor:
        cursor.execute(_TITLE_SQL, [published, data.title, data.title, FIND_MATCH_CANDIDATES])
        ids = {row[0] for row in cursor.fetchall()}
    if profile.siren:
        ids.update(Initiative.objects.filter(visibility=published, porteur__siret__startswith=profile.siren)
                   .values_list("pk", flat=True)[:FIND_MATCH_CANDIDATES])
    if not ids:
        return None
    with connection.cursor() as cursor:
        cursor.execute(_RECORDS_SQL + " AND r.initiative_id = ANY(%s)", [published, list(ids)])
        rows = [_profile_row(row) for row in cursor.fetchall()]
    excluded = {initiative_id for initiative_id, source_id, _ in rows if source_id == source.pk}
    weights = weights or harvest_weights()
    best: tuple[float, int, PairScore] | None = None
    for initiative_id, _, other in rows:
        if initiative_id in excluded:
            continue
        scored = score_pair(profile, other, weights=weights)
        if scored.score >= MERGE_THRESHOLD and (best is None or (scored.score, -initiative_id) > best[:2]):
            best = (scored.score, -initiative_id, scored)
    if best is None:
        return None
    return MatchResult(Initiative.objects.get(pk=-best[1]), best[0], best[2].as_json())


# --- batch pass -------------------------------------------------------------------------------------
@dataclass
class DedupStats:
    initiatives: int = 0
    records: int = 0
    compared: int = 0  # candidate pairs scored
    skipped_decided: int = 0  # pairs an editor (or an earlier merge) already decided
    skipped_same_source: int = 0
    merged: int = 0
    queued: int = 0
    duration: float = 0.0
    merges: list[tuple[int, int, float]] = field(default_factory=list)  # (kept, merged, score)

    def summary(self) -> str:
        return (f"{self.initiatives} initiatives, {self.records} fiches, {self.compared} paires comparées, "
                f"{self.merged} fusionnées, {self.queued} à examiner, {self.skipped_decided} déjà décidées "
                f"({self.duration:.1f} s)")


def _load_profiles() -> tuple[dict[int, list[Profile]], dict[int, set[int]], int]:
    profiles: dict[int, list[Profile]] = defaultdict(list)
    sources: dict[int, set[int]] = defaultdict(set)
    count = 0
    with connection.cursor() as cursor:
        cursor.execute(_RECORDS_SQL, [Initiative.Visibility.PUBLISHED])
        while rows := cursor.fetchmany(5000):
            for row in rows:
                initiative_id, source_id, profile = _profile_row(row)
                profiles[initiative_id].append(profile)
                sources[initiative_id].add(source_id)
                count += 1
    return profiles, sources, count


def candidate_pairs(profiles: dict[int, list[Profile]], *, focus: set[int] | None = None) -> set[tuple[int, int]]:
    """Pairs (low id, high id) of initiatives sharing a blocking key; with ``focus``, only pairs touching it."""
    blocks: dict[str, set[int]] = defaultdict(set)
    for initiative_id, items in profiles.items():
        for profile in items:
            for key in blocking_keys(profile):
                blocks[key].add(initiative_id)
    # A département block only serves records that lack a commune (the commune blocks serve the others).
    placed = {initiative_id for initiative_id, items in profiles.items() if all(item.commune for item in items)}
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or len(members) > MAX_BLOCK_SIZE:
            continue
        if key.startswith("d:"):
            unplaced = members - placed
            targets = unplaced if focus is None else unplaced | (members & focus)
            for initiative_id in targets:
                pairs.update((min(initiative_id, other), max(initiative_id, other))
                             for other in members if other != initiative_id
                             and (focus is None or initiative_id in focus or other in focus)
                             and (initiative_id in unplaced or other in unplaced))
            continue
        if focus is None:
            pairs.update(combinations(sorted(members), 2))
        else:
            for initiative_id in members & focus:
                pairs.update((min(initiative_id, other), max(initiative_id, other))
                             for other in members if other != initiative_id)
    return pairs


def _best_score(left: list[Profile], right: list[Profile], weights: TokenWeights) -> PairScore:
    best: PairScore | None = None
    for a in left:
        for b in right:
            scored = score_pair(a, b, weights=weights)
            if best is None or scored.score > best.score:
                best = scored
    assert best is not None
    return best


def dedup_pass(*, source: Source | None = None, progress: Callable[[str], None] | None = None) -> DedupStats:
    """Compare published initiatives (those of ``source`` against all, or all against all), merge the sure
    duplicates and queue the doubtful ones. Idempotent: decided pairs are skipped, pending ones re-scored.

    Blocking and scoring run in Python on profiles read in one query (JSON fields extracted by PostgreSQL):
    for an all-pairs pass this beats a trigram self-join, which cannot use the index for ``a % b``.
    """
    from initiatives.models import SourceRecord
    from initiatives.services import initiative_merge
    from search.models import DuplicateCandidate

    started = time.monotonic()
    say = progress or (lambda message: None)
    stats = DedupStats()
    profiles, sources, stats.records = _load_profiles()
    stats.initiatives = len(profiles)
    say(f"{stats.initiatives} initiatives publiées, {stats.records} fiches chargées")
    focus = None
    if source is not None:
        focus = set(SourceRecord.objects.filter(source=source, initiative__isnull=False)
                    .values_list("initiative_id", flat=True)) & profiles.keys()
    pairs = candidate_pairs(profiles, focus=focus)
    weights = TokenWeights.from_titles(
        frozenset(token for profile in items for token in profile.title_tokens) for items in profiles.values()
    )
    decided: set[tuple[int, int]] = set()
    rejected: dict[int, set[int]] = defaultdict(set)  # follows merges made during this pass
    for a, b, status in DuplicateCandidate.objects.exclude(status=DuplicateCandidate.Status.PENDING).values_list(
        "initiative_a_id", "initiative_b_id", "status"
    ):
        decided.add((a, b))
        if status == DuplicateCandidate.Status.REJECTED:
            rejected[a].add(b)
            rejected[b].add(a)
    say(f"{len(pairs)} paires candidates")

    to_merge: list[tuple[float, int, int, PairScore]] = []
    to_review: dict[tuple[int, int], PairScore] = {}
    for index, (a, b) in enumerate(pairs, 1):
        if (a, b) in decided:
            stats.skipped_decided += 1
            continue
        if sources[a] & sources[b]:
            stats.skipped_same_source += 1
            continue
        stats.compared += 1
        scored = _best_score(profiles[a], profiles[b], weights)
        if scored.score >= MERGE_THRESHOLD:
            to_merge.append((scored.score, a, b, scored))
        elif scored.score >= REVIEW_THRESHOLD:
            to_review[(a, b)] = scored
        if index % 100_000 == 0:
            say(f"{index}/{len(pairs)} paires examinées")

    # Merge the surest first; follow earlier merges so that chains (A~B, B~C) end in one initiative.
    parent: dict[int, int] = {}

    def find(node: int) -> int:
        while node in parent:
            node = parent[node]
        return node

    to_merge.sort(key=lambda item: (-item[0], item[1], item[2]))
    # Merges are committed by chunks: one commit per merge would cost more than the merges themselves.
    for start in range(0, len(to_merge), MERGE_CHUNK):
        with transaction.atomic():
            for score, a, b, scored in to_merge[start:start + MERGE_CHUNK]:
                ra, rb = find(a), find(b)
                if ra == rb or sources[ra] & sources[rb] or rb in rejected[ra]:
                    continue
                keep, other = sorted((ra, rb), key=lambda node: (-len(profiles[node]), node))
                initiative_merge(keep=Initiative(pk=keep), other=Initiative(pk=other), score=score,
                                 components=scored.as_json())
                parent[other] = keep
                sources[keep] |= sources[other]
                for partner in rejected.pop(other, set()):
                    rejected[keep].add(partner)
                    rejected[partner].add(keep)
                profiles[keep] = profiles[keep] + profiles[other]
                stats.merged += 1
                stats.merges.append((keep, other, score))
        say(f"{stats.merged} fusions")

    rows: dict[tuple[int, int], DuplicateCandidate] = {}
    for (a, b), scored in to_review.items():
        ra, rb = find(a), find(b)
        low, high = sorted((ra, rb))
        if ra == rb or (low, high) in decided or sources[ra] & sources[rb] or rb in rejected[ra]:
            continue
        if (low, high) not in rows or rows[(low, high)].score < scored.score:
            rows[(low, high)] = DuplicateCandidate(initiative_a_id=low, initiative_b_id=high, score=scored.score,
                                                   components=scored.as_json())
    DuplicateCandidate.objects.bulk_create(
        list(rows.values()), batch_size=1000, update_conflicts=True,
        unique_fields=["initiative_a", "initiative_b"], update_fields=["score", "components"],
    )
    stats.queued = len(rows)
    stats.duration = time.monotonic() - started
    say(stats.summary())
    return stats


# --- quality report ---------------------------------------------------------------------------------
UNMAPPED_TAGS_PREFIX = "Étiquettes sans correspondance : "
UNPARSED_DATES_PREFIX = "Dates illisibles : "
_COUNTED_ITEM = re.compile(r"^(?P<label>.*?)\s*\((?P<count>\d+)\)$")


@dataclass
class SourceQuality:
    source: Source
    records: int
    with_territory: int
    with_theme: int
    duplicates_found: int  # records sharing their initiative with another source's record
    duplicates_pending: int  # pending candidate pairs touching this source
    unmapped_tags: list[tuple[str, int]] | None  # None: no finished harvest to read them from
    unparsed_dates: list[tuple[str, int]] | None

    @staticmethod
    def _percent(part: int, whole: int) -> float:
        return round(100 * part / whole, 1) if whole else 0.0

    @property
    def territory_percent(self) -> float:
        return self._percent(self.with_territory, self.records)

    @property
    def theme_percent(self) -> float:
        return self._percent(self.with_theme, self.records)

    @property
    def unmapped_tag_count(self) -> int | None:
        return None if self.unmapped_tags is None else sum(count for _, count in self.unmapped_tags)

    @property
    def unparsed_date_count(self) -> int | None:
        return None if self.unparsed_dates is None else sum(count for _, count in self.unparsed_dates)


def _counted_warning(warnings: list[str], prefix: str) -> list[tuple[str, int]] | None:
    """``"<prefix>a (3), b (1)"`` from a HarvestRun's warnings; [] when the run has no such line."""
    for warning in warnings or []:
        if isinstance(warning, str) and warning.startswith(prefix):
            items = []
            for part in warning.removeprefix(prefix).split(", "):
                match = _COUNTED_ITEM.match(part.strip())
                items.append((match.group("label"), int(match.group("count"))) if match else (part.strip(), 1))
            return items
    return []


_QUALITY_SQL = """
SELECT r.source_id,
       count(*),
       count(*) FILTER (WHERE coalesce(r.data->>'commune', r.data->>'departement', '') <> ''),
       count(*) FILTER (WHERE jsonb_typeof(r.data->'theme_codes') = 'array'
                          AND jsonb_array_length(r.data->'theme_codes') > 0),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM initiatives_sourcerecord o
                                      WHERE o.initiative_id = r.initiative_id AND o.source_id <> r.source_id))
FROM initiatives_sourcerecord r
GROUP BY r.source_id
"""
_PENDING_SQL = """
SELECT DISTINCT r.source_id, c.id
FROM search_duplicatecandidate c
JOIN initiatives_sourcerecord r ON r.initiative_id IN (c.initiative_a_id, c.initiative_b_id)
WHERE c.status = 'pending'
"""


def source_quality_list() -> list[SourceQuality]:
    """Per source: records, % with a resolved territory (commune or département), % with ≥ 1 theme,
    duplicates found and pending, and the unmapped tags and unreadable dates of its latest finished harvest.

    Tags and dates come from the latest finished HarvestRun's warnings (the harvest aggregates them with
    counts), not from re-normalising the stored payloads: raw payloads are kept as the source published them,
    before the connector's field mapping, so re-normalising means re-running the connectors — not cheap.
    """
    from search.models import HarvestRun

    with connection.cursor() as cursor:
        cursor.execute(_QUALITY_SQL)
        counts = {row[0]: row[1:] for row in cursor.fetchall()}
        cursor.execute(_PENDING_SQL)
        pending: dict[int, int] = defaultdict(int)
        for source_id, _ in cursor.fetchall():
            pending[source_id] += 1
    latest: dict[int, list[str]] = {}
    finished = HarvestRun.objects.exclude(status=HarvestRun.Status.RUNNING).order_by("source_id", "-started_at")
    for source_id, warnings in finished.distinct("source_id").values_list("source_id", "warnings"):
        latest[source_id] = warnings
    rows = []
    for source in Source.objects.order_by("precedence", "name"):
        records, territory, themes, duplicates = counts.get(source.pk, (0, 0, 0, 0))
        warnings = latest.get(source.pk)
        rows.append(SourceQuality(
            source=source, records=records, with_territory=territory, with_theme=themes,
            duplicates_found=duplicates, duplicates_pending=pending.get(source.pk, 0),
            unmapped_tags=None if warnings is None else _counted_warning(warnings, UNMAPPED_TAGS_PREFIX),
            unparsed_dates=None if warnings is None else _counted_warning(warnings, UNPARSED_DATES_PREFIX),
        ))
    return rows
