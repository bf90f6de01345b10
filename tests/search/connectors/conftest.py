"""Recorded source payloads for the connector tests (tests/fixtures/sources/<format>/<case>)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from search.harvest.connectors.base import Payload

SOURCES_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "sources"


def load_payload(name: str, url: str, content_type: str = "", **headers: str) -> Payload:
    """A Payload as the harvest service would hand it over, read from a recorded file."""
    all_headers = {key.replace("_", "-").lower(): value for key, value in headers.items()}
    if content_type:
        all_headers["content-type"] = content_type
    return Payload(url=url, content=(SOURCES_DIR / name).read_bytes(), headers=all_headers)


@pytest.fixture
def payload() -> Callable[..., Payload]:
    return load_payload
