"""Trigram index on initiative titles, for deduplication at harvest time (search/dedup/scoring.py find_match).

It lives in the search app because deduplication owns it; the expression must match the one dedup.py queries.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("initiatives", "0006_search_triggers"),
        ("search", "0003_duplicatecandidate"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS dedup_initiative_title_trgm ON initiatives_initiative "
            "USING gin ((immutable_unaccent(lower(title))) gin_trgm_ops);",
            "DROP INDEX IF EXISTS dedup_initiative_title_trgm;",
        ),
    ]
