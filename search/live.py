"""Live federated search (SearXNG-style): ask every partner that offers a search URL, in parallel, at query time.

Each source's ``configuration["search"]`` block gives a URL template with ``{query}`` and the connector options
to read the answer. Sources are queried through :class:`search.harvest.fetch.Fetcher` (SSRF guard, user agent,
robots.txt) in a thread pool, each with its own timeout, and the whole call returns when the overall budget
expires: late sources are abandoned, never joined. A source that keeps failing is suspended with exponential
backoff. That state and the latency samples live in Django's cache (keys ``live:…``), not in the database:
they are short-lived, cheap to lose, and written on every search.

Worker threads only fetch and parse: they never touch the database nor the live-search state (only the shared
robots.txt verdicts), so an abandoned thread can finish (or fail) later without side effects.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from django.core.cache import cache
from django.db.models import Q

from initiatives.models import Source
from initiatives.text import text_key
from search.harvest.connectors import ConfigError, ParseError, Payload, get_connector
from search.harvest.connectors.recipes import recipe_expand, recipes
from search.harvest.fetch import Fetcher, FetchError, FetchOptions

logger = logging.getLogger(__name__)

DEFAULT_BUDGET = 3.0  # seconds for the whole fan-out
DEFAULT_SOURCE_TIMEOUT = 2.0  # seconds per source, unless its ``search.timeout`` says otherwise
MAX_WORKERS = 8
MAX_HITS_PER_SOURCE = 20
SUSPEND_AFTER = 3  # consecutive failures before a source is suspended
SUSPEND_BASE = 60.0  # seconds of the first suspension, doubled at each further failure
SUSPEND_MAX = 3600.0
SAMPLES = 200  # latency samples and outcomes kept per source
STATE_TTL = 7 * 24 * 3600  # cache lifetime of a source's live-search state

OK, TIMEOUT, ERROR, SUSPENDED = "ok", "timeout", "error", "suspended"


@dataclass(frozen=True)
class LiveHit:
    title: str
    url: str
    summary: str
    source_name: str
    source_slug: str


@dataclass(frozen=True)
class LiveStatus:
    source_name: str
    source_slug: str
    status: str  # "ok" | "timeout" | "error" | "suspended"
    elapsed_ms: float
    message: str = ""


@dataclass
class LiveSearchResult:
    hits: list[LiveHit] = field(default_factory=list)
    statuses: list[LiveStatus] = field(default_factory=list)
    elapsed_ms: float = 0.0


@dataclass(frozen=True)
class _Target:
    """What a worker thread needs about one source: plain values, no model instance, no database."""

    name: str
    slug: str
    url: str
    config: dict[str, Any]
    timeout: float


# --- cache state ------------------------------------------------------------------------------------
def _state_key(slug: str) -> str:
    return f"live:state:{slug}"


def _stats_key(slug: str) -> str:
    return f"live:stats:{slug}"


def _suspended_until(state: dict[str, Any] | None) -> float | None:
    until = (state or {}).get("suspended_until")
    return until if until and until > time.time() else None


def live_record(slug: str, *, ok: bool, elapsed_ms: float) -> None:
    """Update a source's failure streak, suspension and samples after one live query.

    Read-modify-write without a lock: two concurrent searches may lose one sample, which the statistics tolerate.
    """
    state = cache.get(_state_key(slug)) or {"failure_streak": 0, "suspended_until": None}
    if ok:
        state = {"failure_streak": 0, "suspended_until": None}
    else:
        state["failure_streak"] = state.get("failure_streak", 0) + 1
        if state["failure_streak"] >= SUSPEND_AFTER:
            delay = min(SUSPEND_BASE * 2 ** (state["failure_streak"] - SUSPEND_AFTER), SUSPEND_MAX)
            state["suspended_until"] = time.time() + delay
    stats = cache.get(_stats_key(slug)) or {"latencies": [], "outcomes": [], "calls": 0}
    if ok:
        stats["latencies"] = [*stats["latencies"], round(elapsed_ms, 1)][-SAMPLES:]
    stats["outcomes"] = [*stats["outcomes"], ok][-SAMPLES:]
    stats["calls"] += 1
    cache.set_many({_state_key(slug): state, _stats_key(slug): stats}, STATE_TTL)


def _percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-int(fraction * 100) * len(ordered) // 100))
    return ordered[min(rank, len(ordered)) - 1]


def _stats_from(state: dict[str, Any] | None, stats: dict[str, Any] | None) -> dict[str, Any]:
    stats = stats or {"latencies": [], "outcomes": [], "calls": 0}
    outcomes = stats["outcomes"]
    until = _suspended_until(state)
    return {
        "p50_ms": _percentile(stats["latencies"], 0.50),
        "p95_ms": _percentile(stats["latencies"], 0.95),
        "reliability": round(sum(outcomes) / len(outcomes), 3) if outcomes else None,
        "calls": stats["calls"],
        "suspended_until": datetime.fromtimestamp(until, tz=UTC) if until else None,
    }


def live_stats(source: Source) -> dict[str, Any]:
    """p50/p95 latency (ms, successful calls), reliability (share of ok among the last calls), calls, suspension."""
    return live_stats_many([source])[source.slug]


def live_stats_many(sources: Iterable[Source]) -> dict[str, dict[str, Any]]:
    """:func:`live_stats` for several sources in one cache round trip, keyed by slug."""
    slugs = [source.slug for source in sources]
    values = cache.get_many([key for slug in slugs for key in (_state_key(slug), _stats_key(slug))])
    return {slug: _stats_from(values.get(_state_key(slug)), values.get(_stats_key(slug))) for slug in slugs}


def live_reset(source: Source) -> None:
    """Forget a source's suspension and samples (after an admin fixed its configuration)."""
    cache.delete_many([_state_key(source.slug), _stats_key(source.slug)])


