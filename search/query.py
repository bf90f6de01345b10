"""Federated full-text and faceted search over initiatives (PostgreSQL french_unaccent + pg_trgm).

Query syntax: words (all required), "phrases", -exclusion, OU/OR; the last word also matches as a prefix
(search as you type). Ranking: text relevance x (1 + editorial boost) + a small freshness bonus, computed
under a statement timeout; when a very common term would take too long, the newest matches come first instead.
Facet counts are disjunctive: each facet is counted with every filter but its own, so the count shown next to
a value is exactly what selecting that value (alone in its facet) returns.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, FloatField, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.utils import OperationalError
from psycopg.errors import QueryCanceled

from initiatives.models import Departement, Distinction, Initiative, Porteur, Prize, Region, Source, SourceRecord, Theme
from initiatives.text import text_key

CONFIG = "french_unaccent"
PAGE_SIZE = 20
RANK_TIMEOUT_MS = 400
FACET_CACHE_SECONDS = 300
SORTS = ("relevance", "newest", "title")
FACETS = ("theme", "region", "departement", "source", "porteur_kind", "year", "prize")
_OR = re.compile(r"\b(?:OU|ou|OR)\b")
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_MARK_START, _MARK_END = "\x02", "\x03"


@dataclass
class SearchParams:
    q: str = ""
    theme: list[str] = field(default_factory=list)  # theme codes; a parent includes its sub-themes
    region: list[str] = field(default_factory=list)  # INSEE codes
    departement: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)  # source slugs
    porteur_kind: list[str] = field(default_factory=list)
    year: list[int] = field(default_factory=list)
    prize: list[str] = field(default_factory=list)  # prize slugs
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_querydict(cls, data) -> SearchParams:
        def many(name: str) -> list[str]:
            values = data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])
            if isinstance(values, str):
                values = [values]
            return [value.strip() for value in values if value and value.strip()][:50]

        years = [int(value) for value in many("year") if value.isdigit() and 1800 < int(value) < 2200]
        sort = data.get("sort") or "relevance"
        try:
            page = max(1, min(int(data.get("page") or 1), 500))
        except (TypeError, ValueError):
            page = 1
        return cls(
            q=(data.get("q") or "").strip()[:200], theme=many("theme"), region=many("region"),
            departement=many("departement"), source=many("source"), porteur_kind=many("porteur_kind"), year=years,
            prize=many("prize"), sort=sort if sort in SORTS else "relevance", page=page,
        )

    def filters(self) -> dict[str, list]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}

    def cache_key(self, *parts: str) -> str:
        raw = repr((self.q, sorted((k, tuple(sorted(map(str, v)))) for k, v in self.filters().items()), parts))
        return "search:" + hashlib.sha1(raw.encode()).hexdigest()


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

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def build_tsquery(q: str) -> SearchQuery | None:
    """The user's query as a tsquery: websearch syntax plus a prefix match on the last word."""
    q = _OR.sub(" or ", q).strip()
    if not q or not _WORD.search(q):
        return None
    query = SearchQuery(q, search_type="websearch", config=CONFIG)
    tail = re.search(r'(?:^|\s)([\w’\'-]{3,})$', q)
    if tail and q.count('"') % 2 == 0 and not tail.group(1).startswith("-"):
        prefix = text_key(tail.group(1)).replace(" ", "")
        if prefix:
            rest = q[: tail.start(1)].strip()
            as_prefix = SearchQuery(f"{prefix}:*", search_type="raw", config=CONFIG)
            if rest and _WORD.search(rest) and not rest.endswith(" or"):
                as_prefix = SearchQuery(rest, search_type="websearch", config=CONFIG) & as_prefix
            query = query | as_prefix
    return query


