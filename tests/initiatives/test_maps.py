"""The SVG maps: positions projected onto the départements' shapes, and the proportional points of a map level."""

from __future__ import annotations

import re

import pytest

from initiatives.maps import RADIUS_MAX, RADIUS_MIN, project, proportional_map, shapes
from initiatives.models import Commune
from initiatives.selectors import epci_position_list

PAIR = re.compile(r"[mz]|[-\d.e]+,[-\d.e]+")


def rings(path: str) -> list[list[tuple[float, float]]]:
    """The polygons of an @svg-maps path (relative ``m`` with implicit line-tos, ``z``: nothing else is used)."""
    found, ring, start, x, y, new = [], None, (0.0, 0.0), 0.0, 0.0, False
    for token in PAIR.findall(path):
        if token == "m":
            new = True
        elif token == "z":
            found.append(ring)
            ring, (x, y) = None, start
        else:
            dx, dy = map(float, token.split(","))
            x, y = x + dx, y + dy
            if new:
                start, ring, new = (x, y), [], False
            ring.append((x, y))
    return found + ([ring] if ring else [])


def inside(point: tuple[float, float], polygons) -> bool:
    x, y, crossings = *point, 0
    for ring in polygons:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                crossings += 1
    return crossings % 2 == 1


@pytest.mark.django_db
def test_communes_fall_inside_their_own_departement_on_the_map():
    polygons = {location["id"]: rings(location["path"]) for location in shapes("departement")["locations"]}
    communes = Commune.objects.filter(kind=Commune.Kind.COMMUNE, departement_id__in=polygons, latitude__isnull=False
                                      ).values_list("departement_id", "latitude", "longitude")
    hits = [inside(project(latitude, longitude), polygons[code]) for code, latitude, longitude in communes]
    assert len(hits) > 30_000
    assert sum(hits) / len(hits) > 0.98  # the rest lie along a border, within the shapes' simplification


@pytest.mark.django_db
def test_an_epci_sits_where_its_people_live():
    positions = epci_position_list()
    assert len(positions) > 1_200 and "200057875" not in positions  # Est Ensemble, a territoire: the Métropole's
    latitude, longitude = positions["200046977"]  # Métropole de Lyon: near Lyon, not the centre of its area
    assert abs(latitude - 45.76) < 0.05 and abs(longitude - 4.84) < 0.05


def test_points_have_areas_proportional_to_counts_and_overseas_goes_to_the_table():
    counts = {"a": 100, "b": 25, "c": 1, "d": 7, "e": 0}
    positions = {"a": (48.85, 2.35), "b": (43.6, 1.44), "c": (47.2, -1.55), "d": (-20.9, 55.45), "e": (45.0, 5.0)}
    drawn = proportional_map("epci", counts, {"a": "A"}, positions, lambda code: f"/recherche/?epci={code}")
    points = {point.code: point for point in drawn.points}
    assert list(points) == ["a", "b", "c"]  # largest first, so that the small ones are drawn on top
    assert points["a"].radius == RADIUS_MAX and points["b"].radius == RADIUS_MAX / 2
    assert points["c"].radius == RADIUS_MIN and points["a"].url == "/recherche/?epci=a" and points["a"].name == "A"
    assert [point.code for point in drawn.others] == ["d"]  # La Réunion: outside the metropolitan view box
    assert [point.code for point in drawn.table] == ["a", "b", "d", "c"]
    assert [count for _radius, _box, _centre, count in drawn.legend] == [100, 25, 1]
    assert len(drawn.background) == 96
