"""Fault drills at the request level: the database connection drops in the middle of the traffic."""

from __future__ import annotations

import psycopg
import pytest
from django.db import connection

from tests.factories import make_initiative

pytestmark = pytest.mark.django_db(transaction=True)


def _terminate_our_backend() -> None:
    """Kill this process's PostgreSQL session from another connection, as a failover or a restart would."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_dropped_database_connection_gives_a_503_then_recovers(client, monkeypatch):
    import search.views

    make_initiative(title="Garage solidaire de Brest")
    assert client.get("/recherche/", {"q": "garage"}).status_code == 200
    original = search.views.initiative_search

    def search_after_the_database_went_away(*args, **kwargs):
        # In the middle of the request (after Django's connection health check): the server drops us.
        _terminate_our_backend()
        return original(*args, **kwargs)

    monkeypatch.setattr(search.views, "initiative_search", search_after_the_database_went_away)
    response = client.get("/recherche/", {"q": "garage"})
    monkeypatch.setattr(search.views, "initiative_search", original)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Service momentanément indisponible" in response.content.decode()

    again = client.get("/recherche/", {"q": "garage"})  # the next request reconnects
    assert again.status_code == 200 and "Garage solidaire de Brest" in again.content.decode()