def _apply_filters(queryset: QuerySet, params: SearchParams, *, skip: str | None = None) -> QuerySet:
    if params.theme and skip != "theme":
        queryset = queryset.filter(Q(themes__code__in=params.theme) | Q(themes__parent__code__in=params.theme))
    if params.region and skip != "region":
        queryset = queryset.filter(region_id__in=params.region)
    if params.departement and skip != "departement":
        queryset = queryset.filter(departement_id__in=params.departement)
    if params.source and skip != "source":
        queryset = queryset.filter(records__source__slug__in=params.source)
    if params.porteur_kind and skip != "porteur_kind":
        queryset = queryset.filter(porteur__kind__in=params.porteur_kind)
    if params.year and skip != "year":
        queryset = queryset.filter(start_year__in=params.year)
    if params.prize and skip != "prize":
        queryset = queryset.filter(distinctions__edition__prize__slug__in=params.prize)
    return queryset


def matching(params: SearchParams, *, skip: str | None = None) -> QuerySet[Initiative]:
    """Published initiatives matching the text and every filter (but ``skip``), as a distinct id set."""
    queryset = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
    tsquery = build_tsquery(params.q)
    if tsquery is not None:
        queryset = queryset.filter(search_vector=tsquery)
    return _apply_filters(queryset, params, skip=skip)


def _ids(queryset: QuerySet) -> QuerySet:
    return queryset.values("pk")


# One SQL fragment per facet, each reading a CTE of matching ids and yielding (facet, key, count).
_FACET_SQL = {
    "region": "SELECT 'region', i.region_id, COUNT(*) FROM {cte} m JOIN initiatives_initiative i ON i.id = m.id "
              "WHERE i.region_id IS NOT NULL GROUP BY i.region_id",
    "departement": "SELECT 'departement', i.departement_id, COUNT(*) FROM {cte} m "
                   "JOIN initiatives_initiative i ON i.id = m.id WHERE i.departement_id IS NOT NULL GROUP BY i.departement_id",
    "year": "SELECT 'year', i.start_year::text, COUNT(*) FROM {cte} m JOIN initiatives_initiative i ON i.id = m.id "
            "WHERE i.start_year IS NOT NULL GROUP BY i.start_year",
    "porteur_kind": "SELECT 'porteur_kind', p.kind, COUNT(*) FROM {cte} m JOIN initiatives_initiative i ON i.id = m.id "
                    "JOIN initiatives_porteur p ON p.id = i.porteur_id GROUP BY p.kind",
    "source": "SELECT 'source', s.slug, COUNT(DISTINCT r.initiative_id) FROM {cte} m "
              "JOIN initiatives_sourcerecord r ON r.initiative_id = m.id JOIN initiatives_source s ON s.id = r.source_id "
              "GROUP BY s.slug",
    "theme": "SELECT 'theme', t.code, COUNT(DISTINCT l.initiative_id) FROM {cte} m "
             "JOIN initiatives_initiative_themes l ON l.initiative_id = m.id JOIN initiatives_theme t ON t.id = l.theme_id "
             "GROUP BY t.code "
             "UNION ALL SELECT 'theme_top', COALESCE(parent.code, t.code), COUNT(DISTINCT l.initiative_id) FROM {cte} m "
             "JOIN initiatives_initiative_themes l ON l.initiative_id = m.id JOIN initiatives_theme t ON t.id = l.theme_id "
             "LEFT JOIN initiatives_theme parent ON parent.id = t.parent_id GROUP BY COALESCE(parent.code, t.code)",
    "prize": "SELECT 'prize', p.slug, COUNT(DISTINCT d.initiative_id) FROM {cte} m "
             "JOIN initiatives_distinction d ON d.initiative_id = m.id JOIN initiatives_prizeedition e ON e.id = d.edition_id "
             "JOIN initiatives_prize p ON p.id = e.prize_id GROUP BY p.slug",
}


