"""Federated full-text and faceted search over initiatives (PostgreSQL french_unaccent + pg_trgm).

Query syntax: words (all required), "phrases", -exclusion, OU/OR; the last word also matches as a prefix
(search as you type). Ranking: text relevance x (1 + editorial boost) + a small freshness bonus, computed
under a statement timeout; when a very common term would take too long, the newest matches come first instead.
Facet counts are disjunctive: each facet is counted with every filter but its own, so the count shown next to
a value is exactly what selecting that value (alone in its facet) returns.
"""

from __future__ import annotations

import functools
import heapq
import html
import re
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.db.utils import OperationalError
from psycopg.errors import QueryCanceled
from pyroaring import BitMap

from initiatives.models import (
    Departement,
    Epci,
    Initiative,
    Porteur,
    Prize,
    Region,
    Source,
    Theme,
)
from initiatives.search_document import CONFIG, TITLE_DOCUMENT, WORD, build_tsquery
from initiatives.text import collation_key, excerpt, text_key
from search.cards import card_initiatives
from search.facet_index import FacetIndex, facet_index_get
from search.lexicon import did_you_mean
from search.models import SearchTerm
from search.params import FACETS, PAGE_SIZE, SearchParams
from search.places import PlaceInQuery, place_in_query
from search.text_match import text_matches
from search.thesaurus import expanded_tsquery

RANK_TIMEOUT_MS = 400
RANK_LIMIT = 2_000  # matches scored by relevance, at most (see _page_ids)
SMALL_SET = 1_000  # up to this many ids, ordering reads their rows; beyond, it walks the recency index
LABELS_CACHE_SECONDS = 300
LABELS_CACHE_KEY = "search:labels:2"  # a new one when the labels change shape (2: intercommunalités)
LABELS_TOKEN_KEY = f"{LABELS_CACHE_KEY}:token"
# Values listed of a facet with more than a thousand (the intercommunalités): the largest counts, and those selected.
# The map and its API read them all (``complete``).
LONG_FACET_LIMIT = 100
_MARK_START, _MARK_END = "\x02", "\x03"


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    children: list[FacetValue] = field(default_factory=list)


@dataclass
class SearchResults:
    params: SearchParams
    hits: list[Initiative]
    total: int
    facets: dict[str, list[FacetValue]]
    suggestion: str | None
    ranked: bool  # False when the ranking fell back to newest first (very common terms)
    elapsed_ms: float
    page_size: int = PAGE_SIZE
    # When the words as typed found nothing: "corrected" (the results are those of ``query_used``, the query with
    # its misspelt words corrected) or "relaxed" (initiatives holding some of the words, best first).
    fallback: str = ""
    query_used: str = ""
    place: PlaceInQuery | None = None  # a place the query ended with: its initiatives ranked first

    @property
    def corrected_query(self) -> str:
        return self.query_used if self.fallback == "corrected" else ""

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


@dataclass
class _Selection:
    """What a search selects, as bitmaps of initiative ids (see search/facet_index.py)."""

    index: FacetIndex
    base: BitMap  # published initiatives matching the text
    filters: dict[str, BitMap]  # facet -> initiatives carrying one of its selected values
    result: BitMap  # base and every filter


@contextmanager
def _local_setting(cursor, name: str, value: str):
    """A PostgreSQL setting for the enclosed statements only, put back afterwards.

    SET LOCAL would last until the *outer* transaction ends when the caller is already in one (tests, a view in
    ATOMIC_REQUESTS), so every later query of that transaction would inherit it.
    """
    cursor.execute("SELECT current_setting(%s), set_config(%s, %s, true)", [name, name, value])
    previous = cursor.fetchone()[0]
    yield  # on an error the caller's savepoint rolls back, and the setting with it
    cursor.execute("SELECT set_config(%s, %s, true)", [name, previous])


def _tsquery_sql(tsquery: SearchQuery) -> tuple[str, list]:
    compiler = Initiative.objects.none().query.get_compiler(connection=connection)
    sql, params = tsquery.as_sql(compiler, connection)
    return sql, list(params)


