"""Maps of France drawn as server-rendered SVG: one shape per région or département, filled by a count, or one
point per intercommunalité, sized by its count.

The shapes come from @svg-maps (CC BY 4.0, see initiatives/data/maps/SOURCE.md); overseas territories, absent from
those shapes, are drawn as labelled insets by the templates. No script, readable without JavaScript, with the data
table beside the map. The search's map and Observatoire (search/opendata/visuals.py) count initiatives per
territory; an initiative's page counts its sites per département.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from initiatives.text import collation_key

MAPS_DIR = Path(__file__).resolve().parent / "data" / "maps"
REGION_CODES = {"ara": "84", "bfc": "27", "bre": "53", "cvl": "24", "cor": "94", "ges": "44", "hdf": "32",
                "idf": "11", "nor": "28", "naq": "75", "occ": "76", "pdl": "52", "pac": "93"}
OVERSEAS = {"region": ["01", "02", "03", "04", "06"], "departement": ["971", "972", "973", "974", "976"]}
# Five classes of blue (DSFR "bleu France" tints), then grey for zero.
PALETTE = ["#e3e3fd", "#cacafb", "#8585f6", "#6a6af4", "#000091"]
EMPTY = "#f6f6f6"


@cache
def shapes(level: str) -> dict:
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
        return sorted(self.areas + self.insets, key=lambda area: (-area.count, collation_key(area.name)))


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


def choropleth_map(level: str, counts: dict[str, int], names: dict[str, str],
                   url_for: Callable[[str], str]) -> ChoroplethMap:
    """The map of ``level`` ("region" or "departement") filled by ``counts`` (code -> count), each area linking to
    ``url_for(code)``."""
    bounds = _classes(max(counts.values(), default=0))

    def area(code: str, path: str = "", inset=None) -> Area:
        count = counts.get(code, 0)
        return Area(code, names.get(code, code), count, _fill(count, bounds), url_for(code), path, inset)

    areas = [
        area(REGION_CODES.get(location["id"], location["id"]) if level == "region" else location["id"],
             location["path"])
        for location in shapes(level)["locations"]
    ]
    insets = [area(code, inset=(10 + index * 62, 10)) for index, code in enumerate(OVERSEAS[level])]
    legend = [(EMPTY, "0")]
    lower = 1
    for index, bound in enumerate(bounds):
        legend.append((PALETTE[index + 5 - len(bounds)], f"{lower}–{bound}" if bound > lower else str(bound)))
        lower = bound + 1
    return ChoroplethMap(level, shapes(level)["viewBox"], areas, insets, legend)


# --- Proportional points (intercommunalités) ------------------------------------------------------------------------
# No contour ships for the intercommunalités: each is a point, its area proportional to its count, over the
# départements' shapes. Those shapes are in Web Mercator; these constants place a position on them:
# x = X_SCALE × longitude + X_OFFSET, y = Y_OFFSET − Y_SCALE × mercator(latitude), in degrees. They were fitted
# (least squares) to the centroids of the départements' shapes against the mean position of their communes; 99 % of
# the communes then fall inside their own département (tests/initiatives/test_maps.py checks it).
X_SCALE, X_OFFSET = 41.6962, 214.8474
Y_SCALE, Y_OFFSET = 41.3423, 2465.7398
RADIUS_MAX = 14.0  # of the largest count, in units of the 613 × 585 view box
RADIUS_MIN = 1.5  # every point stays visible and clickable


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """A position in the view box of the départements' shapes (metropolitan France; elsewhere falls outside it)."""
    mercator = math.degrees(math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)))
    return round(X_SCALE * longitude + X_OFFSET, 1), round(Y_OFFSET - Y_SCALE * mercator, 1)


@dataclass
class Point:
    code: str
    name: str
    count: int
    url: str
    x: float | None = None  # None: not drawn (overseas, or no known position); listed in the table
    y: float | None = None
    radius: float = 0.0


@dataclass
class PointMap:
    level: str
    view_box: str
    background: list[str]  # the départements' paths, drawn under the points
    points: list[Point]  # drawn, the largest first so that the smaller ones stay on top
    others: list[Point]  # counted but not drawn
    legend: list[tuple[float, float, float, int]]  # radius, width of its box (diameter and stroke), centre, count

    @property
    def table(self) -> list[Point]:
        return sorted(self.points + self.others, key=lambda point: (-point.count, collation_key(point.name)))

    @property
    def width(self) -> str:
        return self.view_box.split()[2]

    @property
    def height(self) -> str:
        return self.view_box.split()[3]


def _radius(count: int, maximum: int) -> float:
    return round(max(RADIUS_MIN, RADIUS_MAX * math.sqrt(count / maximum)), 1)


def proportional_map(level: str, counts: dict[str, int], names: dict[str, str],
                     positions: dict[str, tuple[float, float]], url_for: Callable[[str], str]) -> PointMap:
    """The map of ``level`` as one point per territory with a count (code -> count), at ``positions`` (code ->
    latitude, longitude), its area proportional to the count, linking to ``url_for(code)``."""
    maximum = max(counts.values(), default=0)
    width, height = (float(part) for part in shapes("departement")["viewBox"].split()[2:])
    drawn, others = [], []
    for code, count in counts.items():
        if count <= 0:
            continue
        point = Point(code, names.get(code, code), count, url_for(code))
        if code in positions:
            x, y = project(*positions[code])
            if 0 <= x <= width and 0 <= y <= height:
                point.x, point.y, point.radius = x, y, _radius(count, maximum)
        (drawn if point.x is not None else others).append(point)
    drawn.sort(key=lambda point: (-point.count, point.code))
    radii = [(_radius(count, maximum), count) for count in sorted({maximum, max(1, maximum // 4), 1}, reverse=True)]
    legend = [(radius, round(radius * 2 + 2, 1), round(radius + 1, 1), count) for radius, count in radii] if maximum else []
    background = [location["path"] for location in shapes("departement")["locations"]]
    return PointMap(level, shapes("departement")["viewBox"], background, drawn, others, legend)
