"""Data of the map and of the Observatoire: counts for the current search, shaped for server-rendered SVG.

The shapes come from @svg-maps (CC BY 4.0, see search/opendata/data/maps/SOURCE.md); overseas territories, absent from
those shapes, are drawn as labelled insets. Charts are horizontal bar charts rendered as SVG by templates:
no script, readable without JavaScript, with their data table beside them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from initiatives.models import Departement, Distinction, Region
from search.params import SearchParams
from search.query import compute_facets, matching

MAPS_DIR = Path(__file__).resolve().parent / "data" / "maps"
REGION_CODES = {"ara": "84", "bfc": "27", "bre": "53", "cvl": "24", "cor": "94", "ges": "44", "hdf": "32",
                "idf": "11", "nor": "28", "naq": "75", "occ": "76", "pdl": "52", "pac": "93"}
OVERSEAS = {"region": ["01", "02", "03", "04", "06"], "departement": ["971", "972", "973", "974", "976"]}
# Five classes of blue (DSFR "bleu France" tints), then grey for zero.
PALETTE = ["#e3e3fd", "#cacafb", "#8585f6", "#6a6af4", "#000091"]
EMPTY = "#f6f6f6"


@cache
def _shapes(level: str) -> dict:
    name = "regions.json" if level == "region" else "departements.json"
    return json.loads((MAPS_DIR / name).read_text(encoding="utf-8"))


@dataclass
class Area:
    code: str
    name: str
    count: int
    fill: str
    url: str
    path: str = ""
    inset: tuple[int, int] | None = None  # x, y of an overseas inset box


@dataclass
class ChoroplethMap:
    level: str
    view_box: str
    areas: list[Area]
    insets: list[Area]
    legend: list[tuple[str, str]]

    @property
    def table(self) -> list[Area]:
        return sorted(self.areas + self.insets, key=lambda area: (-area.count, area.name))


def _classes(maximum: int) -> list[int]:
    """Upper bounds of five classes from 1 to ``maximum`` (equal intervals, at least one per class)."""
    if maximum <= 0:
        return []
    return sorted({max(1, math.ceil(maximum * n / 5)) for n in range(1, 6)})


def _fill(count: int, bounds: list[int]) -> str:
    if count <= 0:
        return EMPTY
    for index, bound in enumerate(bounds):
        if count <= bound:
            return PALETTE[index + 5 - len(bounds)]
    return PALETTE[-1]


def filter_url(params: SearchParams, name: str, value: str, *, path: str = "/recherche/") -> str:
    """The search URL with these filters plus one value of ``name`` (replacing that facet's selection)."""
    pairs: list[tuple[str, str]] = [("q", params.q)] if params.q else []
    for facet, values in params.filters().items():
        if facet != name:
            pairs += [(facet, str(v)) for v in values]
    pairs.append((name, value))
    return f"{path}?{urlencode(pairs)}"


def choropleth(params: SearchParams, *, level: str) -> ChoroplethMap:
    counts = {value.value: value.count for value in compute_facets(params).get(level, [])}
    model = Region if level == "region" else Departement
    names = dict(model.objects.values_list("code", "name"))
    bounds = _classes(max(counts.values(), default=0))
    shapes = _shapes(level)

    def area(code: str, path: str = "", inset=None) -> Area:
        count = counts.get(code, 0)
        return Area(code, names.get(code, code), count, _fill(count, bounds), filter_url(params, level, code),
                    path, inset)

    areas = [
        area(REGION_CODES.get(location["id"], location["id"]) if level == "region" else location["id"],
             location["path"])
        for location in shapes["locations"]
    ]
    insets = [area(code, inset=(10 + index * 62, 10)) for index, code in enumerate(OVERSEAS[level])]
    legend = [(EMPTY, "0")]
    lower = 1
    for index, bound in enumerate(bounds):
        legend.append((PALETTE[index + 5 - len(bounds)], f"{lower}–{bound}" if bound > lower else str(bound)))
        lower = bound + 1
    return ChoroplethMap(level, shapes["viewBox"], areas, insets, legend)


# --- Observatoire ----------------------------------------------------------------------------------
@dataclass
class Bar:
    label: str
    value: int
    url: str = ""
    y: int = 0
    width: float = 0.0


@dataclass
class Chart:
    slug: str
    title: str
    unit: str
    bars: list[Bar] = field(default_factory=list)
    height: int = 0
    label_width: int = 220
    plot_width: int = 420
    BAR = 22
    GAP = 8

    def layout(self) -> Chart:
        maximum = max((bar.value for bar in self.bars), default=0) or 1
        for index, bar in enumerate(self.bars):
            bar.y = index * (self.BAR + self.GAP)
            bar.width = round(self.plot_width * bar.value / maximum, 1)
        self.height = max(1, len(self.bars)) * (self.BAR + self.GAP)
        return self

    @property
    def total_width(self) -> int:
        return self.label_width + self.plot_width + 70


CHARTS = {
    "themes": _("Initiatives par thème"),
    "sources": _("Initiatives par plateforme"),
    "regions": _("Initiatives par région"),
    "annees": _("Initiatives par année de lancement"),
    "laureats": _("Lauréats de prix par année"),
}


def observatory_charts(params: SearchParams) -> list[Chart]:
    facets = compute_facets(params)
    charts = []
    for slug, facet in (("themes", "theme"), ("sources", "source"), ("regions", "region")):
        values = facets.get(facet, [])
        bars = [Bar(value.label, value.count, filter_url(params, facet, value.value)) for value in values if value.count]
        charts.append(Chart(slug, str(CHARTS[slug]), str(_("initiatives")), sorted(bars, key=lambda b: -b.value)[:15]))
    years = sorted((value for value in facets.get("year", []) if value.count), key=lambda value: value.value)
    charts.append(Chart("annees", str(CHARTS["annees"]), str(_("initiatives")),
                        [Bar(value.label, value.count, filter_url(params, "year", value.value)) for value in years]))
    laureates = (
        Distinction.objects.filter(initiative__in=matching(params).values("pk"))
        .values("edition__year").annotate(count=Count("initiative", distinct=True)).order_by("edition__year")
    )
    charts.append(Chart("laureats", str(CHARTS["laureats"]), str(_("lauréats")),
                        [Bar(str(row["edition__year"]), row["count"]) for row in laureates]))
    return [chart.layout() for chart in charts]
