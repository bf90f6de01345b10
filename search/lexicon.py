"""The search lexicon: the words of published titles and summaries (search.models.SearchTerm), how it is kept, and
« Vouliez-vous dire »: each unknown word of a query replaced by the nearest known one.

Nearest is pg_trgm's similarity, computed here over a copy of the lexicon each process keeps in memory: the trigrams
of each word padded with two spaces before and one after, shared / union, at least 0.3; the most similar word wins,
then the most used. A process keeps its copy while the lexicon's version is the same: the database gives it a new
one (from a sequence, in the writer's own transaction) whenever a statement changes words, whoever writes them (the
nightly rebuild, a harvest's new words, an editor's edit, a restore), see search/sql/search_lexicon_changed.sql.
Asking PostgreSQL for the nearest word cost a misspelt word ~5 ms through a trigram GIN index, and ~28 ms when the
planner chose to read the whole table instead (it does, on 31,000 words); in memory it costs under a millisecond,
plus the version's read (~0.1 ms). Reading the words again costs a process ~150 ms at 31,000 words.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import chain

from django.db import connection, transaction

from initiatives.search_document import WORD
from initiatives.text import text_key
from search.models import SearchTerm

# pg_trgm's default similarity threshold (pg_trgm.similarity_threshold), as a fraction: compared in integers.
SIMILAR_NUMERATOR, SIMILAR_DENOMINATOR = 3, 10
_ALNUM = re.compile(r"[^\W_]+")  # pg_trgm's words: runs of letters and digits


def trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams of a text: each word lower-cased, padded with two spaces before and one after."""
    found: set[str] = set()
    for word in _ALNUM.findall(text.lower()):
        padded = f"  {word} "
        found.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return found


@dataclass(frozen=True)
class Lexicon:
    words: list[str]  # as written, in the order of ``word``
    keys: frozenset[str]  # the accent-free keys: a key here is a known word
    frequencies: array  # initiatives using each word
    sizes: array  # trigrams of each word's key
    postings: dict[str, array]  # trigram -> positions of the words whose key holds it

    @classmethod
    def build(cls, rows) -> Lexicon:
        """From (word, key, frequency) rows."""
        words, keys, frequencies, sizes = [], set(), array("q"), array("i")
        postings: dict[str, list[int]] = {}
        for position, (word, key, frequency) in enumerate(rows):
            words.append(word)
            keys.add(key)
            frequencies.append(frequency)
            grams = trigrams(key)
            sizes.append(len(grams))
            for gram in grams:
                postings.setdefault(gram, []).append(position)
        return cls(words, frozenset(keys), frequencies, sizes,
                   {gram: array("i", positions) for gram, positions in postings.items()})

    def nearest(self, key: str) -> str | None:
        """The known word most similar to ``key`` (similarity >= 0.3), the most used among equals; None if none is."""
        wanted = trigrams(key)
        if not wanted:
            return None
        size = len(wanted)
        shared = Counter(chain.from_iterable(self.postings.get(gram, ()) for gram in wanted))
        # The union is at least ``size`` trigrams: fewer shared than 0.3 x size can never be similar enough.
        least = -(-size * SIMILAR_NUMERATOR // SIMILAR_DENOMINATOR)
        best, best_rank = None, None
        for position, common in shared.items():
            if common < least:
                continue
            union = size + self.sizes[position] - common
            if common * SIMILAR_DENOMINATOR < union * SIMILAR_NUMERATOR:
                continue
            rank = (common / union, self.frequencies[position], -position)
            if best_rank is None or rank > best_rank:
                best, best_rank = position, rank
        return None if best is None else self.words[best]


# This process's copy: (the lexicon's version it was read at, lexicon), replaced in one assignment.
_here: list[tuple[int, Lexicon] | None] = [None]


def lexicon_version() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT version FROM search_lexiconversion WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else None


def lexicon() -> Lexicon:
    """The lexicon, read from the database once per version (see the module's docstring)."""
    version = lexicon_version()
    here = _here[0]
    if version is not None and here is not None and here[0] == version:
        return here[1]
    # The version is read before the words: words committed after this read come with a newer version, read next time.
    found = Lexicon.build(SearchTerm.objects.order_by("word").values_list("word", "key", "frequency").iterator(2000))
    _here[0] = (version, found) if version is not None else None
    return found


def did_you_mean(q: str) -> str | None:
    """Replace each unknown word by the closest known word (trigram similarity, then frequency); None when nothing
    changes. Words under three letters, and OU / OR, are kept as typed."""
    words = WORD.findall(q)
    keys = [text_key(word).replace(" ", "") for word in words]
    asked = [key for word, key in zip(words, keys, strict=True) if len(key) >= 3 and word.upper() not in ("OU", "OR")]
    if not asked:
        return None
    known = lexicon()
    nearest = {key: word for key in asked if key not in known.keys and (word := known.nearest(key))}
    corrected = [nearest.get(key, word) for word, key in zip(words, keys, strict=True)]
    return " ".join(corrected) if corrected != words else None


# The words of published initiatives' titles and summaries, with how many initiatives use each ({where}: which).
_TERMS_SQL = """
INSERT INTO search_searchterm (word, key, frequency)
SELECT word, immutable_unaccent(word), ndoc FROM ts_stat($$
    SELECT to_tsvector('simple', lower(title || ' ' || summary)) FROM initiatives_initiative
    WHERE visibility = 'published' {where}
$$) WHERE length(word) BETWEEN 3 AND 100 AND word !~ '^[0-9]+$'
ON CONFLICT (word) DO {conflict}
"""


def search_terms_refresh() -> int:
    """Rebuild the lexicon of indexed words (for "Vouliez-vous dire" and suggestions) from published titles and
    summaries, with exact frequencies. Nightly (beat); harvests add their new words in between
    (:func:`search_terms_add`), and so do editors' edits in the admin (:func:`search_terms_add_for`)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_searchterm")
        cursor.execute(_TERMS_SQL.format(where="", conflict="UPDATE SET frequency = EXCLUDED.frequency"))
        return cursor.rowcount


def search_terms_add_for(*, initiative_ids: list[int]) -> int:
    """Add to the lexicon the words of these initiatives (an editor's edit in the admin), without a rebuild."""
    ids = ",".join(str(int(pk)) for pk in initiative_ids)
    if not ids:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(_TERMS_SQL.format(where=f"AND id = ANY('{{{ids}}}'::bigint[])", conflict="NOTHING"))
        return cursor.rowcount


def search_terms_add(*, since) -> int:
    """Add to the lexicon the words of initiatives changed since ``since`` (a harvest's start), without a rebuild:
    a new word is known as soon as the harvest that brought it ends. Words already known keep their frequency
    until the nightly :func:`search_terms_refresh`. Returns how many words were new."""
    if not isinstance(since, datetime):  # written into the statement (ts_stat takes a query's text)
        raise TypeError("since must be a datetime")
    with connection.cursor() as cursor:
        cursor.execute(_TERMS_SQL.format(
            where=f"AND last_updated >= '{since.isoformat()}'::timestamptz", conflict="NOTHING"))
        return cursor.rowcount
