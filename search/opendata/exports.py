"""Open-data exports of any search: CSV, JSON, GeoJSON and JSON-LD, streamed with constant memory.

Rows are read with a server-side cursor in chunks (``QuerySet.iterator``) and written as they come, so a
100,000-initiative export never holds more than one chunk in memory. Themes and sources are aggregated by
PostgreSQL (one array per row) instead of being prefetched.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from itertools import islice
from typing import Any

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import F

from initiatives.jsonld import project_node
from initiatives.models import Initiative, Site
from search.params import SearchParams
from search.query import matching

CHUNK = 2000
FORMATS = ("csv", "json", "geojson", "jsonld")
CSV_COLUMNS = [
    "id", "titre", "url", "resume", "porteur", "type_porteur", "commune", "code_commune", "departement",
    "region", "code_postal", "latitude", "longitude", "annee_debut", "etat", "themes", "sources", "site_web",
    "mise_a_jour", "position", "implantations",
]


def export_queryset(params: SearchParams):
    """The rows of an export: every initiative matching the search, oldest id first (a stable order)."""
    ids = matching(params).values("pk")
    return (
        Initiative.objects.filter(pk__in=ids)
        .order_by("pk")
        .annotate(
            porteur_name=F("porteur__name"), porteur_kind=F("porteur__kind"), commune_name=F("commune__name"),
            departement_name=F("departement__name"), region_name=F("region__name"),
            theme_names=ArrayAgg("themes__name", distinct=True, default=[]),
            source_names=ArrayAgg("records__source__name", distinct=True, default=[]),
        )
        .values(
            "pk", "title", "slug", "summary", "website", "start_year", "status", "postcode", "commune_id",
            "departement_id", "last_updated", "porteur_name", "porteur_kind", "commune_name", "departement_name",
            "region_name", "latitude", "longitude", "theme_names", "source_names",
        )
    )


def _sites_of(ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each initiative's sites (initiatives.Site), the main one first."""
    sites: dict[int, list[dict[str, Any]]] = {}
    rows = (Site.objects.filter(initiative_id__in=ids).order_by("initiative_id", "-main", "pk")
            .values("initiative_id", "main", "commune_id", "commune__name", "departement__name", "latitude",
                    "longitude", "position"))
    for row in rows:
        sites.setdefault(row["initiative_id"], []).append(row)
    return sites


def iter_rows(params: SearchParams, *, base_url: str) -> Iterator[dict[str, Any]]:
    """One row per initiative; ``_sites`` (left out of every format but GeoJSON's points) lists its sites."""
    rows = export_queryset(params).iterator(chunk_size=CHUNK)
    while chunk := list(islice(rows, CHUNK)):
        sites = _sites_of([row["pk"] for row in chunk])
        for row in chunk:
            yield _row(row, sites.get(row["pk"], []), base_url)


def _position(row: dict[str, Any], sites: list[dict[str, Any]]) -> tuple[float | None, float | None, str]:
    """The initiative's point: its main site's (the source's coordinates, or its commune's centre: the rule is
    initiatives/sites.py's), else coordinates without a place (abroad, say)."""
    main = next((site for site in sites if site["main"] and site["latitude"] is not None), None)
    if main is not None:
        return main["latitude"], main["longitude"], main["position"]
    if row["latitude"] is not None and row["longitude"] is not None:
        return row["latitude"], row["longitude"], "adresse"
    return None, None, ""


def _row(row: dict[str, Any], sites: list[dict[str, Any]], base_url: str) -> dict[str, Any]:
    latitude, longitude, position = _position(row, sites)
    return {
        "id": row["pk"],
        "titre": row["title"],
        "url": f"{base_url}/initiatives/{row['slug']}/",
        "resume": row["summary"],
        "porteur": row["porteur_name"] or "",
        "type_porteur": row["porteur_kind"] or "",
        "commune": row["commune_name"] or "",
        "code_commune": row["commune_id"] or "",
        "departement": row["departement_name"] or "",
        "region": row["region_name"] or "",
        "code_postal": row["postcode"],
        "latitude": latitude,
        "longitude": longitude,
        "annee_debut": row["start_year"],
        "etat": row["status"],
        "themes": [name for name in row["theme_names"] if name],
        "sources": [name for name in row["source_names"] if name],
        "site_web": row["website"],
        "mise_a_jour": row["last_updated"].isoformat() if row["last_updated"] else None,
        # Where the point comes from: the record's own coordinates, or the centre of its commune.
        "position": position,
        # Every commune where it has a site ("présente dans 25 communes"), the main one first.
        "implantations": [f"{site['commune__name']} ({site['commune_id']})" for site in sites
                          if site["commune_id"]],
        "_sites": sites,
    }


