"""Installs the demo partner platforms (carrefour/demo/sources.yaml) as Sources, with their tag crosswalks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.db import transaction

from initiatives.models import Source, Theme, ThemeCrosswalk
from initiatives.text import text_key
from search.harvest.sources import sources_import

SOURCES_FILE = Path(__file__).resolve().parent / "sources.yaml"
DEFAULT_PORT = 8765
SCHEDULES = {"hourly", "daily", "weekly", "manual"}


def _with_base(value: Any, base: str) -> Any:
    if isinstance(value, str):
        return value.replace("{base}", base)
    if isinstance(value, list):
        return [_with_base(item, base) for item in value]
    if isinstance(value, dict):
        return {key: _with_base(item, base) for key, item in value.items()}
    return value


def demo_entries(base_url: str) -> list[dict[str, Any]]:
    """The demo sources as `sources import` entries, their URLs pointing at ``base_url``."""
    document = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    entries = []
    for raw in document["sources"]:
        entry = _with_base(raw, base_url.rstrip("/"))
        configuration = entry.get("configuration") or {}
        schedule = entry.pop("refresh", entry.get("schedule", "daily"))
        entry["schedule"] = schedule if schedule in SCHEDULES else "daily"
        entry["format"] = configuration.get("format", entry.get("format"))
        entries.append(entry)
    return entries


@transaction.atomic
def demo_sources_install(base_url: str = f"http://127.0.0.1:{DEFAULT_PORT}") -> list[Source]:
    """Create or update the demo sources and their crosswalks (idempotent)."""
    entries = demo_entries(base_url)
    sources_import(entries=[{key: value for key, value in entry.items() if key != "crosswalk"} for entry in entries])
    themes = {theme.code: theme for theme in Theme.objects.all()}
    for entry in entries:
        source = Source.objects.get(slug=entry["slug"])
        for tag, codes in (entry.get("crosswalk") or {}).items():
            crosswalk, _ = ThemeCrosswalk.objects.get_or_create(
                source=source, tag_key=text_key(tag), defaults={"tag": tag}
            )
            crosswalk.themes.set([themes[code] for code in codes if code in themes])
    return list(Source.objects.filter(slug__in=[entry["slug"] for entry in entries]))
