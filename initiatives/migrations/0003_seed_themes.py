"""Seeds the theme taxonomy (three facets with sub-themes); editors change it in the admin afterwards."""

from django.db import migrations


def seed(apps, schema_editor):
    from initiatives.taxonomy import THEMES

    Theme = apps.get_model("initiatives", "Theme")
    by_code = {}
    for position, (code, name, facet, parent, keywords) in enumerate(THEMES):
        theme, _ = Theme.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "facet": facet,
                "parent": by_code.get(parent),
                "keywords": "\n".join(keywords),
                "position": position,
            },
        )
        by_code[code] = theme


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0002_load_cog")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop, elidable=True)]
