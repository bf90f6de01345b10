"""Shared pieces of the demo platforms: what a platform serves, and the HTML quirks several of them have."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime

from carrefour.demo.fixture_server import Route
from carrefour.demo.placement import Listing
from carrefour.demo.world import THEME_TAXONOMY, Initiative

Handler = Callable[[dict[str, list[str]]], Route]


@dataclass
class PublishedItem:
    """One item as a platform publishes it, tied to the world initiative it describes (the dedup truth)."""

    key: str  # the platform's own id for the item (guid, record id, row number or page URL), '{base}'-relative
    url: str  # the item's page, or the payload it appears in
    world_id: str
    title: str


@dataclass
class Site:
    """Everything one platform serves: static routes, dynamic handlers, and the items they publish."""

    routes: dict[str, Route] = field(default_factory=dict)
    handlers: dict[str, Handler] = field(default_factory=dict)
    items: list[PublishedItem] = field(default_factory=list)


@dataclass(frozen=True)
class Platform:
    slug: str
    name: str
    format: str  # the configuration format a connector reads it with
    dialect: str  # what it really is (WordPress RSS, OpenDataSoft v2.1, …)
    entry: str  # path of the first page to harvest
    page_size: int | None
    tags: dict[str, str]  # world theme -> the platform's own label
    quirks: str
    build: Callable[[Platform, Sequence[Listing], str], Site]

    @property
    def prefix(self) -> str:
        return f"/{self.slug}/"

    def labels(self, initiative: Initiative) -> list[str]:
        seen: list[str] = []
        for theme in initiative.themes:
            label = self.tags.get(theme)
            if label and label not in seen:
                seen.append(label)
        return seen

    def crosswalk(self) -> dict[str, list[str]]:
        """The platform's labels mapped onto Carrefour's taxonomy codes (a suggestion for the source's crosswalk)."""
        result: dict[str, set[str]] = {}
        for theme, label in self.tags.items():
            result.setdefault(label, set()).update(THEME_TAXONOMY[theme])
        return {label: sorted(codes) for label, codes in sorted(result.items())}


# --- formats ------------------------------------------------------------------------------------
def json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def json_route(data: object, *, status: int = 200, headers: dict[str, str] | None = None) -> Route:
    return Route(
        body=json_bytes(data), status=status, headers=headers or {}, content_type="application/json; charset=utf-8"
    )


def html_route(text: str, *, status: int = 200) -> Route:
    return Route(body=text.encode("utf-8"), status=status, content_type="text/html; charset=utf-8")


def query_int(query: dict[str, list[str]], name: str, default: int) -> int | None:
    """An integer query parameter; None when it is present but not an integer."""
    values = query.get(name)
    if not values:
        return default
    try:
        return int(values[0])
    except ValueError:
        return None


def esc(text: str | None) -> str:
    """Escape for HTML/XML text and double-quoted attributes; apostrophes stay as typed (like most CMSs)."""
    return html.escape(text or "", quote=False).replace('"', "&quot;")


PARIS = timezone(timedelta(hours=1))


def moment(day: date, seed: str) -> datetime:
    """A plausible publication time on ``day`` (deterministic)."""
    rng = random.Random(seed)
    return datetime(
        day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59), tzinfo=PARIS
    )


def rfc822(day: date, seed: str) -> str:
    return format_datetime(moment(day, seed).astimezone(UTC)).replace("-0000", "+0000")


def hostile_html(paragraphs: Sequence[str], initiative: Initiative, rng: random.Random, base: str) -> str:
    """Description HTML as some CMSs publish it: tracking scripts, inline handlers, a javascript: link.

    Connectors keep it as is; the normaliser must sanitise it before anything is displayed.
    """
    parts = [f"<p>{esc(p)}</p>" for p in paragraphs]
    if rng.random() < 0.5:
        parts.insert(
            1,
            f'<p><img src="{base}/static/photos/{initiative.world_id.lower()}.jpg" alt="Photo du projet" '
            f"onerror=\"this.src='/static/defaut.png';trackError('{initiative.world_id}')\"></p>",
        )
    parts.append(
        "<script>window.dataLayer = window.dataLayer || []; "
        f"dataLayer.push({{'event': 'fiche_vue', 'fiche': '{initiative.world_id}'}});</script>"
    )
    if initiative.website:
        parts.append(
            f'<p><a href="{esc(initiative.website)}" onclick="return trackOutbound(this.href);" '
            'target="_blank">Visiter le site du projet</a></p>'
        )
    parts.append(
        '<p class="partage"><a href="javascript:void(window.open(\'https://partage.example.net/?u=\' '
        '+ encodeURIComponent(location.href)))">Partager cette initiative</a></p>'
    )
    return "\n".join(parts)


STATUS_LABELS = {"active": "En cours", "planned": "En projet", "paused": "En pause", "ended": "Terminé"}
