"""Writes on initiatives: upsert from a normalised source record, merge fields by source precedence,
and keep field-level provenance. Views, tasks and the harvest call these, never the ORM directly."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from psycopg.types.json import Jsonb

from initiatives.field_choice import field_choose
from initiatives.models import (
    Distinction,
    Initiative,
    Porteur,
    Prize,
    PrizeEdition,
    Source,
    SourceRecord,
    Theme,
)
from initiatives.sites import PLACE_FIELDS, initiatives_sites_set, main_record_index, sites_from_records
from initiatives.text import is_empty, text_key
from initiatives.validators import siret_is_valid


@dataclass
class PorteurData:
    name: str
    kind: str = Porteur.Kind.AUTRE
    siret: str = ""
    website: str = ""


@dataclass
class DistinctionData:
    prize: str  # prize name, e.g. "Prix TERRITORIA"
    year: int
    category: str = ""
    rank: str = Distinction.Rank.LAUREAT


@dataclass
class InitiativeData:
    """The normalised fields one source record gives about an initiative (output of search/normalize/normalizer.py).

    Territories are codes (INSEE), themes are theme codes, dates are ISO strings: the whole object is stored
    as JSON on the SourceRecord, so that merging never needs to re-normalise.
    """

    title: str
    summary: str = ""
    description: str = ""
    website: str = ""
    social_links: list[str] = field(default_factory=list)
    contact_email: str = ""
    image_url: str = ""
    start_date: str | None = None  # ISO date
    start_year: int | None = None
    status: str = ""
    content_type: str = ""
    theme_codes: list[str] = field(default_factory=list)
    commune: str | None = None  # INSEE code of a current commune
    arrondissement: str | None = None  # Paris, Lyon, Marseille: the municipal arrondissement, as a detail
    commune_written: str = ""  # a former commune's name (déléguée, associée) when the record wrote that
    departement: str | None = None
    region: str | None = None
    address: str = ""
    postcode: str = ""
    latitude: float | None = None
    longitude: float | None = None
    territory_note: str = ""
    language: str = ""
    porteur: PorteurData | None = None
    distinctions: list[DistinctionData] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        # What ``asdict`` gives, without its generic deep copy (a noticeable share of a harvest's time).
        data = dict(self.__dict__)
        data["social_links"] = list(self.social_links)
        data["theme_codes"] = list(self.theme_codes)
        data["porteur"] = dict(self.porteur.__dict__) if self.porteur else None
        data["distinctions"] = [dict(distinction.__dict__) for distinction in self.distinctions]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InitiativeData:
        data = dict(data)
        porteur = data.pop("porteur", None)
        distinctions = data.pop("distinctions", None) or []
        known = {name for name in cls.__dataclass_fields__}
        return cls(
            **{key: value for key, value in data.items() if key in known},
            porteur=PorteurData(**porteur) if porteur else None,
            distinctions=[DistinctionData(**item) for item in distinctions],
        )


# Fields merged from the records by source precedence: the first non-empty value wins.
SCALAR_FIELDS = (
    "title", "summary", "description", "website", "social_links", "contact_email", "image_url", "start_date",
    "start_year", "status", "content_type", "address", "postcode", "latitude", "longitude", "territory_note", "language",
)
TERRITORY_FIELDS = ("commune", "departement", "region")
# What a field holds when no record gives a value ("" for the others).
FIELD_DEFAULTS: dict[str, Any] = {
    "status": Initiative.Status.UNKNOWN,
    "content_type": Initiative.ContentType.PROJET,
    "language": "fr",
    "social_links": [],
    "start_date": None,
    "start_year": None,
    "latitude": None,
    "longitude": None,
}


@dataclass
class UpsertResult:
    record: SourceRecord
    initiative: Initiative | None
    outcome: Literal["created", "updated", "unchanged"]


def content_hash(raw: dict[str, Any]) -> str:
    """A stable fingerprint of what the source published (key order does not matter), stored in
    ``SourceRecord.content_hash`` to tell an unchanged record: the format (SHA-256, hexadecimal, of this JSON) must
    not change, or every record would look changed on the next harvest. (A connector's id for an item without one,
    ``content_id``, is another value: an external id, not a fingerprint.)"""
    return hashlib.sha256(json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:100].strip("-") or "initiative"
    candidate, suffix = base, 2
    while Initiative.objects.filter(slug=candidate).exclude(pk=exclude_pk).exists():
        candidate, suffix = f"{base}-{suffix}", suffix + 1
    return candidate


def porteur_get_or_create(*, data: PorteurData) -> Porteur:
    """The same actor across sources: matched by SIREN/SIRET when valid, otherwise by normalised name."""
    siret = data.siret.replace(" ", "") if data.siret and siret_is_valid(data.siret) else ""
    porteur = None
    if siret:
        porteur = Porteur.objects.filter(siret=siret).first() or Porteur.objects.filter(siret__startswith=siret[:9]).first()
    if porteur is None:
        porteur = Porteur.objects.filter(name_key=text_key(data.name)).order_by("pk").first()
    if porteur is None:
        return Porteur.objects.create(name=data.name, kind=data.kind or Porteur.Kind.AUTRE, siret=siret, website=data.website)
    changed = []
    if siret and not porteur.siret and not Porteur.objects.filter(siret=siret).exists():
        porteur.siret = siret
        changed.append("siret")
    if data.website and not porteur.website:
        porteur.website = data.website
        changed.append("website")
    if data.kind and data.kind != Porteur.Kind.AUTRE and porteur.kind == Porteur.Kind.AUTRE:
        porteur.kind = data.kind
        changed.append("kind")
    if changed:
        porteur.save(update_fields=changed + ["name_key"])
    return porteur


def porteur_key(data: PorteurData) -> str:
    """How the same actor is recognised across records: valid SIREN/SIRET first, else normalised name."""
    siret = (data.siret or "").replace(" ", "")
    return f"siret:{siret}" if siret and siret_is_valid(siret) else f"name:{text_key(data.name)}"


# --- bulk writes (harvest) ---------------------------------------------------------------------------
def table_reserve_ids(cursor, model: type[models.Model], count: int) -> list[int]:
    """Reserve ``count`` primary keys of ``model`` in one query, so that rows can point at each other before
    they are written (provenance names its source records, theme links their initiative)."""
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
        [model._meta.db_table, model._meta.pk.column, count],
    )
    return [row[0] for row in cursor.fetchall()]


def table_copy_rows(cursor, model: type[models.Model], rows: list[dict[str, Any]], *, exclude: tuple[str, ...] = ()) -> None:
    """Write rows (``{attname: value}``, primary keys set) with one COPY: no SQL to build, no parameter to quote.

    As with the ORM, ``auto_now``/``auto_now_add`` dates are the current time whatever the row says; a column
    a row leaves out takes its field default (a field with no default must be given).
    """
    fields = [field for field in model._meta.concrete_fields if field.name not in exclude]
    now = timezone.now()
    missing = object()
    stamped = {field.attname for field in fields if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)}
    defaults = {
        field.attname: field.get_default() if field.has_default() or field.null else missing for field in fields
    }
    json_columns = {field.attname for field in fields if field.get_internal_type() == "JSONField"}
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    with cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = []
            for name, default in defaults.items():
                value = now if name in stamped else row.get(name, default)
                if value is missing:
                    raise ValueError(f"{model.__name__}.{name} has no value and no default")
                values.append(Jsonb(value) if name in json_columns else value)
            copy.write_row(values)


def table_update_rows(cursor, model: type[models.Model], objs: list[models.Model], names: list[str]) -> None:
    """Write the fields ``names`` of ``objs`` in one UPDATE, the rows passed as one JSON array that PostgreSQL
    reads with the table's own row type (``bulk_update`` builds a CASE per field and row: seconds per hundred
    initiatives). Values are what ``save()`` would write; dates go as ISO text."""
    fields = [model._meta.get_field(name) for name in names]
    key = model._meta.pk.column
    rows = [{key: obj.pk, **{field.column: getattr(obj, field.attname) for field in fields}} for obj in objs]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    assignments = ", ".join(f"{quote(field.column)} = v.{quote(field.column)}" for field in fields)
    cursor.execute(
        f"UPDATE {table} t SET {assignments} FROM jsonb_populate_recordset(NULL::{table}, %s) v "
        f"WHERE t.{quote(key)} = v.{quote(key)}",
        [Jsonb(rows, dumps=lambda value: json.dumps(value, default=str))],
    )


def porteurs_resolve(*, datas: list[PorteurData]) -> dict[str, Porteur]:
    """Find or create the porteurs of a batch in three queries; returns them by ``porteur_key``."""
    wanted: dict[str, PorteurData] = {}
    for data in datas:
        wanted.setdefault(porteur_key(data), data)
    sirets = [key[6:] for key in wanted if key.startswith("siret:")]
    names = {text_key(data.name) for data in wanted.values()}
    by_siret = {porteur.siret: porteur for porteur in Porteur.objects.filter(siret__in=sirets)}
    by_name: dict[str, Porteur] = {}
    for porteur in Porteur.objects.filter(name_key__in=names).order_by("-pk"):
        by_name[porteur.name_key] = porteur  # ascending pk wins, as in porteur_get_or_create
    found: dict[str, Porteur] = {}
    to_create: list[Porteur] = []
    for key, data in wanted.items():
        porteur = by_siret.get(key[6:]) if key.startswith("siret:") else None
        porteur = porteur or by_name.get(text_key(data.name))
        if porteur is None:
            siret = key[6:] if key.startswith("siret:") else ""
            porteur = Porteur(name=data.name[:255], kind=data.kind or Porteur.Kind.AUTRE, siret=siret,
                              website=data.website, name_key=text_key(data.name))
            to_create.append(porteur)
        found[key] = porteur
    if to_create:
        with connection.cursor() as cursor:
            for porteur, pk in zip(to_create, table_reserve_ids(cursor, Porteur, len(to_create)), strict=True):
                porteur.pk = pk
            table_copy_rows(cursor, Porteur, [
                {field.attname: getattr(porteur, field.attname) for field in Porteur._meta.concrete_fields}
                for porteur in to_create
            ])
    return found


def unique_slugs(titles: list[str]) -> list[str]:
    """Free, distinct slugs for a batch of new initiatives (one or two queries)."""
    bases = [slugify(title)[:100].strip("-") or "initiative" for title in titles]
    taken = set(Initiative.objects.filter(slug__in=set(bases)).values_list("slug", flat=True))
    repeated = {base for base, count in Counter(bases).items() if count > 1}
    if taken | repeated:  # only bases already used (or used twice here) need their numbered variants checked
        variants = {f"{base}-{n}" for base in taken | repeated for n in range(2, 21)}
        taken |= set(Initiative.objects.filter(slug__in=variants).values_list("slug", flat=True))
    slugs = []
    for base in bases:
        slug = next((c for n in range(1, 21) if (c := f"{base}-{n}" if n > 1 else base) not in taken), None)
        slug = slug or f"{base[:90]}-{uuid.uuid4().hex[:8]}"
        taken.add(slug)
        slugs.append(slug)
    return slugs


def distinction_ensure(*, initiative: Initiative, data: DistinctionData) -> Distinction:
    prize = Prize.objects.filter(slug=slugify(data.prize)).first() or Prize.objects.create(
        name=data.prize, slug=slugify(data.prize)
    )
    edition, _ = PrizeEdition.objects.get_or_create(prize=prize, year=data.year)
    distinction, _ = Distinction.objects.get_or_create(
        initiative=initiative, edition=edition, category=data.category, defaults={"rank": data.rank}
    )
    return distinction


def field_value(name: str, value: Any) -> Any:
    """What an Initiative field stores for a normalised value: its default when empty, a date for ISO strings."""
    if is_empty(value):
        return FIELD_DEFAULTS.get(name, "")
    if name == "start_date" and isinstance(value, str):
        return date.fromisoformat(value)
    if name == "title":
        return value[:300]
    return value


def _fields_from_records(initiative: Initiative, datas: list[tuple[SourceRecord, InitiativeData]]):
    """Set the initiative's fields and provenance from ``datas`` (in precedence order); returns the record and
    porteur that name its porteur (None: no record names one)."""
    provenance: dict[str, int] = {}
    main = main_record_index(datas)
    for name in SCALAR_FIELDS + TERRITORY_FIELDS:
        if name in PLACE_FIELDS and main is not None:  # all from the main site's record: never two records' places
            supplier, main_data = datas[main]
            value = getattr(main_data, name)
            if is_empty(value):
                value, supplier = None, None
        else:
            value, supplier = field_choose(name=name,
                                           candidates=[(record, getattr(data, name)) for record, data in datas])
        if name in TERRITORY_FIELDS:
            setattr(initiative, f"{name}_id", value)
        else:
            setattr(initiative, name, field_value(name, value))
        if supplier is not None:
            provenance[name] = supplier.pk
    porteur_supplier = next(((record, data.porteur) for record, data in datas if data.porteur and data.porteur.name), None)
    if porteur_supplier:
        provenance["porteur"] = porteur_supplier[0].pk
    initiative.provenance = provenance
    return porteur_supplier


def _themes_set(wanted: dict[int, set[str]]) -> None:
    """Give each initiative (id -> theme codes) exactly those themes: one read, one delete, one insert for all
    (what ``themes.set`` does for one initiative; nothing listens to these links' m2m signals)."""
    link = Initiative.themes.through
    theme_ids = dict(Theme.objects.filter(code__in=set().union(*wanted.values())).values_list("code", "pk"))
    current: dict[int, dict[int, int]] = {initiative_id: {} for initiative_id in wanted}
    for pk, initiative_id, theme_id in link.objects.filter(initiative_id__in=wanted).values_list(
            "pk", "initiative_id", "theme_id"):
        current[initiative_id][theme_id] = pk
    removed, added = [], []
    for initiative_id, codes in wanted.items():
        keep = {theme_ids[code] for code in codes if code in theme_ids}
        removed += [pk for theme_id, pk in current[initiative_id].items() if theme_id not in keep]
        added += [link(initiative_id=initiative_id, theme_id=theme_id) for theme_id in sorted(keep)
                  if theme_id not in current[initiative_id]]
    if removed:
        link.objects.filter(pk__in=removed).delete()
    if added:
        link.objects.bulk_create(added)


def _rebuilt_columns() -> list[str]:
    """What a rebuild writes, as ``save()`` did: every column but the key and the search document (its trigger
    computes it)."""
    return [field.name for field in Initiative._meta.concrete_fields if field.name not in ("id", "search_vector")]


@transaction.atomic
def initiatives_rebuild(*, initiatives: list[Initiative]) -> None:
    """Recompute initiatives' fields from all their source records, by source precedence; a handful of statements
    for the whole list (the dedup pass rebuilds hundreds of kept initiatives per transaction).

    For each field the non-empty value of the record whose source has the smallest precedence rank wins
    (ties: the oldest record); title and summary are chosen by quality first (initiatives/field_choice.py); the
    place (territory, address, coordinates) comes whole from the main site's record, and every record's place
    becomes a site (initiatives/sites.py). ``provenance`` remembers which record supplied each field. Themes and
    distinctions are the union over the records. Editorial content lives elsewhere and is never touched here.
    Initiatives without records are left as they are. The instances are updated in place.
    """
    by_id = {initiative.pk: initiative for initiative in initiatives}
    records: dict[int, list[SourceRecord]] = {pk: [] for pk in by_id}
    for record in (SourceRecord.objects.filter(initiative_id__in=by_id).defer("raw", "fields")
                   .order_by("initiative_id", "source__precedence", "first_seen", "pk")):
        records[record.initiative_id].append(record)
    now = timezone.now()
    rebuilt, sites, themes, distinctions = [], {}, {}, {}
    for initiative in initiatives:  # in the caller's order: a porteur created for one is found by the next
        if not records[initiative.pk]:
            continue
        datas = [(record, InitiativeData.from_json(record.data)) for record in records[initiative.pk] if record.data]
        porteur_supplier = _fields_from_records(initiative, datas)
        if porteur_supplier:
            initiative.porteur = porteur_get_or_create(data=porteur_supplier[1])
        if not initiative.slug:
            initiative.slug = _unique_slug(initiative.title)
        initiative.last_updated = now  # auto_now, which only save() applies
        rebuilt.append(initiative)
        sites[initiative.pk] = sites_from_records((record.pk, data) for record, data in datas)
        themes[initiative.pk] = {code for _, data in datas for code in data.theme_codes}
        distinctions[initiative.pk] = [item for _, data in datas for item in data.distinctions]
    if not rebuilt:
        return
    with connection.cursor() as cursor:
        table_update_rows(cursor, Initiative, rebuilt, _rebuilt_columns())
    initiatives_sites_set(sites=sites)
    _themes_set(themes)
    for initiative in rebuilt:
        for distinction in distinctions[initiative.pk]:
            distinction_ensure(initiative=initiative, data=distinction)


def initiative_rebuild(*, initiative: Initiative) -> Initiative:
    """One initiative's :func:`initiatives_rebuild`."""
    initiatives_rebuild(initiatives=[initiative])
    return initiative


def initiatives_relisted(*, initiatives: models.QuerySet[Initiative]) -> int:
    """The one rule of "back again": an initiative hidden because its records went missing is published again as
    soon as one of its records is listed again (``missing_since`` cleared). Returns how many came back."""
    listed = SourceRecord.objects.filter(initiative=models.OuterRef("pk"), missing_since__isnull=True)
    hidden = initiatives.filter(visibility=Initiative.Visibility.HIDDEN).filter(models.Exists(listed))
    return Initiative.objects.filter(pk__in=hidden.values("pk")).update(visibility=Initiative.Visibility.PUBLISHED)


@transaction.atomic
def initiative_upsert_from_record(
    *,
    source: Source,
    external_id: str,
    raw: dict[str, Any],
    data: InitiativeData,
    source_url: str = "",
    seen_at: datetime | None = None,
    initiative: Initiative | None = None,
    fields: dict[str, Any] | None = None,
) -> UpsertResult:
    """Upsert one source record on ``(source, external_id)`` and the initiative it describes.

    An unchanged record (same content hash) writes nothing but its ``last_seen``. A new record creates a
    new initiative unless ``initiative`` (the match found by deduplication) is given.
    """
    seen_at = seen_at or timezone.now()
    fingerprint = content_hash(raw)
    record = SourceRecord.objects.select_for_update().filter(source=source, external_id=external_id).first()
    if record is not None and record.content_hash == fingerprint and record.data:
        was_missing = record.missing_since is not None
        SourceRecord.objects.filter(pk=record.pk).update(last_seen=seen_at, missing_since=None, missing_count=0)
        if was_missing and record.initiative_id:
            initiatives_relisted(initiatives=Initiative.objects.filter(pk=record.initiative_id))
        return UpsertResult(record, record.initiative, "unchanged")

    created = record is None
    if created:
        record = SourceRecord(source=source, external_id=external_id, first_seen=seen_at)
    record.source_url = source_url[:1000]
    record.raw = raw
    record.fields = fields or {}
    record.data = data.to_json()
    record.content_hash = fingerprint
    record.last_seen = seen_at
    record.last_changed = seen_at
    record.missing_since = None
    record.missing_count = 0
    if record.initiative_id is None:
        record.initiative = initiative or Initiative.objects.create(
            title=data.title[:300], slug=_unique_slug(data.title)
        )
    record.save()
    if initiatives_relisted(initiatives=Initiative.objects.filter(pk=record.initiative_id)):
        record.initiative.refresh_from_db(fields=["visibility"])
    rebuilt = initiative_rebuild(initiative=record.initiative)
    return UpsertResult(record, rebuilt, "created" if created else "updated")