def _text_matches(index: FacetIndex, tsquery: SearchQuery) -> BitMap:
    """Ids of the initiatives whose document matches the query (exact among published ones)."""
    return text_matches(index, *_tsquery_sql(tsquery))


def _selection(params: SearchParams) -> _Selection:
    index = facet_index_get()
    tsquery = expanded_tsquery(params.q)
    base = index.published & _text_matches(index, tsquery) if tsquery is not None else index.published
    filters = {facet: index.union(facet, values) for facet, values in params.filters().items()}
    result = BitMap.intersection(base, *filters.values()) if filters else base
    return _Selection(index, base, filters, result)


def matching(params: SearchParams, *, skip: str | None = None) -> QuerySet[Initiative]:
    """Published initiatives matching the text and every filter (but ``skip``): the same bitmaps as the search page,
    as a queryset, for exports, feeds, maps and watched searches."""
    selection = _selection(params)
    others = [bitmap for facet, bitmap in selection.filters.items() if facet != skip]
    ids = BitMap.intersection(selection.base, *others) if others else selection.base
    # One array parameter, whatever the number of ids (a list of literals has a 65,535-parameter limit).
    return Initiative.objects.filter(pk__in=RawSQL("SELECT unnest(%s::bigint[])", (id_array(ids),)))


def _facet_counts(selection: _Selection) -> dict[str, dict[str, int]]:
    """Disjunctive counts: each facet counted within the text match and every filter but its own."""
    counts: dict[str, dict[str, int]] = {}
    index = selection.index
    for facet in FACETS:
        others = [bitmap for other, bitmap in selection.filters.items() if other != facet]
        scope = BitMap.intersection(selection.base, *others) if others else selection.base
        counts[facet] = {key: n for key, bitmap in index.values[facet].items()
                         if (n := scope.intersection_cardinality(bitmap))}
        if facet == "theme":
            counts["theme_top"] = {code: n for code in index.top_themes()
                                   if (n := scope.intersection_cardinality(index.members("theme", code)))}
    return counts


# This process's copy of the labels: (token of the shared copy it was taken from, labels), replaced in one assignment.
_labels_here: list[tuple[str, dict] | None] = [None]


def _labels() -> dict[str, dict[str, str]]:
    """Display names of facet values; small tables, cached. The shared cache holds them with a token; a process keeps
    its own copy while the token is the same (reading the whole labels from the cache cost a request ~4 ms)."""
    token = cache.get(LABELS_TOKEN_KEY)
    here = _labels_here[0]
    if token is not None and here is not None and here[0] == token:
        return here[1]
    labels = cache.get(LABELS_CACHE_KEY) if token is not None else None
    if labels is None:
        labels = {
            "region": dict(Region.objects.values_list("code", "name")),
            "departement": {code: f"{name} ({code})" for code, name in Departement.objects.values_list("code", "name")},
            # A territoire of the Grand Paris says so: its name alone (« Est Ensemble ») does not.
            "epci": {code: f"{name} (EPT)" if kind == Epci.Kind.EPT else name
                     for code, name, kind in Epci.objects.values_list("code", "name", "kind")},
            "source": dict(Source.objects.values_list("slug", "name")),
            "prize": dict(Prize.objects.values_list("slug", "name")),
            "theme": {code: [name, parent or "", facet] for code, name, parent, facet in
                      Theme.objects.order_by("facet", "position").values_list("code", "name", "parent__code", "facet")},
        }
        token = uuid.uuid4().hex
        cache.set_many({LABELS_CACHE_KEY: labels, LABELS_TOKEN_KEY: token}, LABELS_CACHE_SECONDS)
    _labels_here[0] = (token, labels)
    return labels


