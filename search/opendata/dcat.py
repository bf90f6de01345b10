"""The DCAT-AP 2.1.1 catalogue (/catalogue.jsonld): one dataset for all initiatives, one per enabled source.

Checked in tests with pyshacl against the official SEMIC shapes (tests/search/test_dcat_ap.py): every node that a
shape constrains by class is typed here (media types, formats, licences, places, pages), because a harvester that
validates cannot fetch the controlled vocabularies to find out. Dates come from the data (first and last harvest,
the initiatives' own start dates), never from the clock.

Who is who: Carrefour *publishes* every dataset (it serves the distributions); a source platform is the *creator*
of its own dataset. Carrefour's contact is `CARREFOUR_CONTACT_EMAIL` (or its home page when unset).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.urls import reverse

from initiatives.models import Initiative, Source
from search.opendata.exports import CONTENT_TYPES, FORMATS

LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
EU = "http://publications.europa.eu/resource/authority/"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#", "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "dcatap": "http://data.europa.eu/r5r/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}
# Format → (EU file-type authority code, human label); the media type is the export's own (CONTENT_TYPES).
FILE_TYPES = {
    "csv": ("CSV", "CSV (UTF-8)"),
    "json": ("JSON", "JSON"),
    "geojson": ("GEOJSON", "GeoJSON (RFC 7946)"),
    "jsonld": ("JSON_LD", "JSON-LD (schema.org)"),
}
FRANCE = {"@id": f"{EU}country/FRA", "@type": "dct:Location"}
THEME_SCHEME = {"@id": f"{EU}data-theme", "@type": "skos:ConceptScheme", "dct:title": "Data theme"}
SOCIETY = {"@id": f"{EU}data-theme/SOCI", "@type": "skos:Concept", "skos:prefLabel": "Population et société",
           "skos:inScheme": {"@id": f"{EU}data-theme"}}
STABLE = {"@id": f"{EU}planned-availability/STABLE", "@type": "skos:Concept", "skos:prefLabel": "Stable"}


def _date(value) -> dict | None:
    if value is None:
        return None
    kind = "xsd:dateTime" if hasattr(value, "hour") else "xsd:date"
    return {"@value": value.isoformat(), "@type": kind}


def _document(url: str) -> dict | None:
    return {"@id": url, "@type": "foaf:Document"} if url else None


# Kinds of licence (ADMS licence types) for the licences open-data platforms use; any other is "UnknownIPR".
LICENCE_TYPES = {
    "etalab.gouv.fr/licence-ouverte": ("Attribution",),
    "creativecommons.org/licenses/by/": ("Attribution",),
    "creativecommons.org/licenses/by-sa/": ("Attribution", "ShareAlike"),
    "opendatacommons.org/licenses/odbl": ("Attribution", "ShareAlike"),
    "creativecommons.org/publicdomain/zero": ("PublicDomain",),
}


def _licence(url: str, label: str) -> dict:
    kinds = next((kinds for key, kinds in LICENCE_TYPES.items() if url and key in url), ("UnknownIPR",))
    licence = {"@type": "dct:LicenseDocument", "dct:type": [
        {"@id": f"http://purl.org/adms/licencetype/{kind}", "@type": "skos:Concept", "skos:prefLabel": kind}
        for kind in kinds
    ]}
    if url:
        return {"@id": url, "rdfs:label": label or url, **licence}
    # The platform states no licence: say so rather than lend it ours.
    return {"rdfs:label": "Licence non précisée par la plateforme d’origine", **licence}


def _carrefour(base: str) -> dict:
    return {
        "@type": "foaf:Agent", "foaf:name": settings.WAGTAIL_SITE_NAME, "foaf:homepage": _document(f"{base}/"),
        "dct:type": {"@id": f"http://purl.org/adms/publishertype/{settings.CARREFOUR_PUBLISHER_TYPE}",
                     "@type": "skos:Concept", "skos:prefLabel": settings.CARREFOUR_PUBLISHER_TYPE},
    }


def _contact(base: str) -> dict:
    contact = {"@type": ["vcard:Kind", "vcard:Organization"], "vcard:fn": settings.WAGTAIL_SITE_NAME}
    if settings.CARREFOUR_CONTACT_EMAIL:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{settings.CARREFOUR_CONTACT_EMAIL}"}
    else:
        contact["vcard:hasURL"] = {"@id": f"{base}/"}
    return contact


def _distributions(base: str, licence: dict, query: str = "") -> list[dict]:
    found = []
    for fmt in FORMATS:
        code, label = FILE_TYPES[fmt]
        media = CONTENT_TYPES[fmt].split(";")[0]
        url = {"@id": base + reverse("api-export", kwargs={"fmt": fmt}) + query}
        found.append({
            "@type": "dcat:Distribution", "dct:title": f"Export {label}",
            "dct:description": f"Toutes les initiatives du jeu de données, au format {label}, produites à la "
                               "demande (mêmes filtres que la recherche du site).",
            "dcat:accessURL": url, "dcat:downloadURL": url,
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media}",
                               "@type": "dct:MediaType"},
            "dct:format": {"@id": f"{EU}file-type/{code}", "@type": "dct:MediaTypeOrExtent"},
            "dct:license": licence, "dcatap:availability": STABLE,
        })
    return found


def _dataset(base: str, slug: str, stats: dict, **fields) -> dict:
    """The parts every dataset shares; `stats` holds the dates and keywords computed from its initiatives."""
    dataset_id = f"{base}/catalogue.jsonld#{slug}"
    temporal = None
    if stats["start"]:
        # The years the initiatives started in (a year is what most platforms give); DCAT-AP wants dates.
        temporal = {"@type": "dct:PeriodOfTime", "dcat:startDate": _date(datetime.date(stats["start"], 1, 1)),
                    "dcat:endDate": _date(datetime.date(stats["end"], 12, 31))}
    dataset = {
        "@id": dataset_id, "@type": "dcat:Dataset", "dct:identifier": dataset_id,
        "dct:issued": _date(stats["issued"]), "dct:modified": _date(stats["modified"]),
        "dcat:keyword": ["innovation sociale", *stats["keywords"]], "dcat:theme": SOCIETY,
        "dct:spatial": FRANCE, "dct:temporal": temporal, "dct:publisher": _carrefour(base),
        "dcat:contactPoint": _contact(base), **fields,
    }
    return {key: value for key, value in dataset.items() if value is not None}


def _stats(initiatives) -> dict:
    dates = initiatives.aggregate(issued=Min("first_seen"), modified=Max("last_updated"),
                                  start=Min("start_year"), end=Max("start_year"))
    keywords = (initiatives.values_list("themes__name", flat=True).exclude(themes__name=None)
                .annotate(n=Count("pk")).order_by("-n", "themes__name")[:5])
    return {**dates, "keywords": list(keywords)}


def dcat_catalogue_document(base: str) -> dict:
    published = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
    ours = _licence(LICENCE, "Licence Ouverte 2.0")
    everything = _stats(published)
    datasets = [_dataset(
        base, "toutes-les-initiatives", everything,
        **{"dct:title": "Initiatives d’innovation sociale (toutes sources)",
           "dct:description": "Les initiatives recensées par les plateformes partenaires, normalisées, dédoublonnées.",
           "dct:license": ours, "dcat:landingPage": _document(f"{base}/recherche/"),
           "dcat:distribution": _distributions(base, ours)},
    )]
    sources = Source.objects.filter(enabled=True).annotate(
        count=Count("records__initiative", distinct=True,
                    filter=Q(records__initiative__visibility=Initiative.Visibility.PUBLISHED)),
    ).order_by("name")
    for source in sources:
        licence = _licence(source.licence_url, source.licence)
        creator = {"@type": "foaf:Agent", "foaf:name": source.name, "foaf:homepage": _document(source.website)}
        datasets.append(_dataset(
            base, f"source-{source.slug}", _stats(published.filter(records__source=source).distinct()),
            **{"dct:title": f"Initiatives publiées par {source.name}",
               "dct:description": source.description
               or f"Initiatives moissonnées sur {source.name} ({source.count}).",
               "dct:license": licence, "dct:creator": {k: v for k, v in creator.items() if v},
               "dcat:landingPage": _document(source.website),
               "dcat:distribution": _distributions(base, licence, f"?source={source.slug}")},
        ))
    return {
        "@context": CONTEXT, "@id": f"{base}/catalogue.jsonld", "@type": "dcat:Catalog",
        "dct:title": settings.WAGTAIL_SITE_NAME,
        "dct:description": "Catalogue des jeux de données du Carrefour des innovations sociales.",
        "dct:language": {"@id": f"{EU}language/FRA", "@type": "dct:LinguisticSystem"},
        "dct:publisher": _carrefour(base), "foaf:homepage": _document(f"{base}/"), "dct:license": ours,
        "dct:spatial": FRANCE, "dcat:themeTaxonomy": THEME_SCHEME,
        **{f"dct:{key}": _date(everything[key]) for key in ("issued", "modified") if everything[key]},
        "dcat:dataset": datasets,
    }
