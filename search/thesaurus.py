"""The search's thesaurus: synonyms, acronyms and plurals, applied when a query is read.

A plain query (no quotes, no excluded word, no OU) is read as a sequence of words, accent-free. Where a run of words
is one expression of a synonym group (search.models.SynonymGroup, edited in the admin), it becomes "any expression of
the group" (each as a phrase); a word ending in s or x also matches its singular (the French Snowball stemmer keeps
the s of « vélos »), and a word that does not also matches its plural. What remains goes through
``build_tsquery`` (websearch syntax, prefix on the last word). The parts are ANDed. Nothing is reindexed: the
document keeps what the platforms wrote, and an edit of the list applies to the next query.
"""

from __future__ import annotations

import functools
import re
import time

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache

from initiatives.search_document import CONFIG, build_tsquery
from initiatives.text import text_key
from search.models import SynonymGroup

CACHE_KEY = "search:thesaurus:v3"  # v2: tuples (hashable, for the memo of expanded_tsquery); v3: keys spell œ as oe
_OPERATORS = re.compile(r'["\u00ab\u00bb]|(?:^|\s)-\w|\b(?:OU|ou|OR|or)\b')


LOCAL_SECONDS = 5.0  # how long a process reuses its copy before asking the shared cache again
_local: tuple[float, list] | None = None


Groups = tuple[tuple[tuple[str, ...], ...], ...]


def thesaurus_groups() -> Groups:
    """The enabled groups as word tuples (accent-free), longest expressions first; cached until an edit.

    A search reads the groups several times (matching, ranking, snippets): each process keeps its copy for
    LOCAL_SECONDS instead of asking the shared cache every time; another process sees an edit within that delay."""
    global _local
    if _local is not None and time.monotonic() - _local[0] < LOCAL_SECONDS:
        return _local[1]
    groups = cache.get(CACHE_KEY)
    if groups is None:
        found = []
        for group in SynonymGroup.objects.filter(enabled=True):
            expressions = {tuple(text_key(expression).split()) for expression in group.expression_list()}
            expressions.discard(())
            if len(expressions) >= 2:
                found.append(tuple(sorted(expressions, key=len, reverse=True)))
        groups = tuple(found)
        cache.set(CACHE_KEY, groups, None)
    _local = (time.monotonic(), groups)
    return groups


def thesaurus_forget() -> None:
    global _local
    _local = None
    cache.delete(CACHE_KEY)


def _singular(words) -> tuple[str, ...]:
    """Words compared without their plural mark, so that « vélos » finds the group of « vélo »."""
    return tuple(word[:-1] if len(word) > 3 and word[-1] in "sx" else word for word in words)


def _phrase(words: tuple[str, ...]) -> SearchQuery:
    return SearchQuery(" ".join(words), search_type="phrase", config=CONFIG)


def _any(alternatives: list[tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> SearchQuery:
    query = _phrase(alternatives[0])
    for alternative in alternatives[1:]:
        query = query | _phrase(alternative)
    return query


def _number_forms(word: str) -> list[tuple[str, ...]] | None:
    """The word and its other number, when the stemmer may not join them (« vélos » / « vélo »)."""
    if len(word) < 4 or not word.isalpha():
        return None
    other = word[:-1] if word[-1] in "sx" else word + "s"
    return [(word,), (other,)]


def expanded_tsquery(q: str) -> SearchQuery | None:
    """The query as a tsquery, with synonym groups and number forms; operators leave it as typed.

    A search reads it five times (matching, ranking, snippets…): the answer is kept per query text and thesaurus
    (the groups' content is part of the key, so an edit is never answered from the memo)."""
    return _expanded(q, thesaurus_groups()) if q else build_tsquery(q)


@functools.lru_cache(maxsize=1024)
def _expanded(q: str, groups: Groups) -> SearchQuery | None:
    if _OPERATORS.search(q):
        return build_tsquery(q)
    words = text_key(q).split()
    if not words:
        return build_tsquery(q)
    parts: list[SearchQuery] = []
    rest: list[str] = []
    position = 0
    while position < len(words):
        match = None
        for group in groups:
            for expression in group:
                if _singular(words[position:position + len(expression)]) == _singular(expression):
                    match = (group, len(expression))
                    break
            if match:
                break
        if match:
            group, length = match
            # The group's expressions, the words as typed, and the other number of one-word expressions (the
            # document may write « vélos » where the list says « vélo »).
            alternatives = dict.fromkeys([*group, tuple(words[position:position + length])])
            for expression in group:
                if len(expression) == 1 and (forms := _number_forms(expression[0])):
                    alternatives.update(dict.fromkeys(forms))
            parts.append(_any(list(alternatives)))
            position += length
            continue
        word = words[position]
        forms = _number_forms(word) if position < len(words) - 1 or word[-1] in "sx" else None
        if forms:
            parts.append(_any(forms))
        else:
            rest.append(word)
        position += 1
    if not parts:
        return build_tsquery(q)
    query = build_tsquery(" ".join(rest)) if rest else None
    for part in parts:
        query = part if query is None else query & part
    return query
