"""Public pages of the initiative record: list, detail, territories and themes."""

from __future__ import annotations

from collections import Counter

from allauth.core import ratelimit
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from initiatives import selectors
from initiatives.corrections import correction_report_create
from initiatives.forms import CorrectionReportForm
from initiatives.jsonld import initiative_jsonld
from initiatives.maps import ChoroplethMap, choropleth_map
from initiatives.models import Commune, Departement, Initiative, Region, Site, Theme
from initiatives.text import collation_order

PAGE_SIZE = 20


def _page(request: HttpRequest, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def initiative_list(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.initiative_list())
    return render(request, "initiatives/initiative_list.html", {"page_obj": page, "page_title": _("Initiatives")})


def initiative_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        initiative = selectors.initiative_get_public(slug=slug)
    except Initiative.DoesNotExist:
        merged = Initiative.objects.filter(slug=slug, visibility=Initiative.Visibility.MERGED).only("merged_into__slug")
        target = merged.select_related("merged_into").first()
        if target and target.merged_into_id:
            return redirect(target.merged_into, permanent=True)
        raise Http404(_("Cette initiative n’existe pas ou n’est plus publiée."))
    records = list(initiative.records.all())
    records_by_id = {record.pk: record for record in records}
    provenance = [
        (label, records_by_id[record_id].source)
        for field, label in PROVENANCE_LABELS
        if (record_id := initiative.provenance.get(field)) in records_by_id
    ]
    sites = list(initiative.sites.all())
    featured = getattr(initiative, "editorial", None)  # the editors' texts, kept apart from harvested fields
    context = {
        "initiative": initiative,
        "featured": featured if featured is not None and featured.live else None,
        "page_title": initiative.title,
        # One row per source: a network's platform lists it once per antenna (the sites say where).
        "source_records": _one_per_source(records),
        "provenance": provenance,
        "themes": list(initiative.themes.all()),
        "distinctions": sorted(initiative.distinctions.all(), key=lambda d: (-d.edition.year, d.category)),
        "jsonld": initiative_jsonld(initiative, request=request),
        "show_email": bool(initiative.contact_email) and any(record.source.show_contact_email for record in records),
        "sites": sites,
        "site_communes": len({site.commune_id for site in sites if site.commune_id}),
        "sites_map": _sites_map(sites) if len(sites) > 1 else None,
    }
    return render(request, "initiatives/initiative_detail.html", context)


def _one_per_source(records: list) -> list[tuple]:
    """(a record, how many records) per source, in the records' order (source precedence)."""
    grouped: dict[int, list] = {}
    for record in records:
        grouped.setdefault(record.source_id, []).append(record)
    return [(items[0], len(items)) for items in grouped.values()]


def _sites_map(sites: list[Site]) -> ChoroplethMap:
    """The départements where an initiative has sites, filled by how many: where the idea has spread."""
    counts = Counter(site.departement_id for site in sites if site.departement_id)
    departements = {departement.code: departement for departement in Departement.objects.all()}
    names = {code: departement.name for code, departement in departements.items()}
    return choropleth_map("departement", dict(counts), names,
                          lambda code: departements[code].get_absolute_url() if code in departements else "")


PROVENANCE_LABELS = [
    ("title", _("titre")),
    ("summary", _("résumé")),
    ("description", _("description")),
    ("porteur", _("porteur")),
    ("commune", _("commune")),
    ("departement", _("département")),
    ("website", _("site web")),
    ("start_year", _("année de début")),
    ("image_url", _("image")),
]


def region_detail(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    return render(request, "initiatives/territory_detail.html", {
        "territory": region,
        "kind_label": _("Région"),
        "page_title": region.name,
        "children": region.departements.order_by("code"),
        "page_obj": _page(request, selectors.initiative_list(region=region)),
    })


def departement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    departement = get_object_or_404(Departement.objects.select_related("region"), slug=slug)
    return render(request, "initiatives/territory_detail.html", {
        "territory": departement,
        "kind_label": _("Département"),
        "page_title": str(departement),
        "parent": departement.region,
        "page_obj": _page(request, selectors.initiative_list(departement=departement)),
    })


def commune_detail(request: HttpRequest, insee_code: str, slug: str) -> HttpResponse:
    commune = get_object_or_404(Commune.objects.select_related("departement", "region"), insee_code=insee_code)
    if slug != commune.slug:
        return redirect(commune, permanent=True)
    return render(request, "initiatives/territory_detail.html", {
        "territory": commune,
        "kind_label": _("Commune"),
        "page_title": str(commune),
        "parent": commune.departement,
        "grandparent": commune.region,
        "page_obj": _page(request, selectors.initiative_list(commune=commune)),
    })


def theme_detail(request: HttpRequest, code: str) -> HttpResponse:
    theme = get_object_or_404(Theme.objects.select_related("parent"), code=code)
    return render(request, "initiatives/theme_detail.html", {
        "theme": theme,
        "page_title": theme.name,
        "children": list(theme.children.all()),
        "page_obj": _page(request, selectors.initiative_list(theme=theme)),
    })


def theme_index(request: HttpRequest) -> HttpResponse:
    tree = selectors.theme_tree()
    facets = [(label, tree[facet]) for facet, label in Theme.Facet.choices]
    return render(request, "initiatives/theme_index.html", {"facets": facets, "page_title": _("Thèmes")})


def territory_index(request: HttpRequest) -> HttpResponse:
    regions = Region.objects.prefetch_related("departements").order_by(collation_order("name"))
    return render(request, "initiatives/territory_index.html", {"regions": regions, "page_title": _("Territoires")})


def initiative_report(request: HttpRequest, slug: str) -> HttpResponse:
    """« Signaler une information erronée ou obsolète »: no account needed, limited per address, a honeypot field."""
    try:
        initiative = selectors.initiative_get_public(slug=slug)
    except Initiative.DoesNotExist:
        raise Http404(_("Cette initiative n’existe pas ou n’est plus publiée."))
    form = CorrectionReportForm(request.POST or None)
    if request.method == "POST":
        if not ratelimit.consume(request, action="correction_report"):
            return render(request, "429.html", status=429)
        if form.is_valid():
            if not form.is_robot():
                correction_report_create(initiative=initiative, field=form.cleaned_data["field"],
                                         correction=form.cleaned_data["correction"], email=form.cleaned_data["email"])
            messages.success(request, _("Merci : votre signalement est transmis à l’équipe éditoriale, qui le "
                                        "vérifiera et préviendra la plateforme d’origine."))
            return redirect(initiative)
    return render(request, "initiatives/initiative_report.html", {
        "initiative": initiative, "form": form,
        "page_title": _("Signaler une information erronée ou obsolète"),
        "sources": sorted({record.source.name for record in initiative.records.all()}),
    })
