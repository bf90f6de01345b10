"""The database is PostgreSQL with the extensions and text-search configuration that search needs."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_engine_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000


def test_extensions_are_installed():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        names = {row[0] for row in cursor.fetchall()}
    assert {"unaccent", "pg_trgm"} <= names


def test_french_unaccent_configuration_stems_and_strips_accents():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('french_unaccent', 'Épiceries solidaires')::text")
        vector = cursor.fetchone()[0]
        cursor.execute(
            "SELECT to_tsvector('french_unaccent', 'Épiceries solidaires') @@ plainto_tsquery('french_unaccent', 'epicerie solidaire')"
        )
        matches = cursor.fetchone()[0]
    assert "epicer" in vector and "é" not in vector
    assert matches is True


def test_immutable_unaccent_and_trigram_similarity():
    with connection.cursor() as cursor:
        cursor.execute("SELECT immutable_unaccent('Saint-Étienne'), similarity('mobilite rurale', 'mobilité rurales')")
        unaccented, score = cursor.fetchone()
    assert unaccented == "Saint-Etienne"
    assert score > 0.3


def test_database_config_rejects_other_engines():
    from carrefour.db import database_config

    with pytest.raises(ValueError, match="PostgreSQL"):
        database_config("sqlite:///tmp/db.sqlite3")


def test_database_config_unquotes_socket_folder():
    from carrefour.db import database_config

    config = database_config("postgres://postgres@%2Ftmp%2Fpg/carrefour")
    assert config["HOST"] == "/tmp/pg"
    assert config["NAME"] == "carrefour"
