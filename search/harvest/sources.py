"""Sources as administrators manage them: the schedule, the source file (import/export), re-normalising stored
records and the dry run ("Tester la source")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from initiatives.models import Initiative, Source, SourceRecord, Theme, ThemeCrosswalk
from initiatives.search_document import CONFIG, TITLE_DOCUMENT
from initiatives.services import initiative_rebuild
from initiatives.text import text_key
from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import CANONICAL_FIELDS, ConfigError, RawRecord, suggest
from search.harvest.fetch import Fetcher
from search.harvest.harvester import Harvester
from search.harvest.models import HarvestRun
from search.normalize.normalizer import Normalizer


@dataclass
class RenormalizeStats:
    records: int = 0
    changed: int = 0
    initiatives: int = 0


def source_renormalize(*, source: Source) -> RenormalizeStats:
    """Normalise a source's stored records again (new crosswalk entries, new keywords…) without fetching it.

    Only records whose normalised data change are written; their initiatives are rebuilt.
    """
    stats = RenormalizeStats()
    normalizer = Normalizer(source)
    to_rebuild: set[int] = set()
    records = SourceRecord.objects.filter(source=source).exclude(fields={}).only(
        "pk", "external_id", "source_url", "raw", "fields", "data", "initiative_id")
    for record in records.iterator(chunk_size=500):
        stats.records += 1
        data, _ = normalizer.normalize(RawRecord(external_id=record.external_id, fields=record.fields, raw=record.raw,
                                                 url=record.source_url or None))
        if data.to_json() != record.data:
            SourceRecord.objects.filter(pk=record.pk).update(data=data.to_json())
            stats.changed += 1
            if record.initiative_id:
                to_rebuild.add(record.initiative_id)
    for initiative in Initiative.objects.filter(pk__in=to_rebuild):
        initiative_rebuild(initiative=initiative)
    stats.initiatives = len(to_rebuild)
    return stats


SCHEDULE_INTERVALS = {
    Source.Schedule.HOURLY: timedelta(hours=1),
    Source.Schedule.DAILY: timedelta(days=1),
    Source.Schedule.WEEKLY: timedelta(weeks=1),
}


def source_list_due(*, now=None) -> list[Source]:
    """Enabled, scheduled, not suspended sources whose last run is older than their interval."""
    now = now or timezone.now()
    due = []
    for source in Source.objects.filter(enabled=True).exclude(schedule=Source.Schedule.MANUAL).select_related("health"):
        health = getattr(source, "health", None)
        if health and health.suspended_until and health.suspended_until > now:
            continue
        last = health.last_run_at if health else None
        if last is None or now - last >= SCHEDULE_INTERVALS[source.schedule] - timedelta(minutes=1):
            due.append(source)
    return due


# --- the source file (`manage.py sources import|export`) -------------------------------------------------------
# One place for what an entry of the file may hold: the import checks it, the export writes it, `sources schema`
# prints it as a JSON Schema (docs/sources.schema.json) and docs/sources.md documents every key (a test checks all
# three agree).
_URL_PATTERN = r"^(https?://\S+)?$"
SOURCE_ENTRY_KEYS: dict[str, dict[str, Any]] = {
    "name": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Nom affiché de la plateforme."},
    "slug": {"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$", "maxLength": 100,
             "description": "Identifiant stable de la source ; l’import crée ou met à jour par slug."},
    "website": {"type": "string", "maxLength": 500, "pattern": _URL_PATTERN, "description": "Adresse du site de la plateforme (http(s) ou vide)."},
    "logo_url": {"type": "string", "maxLength": 500, "pattern": _URL_PATTERN, "description": "Adresse du logo (http(s) ou vide)."},
    "licence": {"type": "string", "maxLength": 120, "description": "Licence des données (« Licence Ouverte 2.0 » par défaut)."},
    "licence_url": {"type": "string", "maxLength": 500, "pattern": _URL_PATTERN, "description": "Lien vers le texte de la licence."},
    "description": {"type": "string", "description": "Présentation de la plateforme, affichée sur sa page."},
    "format": {"type": "string", "description": "Format publié ; s’il manque, celui de `configuration.format`."},
    "configuration": {"type": "object", "description": "La configuration du connecteur (voir docs/sources.md)."},
    "enabled": {"type": "boolean", "description": "Moissonnée (true, par défaut) ou mise de côté."},
    "schedule": {"type": "string", "enum": [choice.value for choice in Source.Schedule],
                 "description": "Fréquence de moissonnage."},
    "contact": {"type": "string", "maxLength": 255, "description": "Contact chez le partenaire (courriel ou nom)."},
    "precedence": {"type": "integer", "minimum": 0, "maximum": 32767,
                   "description": "Rang de priorité : en cas de désaccord, la source au plus petit rang l’emporte."},
    "show_contact_email": {"type": "boolean",
                           "description": "Afficher les courriels de contact (si la licence le permet)."},
    "crosswalk": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                  "description": "Étiquettes de la source → codes des thèmes Carrefour ; remplace la table entière."},
}
_PYTHON_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}


def sources_file_schema() -> dict[str, Any]:
    """The JSON Schema of the file `sources import` reads and `sources export` writes."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Carrefour — fichier des sources",
        "description": "Une liste de sources (ou {\"sources\": [...]}) ; voir docs/sources.md.",
        "type": "array",
        "items": {"type": "object", "required": ["name", "slug"], "additionalProperties": False,
                  "properties": SOURCE_ENTRY_KEYS},
    }


