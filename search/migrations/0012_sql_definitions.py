"""Every SQL function, trigger and text search configuration of the search, (re)created from search/sql/*.sql.

Their definitions had been spread over initiatives migrations 0006-0011, search migrations 0005-0009 and carrefour
migration 0001; from now on each file in search/sql/ holds the current text, and migrations read it when they run
(search/sql/README.md). On a database migrated up to here this changes nothing: every definition already is the one
in the files (tests/search/test_sql_definitions.py checks it); functions are replaced by themselves and each trigger
is dropped and created again identically, inside the migration's transaction.
"""

from django.db import migrations

from search.sql import RunSqlFile


class Migration(migrations.Migration):
    dependencies = [
        ("carrefour", "0001_postgres_extensions"),
        ("initiatives", "0011_search_document_theme_order"),
        ("harvest", "0002_harvestrun_quality"),
        ("dedup", "0001_initial"),
        ("search", "0011_models_to_harvest_and_dedup"),
    ]

    # In creation order (search.sql.FILES); the digest is the text each file had when this migration was written.
    operations = [
        RunSqlFile("french_unaccent", "0e975070d789a37d"),
        RunSqlFile("immutable_unaccent", "1a389563bced148a"),
        RunSqlFile("initiative_search_document", "3197b48b1733be43"),
        RunSqlFile("initiative_search_refresh", "f92f62cf43db1974"),
        RunSqlFile("initiative_search_before_write", "1406596eb9b3fbd3"),
        RunSqlFile("initiative_themes_inserted", "274549e18ee8c4e8"),
        RunSqlFile("initiative_themes_deleted", "fc4a2f1f6c67abbe"),
        RunSqlFile("porteur_renamed", "87a8eb40f4b2970c"),
        RunSqlFile("theme_renamed", "67a1512d50c687c9"),
        RunSqlFile("search_facetlog_initiative", "ab1568516faeffe8"),
        RunSqlFile("search_facetlog_initiative_themes", "5112a4d018f247c3"),
        RunSqlFile("search_facetlog_sourcerecord", "8003f2f8af898549"),
        RunSqlFile("search_facetlog_distinction", "f8d726cc98f03a9e"),
        RunSqlFile("search_facetlog_porteur", "7ad1d0731f7108af"),
        RunSqlFile("search_facetlog_rebuild", "36b29de6b67cddca"),
        RunSqlFile("search_facetlog_row", "1b5904ccc4b79710"),
        RunSqlFile("initiative_match_ids", "e3c690940eaad6e2"),
    ]
