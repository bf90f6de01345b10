"""New records written in batches (COPY, reserved keys, search document computed on insert) end up exactly as
records written one at a time by the upsert service: same fields, porteur, themes, provenance and search document."""

import pytest
from django.db import connection
from django.utils import timezone

from initiatives.models import Initiative, SourceRecord
from initiatives.services import initiative_upsert_from_record
from search.harvest.bulk import initiatives_bulk_create
from search.harvest.connectors.base import RawRecord
from search.normalize.normalizer import Normalizer
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

RECORDS = [
    {"title": "Épicerie solidaire des Capucins", "summary": "Une épicerie solidaire et un jardin partagé.",
     "description": "<p>Produits locaux, <b>circuit court</b>.</p><script>alert(1)</script>",
     "city": "Bordeaux", "postcode": "33000", "porteur_name": "Association Les Capucins",
     "tags": ["Alimentation", "Lien social"], "start_date": "12 mars 2019", "website": "www.capucins.example.fr",
     "social_links": ["https://mastodon.example/@capucins"], "status": "en cours",
     "distinctions": ["Prix TERRITORIA 2021 – Or – catégorie Solidarité"]},
    {"title": "Garage solidaire du Ségala", "summary": "", "description": "Réparations à prix doux.\n\nPour tous.",
     "departement": "Aveyron", "porteur_name": "SCIC Mobilités rurales", "tags": "Mobilité; Insertion",
     "latitude": "44,35", "longitude": "2,57"},
    {"title": "Tiers-lieu sans lieu", "tags": ["Étiquette inconnue"]},
]

COMPARED = ("title", "summary", "description", "website", "social_links", "contact_email", "image_url", "start_date",
            "start_year", "status", "content_type", "address", "postcode", "latitude", "longitude", "territory_note",
            "language", "commune_id", "departement_id", "region_id", "porteur_id", "visibility", "editorial_boost")


def snapshot(source) -> list[dict]:
    rows = []
    for record in SourceRecord.objects.filter(source=source).select_related("initiative").order_by("external_id"):
        initiative = record.initiative
        with connection.cursor() as cursor:
            cursor.execute("SELECT search_vector::text FROM initiatives_initiative WHERE id = %s", [initiative.pk])
            vector = cursor.fetchone()[0]
        rows.append({
            **{name: getattr(initiative, name) for name in COMPARED},
            "search_vector": vector,
            "themes": sorted(initiative.themes.values_list("code", flat=True)),
            "distinctions": sorted(initiative.distinctions.values_list("edition__prize__slug", "edition__year", "rank")),
            # Provenance names the initiative's own record for every field it supplied.
            "provenance": {name: pk == record.pk for name, pk in initiative.provenance.items()},
            "record": (record.raw, record.fields, record.data, record.content_hash, record.source_url,
                       record.first_seen == record.last_seen == record.last_changed, record.missing_count),
        })
    return rows


def test_batch_writes_the_same_initiatives_as_the_one_by_one_upsert():
    batch_source, single_source = SourceFactory(slug="en-lot"), SourceFactory(slug="une-a-une")
    seen_at = timezone.now()
    items = []
    for number, fields in enumerate(RECORDS):
        record = RawRecord(external_id=str(number), fields=fields, raw={"id": number, **fields},
                           url=f"https://example.org/{number}")
        data, _ = Normalizer(batch_source).normalize(record)
        items.append((record, f"hash-{number}", data))
    # The one-by-one path first: the batch must find (not duplicate) the porteurs it created.
    for record, _, data in items:
        initiative_upsert_from_record(source=single_source, external_id=record.external_id, raw=record.raw,
                                      data=data, source_url=record.url, seen_at=seen_at, fields=record.fields)
    assert initiatives_bulk_create(source=batch_source, items=items, seen_at=seen_at) == len(RECORDS)

    batch, single = snapshot(batch_source), snapshot(single_source)
    for row in single:  # the upsert hashes the raw payload itself
        row["record"] = (*row["record"][:3], "", *row["record"][4:])
    for row in batch:
        row["record"] = (*row["record"][:3], "", *row["record"][4:])
    assert len(batch) == len(single)
    for batch_row, single_row in zip(batch, single, strict=True):
        assert {key: value for key, value in batch_row.items() if single_row[key] != value} == {}
    assert batch[0]["search_vector"] and "'capucin'" in batch[0]["search_vector"]
    assert batch[0]["themes"] and batch[0]["distinctions"] and all(batch[0]["provenance"].values())
    assert Initiative.objects.count() == 2 * len(RECORDS)
    assert len({initiative.slug for initiative in Initiative.objects.all()}) == 2 * len(RECORDS)
