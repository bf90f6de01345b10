"""Fixtures shared by the search tests: the whole COG indexed once per module (places, territories)."""

from __future__ import annotations

import pytest

from search.normalize.places import PlaceIndex
from search.normalize.territory import TerritoryResolver


@pytest.fixture(scope="module")
def index(django_db_setup, django_db_blocker) -> PlaceIndex:
    with django_db_blocker.unblock():
        return PlaceIndex()


@pytest.fixture(scope="module")
def resolver(index) -> TerritoryResolver:
    return TerritoryResolver(index=index)  # one COG load for the module
