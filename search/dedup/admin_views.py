"""Wagtail admin screens of deduplication: the editors' duplicate queue, splitting a wrong merge, and the
per-source quality report. Registered from search/dedup/wagtail_hooks.py (see ``urlpatterns`` and ``menu_item``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from initiatives.merging import initiative_merge, initiative_split
from initiatives.models import Initiative, SourceRecord
from search.dedup.models import DuplicateCandidate
from search.dedup.quality import source_quality_list

PERMISSION = "initiatives.change_initiative"
COMPONENT_LABELS = {
    "title": gettext_lazy("titre"), "porteur": gettext_lazy("porteur"), "commune": gettext_lazy("commune"),
    "website": gettext_lazy("site web"), "description": gettext_lazy("description"),
}


def _with_sources(queryset):
    records = SourceRecord.objects.select_related("source").order_by("source__precedence", "pk")
    return queryset.select_related("porteur", "commune", "departement").prefetch_related(
        Prefetch("records", queryset=records)
    )


@permission_required(PERMISSION, raise_exception=True)
def dedup_queue(request):
    """Pending pairs, surest first, both sides published."""
    published = Initiative.Visibility.PUBLISHED
    candidates = DuplicateCandidate.objects.filter(
        status=DuplicateCandidate.Status.PENDING, initiative_a__visibility=published,
        initiative_b__visibility=published,
    ).order_by("-score", "pk")
    page = Paginator(candidates, 25).get_page(request.GET.get("p"))
    ids = {pk for candidate in page for pk in (candidate.initiative_a_id, candidate.initiative_b_id)}
    initiatives = {item.pk: item for item in _with_sources(Initiative.objects.filter(pk__in=ids))}
    rows = []
    for candidate in page:
        components = [
            (COMPONENT_LABELS[name], candidate.components.get(name))
            for name in COMPONENT_LABELS if name in candidate.components
        ]
        rows.append({
            "candidate": candidate, "a": initiatives[candidate.initiative_a_id],
            "b": initiatives[candidate.initiative_b_id], "components": components,
            "veto": candidate.components.get("veto", ""),
        })
    return TemplateResponse(request, "search/admin/dedup_queue.html", {
        "rows": rows, "page": page, "header_title": _("Doublons à examiner"),
    })


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def dedup_decide(request, pk: int):
    """"Fusionner" (the initiative with more records, or the older, is kept) or "Ce ne sont pas des doublons"."""
    candidate = get_object_or_404(DuplicateCandidate.objects.select_related("initiative_a", "initiative_b"), pk=pk)
    if candidate.status != DuplicateCandidate.Status.PENDING:
        messages.warning(request, _("Cette paire a déjà été traitée."))
        return redirect("dedup_queue")
    action = request.POST.get("action")
    if action == "merge":
        a, b = candidate.initiative_a, candidate.initiative_b
        keep_pk = request.POST.get("keep")
        if keep_pk == str(b.pk):
            keep, other = b, a
        elif keep_pk == str(a.pk):
            keep, other = a, b
        else:
            keep, other = sorted((a, b), key=lambda item: (-item.records.count(), item.pk))
        try:
            kept = initiative_merge(keep=keep, other=other, user=request.user, score=candidate.score,
                                    components=candidate.components)
        except ValueError as error:
            messages.error(request, str(error))
            return redirect("dedup_queue")
        messages.success(request, _("« %(other)s » a été fusionnée dans « %(kept)s ».") % {
            "other": other.title, "kept": kept.title,
        })
    elif action == "reject":
        candidate.status = DuplicateCandidate.Status.REJECTED
        candidate.decided_by = request.user
        candidate.decided_at = timezone.now()
        candidate.save(update_fields=["status", "decided_by", "decided_at"])
        messages.success(request, _("C’est noté : ces deux initiatives ne seront plus proposées comme doublons."))
    else:
        messages.error(request, _("Action inconnue."))
    return redirect(request.POST.get("next") or reverse("dedup_queue"))


@permission_required(PERMISSION, raise_exception=True)
def dedup_split(request, pk: int):
    """Take some source records out of an initiative into a new one (undo a wrong merge)."""
    initiative = get_object_or_404(_with_sources(Initiative.objects.all()), pk=pk)
    records = list(initiative.records.all())
    if request.method == "POST":
        chosen = [record for record in records if str(record.pk) in request.POST.getlist("records")]
        try:
            new = initiative_split(initiative=initiative, records=chosen, user=request.user)
        except ValueError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("« %(new)s » est désormais une initiative distincte.") % {"new": new.title})
            return redirect("dedup_split", pk=initiative.pk)
    return TemplateResponse(request, "search/admin/dedup_split.html", {
        "initiative": initiative, "records": records,
        "merged": initiative.merged_initiatives.all(),
        "header_title": _("Séparer « %(title)s »") % {"title": initiative.title},
    })


@permission_required(PERMISSION, raise_exception=True)
def quality_report(request):
    return TemplateResponse(request, "search/admin/quality_report.html", {
        "rows": source_quality_list(), "header_title": _("Qualité des sources"),
    })


urlpatterns = [
    path("doublons/", dedup_queue, name="dedup_queue"),
    path("doublons/<int:pk>/decision/", dedup_decide, name="dedup_decide"),
    path("initiatives/<int:pk>/separer/", dedup_split, name="dedup_split"),
    path("qualite/", quality_report, name="quality_report"),
]


def register_urls():
    return urlpatterns


def queue_menu_item() -> MenuItem:
    return MenuItem(gettext_lazy("Doublons"), reverse("dedup_queue"), icon_name="resubmit", order=220)


def quality_menu_item() -> MenuItem:
    return MenuItem(gettext_lazy("Qualité des sources"), reverse("quality_report"), icon_name="tasks", order=230)


def initiative_listing_buttons(snippet, user, next_url=None):
    """"Séparer" on the initiative snippets listing (the page itself says when there is nothing to split)."""
    if isinstance(snippet, Initiative) and user.has_perm(PERMISSION):
        yield ListingButton(_("Séparer des fiches"), reverse("dedup_split", args=[snippet.pk]), priority=30,
                            icon_name="resubmit")
