"""schema.org descriptions of initiatives: one builder (`project_node`) for the initiative page and the JSON-LD
export, so both say the same thing in the same terms.

An initiative is a schema.org `Project` (an `Organization`): only the properties schema.org allows on it are used.
What describes the *page* rather than the project (its language, when it last changed) goes on an `ItemPage` whose
`mainEntity` is the project (tests/initiatives/test_jsonld.py checks both against schema.org's property lists).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from initiatives.html import html_to_text
from initiatives.models import Initiative


def project_node(
    *, url: str, name: str, description: str | None = None, founding: str | None = None, porteur: str | None = None,
    street: str | None = None, postcode: str | None = None, locality: str | None = None, region: str | None = None,
    latitude: float | None = None, longitude: float | None = None, keywords: Sequence[str] = (),
    same_as: Sequence[str] = (), awards: Sequence[str] = (), image: str | None = None,
) -> dict[str, Any]:
    """A schema.org Project from plain values (a model instance or an export row)."""
    address = {"@type": "PostalAddress", "addressCountry": "FR", "streetAddress": street, "postalCode": postcode,
               "addressLocality": locality, "addressRegion": region}
    location: dict[str, Any] = {"@type": "Place", "address": _compact(address)}
    if latitude is not None and longitude is not None:
        location["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    return _compact({
        "@type": "Project", "@id": url, "url": url, "name": name, "description": description,
        "foundingDate": founding, "founder": {"@type": "Organization", "name": porteur} if porteur else None,
        "location": location, "keywords": ", ".join(keywords), "sameAs": list(same_as), "award": list(awards),
        "image": image,
    })


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def initiative_jsonld(initiative: Initiative, *, request=None) -> dict[str, Any]:
    """The initiative page's JSON-LD: the project, and the page about it."""
    url = request.build_absolute_uri(initiative.get_absolute_url()) if request else initiative.get_absolute_url()
    founding = initiative.start_date.isoformat() if initiative.start_date else (
        str(initiative.start_year) if initiative.start_year else None)
    project = project_node(
        url=url, name=initiative.title,
        description=initiative.summary or html_to_text(initiative.description)[:500], founding=founding,
        porteur=initiative.porteur.name if initiative.porteur_id else None, street=initiative.address,
        postcode=initiative.postcode, locality=initiative.commune.name if initiative.commune_id else None,
        region=initiative.region.name if initiative.region_id else None,
        latitude=initiative.latitude, longitude=initiative.longitude,
        keywords=[theme.name for theme in initiative.themes.all()],
        same_as=[initiative.website, *initiative.social_links] if initiative.website else (),
        awards=[str(distinction) for distinction in initiative.distinctions.all()], image=initiative.image_url,
    )
    page = _compact({
        "@type": "ItemPage", "@id": f"{url}#page", "url": url, "inLanguage": "fr",
        "dateModified": initiative.last_updated.isoformat() if initiative.last_updated else None,
        "mainEntity": {"@id": url},
    })
    return {"@context": "https://schema.org", "@graph": [project, page]}