def _facet_counts(params: SearchParams) -> tuple[dict[str, dict[str, int]], int]:
    """Every facet's counts and the total, in ONE query.

    The text match runs once per distinct filter set: once for all facets without a filter of their own (and the
    total), once more for each facet that has one (disjunctive counting).
    """
    ctes, parts, sql_params = [], [], []
    full_sql, full_params = matching(params).values("pk").query.sql_with_params()
    ctes.append(f"m_all AS MATERIALIZED (SELECT DISTINCT id FROM ({full_sql}) q(id))")
    sql_params += list(full_params)
    for facet in FACETS:
        cte = "m_all"
        if getattr(params, facet):
            facet_sql, facet_params = matching(params, skip=facet).values("pk").query.sql_with_params()
            cte = f"m_{facet}"
            ctes.append(f"{cte} AS MATERIALIZED (SELECT DISTINCT id FROM ({facet_sql}) q(id))")
            sql_params += list(facet_params)
        parts.append(_FACET_SQL[facet].format(cte=cte))
    parts.append("SELECT 'total', '', COUNT(*) FROM m_all")
    counts: dict[str, dict[str, int]] = {}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute("WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(f"({part})" for part in parts), sql_params)
        for facet, key, count in cursor.fetchall():
            if facet == "total":
                total = count
            elif key is not None:
                counts.setdefault(facet, {})[str(key)] = count
    return counts, total


def _labels() -> dict[str, dict[str, str]]:
    """Display names of facet values; small tables, cached."""
    labels = cache.get("search:labels")
    if labels is None:
        labels = {
            "region": dict(Region.objects.values_list("code", "name")),
            "departement": {code: f"{name} ({code})" for code, name in Departement.objects.values_list("code", "name")},
            "source": dict(Source.objects.values_list("slug", "name")),
            "prize": dict(Prize.objects.values_list("slug", "name")),
            "theme": {code: [name, parent or "", facet] for code, name, parent, facet in
                      Theme.objects.order_by("facet", "position").values_list("code", "name", "parent__code", "facet")},
        }
        cache.set("search:labels", labels, FACET_CACHE_SECONDS)
    return labels


def _facets_and_total(params: SearchParams) -> tuple[dict[str, list[FacetValue]], int]:
    key = params.cache_key("facets")
    cached = cache.get(key)
    if cached is None:
        counts, total = _facet_counts(params)
        labels = _labels()
        facets: dict[str, list[FacetValue]] = {}
        themes, tops = counts.get("theme", {}), counts.get("theme_top", {})
        facets["theme"] = [
            FacetValue(code, name, tops[code], False, [
                FacetValue(child, child_name, themes[child], False)
                for child, (child_name, child_parent, _) in labels["theme"].items()
                if child_parent == code and themes.get(child)
            ])
            for code, (name, parent, _) in labels["theme"].items() if not parent and tops.get(code)
        ]
        facets["region"] = sorted((FacetValue(code, labels["region"].get(code, code), n, False)
                                   for code, n in counts.get("region", {}).items()), key=lambda value: value.label)
        facets["departement"] = sorted((FacetValue(code, labels["departement"].get(code, code), n, False)
                                        for code, n in counts.get("departement", {}).items()), key=lambda value: value.value)
        facets["source"] = sorted((FacetValue(slug, labels["source"].get(slug, slug), n, False)
                                   for slug, n in counts.get("source", {}).items()), key=lambda value: -value.count)
        kinds = dict(Porteur.Kind.choices)
        facets["porteur_kind"] = sorted((FacetValue(kind, str(kinds.get(kind, kind)), n, False)
                                         for kind, n in counts.get("porteur_kind", {}).items()), key=lambda value: -value.count)
        facets["year"] = sorted((FacetValue(year, year, n, False) for year, n in counts.get("year", {}).items()),
                                key=lambda value: value.value, reverse=True)
        facets["prize"] = [FacetValue(slug, labels["prize"].get(slug, slug), n, False)
                           for slug, n in counts.get("prize", {}).items()]
        cached = (facets, total)
        cache.set(key, cached, FACET_CACHE_SECONDS)
    facets, total = cached
    return _mark_selected(facets, params), total


def compute_facets(params: SearchParams) -> dict[str, list[FacetValue]]:
    """Facet counts for the current query, cached for a few minutes (they change only with harvests)."""
    return _facets_and_total(params)[0]


def _mark_selected(facets: dict[str, list[FacetValue]], params: SearchParams) -> dict[str, list[FacetValue]]:
    for name, values in facets.items():
        selected = {str(value) for value in getattr(params, name)}
        for value in values:
            value.selected = value.value in selected
            for child in value.children:
                child.selected = child.value in selected
    return facets


def _ordered(params: SearchParams, queryset: QuerySet, tsquery: SearchQuery | None, *, ranked: bool) -> QuerySet:
    if params.sort == "title":
        return queryset.order_by("title", "pk")
    if params.sort == "newest" or tsquery is None or not ranked:
        return queryset.order_by("-last_updated", "-pk")
    score = RawSQL(
        "ts_rank(initiatives_initiative.search_vector, websearch_to_tsquery(%s, %s)) "
        "* (1 + initiatives_initiative.editorial_boost) "
        "+ 0.05 * exp(-extract(epoch from now() - initiatives_initiative.last_updated) / 31536000.0)",
        [CONFIG, _OR.sub(" or ", params.q)],
        output_field=FloatField(),
    )
    return queryset.annotate(score=score).order_by(F("score").desc(nulls_last=True), "-pk")


def _page_ids(params: SearchParams, *, page_size: int) -> tuple[list[int], bool]:
    tsquery = build_tsquery(params.q)
    ids_queryset = Initiative.objects.filter(pk__in=_ids(matching(params)))
    offset = (params.page - 1) * page_size
    if tsquery is not None and params.sort == "relevance":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                # SET LOCAL lasts until the *outer* transaction ends when this block is a savepoint: remember the
                # caller's timeout and put it back, or every later query of that transaction would inherit ours.
                cursor.execute("SELECT current_setting('statement_timeout'), set_config('statement_timeout', %s, true)",
                               [f"{RANK_TIMEOUT_MS}ms"])
                previous = cursor.fetchone()[0]
                ordered = _ordered(params, ids_queryset, tsquery, ranked=True)
                ids = list(ordered.values_list("pk", flat=True)[offset: offset + page_size])
                cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
                return ids, True
        except OperationalError as error:
            if not isinstance(error.__cause__, QueryCanceled):
                raise  # a lost connection is not a slow query: let the request fail cleanly (503)
            # too many matches to rank in time: newest first, still every match
    ordered = _ordered(params, ids_queryset, tsquery, ranked=False)
    return list(ordered.values_list("pk", flat=True)[offset: offset + page_size]), False


def _count(params: SearchParams) -> int:
    return _facets_and_total(params)[1]


def highlight_many(texts: list[str], q: str) -> list[str]:
    """Snippets of each text around the query terms, HTML-escaped, with matches in <mark> (safe to render).

    One query for the whole page: ts_headline runs over the array of texts.
    """
    if not texts:
        return []
    options = (f"StartSel={_MARK_START}, StopSel={_MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, "
               'FragmentDelimiter=" … "')
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ts_headline(%s, text, websearch_to_tsquery(%s, %s), %s) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS page(text, position) ORDER BY position",
            [CONFIG, CONFIG, _OR.sub(" or ", q), options, [text[:5000] for text in texts]],
        )
        fragments = [row[0] or "" for row in cursor.fetchall()]
    return [html.escape(fragment).replace(_MARK_START, "<mark>").replace(_MARK_END, "</mark>") for fragment in fragments]


