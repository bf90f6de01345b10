"""Give every initiative its sites, from its source records' places (initiatives/sites.py says how).

Only existing data is read (the records' normalised ``data``) and only ``initiatives_site`` is written: nothing
else changes. Going backwards removes the sites.
"""

from types import SimpleNamespace

from django.db import migrations

from initiatives.sites import site_rows, sites_from_records

PLACE_KEYS = ("commune", "arrondissement", "commune_written", "departement", "region", "address", "latitude",
              "longitude")


def _placed(data: dict) -> SimpleNamespace:
    values = {key: data.get(key) for key in PLACE_KEYS}
    values["commune_written"] = values["commune_written"] or ""
    values["address"] = values["address"] or ""
    return SimpleNamespace(**values)


def sites_forward(apps, schema_editor):
    Commune = apps.get_model("initiatives", "Commune")
    SourceRecord = apps.get_model("initiatives", "SourceRecord")
    Site = apps.get_model("initiatives", "Site")
    centres = {code: (latitude, longitude) for code, latitude, longitude in Commune.objects.filter(
        latitude__isnull=False).values_list("insee_code", "latitude", "longitude")}
    records = (SourceRecord.objects.filter(initiative__isnull=False)
               .order_by("initiative_id", "source__precedence", "first_seen", "pk")
               .values_list("initiative_id", "pk", "data"))
    batch, current, placed = [], None, []

    def flush():
        if current is not None:
            batch.extend(Site(**row) for row in site_rows(current, sites_from_records(placed), centres))

    for initiative_id, record_id, data in records.iterator(chunk_size=5000):
        if initiative_id != current:
            flush()
            current, placed = initiative_id, []
        if data:
            placed.append((record_id, _placed(data)))
        if len(batch) >= 5000:
            Site.objects.bulk_create(batch)
            batch = []
    flush()
    Site.objects.bulk_create(batch)


def sites_backward(apps, schema_editor):
    apps.get_model("initiatives", "Site").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0014_site")]

    operations = [migrations.RunPython(sites_forward, sites_backward)]
