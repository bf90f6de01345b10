"""Harvest orchestration: fetch every page of a source, parse, normalise, upsert, and never lose anything.

The network is search/harvest/fetch.py's job, parsing the connectors', cleaning search/normalize/normalizer.py's; this module
keeps the books (HarvestRun) and applies the "never lose data" rules:
- upsert on (source, external_id), raw payloads kept, unchanged records cost one bulk update;
- a failed, empty or truncated harvest deletes and hides nothing;
- a record absent from a successful complete harvest is marked missing, hidden only after 3 such harvests
  in a row (if no other source still lists its initiative), and comes back when it reappears;
- a source that shrinks by more than 20% between two successful harvests hides nothing and is flagged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext
from kombu.exceptions import OperationalError

from carrefour.cache import public_content_changed
from initiatives.models import Initiative, Source, SourceRecord
from initiatives.services import (
    InitiativeData,
    content_hash,
    initiative_upsert_from_record,
    initiatives_relisted,
)
from search.harvest.bulk import initiatives_bulk_create
from search.harvest.connectors import get_connector, validate_source_config
from search.harvest.connectors.base import ConfigError, ParseError, Payload, RawRecord
from search.harvest.connectors.lookups import lookup_apply
from search.harvest.connectors.mapping import to_jsonable
from search.harvest.datasets import dataset_resource_config
from search.harvest.edited import EditedRows, unstable, unstable_ids_warning
from search.harvest.fetch import Fetcher, FetchError, FetchOptions
from search.harvest.lookups import LookupFailed, lookup_tables_fetch
from search.harvest.models import FetchState, HarvestRun, SourceHealth
from search.harvest.signals import harvest_finished
from search.normalize.normalizer import Normalizer

logger = logging.getLogger(__name__)

MISSING_RUNS_BEFORE_HIDING = 3
SHRINK_THRESHOLD = 0.20
MAX_ERRORS_KEPT = 200
BATCH_SIZE = 500
SUSPEND_AFTER_FAILURES = 3


def _top(counts: dict[str, int], limit: int = 20) -> str:
    return ", ".join(f"{value} ({count})" for value, count in sorted(counts.items(), key=lambda item: -item[1])[:limit])


class HarvestLocked(Exception):
    """Another harvest of the same source is running."""


@dataclass
class PageOutcome:
    records: list[RawRecord] = field(default_factory=list)
    seen_ids: list[str] = field(default_factory=list)  # ids of a 304 page (records not re-parsed)
    next_url: str | None = None
    discovered: list[tuple[str, str | None]] = field(default_factory=list)


def _lock_key(source: Source) -> int:
    return zlib.crc32(f"carrefour-harvest-{source.pk}".encode())


class _SourceLock:
    """A PostgreSQL advisory lock: released by the server if the worker dies, so a crash never blocks a source."""

    def __init__(self, source: Source):
        self.key = _lock_key(source)

    def __enter__(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [self.key])
            if not cursor.fetchone()[0]:
                raise HarvestLocked("Un moissonnage de cette source est déjà en cours.")
        return self

    def __exit__(self, *exc):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [self.key])


class Harvester:
    """One harvest of one source. ``run()`` returns the finished HarvestRun."""

    def __init__(self, source: Source, *, trigger: str = HarvestRun.Trigger.SCHEDULE, fetcher: Fetcher | None = None,
                 progress: Callable[[HarvestRun], None] | None = None, dry_run: bool = False, max_records: int | None = None,
                 crosswalk: dict[str, list[str]] | None = None):
        self.source = source
        self.crosswalk = crosswalk  # a dry run of a source file: its crosswalk, not the saved one
        self.trigger = trigger
        self.fetcher = fetcher
        self.progress = progress
        self.dry_run = dry_run
        self.max_records = max_records
        self.run_record: HarvestRun | None = None
        self.preview: list[dict[str, Any]] = []  # dry run output
        self.dedup_due = False  # new records to compare with other sources' once the run is recorded
        # The state of the one run this harvester makes (``run()`` fills it).
        self.started = timezone.now()
        self.config: dict[str, Any] = {}
        self.config_digest = ""  # which configuration the pages' stored states were read with
        self.lookups: dict[str, dict[str, str]] = {}  # field → {id: label}, read once per run
        self.options = FetchOptions()
        self.normalizer: Normalizer | None = None
        self.truncated = False
        self.detail_failures = 0
        self.batch: list[tuple[RawRecord, str, bool]] = []  # records waiting to be normalised and written
        self.in_flight: deque[tuple[Future, list[Callable[[], Any]]]] = deque()  # batches being normalised
        self.page_states: list[Callable[[], Any]] = []  # fetch states saved once their page's records are written
        self.normalizing: ThreadPoolExecutor | None = None
        self.unmapped_tags: dict[str, int] = {}
        self.unparsed_dates: dict[str, int] = {}
        self.edited = EditedRows(source)

    # --- bookkeeping ----------------------------------------------------------------------------------------
    def _error(self, kind: str, message: str, *, url: str = "", record: str = "") -> None:
        run = self.run_record
        if len(run.errors) < MAX_ERRORS_KEPT:
            run.errors.append({"kind": kind, "message": message, "url": url, "record": record})

    def _warn(self, message: str) -> None:
        if len(self.run_record.warnings) < MAX_ERRORS_KEPT and message not in self.run_record.warnings:
            self.run_record.warnings.append(message)

    # --- fetching and parsing -------------------------------------------------------------------------------
    def _state(self, url: str) -> FetchState | None:
        """What the last harvest kept of this page, if it read it with the same configuration (another ``id`` or
        another mapping would make the stored ids and records wrong: the page is then read again whole)."""
        if self.dry_run:
            return None
        state = FetchState.objects.filter(source=self.source, url=url).first()
        return state if state is not None and (state.record or {}).get("config") == self.config_digest else None

    def _fetch(self, url: str, *, conditional: bool = True):
        state = self._state(url) if conditional else None
        result = self.fetcher.fetch(
            url, options=self.options, etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
        )
        self.run_record.pages_fetched += 1
        return result, state

    def _remember(self, url: str, defaults: dict[str, Any]) -> None:
        """Save what a later harvest needs to skip this page, once the records it brought are written.

        Saved earlier, a worker killed before the write would leave a state saying "unchanged, these ids" for
        records that were never stored, and the next harvest would skip them for as long as the page stays the same.
        """
        if self.dry_run:
            return
        defaults = {**defaults, "record": {**defaults.get("record", {}), "config": self.config_digest}}
        self.page_states.append(
            lambda: FetchState.objects.update_or_create(source=self.source, url=url, defaults=defaults)
        )

    def _page(self, connector, url: str) -> PageOutcome:
        self._page_end()
        result, state = self._fetch(url)
        follow = bool(self.config.get("follow_details"))
        if result.not_modified and state is not None:
            self.run_record.pages_unchanged += 1
            kept = state.record or {}
            if "discovered" in kept:  # a sitemap: the same page URLs, each checked on its own
                return PageOutcome(discovered=[tuple(item) for item in kept["discovered"]], next_url=state.next_url or None)
            if follow and "listed" in kept:  # the same list: each record's detail page is still checked on its own
                return PageOutcome(records=[RawRecord(**item) for item in kept["listed"]], next_url=state.next_url or None)
            return PageOutcome(seen_ids=list(state.external_ids), next_url=state.next_url or None)
        payload = Payload(url=result.url, content=result.content, status=result.status, headers=result.headers)
        parsed = connector.parse(payload, self.config)
        for warning in parsed.warnings:
            self._warn(warning)
        outcome = PageOutcome(records=parsed.records, next_url=parsed.next_url, discovered=list(parsed.discovered_urls))
        for sitemap_url in getattr(parsed, "sitemaps", []) or []:
            outcome.discovered.append((sitemap_url, "__sitemap__"))
        # What a 304 of this page will need: its records' ids (a plain list), the records as listed (their detail
        # pages are checked one by one), or the URLs a sitemap lists.
        kept = {}
        if outcome.discovered:
            kept = {"discovered": [list(item) for item in outcome.discovered]}
        elif follow:
            kept = {"listed": [asdict(record) for record in parsed.records]}
        self._remember(url, {
            "etag": result.etag or "", "last_modified": result.last_modified or "",
            "content_hash": hashlib.sha256(result.content).hexdigest(),
            "external_ids": [r.external_id for r in parsed.records], "next_url": parsed.next_url or "", "record": kept,
        })
        return outcome

    def _with_detail(self, connector, record: RawRecord) -> RawRecord:
        """The record with its detail page. The page is asked conditionally when the list gave the same record as
        last time: an unchanged page costs a 304, and the record is the one parsed then."""
        if not record.detail_url:
            return record
        url, listed = record.detail_url, asdict(record)
        state = self._state(url)
        same_listing = state is not None and (state.record or {}).get("listed") == listed
        result, _ = self._fetch(url, conditional=same_listing)
        if result.not_modified and same_listing and "merged" in state.record:
            self.run_record.pages_unchanged += 1
            return RawRecord(**state.record["merged"])
        payload = Payload(url=result.url, content=result.content, status=result.status, headers=result.headers)
        merged = connector.parse_detail(payload, self.config, record)
        self._remember(url, {"etag": result.etag or "", "last_modified": result.last_modified or "",
                             "content_hash": hashlib.sha256(result.content).hexdigest(),
                             "external_ids": [merged.external_id], "next_url": "",
                             "record": {"listed": listed, "merged": asdict(merged)}})
        return merged

    def _records(self) -> Iterator[RawRecord | str]:
        """Every record of the source, or the external id of a record known unchanged (304 page)."""
        connector = get_connector(self.config["format"])
        url: str | None = self.config["url"]
        visited: set[str] = set()
        pending_sitemaps: list[str] = []
        pages = 0
        while url and pages < int(self.config["max_pages"]):
            if url in visited:
                self._warn(f"Boucle de pagination détectée sur {url} : arrêt.")
                break
            visited.add(url)
            pages += 1
            outcome = self._page(connector, url)
            yield from outcome.seen_ids
            for record in outcome.records:
                if self.config.get("follow_details") and record.detail_url:
                    try:
                        record = self._with_detail(connector, record)
                    except (FetchError, ParseError) as exc:
                        # The list page gave the record: keep it, say which detail failed.
                        self._error("detail", str(exc), url=record.detail_url, record=record.external_id)
                yield record
            for discovered_url, lastmod in outcome.discovered:
                if lastmod == "__sitemap__":
                    pending_sitemaps.append(discovered_url)
                else:
                    yield from self._sitemap_detail(discovered_url, lastmod)
            url = outcome.next_url or (pending_sitemaps.pop(0) if pending_sitemaps else None)
        else:
            if url:
                self._warn(f"Limite de {self.config['max_pages']} pages atteinte.")
                self.truncated = True

    def _sitemap_detail(self, url: str, lastmod: str | None) -> Iterator[RawRecord | str]:
        detail_connector = get_connector(self.config.get("detail_format") or "jsonld")
        state = self._state(url)
        known = state is not None and bool(state.external_ids)
        if known and lastmod and (state.record or {}).get("lastmod") == lastmod:
            # The sitemap says the page did not change since we read it: no request at all.
            self.run_record.pages_unchanged += 1
            yield from state.external_ids
            return
        try:
            result, _ = self._fetch(url, conditional=known)  # otherwise, an unchanged page costs a 304
            if result.not_modified and known:
                self.run_record.pages_unchanged += 1
                self._remember(url, {"record": {"lastmod": lastmod or ""}})
                yield from state.external_ids
                return
            payload = Payload(url=result.url, content=result.content, status=result.status, headers=result.headers)
            record = detail_connector.parse_detail(payload, self.config, RawRecord(external_id=url, fields={"url": url}, raw={}, url=url))
        except (FetchError, ParseError) as exc:
            self._error("detail", str(exc), url=url)
            self.detail_failures += 1
            return
        self._remember(url, {"etag": result.etag or "", "last_modified": result.last_modified or "",
                             "content_hash": hashlib.sha256(result.content).hexdigest(),
                             "external_ids": [record.external_id], "record": {"lastmod": lastmod or ""}})
        yield record

    # --- storing --------------------------------------------------------------------------------------------
    # Records to write are normalised by a helper thread, a batch ahead of the writes: while PostgreSQL writes a
    # batch (this thread waits, without the GIL), the next batch is normalised. Only this thread uses the database.
    def _store(self, record: RawRecord, existing: dict[str, str], seen: set[str], unchanged_ids: list[str]) -> None:
        run = self.run_record
        record = lookup_apply(record, self.lookups) if self.lookups else record
        if record.external_id in seen:
            return  # the same item listed twice (on two pages): count it once
        seen.add(record.external_id)
        run.records_seen += 1
        fingerprint = content_hash(record.raw)
        if self.dry_run:
            data, report = self.normalizer.normalize(record)
            self.preview.append({"record": record, "data": data, "report": report})
            return
        if existing.get(record.external_id) == fingerprint:
            run.unchanged += 1
            unchanged_ids.append(record.external_id)
            return
        if self.edited.active and record.external_id not in existing and unstable(record.external_id):
            self.edited.hold(record, fingerprint)  # perhaps an old row, edited: known once every row is listed
            return
        self.batch.append((record, fingerprint, record.external_id not in existing))
        if len(self.batch) >= BATCH_SIZE:
            self._flush()

    def _normalize_batch(self, batch: list[tuple[RawRecord, str, bool]]) -> list[tuple]:
        """(record, fingerprint, is_new, data, report, error) for each record; runs in the helper thread."""
        normalized = []
        for record, fingerprint, is_new in batch:
            try:
                data, report = self.normalizer.normalize(record)
            except Exception as exc:  # noqa: BLE001 - one bad record must not stop the others
                normalized.append((record, fingerprint, is_new, None, None, exc))
            else:
                normalized.append((record, fingerprint, is_new, data, report, None))
        return normalized

    def _flush(self, *, wait: bool = False) -> None:
        """Hand the queued records to the normaliser; write the batches it finished, all of them if ``wait``."""
        batch, self.batch = self.batch, []
        if batch:
            # Loaded here, not in the thread (it must not query: it has no transaction of its own), and only when
            # something is to be normalised: an unchanged harvest does not need the lookups.
            self.normalizer.preload()
            self.in_flight.append((self.normalizing.submit(self._normalize_batch, batch), []))
        while self.in_flight and (wait or len(self.in_flight) > 1):
            future, states = self.in_flight.popleft()
            self._write(future.result())
            for save_state in states:
                save_state()

    def _page_end(self) -> None:
        """Every record of the pages read so far is queued: their fetch states are saved once those are written."""
        states, self.page_states = self.page_states, []
        self._flush()
        if self.edited.held:  # records of these pages wait for the end of the harvest: so do their pages' states
            self.edited.states.extend(states)
        elif self.in_flight:
            self.in_flight[-1][1].extend(states)
        else:
            for save_state in states:
                save_state()

    def _record_failed(self, record: RawRecord, exc: Exception) -> None:
        logger.error("Record %s of %s failed", record.external_id, self.source.slug, exc_info=exc)
        self.run_record.failed += 1
        self._error("record", f"{type(exc).__name__}: {exc}", url=record.url or "", record=record.external_id)

    def _upsert(self, record: RawRecord, data: InitiativeData) -> None:
        try:
            result = initiative_upsert_from_record(
                source=self.source, external_id=record.external_id, raw=record.raw, data=data,
                source_url=record.url or "", seen_at=self.started, fields=to_jsonable(record.fields),
            )
        except Exception as exc:  # noqa: BLE001
            self._record_failed(record, exc)
        else:
            setattr(self.run_record, result.outcome, getattr(self.run_record, result.outcome) + 1)

    def _write(self, normalized: list[tuple]) -> None:
        new = []
        for record, fingerprint, is_new, data, report, error in normalized:
            if error is not None:
                self._record_failed(record, error)
                continue
            for tag in report.unmapped_tags:
                self.unmapped_tags[tag] = self.unmapped_tags.get(tag, 0) + 1
            for value in report.unparsed_dates:
                self.unparsed_dates[value] = self.unparsed_dates.get(value, 0) + 1
            if is_new:
                new.append((record, fingerprint, data))
            else:
                self._upsert(record, data)
        if not new:
            return
        # New records are written in batches: one statement per table instead of a dozen queries each.
        try:
            with transaction.atomic():
                created = initiatives_bulk_create(source=self.source, items=new, seen_at=self.started)
            self.run_record.created += created
        except Exception:  # noqa: BLE001 - fall back to one record at a time to isolate the bad one
            logger.exception("Batch of %s new records of %s failed; retrying one by one", len(new), self.source.slug)
            for record, _, data in new:
                self._upsert(record, data)

    def _mark_missing(self, seen: set[str]) -> None:
        """After a complete, successful harvest: count absences, hide after 3, never when the source shrank."""
        run = self.run_record
        # Every record seen by this run carries last_seen == the run's start (unchanged ones included).
        absent = SourceRecord.objects.filter(source=self.source).filter(
            Q(last_seen__lt=self.started) | Q(last_seen__isnull=True))
        run.missing = absent.count()
        previous = (
            HarvestRun.objects.filter(source=self.source, status=HarvestRun.Status.SUCCESS, complete=True)
            .exclude(pk=run.pk).order_by("-started_at").first()
        )
        known = SourceRecord.objects.filter(source=self.source).count()
        reference = max(previous.records_seen if previous else 0, known)
        if reference and run.records_seen < (1 - SHRINK_THRESHOLD) * reference:
            run.flagged_for_review = True
            run.review_reason = (
                f"La source est passée de {reference} à {run.records_seen} fiches (plus de "
                f"{int(SHRINK_THRESHOLD * 100)} % de baisse) : rien n’a été masqué, vérifiez la source."
            )
            return
        now = self.started
        absent.filter(missing_since__isnull=True).update(missing_since=now)
        absent.update(missing_count=F("missing_count") + 1)
        # Hide initiatives whose every record has been missing 3 times (another source may still list them).
        still_listed = SourceRecord.objects.filter(initiative=OuterRef("pk"), missing_count__lt=MISSING_RUNS_BEFORE_HIDING)
        to_hide = Initiative.objects.filter(
            records__source=self.source, records__missing_count__gte=MISSING_RUNS_BEFORE_HIDING,
            visibility=Initiative.Visibility.PUBLISHED,
        ).exclude(Exists(still_listed))
        run.hidden = to_hide.update(visibility=Initiative.Visibility.HIDDEN)

    # --- the run --------------------------------------------------------------------------------------------
    def run(self) -> HarvestRun:
        if self.run_record is not None:
            raise RuntimeError("A Harvester runs once: make a new one for the next harvest.")
        self.started = timezone.now()
        self.run_record = HarvestRun(source=self.source, trigger=self.trigger, started_at=self.started)
        if not self.dry_run:
            self.run_record.save()
        self.normalizing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="normalize")
        own_fetcher = self.fetcher is None
        if own_fetcher:
            # robots.txt verdicts live in the shared cache for 24 hours, across harvests and workers.
            self.fetcher = Fetcher(robots_cache=cache)
        try:
            self.config = validate_source_config({"format": self.source.format, **(self.source.configuration or {})})
            self.config_digest = hashlib.sha256(json.dumps(self.config, sort_keys=True, default=str).encode()).hexdigest()[:16]
            self.options = FetchOptions.from_config(self.config)
            self.config = dataset_resource_config(self.config, self._fetch, self._remember, self._error, self._warn)
            self.normalizer = Normalizer(self.source, crosswalk=self.crosswalk)
            self.lookups = lookup_tables_fetch(self.config, self._fetch, lambda url, m: self._error("lookup", m, url=url))
            if self.dry_run:
                self._harvest()
            else:
                with _SourceLock(self.source):
                    self._harvest()
        except ConfigError as exc:
            self.run_record.status = HarvestRun.Status.FAILED
            self._error("config", f"Configuration invalide — {exc}")
        except HarvestLocked as exc:
            self.run_record.status = HarvestRun.Status.FAILED
            self._error("locked", str(exc))
        except LookupFailed:  # said by lookup_tables_fetch; nothing was written
            self.run_record.status = HarvestRun.Status.FAILED
        finally:
            self.normalizing.shutdown(cancel_futures=True)
            if own_fetcher:
                self.fetcher.close()
        return self._finish()

    def _harvest(self) -> None:
        run = self.run_record
        if not self.dry_run:
            # We hold the source's lock: any other "running" run of this source died with its worker.
            HarvestRun.objects.filter(source=self.source, status=HarvestRun.Status.RUNNING).exclude(pk=run.pk).update(
                status=HarvestRun.Status.FAILED, finished_at=self.started,
                errors=[{"kind": "interrupted", "message": "Moissonnage interrompu (worker arrêté) : relancé depuis.",
                         "url": "", "record": ""}],
            )
        existing = dict(SourceRecord.objects.filter(source=self.source).values_list("external_id", "content_hash")
                        ) if self.source.pk else {}  # an unsaved source (a dry run of a source file) has no records
        self.edited.active = any(unstable(external_id) for external_id in existing)
        seen: set[str] = set()
        unchanged_ids: list[str] = []
        try:
            for item in self._records():
                if isinstance(item, str):
                    if item not in seen:
                        seen.add(item)
                        run.records_seen += 1
                        run.unchanged += 1
                        unchanged_ids.append(item)
                    continue
                try:
                    self._store(item, existing, seen, unchanged_ids)
                except Exception as exc:  # noqa: BLE001 - one bad record must not stop the others
                    logger.exception("Record %s of %s failed", item.external_id, self.source.slug)
                    run.failed += 1
                    self._error("record", f"{type(exc).__name__}: {exc}", url=item.url or "", record=item.external_id)
                if self.progress and run.records_seen % 50 == 0:
                    self.progress(run)
                if self.max_records and run.records_seen >= self.max_records:
                    self.truncated = True
                    break
        except FetchError as exc:
            self._error(exc.kind, str(exc), url=exc.url)
            run.status = HarvestRun.Status.PARTIAL if run.records_seen else HarvestRun.Status.FAILED
        except ParseError as exc:
            self._error("parse", str(exc))
            run.status = HarvestRun.Status.PARTIAL if run.records_seen else HarvestRun.Status.FAILED
        complete = run.status == run.Status.RUNNING and not self.truncated  # only then do we know which rows left
        for held in self.edited.release(existing if complete else {}, seen, warn=self._warn):
            self.batch.append(held)
            if len(self.batch) >= BATCH_SIZE:
                self._flush()
        self.page_states += self.edited.states  # saved once the held records are written
        self._page_end()
        self._flush(wait=True)
        if unchanged_ids and not self.dry_run:
            self._touch_unchanged(unchanged_ids)
        if run.status == HarvestRun.Status.RUNNING:
            if self.truncated or self.detail_failures:
                run.status = HarvestRun.Status.PARTIAL
            elif run.failed and run.failed >= run.records_seen:
                run.status = HarvestRun.Status.FAILED
            else:
                run.status = HarvestRun.Status.PARTIAL if run.failed else HarvestRun.Status.SUCCESS
                run.complete = True
        if run.complete and not self.dry_run:
            self._mark_missing(seen)
        # Counted as data for the quality report (search/dedup/quality.py), and said in words to the editors.
        self.run_record.quality = {"unmapped_tags": self.unmapped_tags, "unparsed_dates": self.unparsed_dates}
        if self.unmapped_tags:
            self._warn(gettext("Étiquettes sans correspondance : %(items)s") % {"items": _top(self.unmapped_tags)})
        if self.unparsed_dates:
            self._warn(gettext("Dates illisibles : %(items)s") % {"items": _top(self.unparsed_dates)})
        if warning := unstable_ids_warning(seen):
            self._warn(warning)
        # New records may describe initiatives other sources already gave: a separate task merges the sure
        # duplicates and queues the doubtful ones for editors, so that the harvest itself is not held up. Queued by
        # _finish, once the run is recorded.
        self.dedup_due = bool(run.created and run.status != HarvestRun.Status.FAILED and not self.dry_run)

    def _touch_unchanged(self, external_ids: list[str]) -> None:
        """Mark unchanged records seen (one statement per 20,000) and bring back those that had gone missing."""
        with connection.cursor() as cursor:
            for start in range(0, len(external_ids), 20000):
                cursor.execute(
                    "UPDATE initiatives_sourcerecord SET last_seen = %s, missing_since = NULL, missing_count = 0 "
                    "WHERE source_id = %s AND external_id = ANY(%s)",
                    [self.started, self.source.pk, external_ids[start:start + 20000]],
                )
        initiatives_relisted(initiatives=Initiative.objects.filter(records__source=self.source,
                                                                 records__last_seen=self.started))

    def _finish(self) -> HarvestRun:
        run = self.run_record
        if run.status == HarvestRun.Status.RUNNING:
            run.status = HarvestRun.Status.FAILED
        run.finished_at = timezone.now()
        if self.dry_run:
            return run
        run.source_total = SourceRecord.objects.filter(source=self.source, missing_count=0).count()
        run.save()
        health, _ = SourceHealth.objects.get_or_create(source=self.source)
        health.last_run_at = run.finished_at
        if run.status == HarvestRun.Status.FAILED and run.errors and run.errors[0]["kind"] != "locked":
            health.failure_streak += 1
            health.last_error = run.errors[0]["message"][:1000]
            if health.failure_streak >= SUSPEND_AFTER_FAILURES:
                # Exponential backoff: 1 h, 2 h, 4 h… capped at a week.
                hours = min(2 ** (health.failure_streak - SUSPEND_AFTER_FAILURES), 24 * 7)
                health.suspended_until = run.finished_at + timedelta(hours=hours)
        elif run.status != HarvestRun.Status.FAILED:
            health.failure_streak = 0
            health.suspended_until = None
            health.last_success_at = run.finished_at
            health.last_error = ""
        health.save()
        if run.created or run.updated or run.hidden or run.missing:
            public_content_changed()  # cached anonymous pages (home figures, latest additions) are stale
        # The dedup pass and the watched searches listen (search/dedup/signals.py, communities/signals.py).
        harvest_finished.send(sender=Harvester, run=run, new_records=self.dedup_due)
        if self.progress:
            self.progress(run)
        return run


def follow_up_queue(*, run: HarvestRun, task, args: tuple = ()) -> None:
    """Queue a follow-up task after a run is recorded: a broker that stays away loses it, not the run.

    Workers retry publishing for about a minute (carrefour/celery.py); past that the run stays a success, with
    a warning saying what was not queued (tests/search/test_broker_outage.py covers the shorter outage).
    """
    try:
        task.delay(*args)
    except (OperationalError, OSError) as error:  # the broker is unreachable
        logger.warning("%s not queued after harvest %s: %s", task.name, run.pk, error)
        message = gettext("Tâche de suivi non mise en file (broker injoignable) : %(task)s.") % {"task": task.name}
        run.warnings.append(message)
        run.save(update_fields=["warnings"])


def source_harvest(*, source: Source, trigger: str = HarvestRun.Trigger.SCHEDULE, fetcher: Fetcher | None = None,
                   progress: Callable[[HarvestRun], None] | None = None) -> HarvestRun:
    """Harvest one source now (synchronously) and return its HarvestRun."""
    return Harvester(source, trigger=trigger, fetcher=fetcher, progress=progress).run()