def _facets(selection: _Selection, params: SearchParams, *, complete: bool = False) -> dict[str, list[FacetValue]]:
    counts = _facet_counts(selection)
    labels = _labels()
    facets: dict[str, list[FacetValue]] = {}
    themes, tops = counts.get("theme", {}), counts.get("theme_top", {})
    children: dict[str, list[FacetValue]] = {}
    for child, (child_name, child_parent, _) in labels["theme"].items():
        if child_parent and themes.get(child):
            children.setdefault(child_parent, []).append(FacetValue(child, child_name, themes[child], False))
    facets["theme"] = [FacetValue(code, name, tops[code], False, children.get(code, []))
                       for code, (name, parent, _) in labels["theme"].items() if not parent and tops.get(code)]
    facets["region"] = sorted((FacetValue(code, labels["region"].get(code, code), n, False)
                               for code, n in counts.get("region", {}).items()), key=lambda value: _sort_key(value.label))
    facets["departement"] = sorted((FacetValue(code, labels["departement"].get(code, code), n, False)
                                    for code, n in counts.get("departement", {}).items()), key=lambda value: value.value)
    facets["epci"] = _largest(counts.get("epci", {}), labels["epci"], params.epci, complete=complete)
    facets["source"] = sorted((FacetValue(slug, labels["source"].get(slug, slug), n, False)
                               for slug, n in counts.get("source", {}).items()), key=lambda value: -value.count)
    kinds = dict(Porteur.Kind.choices)
    facets["porteur_kind"] = sorted((FacetValue(kind, str(kinds.get(kind, kind)), n, False)
                                     for kind, n in counts.get("porteur_kind", {}).items()), key=lambda value: -value.count)
    facets["year"] = sorted((FacetValue(year, year, n, False) for year, n in counts.get("year", {}).items()),
                            key=lambda value: value.value, reverse=True)
    facets["prize"] = [FacetValue(slug, labels["prize"].get(slug, slug), n, False)
                       for slug, n in counts.get("prize", {}).items()]
    return _mark_selected(facets, params)


# A label's place in French alphabetical order, kept: the same labels are sorted on every request.
_sort_key = functools.lru_cache(maxsize=8192)(collation_key)


def _by_count(value: FacetValue) -> tuple:
    return -value.count, _sort_key(value.label)


def _largest(counts: dict[str, int], labels: dict[str, str], selected: list[str], *,
             complete: bool) -> list[FacetValue]:
    """The values by count (then name), at most LONG_FACET_LIMIT unless ``complete``, always with those selected.

    Only the values that can make the first LONG_FACET_LIMIT (count at least the LIMIT-th largest) and the selected
    ones are made and sorted: sorting a thousand intercommunalités by their collation key cost a request ~10 ms."""
    chosen = set(selected)
    if not complete and len(counts) > LONG_FACET_LIMIT:
        threshold = heapq.nlargest(LONG_FACET_LIMIT, counts.values())[-1]
        counts = {key: n for key, n in counts.items() if n >= threshold or key in chosen}
    values = sorted((FacetValue(key, labels.get(key, key), n, False) for key, n in counts.items()), key=_by_count)
    if complete:
        return values
    return values[:LONG_FACET_LIMIT] + [value for value in values[LONG_FACET_LIMIT:] if value.value in chosen]


def compute_facets(params: SearchParams, *, complete: bool = False) -> dict[str, list[FacetValue]]:
    """Facet values with their counts for the current query and filters; ``complete``: every value of a long facet
    (the map's), not only the largest."""
    return _facets(_selection(params), params, complete=complete)


def _mark_selected(facets: dict[str, list[FacetValue]], params: SearchParams) -> dict[str, list[FacetValue]]:
    for name, values in facets.items():
        selected = {str(value) for value in getattr(params, name)}
        for value in values:
            value.selected = value.value in selected
            for child in value.children:
                child.selected = child.value in selected
    return facets


PLACE_BOOST = 10.0  # above any text score: the initiatives placed where the query says come first


