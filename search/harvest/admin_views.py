"""Wagtail admin views of a source: "Tester la source" (dry run) and "Moissonner maintenant"."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from initiatives.models import Source
from search.harvest.connectors.base import ConfigError
from search.harvest.models import HarvestRun
from search.harvest.propose import Proposal, source_propose
from search.harvest.sources import source_test_report, sources_check, sources_import
from search.harvest.tasks import harvest_source_task

ADMIN_TEST_RECORDS = 15


@permission_required("initiatives.change_source", raise_exception=True)
def source_test(request, pk: int):
    """Fetch the first page (and detail pages), show what would be stored; nothing is written. The same report as
    `manage.py sources test`, over fewer records: a request must end within the server's timeout (detail pages are
    fetched at the source's pace), the command reads whole pages."""
    source = get_object_or_404(Source, pk=pk)
    report = source_test_report(source=source, max_records=ADMIN_TEST_RECORDS)
    return TemplateResponse(request, "search/admin/source_test.html", {
        "source": source, "report": report, "run": report.run, "rows": report.rows,
        "empty_everywhere": report.empty_everywhere,
        "header_title": _("Tester la source « %(name)s »") % {"name": source.name},
    })


@require_POST
@permission_required("initiatives.change_source", raise_exception=True)
def source_harvest_now(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    harvest_source_task.delay(source.pk, HarvestRun.Trigger.MANUAL)
    messages.success(request, _("Moissonnage de « %(name)s » lancé : suivez-le dans « Moissonnages ».") % {"name": source.name})
    return redirect("wagtailsnippets_initiatives_source:list")


@permission_required("initiatives.add_source", raise_exception=True)
def source_from_url(request):
    """« Nouvelle source à partir d’une adresse »: paste a URL, see what Carrefour recognised, the configuration it
    proposes and the dry run of it; save only then (the configuration can be edited in between)."""
    context = {"header_title": _("Nouvelle source à partir d’une adresse"), "url": "", "proposal": None,
               "report": None, "errors": []}
    if request.method == "POST":
        context["url"] = url = request.POST.get("url", "").strip()
        name, slug = request.POST.get("name", "").strip(), request.POST.get("slug", "").strip()
        if request.POST.get("action") == "save":
            raw_configuration = request.POST.get("configuration") or "{}"
            try:
                configuration = json.loads(raw_configuration)
            except ValueError as exc:
                configuration = {}
                context["errors"].append(_("La configuration n’est pas du JSON valide : %(error)s") % {"error": exc})
            context["configuration_raw"] = raw_configuration  # shown back as typed
            if not context["errors"] and Source.objects.filter(slug=slug).exists():
                context["errors"].append(_("Une source « %(slug)s » existe déjà : choisissez un autre slug.") % {"slug": slug})
            if not context["errors"]:
                try:
                    # Saved disabled: an administrator checks it, then enables it (it is not harvested before).
                    sources_import(entries=[{"name": name, "slug": slug, "configuration": configuration,
                                             "enabled": False}])
                except ConfigError as exc:
                    context["errors"].append(str(exc))
                else:
                    source = Source.objects.get(slug=slug)
                    messages.success(request, _("Source « %(name)s » enregistrée, désactivée : vérifiez-la, "
                                                "activez-la, puis moissonnez-la.") % {"name": source.name})
                    return redirect("wagtailsnippets_initiatives_source:edit", source.pk)
            context["proposal"] = Proposal(url=url, name=name, slug=slug, software=request.POST.get("software", ""),
                                           configuration=configuration if isinstance(configuration, dict) and
                                           configuration else {"url": url})
        else:
            proposal = source_propose(url=url)
            context["proposal"] = proposal
            if proposal.configuration and not proposal.problems:
                try:
                    entry = sources_check(entries=[{"name": proposal.name or "?", "slug": proposal.slug or "essai",
                                                    "configuration": proposal.configuration}])[0]
                except ConfigError as exc:
                    context["errors"].append(str(exc))
                else:
                    context["report"] = source_test_report(source=entry.unsaved_source(), max_records=ADMIN_TEST_RECORDS)
        if context["proposal"] is not None:
            context["configuration_json"] = context.get("configuration_raw") or json.dumps(
                context["proposal"].configuration, ensure_ascii=False, indent=2)
    if context["report"] is not None:
        context.update(run=context["report"].run, rows=context["report"].rows,
                       empty_everywhere=context["report"].empty_everywhere)
    return TemplateResponse(request, "search/admin/source_from_url.html", context)
