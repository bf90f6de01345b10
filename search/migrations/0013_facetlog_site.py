"""An initiative counts in the territory of each of its sites: log site changes for the facet index."""

from django.db import migrations

from search.sql import RunSqlFile


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0015_sites_from_records"),
        ("search", "0012_sql_definitions"),
    ]

    operations = [RunSqlFile("search_facetlog_site", "302587547409d688")]
