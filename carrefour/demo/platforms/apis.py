"""JSON API platforms: an OpenDataSoft Explore v2.1 portal, a WordPress REST API, and a slow palmarès API."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from carrefour.demo.fixture_server import Route
from carrefour.demo.placement import Listing
from carrefour.demo.platforms.common import (
    STATUS_LABELS,
    Platform,
    PublishedItem,
    Site,
    esc,
    json_route,
    moment,
    query_int,
)
from carrefour.demo.world import PRIZE_ENSEMBLE, iso_start, slugify

ODS_DATASET = "innovations-rurales"
ODS_PORTEUR_KINDS = {
    "association": "Association loi 1901",
    "collectivité": "Collectivité territoriale",
    "entreprise": "Entreprise",
    "structure de l'ESS": "Structure de l'ESS",
    "service de l'État": "Service déconcentré de l'État",
    "établissement public": "Établissement public",
    "collectif citoyen": "Collectif d'habitants",
}


def fold(text: str) -> str:
    """Lower case without accents: how both platforms' searches compare words."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def build_observatoire_rural(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """OpenDataSoft Explore API v2.1: ``records?limit=&offset=`` -> ``{"total_count", "results"}``; limit <= 100.

    (long: one platform's whole site, its routes and payload templates, reads best in one place)
    """
    site = Site()
    path = f"/{platform.slug}/api/explore/v2.1/catalog/datasets/{ODS_DATASET}/records"
    records: list[dict] = []
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        commune = initiative.commune
        identifier = f"OIR-{listing.ref:04d}"
        geo = None
        if initiative.latitude is not None:
            geo = {"lon": initiative.longitude, "lat": initiative.latitude}
        records.append(
            {
                "identifiant": identifier,
                "nom_du_projet": wording.title,
                "resume": wording.summary,
                # ODS text fields are plain text: paragraphs separated by blank lines.
                "description": "\n\n".join(initiative.paragraphs),
                "porteur": initiative.porteur_name,
                "type_de_porteur": ODS_PORTEUR_KINDS[initiative.porteur_kind],
                "siret": initiative.siret,
                "adresse": wording.address or None,
                "code_postal": wording.postcode,
                "commune": wording.city,
                "code_insee": commune.insee,
                "departement": commune.dep_name,
                "code_departement": commune.dep,
                "region": commune.region_name,
                "thematique": platform.labels(initiative),
                "date_de_lancement": initiative.start.isoformat() if initiative.start_precision == "day" else None,
                "annee_de_lancement": initiative.start_year,
                "etat": STATUS_LABELS[wording.status],
                "site_web": initiative.website,
                "contact": initiative.email,
                "geo_point_2d": geo,
                "date_maj": moment(wording.modified, identifier).isoformat(),
            }
        )
        site.items.append(
            PublishedItem(
                key=identifier,
                url=f"{base}{path}?where=identifiant%3D%22{identifier}%22",
                world_id=listing.world_id,
                title=wording.title,
            )
        )

    def handler(query: dict[str, list[str]]) -> Route:
        limit = query_int(query, "limit", 10)
        offset = query_int(query, "offset", 0)
        if limit is None or not -1 <= limit <= 100:
            return json_route(
                {
                    "error_code": "InvalidRESTParameterError",
                    "message": f"Invalid value for limit API parameter: {query.get('limit', [''])[0]} was "
                    "found but -1 <= limit <= 100 is expected.",
                },
                status=400,
            )
        if offset is None or offset < 0 or offset + max(limit, 0) > 10000:
            return json_route(
                {
                    "error_code": "InvalidRESTParameterError",
                    "message": "Invalid value for offset API parameter: offset + limit must be <= 10000.",
                },
                status=400,
            )
        matching = records
        where = (query.get("where") or [""])[0].strip()
        if where.startswith('"') and where.endswith('"') and len(where) > 1:
            # ODSQL: a string literal alone searches every text field (the live search asks that way).
            wanted = fold(where[1:-1])
            matching = [record for record in records
                        if all(word in fold(" ".join(str(v) for v in record.values() if isinstance(v, str)))
                               for word in wanted.split())]
        page = matching[offset:] if limit == -1 else matching[offset : offset + limit]
        return json_route({"total_count": len(matching), "results": page})

    site.handlers[path] = handler
    site.routes[f"/{platform.slug}/api/explore/v2.1/catalog/datasets/{ODS_DATASET}"] = json_route(
        {
            "dataset_id": ODS_DATASET,
            "has_records": True,
            "metas": {
                "default": {
                    "title": "Innovations sociales en milieu rural",
                    "license": "Licence Ouverte v2.0",
                    "publisher": platform.name,
                    "records_count": len(records),
                }
            },
            "fields": [{"name": name, "type": "text"} for name in records[0]] if records else [],
        }
    )
    return site


def wp_texturize(text: str) -> str:
    """What WordPress does to titles before rendering them: curly apostrophes and dashes as numeric entities."""
    return (
        esc(text)
        .replace("'", "&#8217;")
        .replace(" – ", " &#8211; ")
        .replace(" - ", " &#8211; ")
        .replace("«\u00a0", "&laquo;&nbsp;")
        .replace("\u00a0»", "&nbsp;&raquo;")
    )


WP_CATEGORIES = {"Alimentation": 4, "Mobilité": 5, "Emploi": 6, "Vivre ensemble": 7, "Santé": 8, "Habitat": 9}


def build_innov_territoires_occitanie(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """WordPress REST API ``/wp-json/wp/v2/posts?page=&per_page=``: list body, X-WP-Total(Pages) headers, ACF fields.

    (long: one platform's whole site, its routes and payload templates, reads best in one place)
    """
    site = Site()
    prefix = f"{base}/{platform.slug}"
    path = f"/{platform.slug}/wp-json/wp/v2/posts"
    posts: list[dict] = []
    ordered = sorted(listings, key=lambda listing: (listing.initiative.published, listing.ref), reverse=True)
    for listing in ordered:
        initiative, wording = listing.initiative, listing.wording
        post_id = 310 + listing.ref * 3
        slug = slugify(wording.title)
        when = moment(initiative.published, f"wp-{post_id}")
        modified = moment(wording.modified, f"wp-m-{post_id}")
        labels = platform.labels(initiative)
        content = "\n\n".join(f"<p>{esc(p)}</p>" for p in initiative.paragraphs)
        location: dict | bool = False  # ACF returns false for an empty Google Map field
        if initiative.latitude is not None:
            location = {
                "address": f"{wording.address}, {wording.postcode or ''} {wording.city}".strip(", "),
                "lat": initiative.latitude,
                "lng": initiative.longitude,
                "zoom": 14,
            }
        posts.append(
            {
                "id": post_id,
                "date": when.replace(tzinfo=None).isoformat(),
                "date_gmt": (when - when.utcoffset()).replace(tzinfo=None).isoformat(),
                "guid": {"rendered": f"{prefix}/?p={post_id}"},
                "modified": modified.replace(tzinfo=None).isoformat(),
                "modified_gmt": (modified - modified.utcoffset()).replace(tzinfo=None).isoformat(),
                "slug": slug,
                "status": "publish",
                "type": "post",
                "link": f"{prefix}/{slug}/",
                "title": {"rendered": wp_texturize(wording.title)},
                "content": {"rendered": content + "\n", "protected": False},
                "excerpt": {"rendered": f"<p>{esc(wording.summary)} [&hellip;]</p>\n", "protected": False},
                "author": 2 + listing.ref % 3,
                "featured_media": 0,
                "comment_status": "closed",
                "categories": sorted({WP_CATEGORIES.get(label.strip("#").capitalize(), 1) for label in labels}),
                "tags": [],
                "acf": {
                    "structure": initiative.porteur_name,
                    "type_structure": initiative.porteur_kind,
                    "ville": wording.city,
                    "code_postal": wording.postcode or "",
                    "departement": initiative.commune.dep,
                    "site_internet": initiative.website or "",
                    "email": initiative.email,
                    "annee_lancement": str(initiative.start_year),
                    "thematiques": ", ".join(labels),
                    "localisation": location,
                },
                "_links": {"self": [{"href": f"{base}{path}/{post_id}"}]},
            }
        )
        site.items.append(
            PublishedItem(key=str(post_id), url=f"{prefix}/{slug}/", world_id=listing.world_id, title=wording.title)
        )

    def handler(query: dict[str, list[str]]) -> Route:
        per_page = query_int(query, "per_page", 10)
        page = query_int(query, "page", 1)
        if per_page is None or not 1 <= per_page <= 100:
            return json_route(
                {
                    "code": "rest_invalid_param",
                    "message": "Paramètre(s) non valide(s) : per_page",
                    "data": {
                        "status": 400,
                        "params": {"per_page": "per_page doit être entre 1 (inclus) et 100 (inclus)"},
                    },
                },
                status=400,
            )
        wanted = fold((query.get("search") or [""])[0])
        found = [post for post in posts if all(word in fold(post["title"]["rendered"] + " " + post["content"]["rendered"])
                                                for word in wanted.split())] if wanted else posts
        total_pages = max(1, math.ceil(len(found) / per_page))
        if page is None or page < 1 or page > total_pages:
            return json_route(
                {
                    "code": "rest_post_invalid_page_number",
                    "message": "Le nombre de pages demandé est plus grand que le nombre de pages disponibles.",
                    "data": {"status": 400},
                },
                status=400,
            )
        links = []
        if page > 1:
            links.append(f'<{base}{path}?page={page - 1}&per_page={per_page}>; rel="prev"')
        if page < total_pages:
            links.append(f'<{base}{path}?page={page + 1}&per_page={per_page}>; rel="next"')
        headers = {
            "X-WP-Total": str(len(found)),
            "X-WP-TotalPages": str(total_pages),
            "Access-Control-Expose-Headers": "X-WP-Total, X-WP-TotalPages, Link",
            "Allow": "GET",
        }
        if links:
            headers["Link"] = ", ".join(links)
        route = json_route(found[(page - 1) * per_page : page * per_page], headers=headers)
        route.content_type = "application/json; charset=UTF-8"
        return route

    site.handlers[path] = handler
    return site


def build_fondation_entreprendre_ensemble(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """A plain JSON palmarès that answers far too slowly: the harvest must time out and carry on."""
    site = Site()
    laureates = []
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        award = next((d for d in initiative.distinctions if d.prize == PRIZE_ENSEMBLE), None)
        identifier = f"FEE-{listing.ref:03d}"
        labels = platform.labels(initiative)
        laureates.append(
            {
                "id": identifier,
                "projet": wording.title,
                "structure": initiative.porteur_name,
                "ville": wording.city,
                "departement": initiative.commune.dep,
                "resume": wording.summary,
                "domaine": labels[0] if labels else None,
                "distinction": (
                    {"annee": award.year, "rang": award.rank, "categorie": award.category} if award else None
                ),
                "soutien": "Lauréat du palmarès" if award else "Projet soutenu",
                "depuis": iso_start(initiative),
                "site": initiative.website,
            }
        )
        site.items.append(
            PublishedItem(key=identifier, url=f"{base}{platform.entry}", world_id=listing.world_id, title=wording.title)
        )
    body = {"fondation": platform.name, "mise_a_jour": "2025-01-15", "laureats": laureates}
    route = json_route(body)
    route.delay = SLOW_DELAY
    site.routes[platform.entry] = route
    return site


SLOW_DELAY = 5.0  # seconds; the source is configured with a 2-second timeout
