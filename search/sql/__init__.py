"""The current text of each SQL function, trigger and text search configuration the search relies on.

Migrations read these files when they run, through :class:`RunSqlFile`, so the definition in force is read here,
not pieced together from migrations. See README.md.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.db import migrations

SQL_DIR = Path(__file__).resolve().parent

# Every file, in an order that creates each object after those it needs (a SQL-language function's body is checked
# when it is created; a trigger needs its function).
FILES = (
    "french_unaccent",
    "immutable_unaccent",
    "initiative_search_document",
    "initiative_search_refresh",
    "initiative_search_before_write",
    "initiative_themes_inserted",
    "initiative_themes_deleted",
    "porteur_renamed",
    "theme_renamed",
    "search_facetlog_initiative",
    "search_facetlog_initiative_themes",
    "search_facetlog_sourcerecord",
    "search_facetlog_distinction",
    "search_facetlog_porteur",
    "search_facetlog_rebuild",
    "search_facetlog_row",
    "initiative_match_ids",
    "search_facetlog_site",
    "search_lexicon_changed",
)


def sql_file(name: str) -> str:
    """The text of ``search/sql/<name>.sql``, to run as it is (no parameters: ``%`` stays as written)."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def sql_digest(name: str) -> str | None:
    """A short fingerprint of what the file runs (its leading comment aside), or None when the file is gone."""
    try:
        lines = sql_file(name).splitlines(keepends=True)
    except FileNotFoundError:
        return None
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return hashlib.sha256("".join(lines).encode()).hexdigest()[:16]


class RunSqlFile(migrations.RunSQL):
    """Run ``search/sql/<name>.sql`` as it is when the migration runs, if it is still the text the migration was
    written for (``digest``, from :func:`sql_digest`).

    A file changed since then is left to the later migration that reads it with the new digest
    (tests/search/test_sql_definitions.py checks that the last migration reading each file has its current digest):
    a fresh database goes through the same definitions as an old one, and a new body never runs before the schema
    it needs exists. Going backwards leaves the definitions in place.
    """

    def __init__(self, name: str, digest: str):
        self.name, self.digest = name, digest
        current = sql_digest(name) == digest
        super().__init__([sql_file(name)] if current else [], migrations.RunSQL.noop)

    def deconstruct(self):
        return self.__class__.__qualname__, [], {"name": self.name, "digest": self.digest}

    def describe(self) -> str:
        if self.sql:
            return f"Run search/sql/{self.name}.sql"
        return f"Skip search/sql/{self.name}.sql (changed since: a later migration runs it)"
