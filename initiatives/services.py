"""Writes on initiatives: upsert from a normalised source record, merge fields by source precedence,
and keep field-level provenance. Views, tasks and the harvest call these, never the ORM directly."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

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
from initiatives.text import text_key
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
    """The normalised fields one source record gives about an initiative (output of search/normalize.py).

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
    commune: str | None = None  # INSEE code
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
        return asdict(self)

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
    """A stable fingerprint of what the source published (key order does not matter)."""
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


def distinction_ensure(*, initiative: Initiative, data: DistinctionData) -> Distinction:
    prize = Prize.objects.filter(slug=slugify(data.prize)).first() or Prize.objects.create(
        name=data.prize, slug=slugify(data.prize)
    )
    edition, _ = PrizeEdition.objects.get_or_create(prize=prize, year=data.year)
    distinction, _ = Distinction.objects.get_or_create(
        initiative=initiative, edition=edition, category=data.category, defaults={"rank": data.rank}
    )
    return distinction


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@transaction.atomic
def initiative_rebuild(*, initiative: Initiative) -> Initiative:
    """Recompute an initiative's fields from all its source records, by source precedence.

    For each field the non-empty value of the record whose source has the smallest precedence rank wins
    (ties: the oldest record); ``provenance`` remembers which record supplied it. Themes and distinctions are
    the union over the records. Editorial content lives elsewhere and is never touched here.
    """
    records = list(
        initiative.records.select_related("source").order_by("source__precedence", "first_seen", "pk")
    )
    if not records:
        return initiative
    datas = [(record, InitiativeData.from_json(record.data)) for record in records if record.data]
    provenance: dict[str, int] = {}
    for name in SCALAR_FIELDS + TERRITORY_FIELDS:
        value, supplier = None, None
        for record, data in datas:
            candidate = getattr(data, name)
            if not _is_empty(candidate):
                value, supplier = candidate, record
                break
        if name == "start_date" and isinstance(value, str):
            value = date.fromisoformat(value)
        if name in TERRITORY_FIELDS:
            setattr(initiative, f"{name}_id", value)
        else:
            setattr(initiative, name, FIELD_DEFAULTS.get(name, "") if value is None else value)
        if supplier is not None:
            provenance[name] = supplier.pk
    porteur_supplier = next(((record, data.porteur) for record, data in datas if data.porteur and data.porteur.name), None)
    if porteur_supplier:
        initiative.porteur = porteur_get_or_create(data=porteur_supplier[1])
        provenance["porteur"] = porteur_supplier[0].pk
    initiative.provenance = provenance
    if not initiative.slug:
        initiative.slug = _unique_slug(initiative.title)
    initiative.save()

    theme_codes = sorted({code for _, data in datas for code in data.theme_codes})
    initiative.themes.set(Theme.objects.filter(code__in=theme_codes))
    for _, data in datas:
        for distinction in data.distinctions:
            distinction_ensure(initiative=initiative, data=distinction)
    return initiative


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
            Initiative.objects.filter(pk=record.initiative_id, visibility=Initiative.Visibility.HIDDEN).update(
                visibility=Initiative.Visibility.PUBLISHED
            )
        return UpsertResult(record, record.initiative, "unchanged")

    created = record is None
    if created:
        record = SourceRecord(source=source, external_id=external_id, first_seen=seen_at)
    record.source_url = source_url[:1000]
    record.raw = raw
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
    elif record.initiative.visibility == Initiative.Visibility.HIDDEN:
        record.initiative.visibility = Initiative.Visibility.PUBLISHED
    record.save()
    rebuilt = initiative_rebuild(initiative=record.initiative)
    return UpsertResult(record, rebuilt, "created" if created else "updated")
