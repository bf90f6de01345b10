"""schema.org descriptions of initiatives (JSON-LD in pages and exports)."""

from __future__ import annotations

from typing import Any

from initiatives.html import html_to_text
from initiatives.models import Initiative


def initiative_jsonld(initiative: Initiative, *, request=None) -> dict[str, Any]:
    url = request.build_absolute_uri(initiative.get_absolute_url()) if request else initiative.get_absolute_url()
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Project",
        "@id": url,
        "url": url,
        "name": initiative.title,
        "description": initiative.summary or html_to_text(initiative.description)[:500],
        "inLanguage": initiative.language,
        "dateModified": initiative.last_updated.isoformat() if initiative.last_updated else None,
    }
    if initiative.website:
        data["sameAs"] = [initiative.website, *initiative.social_links]
    if initiative.start_date:
        data["foundingDate"] = initiative.start_date.isoformat()
    elif initiative.start_year:
        data["foundingDate"] = str(initiative.start_year)
    if initiative.porteur_id:
        data["founder"] = {"@type": "Organization", "name": initiative.porteur.name}
    place: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": "FR"}
    if initiative.address:
        place["streetAddress"] = initiative.address
    if initiative.postcode:
        place["postalCode"] = initiative.postcode
    if initiative.commune_id:
        place["addressLocality"] = initiative.commune.name
    if initiative.region_id:
        place["addressRegion"] = initiative.region.name
    data["location"] = {"@type": "Place", "address": place}
    if initiative.latitude is not None and initiative.longitude is not None:
        data["location"]["geo"] = {"@type": "GeoCoordinates", "latitude": initiative.latitude, "longitude": initiative.longitude}
    themes = [theme.name for theme in initiative.themes.all()]
    if themes:
        data["keywords"] = ", ".join(themes)
    awards = [str(distinction) for distinction in initiative.distinctions.all()]
    if awards:
        data["award"] = awards
    if initiative.image_url:
        data["image"] = initiative.image_url
    return {key: value for key, value in data.items() if value not in (None, "", [])}
