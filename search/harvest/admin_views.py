"""Wagtail admin views of a source: "Tester la source" (dry run) and "Moissonner maintenant"."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from initiatives.models import Source
from search.harvest.models import HarvestRun
from search.harvest.sources import source_test_report
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