# --- the fan-out ------------------------------------------------------------------------------------
def searchable_sources() -> list[Source]:
    """Enabled sources whose configuration has a live-search block (its own, or its recipe's), in precedence order."""
    with_search = [name for name, recipe in recipes().items() if "search" in recipe["configuration"]]
    return list(Source.objects.filter(Q(configuration__has_key="search") | Q(configuration__recipe__in=with_search),
                                      enabled=True).order_by("precedence", "name"))


def _target(source: Source, q: str, budget: float) -> _Target:
    """Validate the source's search block and build its query URL; ConfigError when the block is wrong."""
    configuration = source.configuration or {}
    if configuration.get("recipe"):
        configuration = recipe_expand(configuration)
    block = configuration.get("search")
    if not isinstance(block, dict):
        raise ConfigError("search", "must be a mapping with url, format and the connector's options")
    template = block.get("url")
    if not isinstance(template, str) or not template.startswith(("http://", "https://")) or "{query}" not in template:
        raise ConfigError("search.url", "must be an http(s) URL containing {query}")
    try:
        config = get_connector(block.get("format")).validate_config(block)
    except ConfigError as exc:
        raise ConfigError(f"search.{exc.field_path}", str(exc).split(": ", 1)[-1])
    timeout = block.get("timeout", DEFAULT_SOURCE_TIMEOUT)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigError("search.timeout", f"must be a positive number of seconds, got {timeout!r}")
    return _Target(
        name=source.name, slug=source.slug, url=template.replace("{query}", quote(q, safe="")), config=config,
        timeout=min(float(timeout), budget),
    )


def _query(target: _Target) -> list[LiveHit]:
    """Fetch and parse one source's answer (runs in a worker thread: no database)."""
    options = FetchOptions(
        connect_timeout=min(1.0, target.timeout), timeout=target.timeout, retries=0, min_delay=0.0,
        max_bytes=2 * 1024 * 1024,
    )
    with Fetcher(robots_cache=cache) as fetcher:
        response = fetcher.fetch(target.url, options=options)
    payload = Payload(url=response.url, content=response.content, status=response.status, headers=response.headers)
    parsed = get_connector(target.config["format"]).parse(payload, target.config)
    hits = []
    for record in parsed.records[:MAX_HITS_PER_SOURCE]:
        title = str(record.fields.get("title") or "").strip()
        url = str(record.fields.get("url") or record.url or record.detail_url or "").strip()
        if not title or not url.startswith(("http://", "https://")):
            continue
        summary = str(record.fields.get("summary") or "").strip()
        hits.append(LiveHit(title=title[:300], url=url, summary=summary[:500], source_name=target.name,
                            source_slug=target.slug))
    return hits