def highlight(text: str, q: str) -> str:
    return highlight_many([text], q)[0] if text else ""


def initiative_search(params: SearchParams, *, page_size: int = PAGE_SIZE, with_facets: bool = True) -> SearchResults:
    started = time.perf_counter()
    page_ids, ranked = _page_ids(params, page_size=page_size)
    hits_by_id = {
        initiative.pk: initiative
        for initiative in Initiative.objects.filter(pk__in=page_ids)
        .select_related("porteur", "commune", "departement", "region")
        .prefetch_related(
            "themes",
            Prefetch("records", queryset=SourceRecord.objects.select_related("source").order_by("source__precedence")),
            Prefetch("distinctions", queryset=Distinction.objects.select_related("edition__prize")),
        )
    }
    hits = [hits_by_id[pk] for pk in page_ids if pk in hits_by_id]
    texts = []
    for hit in hits:
        sources, seen = [], set()
        for record in hit.records.all():
            if record.source_id not in seen:
                seen.add(record.source_id)
                sources.append(record.source)
        hit.sources = sources
        texts.append(hit.summary or re.sub(r"<[^>]+>", " ", hit.description))
    snippets = highlight_many(texts, params.q) if params.q else [html.escape(text[:300]) for text in texts]
    for hit, snippet in zip(hits, snippets, strict=True):
        hit.snippet = snippet
    facets, total = _facets_and_total(params)
    if not with_facets:
        facets = {}
    suggestion = did_you_mean(params.q) if params.q and total < 3 else None
    return SearchResults(params, hits, total, facets, suggestion, ranked, (time.perf_counter() - started) * 1000, page_size)


