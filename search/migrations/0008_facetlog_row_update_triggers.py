"""Facet change log: UPDATE triggers per row, with a WHEN condition, instead of per statement.

The statement-level UPDATE triggers of migration 0005 joined the old and new transition tables to find what
changed; PostgreSQL has no statistics on transition tables and chose a nested loop, so an unchanged re-harvest that
touches 20,000 source records (last_seen) spent seconds comparing every row with every other (125 s instead of
10 s for 100,000 records). A row trigger's WHEN condition is checked before any function runs: rows whose facet
columns did not change cost nothing, and the others add one log row each.
"""

from django.db import migrations

ROW_FUNCTION = r"""
CREATE OR REPLACE FUNCTION search_facetlog_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'initiative' THEN
        INSERT INTO search_facetlog (initiative_ids) VALUES (ARRAY[NEW.id]);
    ELSIF TG_ARGV[0] = 'link' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT touched) FROM unnest(ARRAY[OLD.initiative_id, NEW.initiative_id]) AS touched
        WHERE touched IS NOT NULL HAVING count(*) > 0;
    ELSIF TG_ARGV[0] = 'porteur' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(id) FROM initiatives_initiative WHERE porteur_id = NEW.id HAVING count(*) > 0;
    ELSE  -- a facet value renamed: every index rebuilds
        INSERT INTO search_facetlog (initiative_ids) VALUES (NULL);
    END IF;
    RETURN NULL;
END $$;
"""

ROW_TRIGGERS = {  # table -> (columns whose change matters, what to log)
    "initiatives_initiative": ("visibility, region_id, departement_id, start_year, porteur_id", "initiative"),
    "initiatives_initiative_themes": ("initiative_id, theme_id", "link"),
    "initiatives_sourcerecord": ("initiative_id, source_id", "link"),
    "initiatives_distinction": ("initiative_id, edition_id", "link"),
    "initiatives_porteur": ("kind", "porteur"),
    "initiatives_theme": ("code, parent_id", "rebuild"),
    "initiatives_source": ("slug", "rebuild"),
    "initiatives_prize": ("slug", "rebuild"),
    "initiatives_prizeedition": ("prize_id", "rebuild"),
}
# What migration 0005 had, for going back.
STATEMENT_FUNCTIONS = {
    "initiatives_initiative": "search_facetlog_initiative()",
    "initiatives_initiative_themes": "search_facetlog_initiative_themes()",
    "initiatives_sourcerecord": "search_facetlog_sourcerecord()",
    "initiatives_distinction": "search_facetlog_distinction()",
    "initiatives_porteur": "search_facetlog_porteur()",
    "initiatives_theme": "search_facetlog_rebuild('id', 'n.code, n.parent_id', 'o.code, o.parent_id')",
    "initiatives_source": "search_facetlog_rebuild('id', 'n.slug', 'o.slug')",
    "initiatives_prize": "search_facetlog_rebuild('id', 'n.slug', 'o.slug')",
    "initiatives_prizeedition": "search_facetlog_rebuild('id', 'n.prize_id', 'o.prize_id')",
}


def _columns(prefix: str, columns: str) -> str:
    return ", ".join(f"{prefix}.{column.strip()}" for column in columns.split(","))


def forward_sql() -> str:
    sql = ROW_FUNCTION
    for table, (columns, kind) in ROW_TRIGGERS.items():
        sql += (
            f"DROP TRIGGER IF EXISTS search_facetlog_update ON {table};\n"
            f"CREATE TRIGGER search_facetlog_update AFTER UPDATE ON {table} FOR EACH ROW "
            f"WHEN (({_columns('OLD', columns)}) IS DISTINCT FROM ({_columns('NEW', columns)})) "
            f"EXECUTE FUNCTION search_facetlog_row('{kind}');\n"
        )
    return sql


def backward_sql() -> str:
    sql = ""
    for table, function in STATEMENT_FUNCTIONS.items():
        sql += (
            f"DROP TRIGGER IF EXISTS search_facetlog_update ON {table};\n"
            f"CREATE TRIGGER search_facetlog_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS new_rows "
            f"OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function};\n"
        )
    return sql + "DROP FUNCTION IF EXISTS search_facetlog_row();\n"


class Migration(migrations.Migration):
    dependencies = [("search", "0007_match_work_mem")]

    operations = [migrations.RunSQL(forward_sql(), backward_sql())]