def _check_entry(index: int, entry: Any) -> None:
    """ConfigError naming ``[index].key`` for anything the file's schema refuses, with a suggestion for typos."""
    if not isinstance(entry, dict):
        raise ConfigError(f"[{index}]", f"each source is a mapping of keys, got {type(entry).__name__}")
    for key in ("name", "slug"):
        if key not in entry:
            raise ConfigError(f"[{index}]", f"each source needs a slug and a name ({key!r} is missing)")
    for key, value in entry.items():
        spec = SOURCE_ENTRY_KEYS.get(key)
        path = f"[{index}].{key}"
        if spec is None:
            raise ConfigError(path, f"unknown key {key!r}{suggest(str(key), SOURCE_ENTRY_KEYS)}"
                                    f" (known: {', '.join(SOURCE_ENTRY_KEYS)})")
        kind = spec["type"]
        if kind == "integer":
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(path, f"must be a whole number, got {value!r}")
            if not spec["minimum"] <= value <= spec["maximum"]:
                raise ConfigError(path, f"must be between {spec['minimum']} and {spec['maximum']}, got {value}")
            continue
        if not isinstance(value, _PYTHON_TYPES[kind]):
            raise ConfigError(path, f"must be a {kind}, got {value!r}")
        if "enum" in spec and value not in spec["enum"]:
            raise ConfigError(path, f"must be one of {', '.join(spec['enum'])}, got {value!r}"
                                    f"{suggest(str(value), spec['enum'])}")
        if kind == "string" and not spec.get("minLength", 0) <= len(value) <= spec.get("maxLength", len(value)):
            raise ConfigError(path, f"between {spec.get('minLength', 0)} and {spec.get('maxLength')} characters")
        if "pattern" in spec and not re.fullmatch(spec["pattern"], value):
            expected = "an http(s) URL (or empty)" if spec["pattern"] == _URL_PATTERN else "letters, digits, - and _ only"
            raise ConfigError(path, f"must be {expected}, got {value!r}")


def _crosswalk_themes(index: int, crosswalk: dict[str, Any]) -> dict[str, list[Theme]]:
    themes = {theme.code: theme for theme in Theme.objects.all()}
    resolved: dict[str, list[Theme]] = {}
    for tag, codes in crosswalk.items():
        path = f"[{index}].crosswalk.{tag}"
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ConfigError(path, f"must be a list of theme codes, got {codes!r}")
        for code in codes:
            if code not in themes:
                raise ConfigError(path, f"unknown theme {code!r}{suggest(code, themes)}; the theme codes are: "
                                        f"{', '.join(sorted(themes))}")
        resolved[str(tag)] = [themes[code] for code in codes]
    return resolved


def _crosswalk_replace(source: Source, crosswalk: dict[str, list[Theme]]) -> bool:
    """Make the source's crosswalk exactly ``crosswalk`` (tags compared as the normaliser compares them); whether
    anything changed."""
    current = {entry.tag_key: entry for entry in source.crosswalk.prefetch_related("themes")}
    wanted = {text_key(tag): (tag, themes) for tag, themes in crosswalk.items()}
    changed = False
    for key, entry in current.items():
        if key not in wanted:
            entry.delete()
            changed = True
    for key, (tag, themes) in wanted.items():
        entry = current.get(key)
        if entry is None:
            entry = ThemeCrosswalk.objects.create(source=source, tag=tag)
        elif entry.tag != tag:
            entry.tag = tag
            entry.save(update_fields=["tag", "tag_key"])
            changed = True
        if entry is current.get(key) and {t.pk for t in entry.themes.all()} == {t.pk for t in themes}:
            continue
        entry.themes.set(themes)
        changed = True
    return changed