def did_you_mean(q: str) -> str | None:
    """Replace each unknown word by the closest indexed word (trigram similarity); None when nothing changes."""
    from search.models import SearchTerm

    words = _WORD.findall(q)
    if not words:
        return None
    corrected, changed = [], False
    for word in words:
        key = text_key(word).replace(" ", "")
        if len(key) < 3 or SearchTerm.objects.filter(key=key).exists() or word.upper() in ("OU", "OR"):
            corrected.append(word)
            continue
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM search_searchterm WHERE key %% %s ORDER BY similarity(key, %s) DESC, frequency DESC LIMIT 1",
                [key, key],
            )
            row = cursor.fetchone()
        if row:
            corrected.append(row[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


def suggest(q: str, *, limit: int = 8) -> list[dict[str, str]]:
    """Search-as-you-type: indexed words completing the last word, then initiative titles matching the prefix."""
    from search.models import SearchTerm

    q = q.strip()[:100]
    words = _WORD.findall(q)
    if not words:
        return []
    last = text_key(words[-1]).replace(" ", "")
    head = " ".join(words[:-1])
    suggestions: list[dict[str, str]] = []
    if len(last) >= 2:
        for term in SearchTerm.objects.filter(key__startswith=last).order_by("-frequency")[: limit // 2]:
            suggestions.append({"kind": "term", "label": f"{head} {term.word}".strip()})
    # Titles from the fourth letter on: a shorter prefix matches most of the index, and the GIN bitmap for it
    # costs more than the whole suggestion budget. Words from the lexicon answer the first letters.
    tsquery = build_tsquery(q) if len(last) >= 4 else None
    if tsquery is not None:
        # Order a bounded sample of the matches, never every match.
        sample = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED, search_vector=tsquery).values("pk")[:200]
        titles = (
            Initiative.objects.filter(pk__in=sample)
            .order_by("-editorial_boost", "-last_updated").values_list("title", "slug")[: limit - len(suggestions)]
        )
        suggestions += [{"kind": "initiative", "label": title, "url": f"/initiatives/{slug}/"} for title, slug in titles]
    return suggestions


def search_terms_refresh() -> int:
    """Rebuild the lexicon of indexed words from published titles, summaries and theme names."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_searchterm")
        cursor.execute(
            """
            INSERT INTO search_searchterm (word, key, frequency)
            SELECT word, immutable_unaccent(word), ndoc FROM ts_stat($$
                SELECT to_tsvector('simple', lower(title || ' ' || summary)) FROM initiatives_initiative
                WHERE visibility = 'published'
            $$) WHERE length(word) BETWEEN 3 AND 100 AND word !~ '^[0-9]+$'
            ON CONFLICT (word) DO UPDATE SET frequency = EXCLUDED.frequency
            """
        )
        return cursor.rowcount
