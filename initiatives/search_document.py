"""The query side of the initiatives' search document (``search_vector``, filled by the triggers in search/sql/).

Every full-text match of an initiative, in the public search and in the editors' chooser, builds its tsquery here.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery

from initiatives.text import text_key

CONFIG = "french_unaccent"
# The titles' own document (suggestions, « same title » checks): indexed by search migration 0006, so every query must
# write this expression exactly.
TITLE_DOCUMENT = f"to_tsvector('{CONFIG}'::regconfig, title::text)"
OR_WORDS = re.compile(r"\b(?:OU|ou|OR)\b")
WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def build_tsquery(q: str) -> SearchQuery | None:
    """The user's query as a tsquery: websearch syntax plus a prefix match on the last word."""
    q = OR_WORDS.sub(" or ", q).strip()
    if not q or not WORD.search(q):
        return None
    query = SearchQuery(q, search_type="websearch", config=CONFIG)
    tail = re.search(r'(?:^|\s)([\w’\'-]{3,})$', q)
    if tail and q.count('"') % 2 == 0 and not tail.group(1).startswith("-"):
        prefix = text_key(tail.group(1)).replace(" ", "")
        if prefix:
            rest = q[: tail.start(1)].strip()
            as_prefix = SearchQuery(f"{prefix}:*", search_type="raw", config=CONFIG)
            if rest and WORD.search(rest) and not rest.endswith(" or"):
                as_prefix = SearchQuery(rest, search_type="websearch", config=CONFIG) & as_prefix
            query = query | as_prefix
    return query
