"""Loads the shipped Code officiel géographique so that every fresh database knows French territories."""

from django.db import migrations


def load(apps, schema_editor):
    from initiatives.cog import load_cog

    load_cog(
        region_model=apps.get_model("initiatives", "Region"),
        departement_model=apps.get_model("initiatives", "Departement"),
        commune_model=apps.get_model("initiatives", "Commune"),
    )


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0001_initial"), ("carrefour", "0001_postgres_extensions")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
