"""How titles and names become comparable words: unaccented, abbreviations and numbers spelled out, plurals
folded, acronyms found and spelled out by another title, typos tolerated. Read by the scoring and the sites rule."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from initiatives.text import text_key

STOPWORDS = frozenset(
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
    # Numbers in figures or in words: "Les 3 R" and "Les Trois R", "Les 2 Rives" and "Les Deux Rives".
    "2": "deux", "3": "trois", "4": "quatre", "5": "cinq", "6": "six", "7": "sept", "8": "huit", "9": "neuf", "10": "dix",
}
# An acronym as titles write it: in capitals within a title that is not ("MSP du Haut-Cantal"), or dotted ("R.E.P.A.S.").
# Three letters at least: two-letter capitals ("RC", "AS") spell too many things.
_CAPITALS = re.compile(r"\b[A-ZÀ-Ý]{3,6}\b")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.\s?){2,}[A-Za-z]\b\.?")
_LETTERS_RUN = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")

# Qualifiers many initiatives share: they say nothing of which activity a title names.
_GENERIC_WORDS = (
    "solidaire solidarite social sociale associatif associative collectif collective citoyen citoyenne participatif "
    "participative inclusif inclusive partage partagee local locale projet initiative nouveau nouvelle association "
    "presentation decouvrez portrait"
)


@lru_cache(maxsize=200_000)
def name_tokens(value: str) -> tuple[str, ...]:
    """Significant words of a title or an actor's name: unaccented, abbreviations spelled out, no stopwords."""
    words: list[str] = []
    # Dotted acronyms come out of text_key as single letters ("r e p a s"): one word again, as in "REPAS".
    key = text_key(value)
    if "." in value:  # only then: "il y a l'art" is no acronym
        key = _LETTERS_RUN.sub(lambda match: match.group(0).replace(" ", "") + " ", key)
    for word in key.split():
        for part in _EXPANSIONS.get(word, word).split():
            if part not in STOPWORDS and not (len(part) == 1 and part.isalpha()):
                words.append(part[:-1] if len(part) > 4 and part[-1] in "sx" else part)  # plurals
    return tuple(words)


@lru_cache(maxsize=200_000)
def title_acronyms(title: str) -> frozenset[str]:
    """The acronyms a title writes, lower-case: "MSP" in "MSP du Haut-Cantal", "repas" in "R.E.P.A.S."; none in a
    title all in capitals (there, every word looks like one)."""
    found = {text_key(match.group(0)).replace(" ", "") for match in _DOTTED.finditer(title)}
    if any(character.islower() for character in title):
        found.update(text_key(match.group(0)) for match in _CAPITALS.finditer(title))
    return frozenset(found)


def spelled_out(acronym: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The run of ``words`` (a title's words, small words included) whose initials spell ``acronym``: "msp" in
    "maison de sante pluriprofessionnelle", () when there is none. Small words are skipped first ("LPO": Ligue pour
    la protection des oiseaux); only if that fails may they give a letter ("REPAS": Réseau d'entraide pour
    l'alimentation solidaire)."""
    for small_words_spell in (False, True):
        for start, first in enumerate(words):
            if not first.startswith(acronym[0]) or first in STOPWORDS:
                continue
            run: list[str] = []
            for word in words[start:]:
                if len(run) == len(acronym):
                    break
                small = word in STOPWORDS or len(word) == 1
                if word.startswith(acronym[len(run)]) and (small_words_spell or not small):
                    run.append(word)
                elif not small:
                    break
            if len(run) == len(acronym):
                return tuple(run)
    return ()


def trigrams(tokens: Iterable[str]) -> frozenset[str]:
    """pg_trgm's trigrams: each word padded with two spaces before and one after."""
    grams: set[str] = set()
    for token in tokens:
        padded = f"  {token} "
        grams.update(padded[index : index + 3] for index in range(len(padded) - 2))
    return frozenset(grams)


@lru_cache(maxsize=500_000)
def words_close(a: str, b: str) -> bool:
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


GENERIC_TOKENS = frozenset(name_tokens(_GENERIC_WORDS))




def words_within(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Each of ``words`` matches its own word of ``other``, give or take a typo (:func:`words_close`)."""
    remaining = list(other)
    for word in words:
        match = next((index for index, candidate in enumerate(remaining) if words_close(word, candidate)), None)
        if match is None:
            return False
        del remaining[match]
    return True
