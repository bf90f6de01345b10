"""The epci facet follows an initiative's commune: log a changed commune, and a commune that changed intercommunalité
(every index rebuilds)."""

from django.db import migrations

from search.sql import RunSqlFile


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0013_load_cog_epci_former_communes_positions"),
        ("search", "0016_searchterm_gist"),
    ]

    operations = [RunSqlFile("search_facetlog_row", "d5f8172ea8820d99")]