def score_sql(params: SearchParams, place: PlaceInQuery | None = None) -> tuple[str, list]:
    """Relevance x (1 + editorial boost) + freshness, for the query as matched (synonyms and number forms too);
    with a place in the query, the initiatives placed there (on any site) first."""
    query_sql, query_params = _tsquery_sql(expanded_tsquery(params.q))
    sql = (
        f"ts_rank(search_vector, {query_sql}) * (1 + editorial_boost) "
        # date_part, not extract: extract() returns numeric, and exp() over numerics costs more than the ranking.
        "+ 0.05 * exp(-date_part('epoch', now() - last_updated) / 31536000.0)"
    )
    if place is not None:
        where = place.filters()
        sql += (
            f" + {PLACE_BOOST} * (commune_id = ANY(%s) OR departement_id = ANY(%s) OR region_id = ANY(%s) OR EXISTS ("
            "SELECT 1 FROM initiatives_site s WHERE s.initiative_id = initiatives_initiative.id AND ("
            "s.commune_id = ANY(%s) OR s.departement_id = ANY(%s) OR s.region_id = ANY(%s))))::int"
        )
        query_params += [where["commune"], where["departement"], where["region"]] * 2
    return sql, query_params


def id_array(ids) -> str:
    """A set of ids as one PostgreSQL array literal, for ``%s::bigint[]``: psycopg adapts a list of 2,000 ints
    element by element (2 ms), the literal costs a join."""
    return "{" + ",".join(map(str, ids)) + "}"


def _fetch_ids(sql: str, params: list) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _newest(ids: BitMap, offset: int, limit: int, *, population: int) -> list[int]:
    """``limit`` ids of the set, newest first, after skipping ``offset`` (``population``: published initiatives)."""
    if len(ids) <= SMALL_SET:
        return _fetch_ids("SELECT id FROM initiatives_initiative WHERE id = ANY(%s::bigint[]) "
                          "ORDER BY last_updated DESC, id DESC OFFSET %s LIMIT %s", [id_array(ids), offset, limit])
    # A large set: walk every published initiative newest first (index on last_updated) and keep the members;
    # the chunk is sized so that one is usually enough.
    density = len(ids) / max(1, population)
    chunk = min(20_000, max(200, int((offset + limit) / density * 1.5)))
    found: list[int] = []
    cursor_key: tuple | None = None
    skip = offset
    while True:
        where = "visibility = 'published'" + (" AND (last_updated, id) < (%s, %s)" if cursor_key else "")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, last_updated FROM initiatives_initiative WHERE {where} "
                           "ORDER BY last_updated DESC, id DESC LIMIT %s", [*(cursor_key or ()), chunk])
            rows = cursor.fetchall()
        for pk, _updated in rows:
            if pk in ids:
                if skip:
                    skip -= 1
                else:
                    found.append(pk)
                    if len(found) == limit:
                        return found
        if len(rows) < chunk:
            return found
        cursor_key = (rows[-1][1], rows[-1][0])
        chunk = min(20_000, chunk * 2)


def _by_title(params: SearchParams, ids: BitMap, offset: int, limit: int) -> list[int]:
    if len(ids) <= SMALL_SET:
        return _fetch_ids("SELECT id FROM initiatives_initiative WHERE id = ANY(%s::bigint[]) "
                          "ORDER BY title, id OFFSET %s LIMIT %s", [id_array(ids), offset, limit])
    return list(Initiative.objects.filter(pk__in=matching(params).values("pk")).order_by("title", "pk")
                .values_list("pk", flat=True)[offset: offset + limit])


def _ranked(params: SearchParams, ids: BitMap, offset: int, limit: int,
            place: PlaceInQuery | None = None) -> list[int] | None:
    """The ids by relevance x (1 + editorial boost) + freshness; None when scoring them overran the time limit."""
    score, score_params = score_sql(params, place)
    try:
        with transaction.atomic(), connection.cursor() as cursor, \
                _local_setting(cursor, "statement_timeout", f"{RANK_TIMEOUT_MS}ms"):
            cursor.execute(f"SELECT id FROM initiatives_initiative WHERE id = ANY(%s::bigint[]) "
                           f"ORDER BY {score} DESC NULLS LAST, id DESC OFFSET %s LIMIT %s",
                           [id_array(ids), *score_params, offset, limit])
            return [row[0] for row in cursor.fetchall()]
    except OperationalError as error:
        if not isinstance(error.__cause__, QueryCanceled):
            raise  # a lost connection is not a slow query: let the request fail cleanly (503)
        return None


