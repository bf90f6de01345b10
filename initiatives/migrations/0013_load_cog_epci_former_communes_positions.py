"""Loads the intercommunalités, the communes' positions and links to them, and the former communes (déléguées,
associées) into databases that already had the Code officiel géographique, and into fresh ones."""

from django.db import migrations


def load(apps, schema_editor):
    from initiatives.cog import load_cog

    load_cog(
        region_model=apps.get_model("initiatives", "Region"),
        departement_model=apps.get_model("initiatives", "Departement"),
        commune_model=apps.get_model("initiatives", "Commune"),
        epci_model=apps.get_model("initiatives", "Epci"),
        former_commune_model=apps.get_model("initiatives", "FormerCommune"),
    )


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0012_epci_formercommune")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=True)]
