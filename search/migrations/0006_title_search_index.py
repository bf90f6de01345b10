"""A full-text index on titles alone, for search-as-you-type.

A short prefix (``mobi:*``) matches most documents through their descriptions, and building that bitmap from the
whole-document index costs more than the suggestion budget; among titles it matches a few thousand at most.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0005_facet_change_log")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX initiative_title_fts ON initiatives_initiative "
            "USING gin (to_tsvector('french_unaccent'::regconfig, title::text))",
            "DROP INDEX IF EXISTS initiative_title_fts",
        ),
    ]