def _page_ids(params: SearchParams, selection: _Selection, *, page_size: int,
              place: PlaceInQuery | None = None) -> tuple[list[int], bool]:
    """The page's ids in the requested order, and whether every match was ranked by relevance.

    Relevance scores at most RANK_LIMIT matches. A very common term has more: the RANK_LIMIT most recently added
    are scored (those carrying the term in their title come first), then the others follow, newest first.
    """
    result, offset = selection.result, (params.page - 1) * page_size
    population = len(selection.index.published)
    tsquery = expanded_tsquery(params.q)
    if params.sort == "title":
        return _by_title(params, result, offset, page_size), False
    if params.sort == "newest" or tsquery is None or not result:
        return _newest(result, offset, page_size, population=population), False
    candidates = result if len(result) <= RANK_LIMIT else BitMap(result[len(result) - RANK_LIMIT:])
    rest = result - candidates if len(candidates) < len(result) else BitMap()
    ids: list[int] = []
    ranked = not rest
    if offset < len(candidates):
        scored = _ranked(params, candidates, offset, page_size, place)
        if scored is None:  # too slow to score: newest first, still every match
            return _newest(result, offset, page_size, population=population), False
        ids = scored
    if len(ids) < page_size and rest:
        ids += _newest(rest, max(0, offset - len(candidates)), page_size - len(ids), population=population)
    return ids, ranked


def highlight_many(texts: list[str], q: str) -> list[str]:
    """Snippets of each text around the query terms, HTML-escaped, with matches in <mark> (safe to render).

    One query for the whole page: ts_headline runs over the array of texts.
    """
    if not texts:
        return []
    marks = f"StartSel={_MARK_START}, StopSel={_MARK_END}"
    in_fragments = f'{marks}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
    # A text short enough to show whole is shown whole (fragments would trim its first and last words).
    whole = f"{marks}, HighlightAll=true"
    tsquery = expanded_tsquery(q)
    if tsquery is None:
        return [html.escape(excerpt(text)) for text in texts]
    query_sql, query_params = _tsquery_sql(tsquery)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT ts_headline(%s, text, {query_sql}, "
            "CASE WHEN array_length(regexp_split_to_array(btrim(text), '\\s+'), 1) <= 35 THEN %s ELSE %s END) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS page(text, position) ORDER BY position",
            [CONFIG, *query_params, whole, in_fragments, [text[:5000] for text in texts]],
        )
        fragments = [row[0] or "" for row in cursor.fetchall()]
    return [html.escape(_with_ellipses(fragment, text[:5000])).replace(_MARK_START, "<mark>").replace(_MARK_END, "</mark>")
            for fragment, text in zip(fragments, texts, strict=True)]


_SPACES = re.compile(r"\s+")
_END_PUNCTUATION = " .!?;:,"


def _with_ellipses(fragment: str, text: str) -> str:
    """A snippet says where it was cut: « … » before it when the text goes on before, after it when it goes on
    after (ts_headline marks only the cuts between its fragments)."""
    plain = _SPACES.sub(" ", fragment.replace(_MARK_START, "").replace(_MARK_END, "")).strip()
    whole = _SPACES.sub(" ", text).strip()
    if not plain or plain == whole:
        return fragment
    pieces = plain.split(" … ")
    before = "" if whole.startswith(pieces[0]) else "… "
    after = "" if whole.rstrip(_END_PUNCTUATION).endswith(pieces[-1].rstrip(_END_PUNCTUATION)) else "…"
    return f"{before}{fragment.strip()}{after}"


def highlight(text: str, q: str) -> str:
    return highlight_many([text], q)[0] if text else ""


