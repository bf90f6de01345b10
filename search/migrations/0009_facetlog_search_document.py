"""Facet change log: an initiative whose search document changed is logged too.

The facet index now also holds bitmaps of the commonest words (search/text_match.py); a changed document changes
which of them the initiative holds. The WHEN condition keeps unchanged rows free, as in migration 0008.
"""

from django.db import migrations

COLUMNS = ("visibility", "region_id", "departement_id", "start_year", "porteur_id")


def trigger_sql(columns: tuple[str, ...]) -> str:
    old, new = (", ".join(f"{prefix}.{column}" for column in columns) for prefix in ("OLD", "NEW"))
    return (
        "DROP TRIGGER IF EXISTS search_facetlog_update ON initiatives_initiative;\n"
        "CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_initiative FOR EACH ROW "
        f"WHEN (({old}) IS DISTINCT FROM ({new})) EXECUTE FUNCTION search_facetlog_row('initiative');\n"
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0008_facetlog_row_update_triggers")]

    operations = [migrations.RunSQL(trigger_sql((*COLUMNS, "search_vector")), trigger_sql(COLUMNS))]
