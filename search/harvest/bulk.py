"""The first harvest of many new records: initiatives and their source records written by COPY, in batches."""

from __future__ import annotations

from django.db import connection

from initiatives.models import Initiative, Site, Source, SourceRecord, Theme
from initiatives.services import (
    SCALAR_FIELDS,
    TERRITORY_FIELDS,
    InitiativeData,
    distinction_ensure,
    field_value,
    porteur_key,
    porteurs_resolve,
    table_copy_rows,
    table_reserve_ids,
    unique_slugs,
)
from initiatives.sites import commune_centres, site_rows, sites_from_records
from initiatives.text import is_empty
from search.harvest.connectors.base import RawRecord
from search.harvest.connectors.mapping import to_jsonable


def initiatives_bulk_create(*, source: Source, items: list[tuple[RawRecord, str, InitiativeData]], seen_at) -> int:
    """Create one initiative and its source record for each new item, a handful of statements per batch.

    Equivalent to ``initiative_upsert_from_record`` for records whose external id is new and that match no
    existing initiative: with a single record, the merged fields are that record's fields. Primary keys are
    reserved first, so that every row is written once, complete (provenance included), by COPY; the theme
    links go in before their initiatives (the foreign keys are checked at commit) so that the search trigger
    computes each initiative's full document as the row is inserted, with no second write.
    """
    if not items:
        return 0
    porteurs = porteurs_resolve(datas=[data.porteur for _, _, data in items if data.porteur and data.porteur.name])
    slugs = unique_slugs([data.title for _, _, data in items])
    themes = dict(Theme.objects.values_list("code", "pk"))
    centres = commune_centres(data.commune for _, _, data in items)
    with connection.cursor() as cursor:
        initiative_ids = table_reserve_ids(cursor, Initiative, len(items))
        record_ids = table_reserve_ids(cursor, SourceRecord, len(items))
        initiatives, records, links, sites = [], [], [], []
        for (record, fingerprint, data), slug, initiative_id, record_id in zip(
            items, slugs, initiative_ids, record_ids, strict=True
        ):
            porteur = porteurs.get(porteur_key(data.porteur)) if data.porteur and data.porteur.name else None
            provenance = {name: record_id for name in (*SCALAR_FIELDS, *TERRITORY_FIELDS) if not is_empty(getattr(data, name))}
            if porteur is not None:
                provenance["porteur"] = record_id
            initiatives.append({
                "id": initiative_id, "slug": slug, "porteur_id": porteur.pk if porteur else None,
                "commune_id": data.commune, "departement_id": data.departement, "region_id": data.region,
                "provenance": provenance, **{name: field_value(name, getattr(data, name)) for name in SCALAR_FIELDS},
            })
            records.append({
                "id": record_id, "source_id": source.pk, "external_id": record.external_id,
                "source_url": (record.url or "")[:1000], "raw": record.raw, "fields": to_jsonable(record.fields),
                "data": data.to_json(), "content_hash": fingerprint, "initiative_id": initiative_id,
                "first_seen": seen_at, "last_seen": seen_at, "last_changed": seen_at,
            })
            links += [{"initiative_id": initiative_id, "theme_id": themes[code]}
                      for code in sorted(set(data.theme_codes)) if code in themes]
            sites += site_rows(initiative_id, sites_from_records([(record_id, data)]), centres)
        # The links' statement trigger would refresh initiatives that do not exist yet: skip it.
        cursor.execute("SET LOCAL carrefour.defer_search_index = 'on'")
        table_copy_rows(cursor, Initiative.themes.through, links, exclude=("id",))
        cursor.execute("SET LOCAL carrefour.defer_search_index = 'off'")
        table_copy_rows(cursor, Initiative, initiatives, exclude=("search_vector",))
        table_copy_rows(cursor, SourceRecord, records)
        table_copy_rows(cursor, Site, sites, exclude=("id",))
    initiative_objects = {}
    for row, (_, _, data) in zip(initiatives, items, strict=True):
        for distinction in data.distinctions:
            initiative = initiative_objects.setdefault(row["id"], Initiative.objects.get(pk=row["id"]))
            distinction_ensure(initiative=initiative, data=distinction)
    return len(initiatives)