@dataclass
class SourceEntry:
    """One checked entry of a source file: the Source's values and, when the entry has one, its crosswalk."""

    slug: str
    values: dict[str, Any]
    crosswalk: dict[str, list[Theme]] | None

    def unsaved_source(self) -> Source:
        """The source as the entry describes it, not saved (for a dry run of the file)."""
        return Source(slug=self.slug, **self.values)

    def crosswalk_codes(self) -> dict[str, list[str]] | None:
        return None if self.crosswalk is None else {
            tag: [theme.code for theme in themes] for tag, themes in self.crosswalk.items()}


def sources_check(*, entries: Any) -> list[SourceEntry]:
    """Check every entry of a source file, writing nothing: ConfigError names the first wrong key as
    ``[index].key`` (or ``[index].configuration.<path>``)."""
    if not isinstance(entries, list):
        raise ConfigError("sources", f"must be a list of sources, got {type(entries).__name__}")
    checked = []
    for index, entry in enumerate(entries):
        _check_entry(index, entry)
        values = {key: value for key, value in entry.items() if key not in ("slug", "crosswalk")}
        configuration = values.get("configuration") or {}
        try:
            validated = validate_source_config({**configuration, "format": values.get("format") or configuration.get("format")})
        except ConfigError as exc:
            raise ConfigError(f"[{index}].configuration.{exc.field_path}", str(exc).split(": ", 1)[-1]) from exc
        values.setdefault("format", validated["format"])  # a recipe's, when the entry names only a recipe
        crosswalk = _crosswalk_themes(index, entry["crosswalk"]) if "crosswalk" in entry else None
        checked.append(SourceEntry(slug=entry["slug"], values=values, crosswalk=crosswalk))
    return checked


@transaction.atomic
def sources_import(*, entries: Any) -> tuple[int, int]:
    """Create or update sources from a source file's entries (idempotent, keyed by slug). Returns (created, updated):
    an entry that changes nothing of its source is neither (``sources export | sources import`` says 0 and 0).

    Nothing is written unless every entry is valid (``sources_check``).
    """
    created = updated = 0
    for entry in sources_check(entries=entries):
        source = Source.objects.filter(slug=entry.slug).first()
        is_new = source is None
        fields: list[str] = []
        if is_new:
            source = Source.objects.create(slug=entry.slug, **entry.values)
        else:
            fields = [key for key, value in entry.values.items() if getattr(source, key) != value]
            for key in fields:
                setattr(source, key, entry.values[key])
            if fields:
                source.save()
        crosswalk_changed = entry.crosswalk is not None and _crosswalk_replace(source, entry.crosswalk)
        created += is_new
        updated += not is_new and bool(fields or crosswalk_changed)
    return created, updated


def sources_export() -> list[dict[str, Any]]:
    """Every source as a source-file entry, crosswalk included: ``sources export | sources import`` changes nothing."""
    keys = [key for key in SOURCE_ENTRY_KEYS if key != "crosswalk"]
    exported = []
    for source in Source.objects.order_by("precedence", "slug").prefetch_related("crosswalk__themes"):
        entry = {key: getattr(source, key) for key in keys}
        entry["crosswalk"] = {item.tag: sorted(theme.code for theme in item.themes.all())
                              for item in sorted(source.crosswalk.all(), key=lambda item: item.tag)}
        exported.append(entry)
    return exported


def source_dry_run(*, source: Source, fetcher: Fetcher | None = None, max_records: int | None = 10,
                   pages: int = 1, crosswalk: dict[str, list[str]] | None = None) -> Harvester:
    """Fetch the first ``pages`` pages (and detail pages) and normalise, writing nothing; for "Tester la source"."""
    config = dict(source.configuration or {})
    config["max_pages"] = pages
    probe = Source(pk=source.pk, name=source.name, slug=source.slug, format=source.format, configuration=config,
                   precedence=source.precedence)
    harvester = Harvester(probe, trigger=HarvestRun.Trigger.MANUAL, fetcher=fetcher, dry_run=True, max_records=max_records,
                          crosswalk=crosswalk)
    harvester.run()
    return harvester


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {}, ())


