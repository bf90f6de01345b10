"""Installs the demo partner platforms (carrefour/demo/sources.yaml) as Sources, with their tag crosswalks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.db import transaction

from initiatives.models import Source
from search.harvest.connectors.recipes import placeholder_fill
from search.harvest.sources import sources_import

SOURCES_FILE = Path(__file__).resolve().parent / "sources.yaml"
DEFAULT_PORT = 8765


def demo_entries(base_url: str) -> list[dict[str, Any]]:
    """The demo sources as `sources import` entries, their URLs pointing at ``base_url``."""
    document = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    return [placeholder_fill(entry, "{base}", base_url.rstrip("/")) for entry in document["sources"]]


@transaction.atomic
def demo_sources_install(base_url: str = f"http://127.0.0.1:{DEFAULT_PORT}") -> list[Source]:
    """Create or update the demo sources and their crosswalks (idempotent): an import of the demo's source file."""
    entries = demo_entries(base_url)
    sources_import(entries=entries)
    return list(Source.objects.filter(slug__in=[entry["slug"] for entry in entries]))
