"""The migrations and search/sql/ agree: the files hold the current definition of every SQL object.

Two checks. The last migration that reads each file must have been written for its current text (its digest): a
file edited without a migration that re-reads it fails there (a fresh test database alone could not tell, since
migrations read the files). And the migrated test database must hold exactly what the files define: the files are
run inside a transaction that is rolled back, after dropping every function, trigger and text search configuration
of the schema, and PostgreSQL's own rendering of each object (``pg_get_functiondef``, ``pg_get_triggerdef``, the
configuration's token mappings) is compared before and after. Canonical forms make layout outside function bodies
irrelevant, while a body must match character for character (PostgreSQL stores it as written). A migration that
changes, adds or drops an object without its file fails there.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader

from search.sql import FILES, SQL_DIR, RunSqlFile, sql_digest, sql_file

pytestmark = pytest.mark.django_db

# Objects of the project's own schema, not of an extension (unaccent, pg_trgm).
NOT_FROM_EXTENSION = (
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '{catalog}'::regclass AND d.objid = {alias}.oid "
    "AND d.deptype = 'e')"
)
FUNCTIONS = f"""
    SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
     WHERE n.nspname = current_schema() AND l.lanname IN ('sql', 'plpgsql')
       AND {NOT_FROM_EXTENSION.format(catalog="pg_proc", alias="p")}
"""
TRIGGERS = """
    SELECT c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND NOT t.tgisinternal
"""
CONFIGURATIONS = f"""
    SELECT cfg.cfgname, (SELECT prsname FROM pg_ts_parser WHERE oid = cfg.cfgparser) || E'\\n' || coalesce((
        SELECT string_agg(token.alias || ': ' || mapping.dictionaries, E'\\n' ORDER BY token.alias)
          FROM ts_token_type(cfg.cfgparser) token
          JOIN LATERAL (SELECT string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) AS dictionaries
                          FROM pg_ts_config_map m
                         WHERE m.mapcfg = cfg.oid AND m.maptokentype = token.tokid) mapping ON true
         WHERE mapping.dictionaries IS NOT NULL), '')
      FROM pg_ts_config cfg JOIN pg_namespace n ON n.oid = cfg.cfgnamespace
     WHERE n.nspname = current_schema() AND {NOT_FROM_EXTENSION.format(catalog="pg_ts_config", alias="cfg")}
"""


def _definitions() -> dict[str, str]:
    """Every function, trigger and text search configuration of the schema, as PostgreSQL renders it."""
    definitions = {}
    with connection.cursor() as cursor:
        for kind, query in (("function", FUNCTIONS), ("trigger", TRIGGERS), ("configuration", CONFIGURATIONS)):
            cursor.execute(query)
            definitions.update((f"{kind} {name}", text) for name, text in cursor.fetchall())
    return definitions


def _run_files() -> None:
    with connection.cursor() as cursor:
        for name in FILES:
            cursor.execute(sql_file(name))


@contextmanager
def _rolled_back() -> Iterator[None]:
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def _drop_everything() -> None:
    """Drop what the files define, so that only the files recreate it (their triggers go with their functions)."""
    with connection.cursor() as cursor:
        for key in _definitions():
            kind, name = key.split(" ", 1)
            if kind == "function":
                cursor.execute(f"DROP FUNCTION IF EXISTS {name} CASCADE")
            elif kind == "configuration":
                cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name} CASCADE")
        cursor.execute(TRIGGERS)
        assert cursor.fetchall() == [], "a trigger calls a function that is not the schema's own"


def _differences(migrated: dict[str, str], from_files: dict[str, str]) -> str:
    lines = [f"{key}: in the database, in no file of search/sql/" for key in sorted(migrated.keys() - from_files)]
    lines += [f"{key}: in search/sql/, not in the database" for key in sorted(from_files.keys() - migrated)]
    for key in sorted(migrated.keys() & from_files.keys()):
        if migrated[key] != from_files[key]:
            diff = difflib.unified_diff(
                migrated[key].splitlines(),
                from_files[key].splitlines(),
                "migrated database",
                "search/sql/",
                lineterm="",
            )
            lines += [f"{key} differs:", *diff]
    return "\n".join(lines)


def test_every_file_is_listed_and_says_what_it_is_for():
    assert sorted(FILES) == sorted(path.stem for path in SQL_DIR.glob("*.sql"))
    for name in FILES:
        assert sql_file(name).startswith("-- "), f"search/sql/{name}.sql starts with a comment saying what it is for"


def test_the_last_migration_reading_each_file_was_written_for_its_current_text():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    plan = {}  # every migration, each after its dependencies
    for leaf in loader.graph.leaf_nodes():
        plan.update(dict.fromkeys(loader.graph.forwards_plan(leaf)))
    last_reader = {}
    for node in plan:
        for operation in loader.graph.nodes[node].operations:
            if isinstance(operation, RunSqlFile):
                last_reader[operation.name] = (node, operation.digest)
    missing = [f"RunSqlFile({name!r}, {sql_digest(name)!r})" for name in FILES if name not in last_reader]
    assert not missing, f"no migration runs these files: {', '.join(missing)}"
    stale = [name for name in FILES if last_reader[name][1] != sql_digest(name)]
    assert not stale, "\n".join(
        [f"search/sql/{name}.sql changed since {'.'.join(last_reader[name][0])} read it" for name in stale]
        + ["add a migration with " + ", ".join(f"RunSqlFile({name!r}, {sql_digest(name)!r})" for name in stale)]
    )


def test_migrated_database_has_exactly_the_definitions_of_the_files():
    migrated = _definitions()
    assert any(key.startswith("trigger ") for key in migrated) and "function initiative_match_ids(tsquery)" in migrated
    with _rolled_back():
        _drop_everything()
        _run_files()
        from_files = _definitions()
    assert migrated == from_files, "\n" + _differences(migrated, from_files)
    assert _definitions() == migrated


def test_running_the_files_again_changes_nothing():
    migrated = _definitions()
    with _rolled_back():
        _run_files()
        _run_files()
        again = _definitions()
    assert again == migrated, "\n" + _differences(migrated, again)
