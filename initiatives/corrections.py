"""Corrections reported by visitors (« Signaler une information erronée ou obsolète »): recording a report, the
editors' answer, and the daily e-mail that tells each partner platform what visitors reported about its records."""

from __future__ import annotations

import logging
import re
from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from initiatives.models import Initiative, Source, SourceRecord


class CorrectionReport(models.Model):
    """« Signaler une information erronée ou obsolète »: a visitor names a field of an initiative and the correction.
    Editors answer and close it; the sources' contacts receive the open reports about their records once a day."""

    class Field(models.TextChoices):
        TITLE = "title", gettext_lazy("le nom de l’initiative")
        DESCRIPTION = "description", gettext_lazy("la présentation")
        PLACE = "place", gettext_lazy("le lieu")
        WEBSITE = "website", gettext_lazy("le site web ou les réseaux sociaux")
        CONTACT = "contact", gettext_lazy("le contact")
        PORTEUR = "porteur", gettext_lazy("la structure porteuse")
        STATUS = "status", gettext_lazy("l’état (l’initiative a cessé, a changé…)")
        THEMES = "themes", gettext_lazy("les thèmes")
        OTHER = "other", gettext_lazy("autre chose")

    class Status(models.TextChoices):
        OPEN = "open", gettext_lazy("à traiter")
        CLOSED = "closed", gettext_lazy("traité")

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="correction_reports",
                                   verbose_name=gettext_lazy("initiative"))
    field = models.CharField(gettext_lazy("information concernée"), max_length=12, choices=Field.choices)
    correction = models.TextField(gettext_lazy("correction proposée"), max_length=2000)
    email = models.EmailField(gettext_lazy("courriel pour la réponse"), blank=True)
    status = models.CharField(gettext_lazy("état"), max_length=6, choices=Status.choices, default=Status.OPEN, db_index=True)
    answer = models.TextField(gettext_lazy("réponse"), blank=True,
                              help_text=gettext_lazy("Envoyée par courriel à la personne qui a signalé, si elle a laissé son adresse."))
    created_at = models.DateTimeField(gettext_lazy("signalé le"), auto_now_add=True)
    closed_at = models.DateTimeField(gettext_lazy("traité le"), null=True, blank=True)
    answered_at = models.DateTimeField(gettext_lazy("réponse envoyée le"), null=True, blank=True, editable=False)
    partners_notified_at = models.DateTimeField(gettext_lazy("partenaires prévenus le"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = gettext_lazy("signalement")
        verbose_name_plural = gettext_lazy("signalements")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "partners_notified_at"], name="correction_to_send_idx")]

    def __str__(self) -> str:
        return f"{self.initiative_id} : {self.get_field_display()}"


logger = logging.getLogger(__name__)
_EMAIL = re.compile(r"[^\s<>,;()\"']+@[^\s<>,;()\"']+\.[A-Za-z]{2,}")


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def correction_report_create(*, initiative: Initiative, field: str, correction: str, email: str = "") -> CorrectionReport:
    """Record a visitor's report; it waits in the editors' queue (and goes to the partners with the next batch)."""
    return CorrectionReport.objects.create(initiative=initiative, field=field, correction=correction.strip(),
                                           email=email.strip())


def correction_report_close(*, report: CorrectionReport) -> CorrectionReport:
    """An editor closed the report (with an answer, or not): the person who reported gets the answer by e-mail,
    once, when they left an address."""
    now = timezone.now()
    updates = {}
    if report.status == CorrectionReport.Status.CLOSED and report.closed_at is None:
        report.closed_at = updates["closed_at"] = now
    if report.status == CorrectionReport.Status.OPEN and report.closed_at is not None:
        report.closed_at = updates["closed_at"] = None
    send = (report.status == CorrectionReport.Status.CLOSED and report.answer.strip() and report.email
            and report.answered_at is None)
    if send:
        report.answered_at = updates["answered_at"] = now
        message = render_to_string("initiatives/email/correction_answer.txt", {
            "report": report, "initiative": report.initiative,
            "link": _absolute(report.initiative.get_absolute_url())})
        subject = _("Votre signalement sur « %(title)s »") % {"title": report.initiative.title}
        recipient = report.email
        transaction.on_commit(lambda: send_mail(subject=subject, message=message,
                                                from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[recipient]))
    if updates:
        CorrectionReport.objects.filter(pk=report.pk).update(**updates)
    return report


def source_contact_email(source: Source) -> str:
    """The e-mail address in a source's contact field ("Jeanne Martin <jeanne@…>" or the address alone), or ""."""
    match = _EMAIL.search(source.contact or "")
    if not match:
        return ""
    try:
        validate_email(match.group(0))
    except ValidationError:
        return ""
    return match.group(0)


def correction_reports_send_to_partners() -> int:
    """One e-mail per partner platform with a contact address, listing the open reports not yet sent about the
    initiatives it describes, each with the link to its own record. Returns the number of e-mails sent."""
    reports = list(CorrectionReport.objects.filter(status=CorrectionReport.Status.OPEN, partners_notified_at=None)
                   .select_related("initiative").order_by("created_at"))
    if not reports:
        return 0
    by_source: dict[int, list[tuple[CorrectionReport, str]]] = defaultdict(list)
    records = SourceRecord.objects.filter(initiative_id__in={report.initiative_id for report in reports})
    urls: dict[int, dict[int, str]] = defaultdict(dict)
    for initiative_id, source_id, url in records.values_list("initiative_id", "source_id", "source_url"):
        urls[initiative_id].setdefault(source_id, url)
    for report in reports:
        for source_id, url in urls[report.initiative_id].items():
            by_source[source_id].append((report, url))
    sent_reports: set[int] = set()
    sent = 0
    for source in Source.objects.filter(pk__in=by_source):
        address = source_contact_email(source)
        if not address:
            continue
        items = [{"report": report, "record_url": url, "link": _absolute(report.initiative.get_absolute_url())}
                 for report, url in by_source[source.pk]]
        message = render_to_string("initiatives/email/correction_partner_digest.txt", {"source": source, "items": items})
        subject = _("Carrefour des innovations sociales : %(count)s signalement(s) sur vos fiches") % {"count": len(items)}
        try:
            send_mail(subject=subject, message=message, from_email=settings.DEFAULT_FROM_EMAIL, recipient_list=[address])
        except OSError:  # SMTP down or refusing: the others still go; these reports go with tomorrow's batch
            logger.exception("Correction reports to %s (source %s) not sent", address, source.slug)
            continue
        sent += 1
        sent_reports.update(item["report"].pk for item in items)
    CorrectionReport.objects.filter(pk__in=sent_reports).update(partners_notified_at=timezone.now())
    return sent