def _fallback(params: SearchParams, corrected: str | None) -> tuple[SearchParams, _Selection, str] | None:
    """When the words as typed find nothing: the query with its misspelt words corrected, if that finds something;
    else the initiatives holding some of the words (and the corrections of the long ones), ranked by how many and how
    well. A person who typed « epicrie » or asked a whole question gets answers, and is told what was searched.
    ``corrected``: ``did_you_mean(params.q)``, computed once by the caller."""
    if corrected:
        fixed = replace(params, q=corrected)
        selection = _selection(fixed)
        if selection.result:
            return fixed, selection, "corrected"
    words = [word for word in WORD.findall(params.q) if word.upper() not in ("OU", "OR")]
    fixes = [word for word in WORD.findall(corrected or "") if len(word) >= 5 and word not in words]
    if len(words) + len(fixes) < 2 or '"' in params.q or any(word.startswith("-") for word in words):
        return None  # an exact phrase or an excluded word says the person wants precisely that
    relaxed = replace(params, q=" or ".join(dict.fromkeys(words + fixes)))
    selection = _selection(relaxed)
    return (relaxed, selection, "relaxed") if selection.result else None


def initiative_search(params: SearchParams, *, page_size: int = PAGE_SIZE, with_facets: bool = True) -> SearchResults:
    started = time.perf_counter()
    asked = params
    place = place_in_query(params.q) if params.q and not params.exact and params.sort == "relevance" else None
    if place is not None and expanded_tsquery(place.rest) is not None:
        params = replace(params, q=place.rest)  # the place ranks; the other words are searched
    else:
        place = None
    selection = _selection(params)
    fallback, corrections = "", {}  # did_you_mean per query text, computed once
    if not selection.result and params.q and not params.exact and expanded_tsquery(params.q) is not None:
        corrections[params.q] = did_you_mean(params.q)
        found = _fallback(params, corrections[params.q])
        if found:
            params, selection, fallback = found
    page_ids, ranked = _page_ids(params, selection, page_size=page_size, place=place)
    hits = card_initiatives(page_ids)
    texts = []
    for hit in hits:
        sources, seen = [], set()
        for record in hit.records.all():
            if record.source_id not in seen:
                seen.add(record.source_id)
                sources.append(record.source)
        hit.sources = sources
        texts.append(hit.summary or re.sub(r"<[^>]+>", " ", hit.description))
    snippets = highlight_many(texts, params.q) if params.q else [html.escape(excerpt(text)) for text in texts]
    for hit, snippet in zip(hits, snippets, strict=True):
        hit.snippet = snippet
    facets = _facets(selection, params) if with_facets else {}
    total = len(selection.result)
    suggestion = None
    if asked.q and total < 3 and not fallback:
        suggestion = corrections[asked.q] if asked.q in corrections else did_you_mean(asked.q)
    return SearchResults(asked, hits, total, facets, suggestion, ranked, (time.perf_counter() - started) * 1000,
                         page_size, fallback=fallback, query_used=params.q if fallback else "", place=place)


def suggest(q: str, *, limit: int = 8) -> list[dict[str, str]]:
    """Search-as-you-type: indexed words completing the last word, then initiative titles matching the prefix."""
    q = q.strip()[:100]
    words = WORD.findall(q)
    if not words:
        return []
    last = text_key(words[-1]).replace(" ", "")
    head = " ".join(words[:-1])
    suggestions: list[dict[str, str]] = []
    if len(last) >= 2:
        for term in SearchTerm.objects.filter(key__startswith=last).order_by("-frequency")[: limit // 2]:
            suggestions.append({"kind": "term", "label": f"{head} {term.word}".strip()})
    # Titles through their own index (search migration 0006): a short prefix matches most descriptions, but
    # only a few thousand titles. From the third letter, like the words.
    tsquery = build_tsquery(q) if len(last) >= 3 else None
    if tsquery is not None:
        # Order a bounded sample of the matches, never every match.
        sample = (
            Initiative.objects.annotate(title_document=RawSQL(TITLE_DOCUMENT, [], output_field=SearchVectorField()))
            .filter(visibility=Initiative.Visibility.PUBLISHED, title_document=tsquery)
            .order_by().values("pk")[:200]  # no order: the model's (by title) would sort every match first
        )
        titles = (
            Initiative.objects.filter(pk__in=sample)
            .order_by("-editorial_boost", "-last_updated").values_list("title", "slug")[: limit - len(suggestions)]
        )
        suggestions += [{"kind": "initiative", "label": title, "url": f"/initiatives/{slug}/"} for title, slug in titles]
    return suggestions
