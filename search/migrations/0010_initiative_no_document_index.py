"""The facet index lists published initiatives without a search document (search/facet_index.py) through this
partial index, which stays empty in practice (every write computes the document): the facet scan itself stays
index-only instead of reading the whole table for one NULL test."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0009_facetlog_search_document")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX initiative_no_document ON initiatives_initiative (id) WHERE search_vector IS NULL",
            "DROP INDEX IF EXISTS initiative_no_document",
        )
    ]
