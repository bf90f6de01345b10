"""Data of the map and of the Observatoire: counts for the current search, shaped for server-rendered SVG.

The maps are drawn by initiatives/maps.py (shapes from @svg-maps, CC BY 4.0); overseas territories, absent from
those shapes, are drawn as labelled insets (by région or département) or listed in the table (intercommunalités). Charts are horizontal bar charts rendered as SVG by templates:
no script, readable without JavaScript, with their data table beside them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from initiatives.maps import ChoroplethMap, PointMap, choropleth_map, proportional_map
from initiatives.models import Departement, Distinction, Region
from initiatives.selectors import epci_position_list
from search.params import SearchParams
from search.query import FacetValue, compute_facets, matching


def filter_url(params: SearchParams, name: str, value: str, *, path: str = "/recherche/") -> str:
    """The search URL with these filters plus one value of ``name`` (replacing that facet's selection)."""
    pairs: list[tuple[str, str]] = [("q", params.q)] if params.q else []
    for facet, values in params.filters().items():
        if facet != name:
            pairs += [(facet, str(v)) for v in values]
    pairs.append((name, value))
    return f"{path}?{urlencode(pairs)}"


MAP_LEVELS = ("region", "departement", "epci")
POSITIONS_CACHE_SECONDS = 3600  # the COG changes once a year


def epci_positions() -> dict[str, tuple[float, float]]:
    """Every EPCI's position (see epci_position_list), cached: the map and its API ask on every request."""
    positions = cache.get("search:epci-positions:1")
    if positions is None:
        positions = epci_position_list()
        cache.set("search:epci-positions:1", positions, POSITIONS_CACHE_SECONDS)
    return positions


def map_counts(params: SearchParams, *, level: str) -> list[FacetValue]:
    """The map's territories with their counts: the search's facet values for ``level`` (the filter on that level is
    ignored, so that every territory keeps its count and clicking one narrows the search), all of them. The
    intercommunalités level holds the EPCI à fiscalité propre, each commune in one: the Grand Paris territoires,
    inside the Métropole, are in the facet only."""
    values = compute_facets(params, complete=True).get(level, [])
    if level == "epci":
        positions = epci_positions()
        values = [value for value in values if value.value in positions]
    return values


def choropleth(params: SearchParams, *, level: str) -> ChoroplethMap | PointMap:
    """Initiatives matching the search, counted in every territory where they have a site: shapes filled by région
    or département; points sized by intercommunalité, placed by :func:`initiatives.selectors.epci_position_list`."""
    values = map_counts(params, level=level)
    counts = {value.value: value.count for value in values}
    if level == "epci":
        names = {value.value: value.label for value in values}
        return proportional_map(level, counts, names, epci_positions(), lambda code: filter_url(params, level, code))
    model = Region if level == "region" else Departement
    names = dict(model.objects.values_list("code", "name"))
    return choropleth_map(level, counts, names, lambda code: filter_url(params, level, code))


# --- Observatoire ----------------------------------------------------------------------------------
@dataclass
class Bar:
    label: str
    value: int
    url: str = ""
    y: int = 0
    width: float = 0.0
    lines: list[str] = field(default_factory=list)  # the label, wrapped (never cut) to fit the label column
    row: int = 0  # this bar's row height: taller when its label takes several lines
    bar_y: int = 0  # the bar and the label's first baseline, within the row
    text_y: int = 0


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
    LINE = 14  # line height of a label, for a 12-unit font
    LABEL_CHARACTERS = 30  # what fits in label_width at that size

    def layout(self) -> Chart:
        """Place the bars; a label longer than the column wraps onto more lines (it was cut at 34 characters)."""
        maximum = max((bar.value for bar in self.bars), default=0) or 1
        y = 0
        for bar in self.bars:
            bar.lines = textwrap.wrap(bar.label, self.LABEL_CHARACTERS, break_long_words=True) or [bar.label]
            bar.row = max(self.BAR, self.LINE * len(bar.lines) + 8)
            bar.bar_y = (bar.row - self.BAR) // 2
            bar.text_y = bar.row // 2 - (len(bar.lines) - 1) * self.LINE // 2 + 4
            bar.y = y
            bar.width = round(self.plot_width * bar.value / maximum, 1)
            y += bar.row + self.GAP
        self.height = max(y, self.BAR + self.GAP)
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
