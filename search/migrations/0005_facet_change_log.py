"""Change log for the in-memory facet index (search/facet_index.py), and what search/query.py reads fast.

Every statement that changes what a facet counts (an initiative's visibility, territory, year or porteur; its themes,
source records or distinctions; a porteur's type; a theme's, source's or prize's code) appends one row listing the
initiatives it touched, stamped with its transaction id. A process that built its facet bitmaps from a snapshot
reads the rows committed since that snapshot and re-reads only those initiatives. A row without ids means "rebuild
everything" (TRUNCATE, a renamed theme, source or prize).

The match function and the recency index let a search read a 50,000-initiative match and order it in milliseconds.
"""

from django.db import migrations

FORWARD = r"""
CREATE TABLE search_facetlog (
    id bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    created_at timestamptz NOT NULL DEFAULT now(),
    initiative_ids bigint[]
);
CREATE INDEX search_facetlog_xid ON search_facetlog (xid);
CREATE INDEX search_facetlog_created ON search_facetlog (created_at);

CREATE OR REPLACE FUNCTION search_facetlog_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_facetlog (initiative_ids) SELECT array_agg(id) FROM new_rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_facetlog (initiative_ids) SELECT array_agg(id) FROM old_rows HAVING count(*) > 0;
    ELSE
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(n.id) FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.visibility, n.region_id, n.departement_id, n.start_year, n.porteur_id)
              IS DISTINCT FROM (o.visibility, o.region_id, o.departement_id, o.start_year, o.porteur_id)
        HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION search_facetlog_porteur() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_facetlog (initiative_ids)
    SELECT array_agg(i.id) FROM initiatives_initiative i
    JOIN new_rows n ON n.id = i.porteur_id JOIN old_rows o ON o.id = n.id
    WHERE n.kind IS DISTINCT FROM o.kind HAVING count(*) > 0;
    RETURN NULL;
END $$;

-- Renaming a facet value (rare): everything is rebuilt.
CREATE OR REPLACE FUNCTION search_facetlog_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO search_facetlog (initiative_ids) VALUES (NULL);
    ELSE
        EXECUTE format('INSERT INTO search_facetlog (initiative_ids) SELECT NULL FROM new_rows n JOIN old_rows o '
                       'ON o.%1$I = n.%1$I WHERE (%2$s) IS DISTINCT FROM (%3$s) LIMIT 1',
                       TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER search_facetlog_insert AFTER INSERT ON initiatives_initiative
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_initiative();
CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_initiative
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_initiative();
CREATE TRIGGER search_facetlog_delete AFTER DELETE ON initiatives_initiative
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_initiative();
CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON initiatives_initiative
    FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();
"""

# Link tables: every touched initiative, before and after. {function}, {other}: filled per table.
LINK_FUNCTION = r"""
CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM new_rows WHERE initiative_id IS NOT NULL HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT initiative_id) FROM old_rows WHERE initiative_id IS NOT NULL HAVING count(*) > 0;
    ELSE
        INSERT INTO search_facetlog (initiative_ids)
        SELECT array_agg(DISTINCT changed.id) FROM (
            SELECT n.initiative_id, o.initiative_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.initiative_id IS DISTINCT FROM o.initiative_id OR n.{other} IS DISTINCT FROM o.{other}
        ) AS pair(new_id, old_id), LATERAL (VALUES (pair.new_id), (pair.old_id)) AS changed(id)
        WHERE changed.id IS NOT NULL HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;
"""

LINK_TABLES = {  # table -> the other column that decides a facet value
    "initiatives_initiative_themes": "theme_id",
    "initiatives_sourcerecord": "source_id",
    "initiatives_distinction": "edition_id",
}
RENAMES = {  # table -> (key, new values, old values)
    "initiatives_theme": ("id", "n.code, n.parent_id", "o.code, o.parent_id"),
    "initiatives_source": ("id", "n.slug", "o.slug"),
    "initiatives_prize": ("id", "n.slug", "o.slug"),
    "initiatives_prizeedition": ("id", "n.prize_id", "o.prize_id"),
}

# The ids matching a query, always through the GIN index: above about half the table the planner prefers a
# sequential scan that decompresses every row's document, several times slower. SET in the function's definition
# applies to its body only.
MATCH_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION initiative_match_ids(query tsquery) RETURNS bigint[] LANGUAGE sql STABLE
SET enable_seqscan = off AS $$
    SELECT array_agg(id) FROM initiatives_initiative WHERE search_vector @@ query
$$;
-- Newest first without reading the table (index-only): search/query.py walks it to order large result sets.
CREATE INDEX initiative_published_recency ON initiatives_initiative (last_updated DESC, id DESC)
    WHERE visibility = 'published';
"""


def link_sql(table: str, other: str) -> str:
    function = f"search_facetlog_{table.removeprefix('initiatives_')}"
    sql = LINK_FUNCTION.format(function=function, other=other) + "\n"
    for event, tables in (("insert", "NEW TABLE AS new_rows"), ("update", "NEW TABLE AS new_rows OLD TABLE AS old_rows"),
                          ("delete", "OLD TABLE AS old_rows")):
        sql += (f"CREATE TRIGGER search_facetlog_{event} AFTER {event.upper()} ON {table} REFERENCING {tables} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {function}();\n")
    return sql + (f"CREATE TRIGGER search_facetlog_truncate AFTER TRUNCATE ON {table} "
                  "FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild();\n")


def forward_sql() -> str:
    sql = FORWARD + "".join(link_sql(table, other) for table, other in LINK_TABLES.items())
    sql += (
        "CREATE TRIGGER search_facetlog_update AFTER UPDATE ON initiatives_porteur REFERENCING NEW TABLE AS new_rows "
        "OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_porteur();\n"
    )
    for table, (key, new, old) in RENAMES.items():
        sql += (
            f"CREATE TRIGGER search_facetlog_update AFTER UPDATE ON {table} REFERENCING NEW TABLE AS new_rows "
            f"OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facetlog_rebuild('{key}', '{new}', '{old}');\n"
        )
    return sql + MATCH_FUNCTIONS


def backward_sql() -> str:
    tables = ["initiatives_initiative", *LINK_TABLES, "initiatives_porteur", *RENAMES]
    sql = "DROP FUNCTION IF EXISTS initiative_match_ids(tsquery); DROP INDEX IF EXISTS initiative_published_recency;\n"
    for table in tables:
        for event in ("insert", "update", "delete", "truncate"):
            sql += f"DROP TRIGGER IF EXISTS search_facetlog_{event} ON {table};\n"
    for table in LINK_TABLES:
        sql += f"DROP FUNCTION IF EXISTS search_facetlog_{table.removeprefix('initiatives_')}();\n"
    sql += ("DROP FUNCTION IF EXISTS search_facetlog_initiative(); DROP FUNCTION IF EXISTS search_facetlog_porteur();\n"
            "DROP FUNCTION IF EXISTS search_facetlog_rebuild(); DROP TABLE IF EXISTS search_facetlog;\n")
    return sql


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_dedup_title_trgm"),
        ("initiatives", "0010_sourcerecord_fields_db_default"),
    ]

    operations = [migrations.RunSQL(forward_sql(), backward_sql())]