@dataclass
class SourceTestReport:
    """What a harvest of the source would store, from a dry run: shown by `manage.py sources test` and by the
    admin's "Tester la source"."""

    source: Source
    run: HarvestRun
    rows: list[dict[str, Any]]  # one per record read: id, url, title, data, empty fields, report, warnings, fields
    field_counts: list[tuple[str, int]]  # canonical field → records that filled it (mapped fields, or all)
    placed: int = 0  # records with a territory (commune, département or région)
    placed_commune: int = 0
    themed: int = 0
    unresolved_places: list[tuple[str, str]] = field(default_factory=list)  # (record, why) gave a place, unresolved
    unparsed_dates: dict[str, int] = field(default_factory=dict)
    unmapped_tags: dict[str, int] = field(default_factory=dict)
    empty_everywhere: list[str] = field(default_factory=list)  # mapped fields empty in every record
    already_harvested: int = 0  # records this source already gave (same id)
    look_like_existing: int = 0  # records whose title is a published initiative's (accents and case aside)

    @property
    def records(self) -> int:
        return len(self.rows)

    @property
    def warnings(self) -> list[str]:
        """The run's warnings (empty selectors, pagination…), then each record's, once each."""
        seen = dict.fromkeys(self.run.warnings)
        for row in self.rows:
            seen.update(dict.fromkeys(row["warnings"]))
        return list(seen)


_SAME_TITLE = f"""
SELECT count(*) FROM unnest(%s::text[]) AS t(wanted) WHERE EXISTS (
    SELECT 1 FROM initiatives_initiative
    WHERE {TITLE_DOCUMENT} @@ phraseto_tsquery('{CONFIG}', t.wanted)
      AND lower(immutable_unaccent(title)) = lower(immutable_unaccent(t.wanted)) AND visibility = 'published')
"""


def source_test_report(*, source: Source, pages: int = 1, fetcher: Fetcher | None = None,
                       max_records: int | None = 500, crosswalk: dict[str, list[str]] | None = None) -> SourceTestReport:
    """Dry-run the source over ``pages`` pages and say, per canonical field, how many records filled it, how many
    would be placed and themed, what could not be read, and how many look like initiatives already here."""
    harvester = source_dry_run(source=source, fetcher=fetcher, max_records=max_records, pages=pages, crosswalk=crosswalk)
    configuration = source.configuration or {}
    try:  # the fields as the harvest maps them: a recipe's too
        configuration = validate_source_config({**configuration, "format": source.format or configuration.get("format")})
    except ConfigError:
        pass  # the dry run has reported it
    mapped = set(configuration.get("fields") or {}) | set(configuration.get("detail_fields") or {})
    rows = []
    counts = dict.fromkeys(CANONICAL_FIELDS, 0)
    report = SourceTestReport(source=source, run=harvester.run_record, rows=rows, field_counts=[])
    for item in harvester.preview:
        record, data, normalization = item["record"], item["data"], item["report"]
        rows.append({
            "external_id": record.external_id, "url": record.url, "title": data.title, "data": data,
            "empty": sorted(set(record.empty_fields) & mapped) if mapped else record.empty_fields,
            "report": normalization, "warnings": record.warnings, "fields": record.fields,
        })
        for name in CANONICAL_FIELDS:
            counts[name] += _filled(record.fields.get(name)) or (name == "external_id" and bool(record.external_id))
        report.placed += bool(data.commune or data.departement or data.region)
        report.placed_commune += bool(data.commune)
        report.themed += bool(data.theme_codes)
        if normalization.territory_level == "none" and normalization.territory_reason:
            report.unresolved_places.append((data.title or record.external_id, normalization.territory_reason))
        for value in normalization.unparsed_dates:
            report.unparsed_dates[value] = report.unparsed_dates.get(value, 0) + 1
        for tag in normalization.unmapped_tags:
            report.unmapped_tags[tag] = report.unmapped_tags.get(tag, 0) + 1
    shown = [name for name in CANONICAL_FIELDS if name in mapped or counts[name]] if mapped else list(CANONICAL_FIELDS)
    report.field_counts = [(name, counts[name]) for name in shown]
    report.empty_everywhere = sorted(name for name in (mapped or CANONICAL_FIELDS)
                                     if rows and all(name in row["empty"] for row in rows))
    if rows:
        report.already_harvested = SourceRecord.objects.filter(
            source__slug=source.slug, external_id__in=[row["external_id"] for row in rows]).count()
        titles = sorted({row["title"] for row in rows if row["title"]})
        with connection.cursor() as cursor:
            cursor.execute(_SAME_TITLE, [titles])
            report.look_like_existing = cursor.fetchone()[0]
    return report
