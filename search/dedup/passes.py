"""The dedup pass: compare published initiatives by blocks, merge the sure duplicates, queue the doubtful ones."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

from django.db import connection

from initiatives.merging import MergeOrder, initiatives_merge
from initiatives.models import Initiative, Source, SourceRecord
from search.dedup.models import DuplicateCandidate
from search.dedup.scoring import (
    BUSY_IDENTITY,
    MAX_BLOCK_SIZE,
    MERGE_CHUNK,
    MERGE_THRESHOLD,
    REVIEW_THRESHOLD,
    PairScore,
    Profile,
    TokenWeights,
    blocking_keys,
    same_porteur,
    score_pair,
)
from search.dedup.sites import one_project, same_project_elsewhere

RECORDS_SQL = (
    "SELECT r.initiative_id, r.source_id, r.data->>'title', r.data->'porteur'->>'name', r.data->'porteur'->>'siret', "
    "r.data->>'commune', r.data->>'departement', r.data->>'website', left(r.data->>'summary', 600), "
    # The département's name too when it is one word (« Mobil'Emploi Creuse »): from « Haute-Vienne » or « Val-de-
    # Marne », words such as « haute » or « val » would leave every title there.
    "r.data->>'contact_email', concat_ws(' ', c.name, r.data->>'commune_written', "
    "CASE WHEN d.name !~ '[ ''’-]' THEN d.name END), "
    "r.data->>'arrondissement', coalesce(c.ept_id, c.epci_id) "
    "FROM initiatives_sourcerecord r JOIN initiatives_initiative i ON i.id = r.initiative_id "
    "LEFT JOIN initiatives_commune c ON c.insee_code = r.data->>'commune' "
    "LEFT JOIN initiatives_departement d ON d.code = r.data->>'departement' "
    "WHERE i.visibility = %s"
)


def profile_row(row: tuple) -> tuple[int, int, Profile]:
    (initiative_id, source_id, title, porteur, siret, commune, departement, website, summary, email, place,
     arrondissement, epci) = row
    profile = Profile.build(title=title or "", porteur=porteur or "", siret=siret or "", commune=commune,
                            departement=departement, website=website or "", summary=summary or "",
                            email=email or "", commune_name=place or "", source=source_id,
                            arrondissement=arrondissement, epci=epci)
    return initiative_id, source_id, profile


def busy_identities(rows: Iterable[tuple[int, Profile]]) -> frozenset[str]:
    """Identifiers carried by more than ``BUSY_IDENTITY`` records of one source (``rows``: source id, profile): a
    platform's address or a big organisation's site, SIREN or email, shared by initiatives that differ.

    Not when those records are the sites of one project: a network's antennas share its site and its email, and
    their titles its name (:func:`~search.dedup.sites.one_project`). Counted in records, whatever has merged since:
    an editor's or a wrong merge never makes a directory's address identify anything."""
    carriers: dict[tuple[int, str], list[Profile]] = defaultdict(list)
    for source_id, profile in rows:
        for key in profile.identity_keys():
            carriers[(source_id, key)].append(profile)
    return frozenset(key for (_, key), profiles in carriers.items()
                     if len(profiles) > BUSY_IDENTITY and not one_project(profiles))


@dataclass
class DedupStats:
    initiatives: int = 0
    records: int = 0
    compared: int = 0  # candidate pairs scored
    rescored: int = 0  # pairs scored again once identifiers were freed by merges (_Pass.second_look)
    skipped_decided: int = 0  # pairs an editor (or an earlier merge) already decided
    skipped_same_source: int = 0
    merged: int = 0
    queued: int = 0
    duration: float = 0.0
    merges: list[tuple[int, int, float]] = field(default_factory=list)  # (kept, merged, score)

    def summary(self) -> str:
        again = f" (et {self.rescored} réexaminées)" if self.rescored else ""
        return (f"{self.initiatives} initiatives, {self.records} fiches, {self.compared} paires comparées{again}, "
                f"{self.merged} fusionnées, {self.queued} à examiner, {self.skipped_decided} déjà décidées "
                f"({self.duration:.1f} s)")


def _load_profiles() -> tuple[dict[int, list[Profile]], dict[int, set[int]], int, frozenset[str]]:
    profiles: dict[int, list[Profile]] = defaultdict(list)
    sources: dict[int, set[int]] = defaultdict(set)
    by_source: list[tuple[int, Profile]] = []
    with connection.cursor() as cursor:
        cursor.execute(RECORDS_SQL, [Initiative.Visibility.PUBLISHED])
        while rows := cursor.fetchmany(5000):
            for row in rows:
                initiative_id, source_id, profile = profile_row(row)
                profiles[initiative_id].append(profile)
                sources[initiative_id].add(source_id)
                by_source.append((source_id, profile))
    return profiles, sources, len(by_source), busy_identities(by_source)


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


def _best_score(left: list[Profile], right: list[Profile], weights: TokenWeights,
                busy: frozenset[str] = frozenset()) -> PairScore | None:
    """The best score of two records of different sources, one from each side (None: no such pair)."""
    best: PairScore | None = None
    for a in left:
        for b in right:
            if a.source == b.source:
                continue
            scored = score_pair(a, b, weights=weights, busy=busy)
            if best is None or scored.score > best.score:
                best = scored
    return best


def _sites_score(left: list[Profile], right: list[Profile], weights: TokenWeights,
                 busy: frozenset[str]) -> PairScore | None:
    """Two rows of one source listing one project at two places (search/dedup/sites.py): a sure merge."""
    for a in left:
        for b in right:
            if a.source == b.source and (reason := same_project_elsewhere(a, b, busy)):
                scored = score_pair(a, b, weights=weights, busy=busy)
                return PairScore(round(max(scored.score, MERGE_THRESHOLD), 4), scored.components, "", reason)
    return None


def _decisions() -> tuple[set[tuple[int, int]], dict[int, set[int]]]:
    """Pairs already decided (by editors or earlier merges), and the rejected partners of each initiative."""
    decided: set[tuple[int, int]] = set()
    rejected: dict[int, set[int]] = defaultdict(set)
    for a, b, status in DuplicateCandidate.objects.exclude(status=DuplicateCandidate.Status.PENDING).values_list(
        "initiative_a_id", "initiative_b_id", "status"
    ):
        decided.add((a, b))
        if status == DuplicateCandidate.Status.REJECTED:
            rejected[a].add(b)
            rejected[b].add(a)
    return decided, rejected


@dataclass
class _Pass:
    """One pass's state: profiles and sources per initiative, decisions, and the merges made so far."""

    profiles: dict[int, list[Profile]]
    sources: dict[int, set[int]]
    decided: set[tuple[int, int]]
    rejected: dict[int, set[int]]  # follows merges made during this pass
    stats: DedupStats
    say: Callable[[str], None]
    busy: frozenset[str] = frozenset()  # identifiers too common to identify anything (busy_identities)
    parent: dict[int, int] = field(default_factory=dict)  # merged -> kept, so that chains end in one initiative

    def find(self, node: int) -> int:
        while node in self.parent:
            node = self.parent[node]
        return node

    def blocked(self, a: int, b: int) -> bool:
        """Never merged nor queued: the same initiative already, a rejected pair, or one source's rows at one
        place on both sides (a source lists an initiative once per site)."""
        return a == b or b in self.rejected[a] or self.same_place_twice(a, b)

    def same_place_twice(self, a: int, b: int) -> bool:
        """A source's rows at one commune on both sides. Two arrondissements of Paris, Lyon or Marseille are two
        places only when the same porteur runs both rows (its missions in the 18e and the 19e): otherwise two
        « Repair Café Paris » of one source would meet through a third source's row placed only at Paris."""
        shared = self.sources[a] & self.sources[b]
        if not shared:
            return False
        places: dict[tuple[int, str], list[Profile]] = defaultdict(list)
        for profile in self.profiles[a]:
            if profile.source in shared:
                places[(profile.source, profile.commune)].append(profile)
        return any(profile.place == other.place or not same_porteur(profile, other, self.busy)
                   for profile in self.profiles[b] for other in places.get((profile.source, profile.commune), ()))

    def score(self, pairs: set[tuple[int, int]], weights: TokenWeights, *, stats: DedupStats | None = None):
        """Pairs to merge and pairs for editors; counted in ``stats`` (the pass's by default)."""
        stats = stats or self.stats
        to_merge: list[tuple[float, int, int, PairScore]] = []
        to_review: dict[tuple[int, int], PairScore] = {}
        for index, (a, b) in enumerate(pairs, 1):
            if (a, b) in self.decided:
                stats.skipped_decided += 1
                continue
            scored = None
            if self.sources[a] & self.sources[b]:
                scored = _sites_score(self.profiles[a], self.profiles[b], weights, self.busy)
                if scored is None and self.same_place_twice(a, b):
                    stats.skipped_same_source += 1
                    continue
            scored = scored or _best_score(self.profiles[a], self.profiles[b], weights, self.busy)
            if scored is None:  # only rows of one source, not sites of one project
                stats.skipped_same_source += 1
                continue
            stats.compared += 1
            if scored.score >= MERGE_THRESHOLD:
                to_merge.append((scored.score, a, b, scored))
            elif scored.score >= REVIEW_THRESHOLD:
                to_review[(a, b)] = scored
            if index % 100_000 == 0:
                self.say(f"{index}/{len(pairs)} paires examinées")
        return to_merge, to_review

    def merge(self, to_merge: list[tuple[float, int, int, PairScore]]) -> None:
        """Merge the surest first, following earlier merges. Committed by chunks: one commit per merge would cost
        more than the merges themselves. Which pairs merge is decided here, in memory, pair by pair; each chunk's
        merges are then written together (initiatives_merge), every kept initiative rebuilt once."""
        to_merge.sort(key=lambda item: (-item[0], item[1], item[2]))
        for start in range(0, len(to_merge), MERGE_CHUNK):
            orders: list[MergeOrder] = []
            for score, a, b, scored in to_merge[start:start + MERGE_CHUNK]:
                ra, rb = self.find(a), self.find(b)
                if self.blocked(ra, rb):
                    continue
                keep, other = sorted((ra, rb), key=lambda node: (-len(self.profiles[node]), node))
                orders.append(MergeOrder(keep, other, score, scored.as_json()))
                self.parent[other] = keep
                self.sources[keep] |= self.sources[other]
                for partner in self.rejected.pop(other, set()):
                    self.rejected[keep].add(partner)
                    self.rejected[partner].add(keep)
                self.profiles[keep] = self.profiles[keep] + self.profiles[other]
            initiatives_merge(merges=orders)
            self.stats.merged += len(orders)
            self.stats.merges += [(order.keep, order.other, order.score) for order in orders]
            self.say(f"{self.stats.merged} fusions")

    def freed(self, roots: dict[int, list[Profile]]) -> frozenset[str]:
        """Busy sites (addresses, pages) that have become the site of one organisation's initiative: in each source
        where more than ``BUSY_IDENTITY`` records carry one, they all belong to one initiative, and that initiative
        is run by one porteur (no two of its records name different porteurs, ``same_porteur``), as a network's site
        on a map platform's porteur-less rows that merged as its sites. Not a directory's address whose rows met
        through a third record (no porteur), nor a busy e-mail or SIREN (an organisation runs other activities)."""
        carriers: dict[tuple[int, str], set[int]] = defaultdict(set)
        records: dict[tuple[int, str], int] = defaultdict(int)
        for node, items in roots.items():
            for profile in items:
                for key in profile.identity_keys() & self.busy:
                    if key.startswith(("w:", "p:")):
                        carriers[(profile.source, key)].add(node)
                        records[(profile.source, key)] += 1
        making_busy = [(key, nodes) for (source, key), nodes in carriers.items() if records[(source, key)] > BUSY_IDENTITY]
        spread = {key for key, nodes in making_busy if len(nodes) > 1}
        return frozenset(key for key, nodes in making_busy
                         if key not in spread and self.one_porteur(roots[next(iter(nodes))]))

    def one_porteur(self, items: list[Profile]) -> bool:
        """Whether an initiative's records name a porteur, and no two of them different ones."""
        named = [profile for profile in items if profile.siren or profile.porteur_tokens]
        return bool(named) and all(same_porteur(a, b, self.busy) is not False for a, b in combinations(named, 2))

    def second_look(self, weights: TokenWeights, to_review: dict[tuple[int, int], PairScore]) -> None:
        """Score again, with the sites freed by the merges, the pairs that touch an initiative carrying one. (The
        next pass counts the records again, finds the site busy, and frees it again here: a new post about the
        network joins then.)"""
        roots = {node: items for node, items in self.profiles.items() if node not in self.parent}
        freed = self.freed(roots)
        if not freed:
            return
        focus = {node for node, items in roots.items() if any(profile.identity_keys() & freed for profile in items)}
        # From here on these sites identify their initiative, for the merges and for the editors' queue alike.
        self.busy = self.busy - freed
        self.say(f"{len(freed)} site(s) partagé(s) désormais par une seule initiative : nouvel examen")
        again = DedupStats()  # the pairs scored again are counted apart
        to_merge, more = self.score(candidate_pairs(roots, focus=focus), weights, stats=again)
        self.stats.rescored = again.compared
        to_review.update(more)
        self.merge(to_merge)

    def queue(self, to_review: dict[tuple[int, int], PairScore]) -> None:
        """The doubtful pairs (between the thresholds) wait for editors, with their score's components."""
        rows: dict[tuple[int, int], DuplicateCandidate] = {}
        for (a, b), scored in to_review.items():
            ra, rb = self.find(a), self.find(b)
            low, high = sorted((ra, rb))
            if (low, high) in self.decided or self.blocked(ra, rb):
                continue
            if (low, high) not in rows or rows[(low, high)].score < scored.score:
                rows[(low, high)] = DuplicateCandidate(initiative_a_id=low, initiative_b_id=high, score=scored.score,
                                                       components=scored.as_json())
        DuplicateCandidate.objects.bulk_create(
            list(rows.values()), batch_size=1000, update_conflicts=True,
            unique_fields=["initiative_a", "initiative_b"], update_fields=["score", "components"],
        )
        self.stats.queued = len(rows)


def dedup_pass(*, source: Source | None = None, progress: Callable[[str], None] | None = None) -> DedupStats:
    """Compare published initiatives (those of ``source`` against all, or all against all), merge the sure
    duplicates and queue the doubtful ones. Idempotent: decided pairs are skipped, pending ones re-scored.

    Blocking and scoring run in Python on profiles read in one query (JSON fields extracted by PostgreSQL):
    for an all-pairs pass this beats a trigram self-join, which cannot use the index for ``a % b``.
    """
    started = time.monotonic()
    say = progress or (lambda message: None)
    stats = DedupStats()
    profiles, sources, stats.records, busy = _load_profiles()
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
    decided, rejected = _decisions()
    say(f"{len(pairs)} paires candidates")
    run = _Pass(profiles=profiles, sources=sources, decided=decided, rejected=rejected, stats=stats, say=say,
                busy=busy)
    to_merge, to_review = run.score(pairs, weights)
    run.merge(to_merge)
    run.second_look(weights, to_review)
    run.queue(to_review)
    stats.duration = time.monotonic() - started
    say(stats.summary())
    return stats