def stream_csv(rows: Iterator[dict[str, Any]], *, delimiter: str = ",") -> Iterator[str]:
    """UTF-8 CSV with a BOM, so spreadsheet software reads accents right; lists joined with " | "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + _drain(buffer)
    for n, row in enumerate(rows, start=1):
        writer.writerow([" | ".join(row[c]) if isinstance(row[c], list) else ("" if row[c] is None else row[c])
                         for c in CSV_COLUMNS])
        if n % 500 == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    value = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate(0)
    return value


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if not key.startswith("_")}


def stream_json(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + json.dumps(_public(row), ensure_ascii=False)
    yield "]\n"


def _points(row: dict[str, Any]) -> list[tuple[int | str, float, float, dict[str, Any]]]:
    """Where to draw an initiative: one point per site that has a position (its address, else its commune's
    centre), as (feature id, latitude, longitude, what differs from the initiative's row); without sites, the
    initiative's own position."""
    sites = [site for site in row["_sites"] if site["latitude"] is not None and site["longitude"] is not None]
    if not sites:
        if row["latitude"] is None or row["longitude"] is None:
            return []
        return [(row["id"], row["latitude"], row["longitude"], {})]
    return [
        (row["id"] if number == 0 else f"{row['id']}-{number + 1}", site["latitude"], site["longitude"], {
            "commune": site["commune__name"] or "", "code_commune": site["commune_id"] or "",
            "departement": site["departement__name"] or "", "position": site["position"],
            "implantation": number + 1, "implantation_principale": number == 0,
        })
        for number, site in enumerate(sites)
    ]


def stream_geojson(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """RFC 7946 FeatureCollection: longitude first, WGS 84. One point per site of an initiative (``position``:
    ``adresse`` when the source gave it, ``commune`` for the commune's centre); initiatives without any position
    are left out."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for row in rows:
        base = {key: value for key, value in _public(row).items() if key not in ("latitude", "longitude")}
        for feature_id, latitude, longitude, site in _points(row):
            feature = {
                "type": "Feature",
                "id": feature_id,
                "geometry": {"type": "Point", "coordinates": [round(longitude, 6), round(latitude, 6)]},
                "properties": {**base, **site},
            }
            yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
            first = False
    yield "]}\n"


def stream_jsonld(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    """schema.org Project nodes in one @graph (the same builder as the initiative page's)."""
    yield '{"@context":"https://schema.org","@graph":['
    for n, row in enumerate(rows):
        node = project_node(
            url=row["url"], name=row["titre"], description=row["resume"], porteur=row["porteur"],
            postcode=row["code_postal"], locality=row["commune"], region=row["region"],
            latitude=row["latitude"], longitude=row["longitude"], keywords=row["themes"],
            founding=str(row["annee_debut"]) if row["annee_debut"] else None,
            same_as=[row["site_web"]] if row["site_web"] else (),
        )
        yield ("," if n else "") + json.dumps(node, ensure_ascii=False)
    yield "]}\n"


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
    "jsonld": "application/ld+json",
}


def export_stream(fmt: str, params: SearchParams, *, base_url: str, delimiter: str = ",") -> Iterator[str]:
    rows = iter_rows(params, base_url=base_url.rstrip("/"))
    if fmt == "csv":
        return stream_csv(rows, delimiter=delimiter)
    return {"json": stream_json, "geojson": stream_geojson, "jsonld": stream_jsonld}[fmt](rows)
