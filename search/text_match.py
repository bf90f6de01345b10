"""Which initiatives a full-text query matches, with the commonest words answered from memory.

PostgreSQL's GIN index finds the rows holding a word quickly, but returning them means visiting each row in the
table: about a microsecond per row, so a word found in 480,000 of 1,000,000 initiatives costs 400 ms before anything
else happens. Rare words are cheap, and so is any AND with a rare word (the index intersects first).

So the few hundred words PostgreSQL's own statistics call frequent (``pg_stats.most_common_elems`` of the search
document) are kept in memory as Roaring bitmaps, one per lexeme, inside the facet index (search/facet_index.py),
which keeps them exact through the same change log as the facets. A query is parsed (search/tsquery.py) and every
part made only of frequent words is answered from those bitmaps. Two derived kinds of bitmap are kept the same way,
because PostgreSQL's index answers them slowly: a prefix's rare completions (``'partag':* & !'partag'``; the index
collects the frequent completions' rows too) and a phrase of two words one of which is frequent (positions are in the
table, so PostgreSQL reads every row holding both; the thesaurus writes its multi-word synonyms as such phrases). Every part holding a rare word goes to PostgreSQL, where it is
cheap: the index intersects first. Each bitmap is read once, on first use, and kept current from then on; only
words, word pairs and prefixes are kept, never whole queries. The answer is the same set of ids as
``search_vector @@ query``: tests compare the two on every kind of query.
"""

from __future__ import annotations

import functools

from django.db import connection
from pyroaring import BitMap

from search import tsquery as ts
from search.facet_index import FacetIndex, derived_members, lexeme_members


def pg_matches(query_text: str) -> BitMap:
    """Ids of the initiatives (any visibility) whose document matches the tsquery text, from PostgreSQL."""
    return pg_matches_sql("%s::tsquery", [query_text])


def pg_matches_sql(query_sql: str, query_params: list) -> BitMap:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT initiative_match_ids({query_sql})", query_params)  # search/sql/initiative_match_ids.sql
        return BitMap(cursor.fetchone()[0] or ())


class _Evaluator:
    def __init__(self, index: FacetIndex):
        self.index = index
        self.frequent = index.frequent_lexemes
        self.read: dict[str, BitMap] = {}  # PostgreSQL's answers during this evaluation (a part may recur)

    def pg(self, node: ts.Node) -> BitMap:
        text = ts.to_text(node)
        if text not in self.read:
            self.read[text] = pg_matches(text)
        return self.read[text]

    def prefixed(self, term: ts.Term) -> list[str]:
        return sorted(lexeme for lexeme in self.frequent if lexeme.startswith(term.lexeme))

    def word_pair(self, node: ts.Phrase) -> bool:
        """Two words at a distance, one of them frequent: PostgreSQL checks the positions of every row holding both,
        in the table (about 3 µs a row: 27 ms for « jardin partagé » at 100,000 initiatives, where only « jardin » is
        frequent). Two rare words bound the rows to check: PostgreSQL answers those cheaply, nothing is kept."""
        sides = (node.left, node.right)
        return (all(isinstance(side, ts.Term) and not side.prefix and not side.weights for side in sides)
                and any(side.lexeme in self.frequent for side in sides))

    def rare(self, node: ts.Node) -> bool:
        """Whether PostgreSQL answers the node whole, cheaply (a rare word bounds it); else bitmaps are used."""
        if isinstance(node, ts.Term):
            if node.weights:
                return True
            return not self.prefixed(node) if node.prefix else node.lexeme not in self.frequent
        if isinstance(node, ts.Phrase):
            return not self.word_pair(node)
        if isinstance(node, ts.Not):
            return False  # never PostgreSQL's alone: its index cannot list the rows *without* a word, it reads them all
        if isinstance(node, ts.And):
            positives = [child for child in node.children if not isinstance(child, ts.Not)]
            # PostgreSQL intersects in the index first: no dearer than its rarest word.
            return bool(positives) and all(self.rare(child) for child in positives)
        return all(self.rare(child) for child in node.children)

    def evaluate(self, node: ts.Node) -> BitMap:
        if self.rare(node):
            return self.pg(node)
        if isinstance(node, ts.Term):
            if not node.prefix:
                return lexeme_members(self.index, node.lexeme)
            # The frequent completions from memory; the others, a small set PostgreSQL's index is slow to isolate
            # (a prefix collects the frequent completions' rows too), kept in memory as well.
            frequent = self.prefixed(node)
            rest = ts.to_text(ts.And((node, *(ts.Not(ts.Term(lexeme)) for lexeme in frequent))))
            return BitMap.union(derived_members(self.index, rest),
                                *(lexeme_members(self.index, lexeme) for lexeme in frequent))
        if isinstance(node, ts.Phrase):
            return derived_members(self.index, ts.to_text(node))
        if isinstance(node, ts.Not):
            # Within published initiatives (the caller keeps those only); PostgreSQL matches nothing, not even a
            # negation, against a NULL document.
            return self.index.published - self.index.no_document - self.evaluate(node.child)
        if isinstance(node, ts.And):
            # The rare parts in one PostgreSQL query (the index intersects them), the others from memory.
            small = [child for child in node.children if self.rare(child)]  # never a negation
            parts = [self.pg(small[0] if len(small) == 1 else ts.And(tuple(small)))] if small else []
            negatives = []
            for child in node.children:
                if child not in small:
                    (negatives.append(child.child) if isinstance(child, ts.Not) else parts.append(self.evaluate(child)))
            # Only negations: every published initiative with a document, less what they exclude.
            result = BitMap.intersection(*parts) if parts else self.index.published - self.index.no_document
            for child in negatives:
                if not result:
                    break
                result = result - self.evaluate(child)
            return result
        small = [child for child in node.children if self.rare(child)]
        others = [self.evaluate(child) for child in node.children if not self.rare(child)]
        if small:
            others.append(self.pg(small[0] if len(small) == 1 else ts.Or(tuple(small))))
        return BitMap.union(*others)


@functools.lru_cache(maxsize=1024)
def tsquery_text(query_sql: str, query_params: tuple) -> str:
    """PostgreSQL's text of a tsquery given as SQL (a pure function of the query and the text search configuration,
    which does not change while the site runs): one round trip saved on every search of a known query."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({query_sql})::text", list(query_params))
        return cursor.fetchone()[0]


def text_matches(index: FacetIndex, query_sql: str, query_params: list) -> BitMap:
    """Ids of the initiatives matching the tsquery given as SQL (``search_vector @@ query``).

    Exact for published initiatives, the only ones a search shows (a negation is taken within them).
    """
    if not index.frequent_lexemes:
        return pg_matches_sql(query_sql, query_params)
    text = tsquery_text(query_sql, tuple(query_params))
    try:
        node = ts.parse(text)
    except ts.TsqueryParseError:  # not expected from PostgreSQL's own output; PostgreSQL answers it whole then
        return pg_matches(text)
    if node is None:
        return BitMap()  # only stop words: nothing matches, as in PostgreSQL
    return _Evaluator(index).evaluate(node).copy()  # may be a kept bitmap itself: the caller gets its own