def _merge(hits_by_source: list[list[LiveHit]]) -> list[LiveHit]:
    """Round-robin over the sources (no source buries the others), dropping repeated URLs and titles."""
    merged: list[LiveHit] = []
    seen_urls: set[str] = set()
    seen_titles: set[str] = set()
    for rank in range(max((len(hits) for hits in hits_by_source), default=0)):
        for hits in hits_by_source:
            if rank >= len(hits):
                continue
            hit = hits[rank]
            url_key = hit.url.split("#", 1)[0].rstrip("/").lower()
            title_key = text_key(hit.title)
            if url_key in seen_urls or (title_key and title_key in seen_titles):
                continue
            seen_urls.add(url_key)
            seen_titles.add(title_key)
            merged.append(hit)
    return merged


def live_search(q: str, *, budget: float = DEFAULT_BUDGET, sources: Iterable[Source] | None = None) -> LiveSearchResult:
    """Query every searchable source in parallel and merge their hits, within ``budget`` seconds.

    ``sources`` defaults to :func:`searchable_sources`. Each source gets one :class:`LiveStatus`: ``ok``,
    ``timeout`` (its own timeout, or the budget ran out), ``error`` (HTTP, SSRF, parse or configuration error)
    or ``suspended`` (not queried: too many recent failures).
    """
    started = time.monotonic()
    q = (q or "").strip()[:200]
    result = LiveSearchResult()
    if not q:
        return result
    sources = searchable_sources() if sources is None else list(sources)
    if not sources:
        return result
    states = cache.get_many([_state_key(source.slug) for source in sources])

    statuses: dict[str, LiveStatus] = {}
    targets: list[_Target] = []
    for source in sources:
        until = _suspended_until(states.get(_state_key(source.slug)))
        if until:
            when = datetime.fromtimestamp(until, tz=UTC).isoformat(timespec="seconds")
            statuses[source.slug] = LiveStatus(source.name, source.slug, SUSPENDED, 0.0, f"Suspendue jusqu’au {when}")
            continue
        try:
            targets.append(_target(source, q, budget))
        except ConfigError as exc:
            statuses[source.slug] = LiveStatus(source.name, source.slug, ERROR, 0.0, f"Configuration invalide : {exc}")
            live_record(source.slug, ok=False, elapsed_ms=0.0)

    hits_by_slug: dict[str, list[LiveHit]] = {}
    if targets:
        executor = ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(targets)), thread_name_prefix="live-search")
        submitted_at: dict[Future, float] = {}
        finished_at: dict[Future, float] = {}
        futures: dict[Future, _Target] = {}
        for target in targets:
            future = executor.submit(_query, target)
            submitted_at[future] = time.monotonic()
            future.add_done_callback(lambda done: finished_at.setdefault(done, time.monotonic()))
            futures[future] = target
        try:
            wait(futures, timeout=max(0.0, budget - (time.monotonic() - started)))
        finally:
            # Abandon the late ones: never join a slow thread (its own fetch timeout ends it soon).
            executor.shutdown(wait=False, cancel_futures=True)
        now = time.monotonic()
        for future, target in futures.items():
            elapsed_ms = ((finished_at.get(future) or now) - submitted_at[future]) * 1000
            if not future.done() or future.cancelled():
                statuses[target.slug] = LiveStatus(target.name, target.slug, TIMEOUT, elapsed_ms,
                                                   f"Pas de réponse dans le budget de {budget:g} s")
                live_record(target.slug, ok=False, elapsed_ms=elapsed_ms)
                continue
            error = future.exception()
            if error is None:
                hits_by_slug[target.slug] = future.result()
                statuses[target.slug] = LiveStatus(target.name, target.slug, OK, elapsed_ms,
                                                   f"{len(hits_by_slug[target.slug])} résultat(s)")
                live_record(target.slug, ok=True, elapsed_ms=elapsed_ms)
                continue
            if isinstance(error, FetchError) and error.kind == "timeout":
                status, message = TIMEOUT, str(error)
            elif isinstance(error, FetchError | ParseError | ConfigError):
                status, message = ERROR, str(error)
            else:
                logger.exception("Live search of %s failed", target.slug, exc_info=error)
                status, message = ERROR, f"Erreur inattendue ({error.__class__.__name__})"
            statuses[target.slug] = LiveStatus(target.name, target.slug, status, elapsed_ms, message)
            live_record(target.slug, ok=False, elapsed_ms=elapsed_ms)

    result.statuses = [statuses[source.slug] for source in sources if source.slug in statuses]
    result.hits = _merge([hits_by_slug.get(source.slug, []) for source in sources])
    result.elapsed_ms = (time.monotonic() - started) * 1000
    return result
