"""Deduplication's memory: the pairs it found alike, and what editors or the pass decided about each."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DuplicateCandidate(models.Model):
    """A pair of initiatives that deduplication found alike, and what became of it.

    The pair is stored with ``initiative_a_id < initiative_b_id`` so that a pair has one row. Decided rows
    (confirmed, rejected, merged_auto) are never re-scored: this is how editors' decisions survive re-harvests.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("à examiner")
        CONFIRMED = "confirmed", _("fusion confirmée")
        REJECTED = "rejected", _("pas des doublons")
        MERGED_AUTO = "merged_auto", _("fusion automatique")

    initiative_a = models.ForeignKey(
        "initiatives.Initiative", on_delete=models.CASCADE, related_name="+", verbose_name=_("initiative A")
    )
    initiative_b = models.ForeignKey(
        "initiatives.Initiative", on_delete=models.CASCADE, related_name="+", verbose_name=_("initiative B")
    )
    score = models.FloatField(_("score"), default=0)
    components = models.JSONField(_("détail du score"), default=dict, blank=True)
    status = models.CharField(_("statut"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("décidé par"),
    )
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("doublon possible")
        verbose_name_plural = _("doublons possibles")
        ordering = ["-score", "pk"]
        db_table = "search_duplicatecandidate"  # moved from the search app; the table kept its name
        constraints = [
            models.UniqueConstraint(fields=["initiative_a", "initiative_b"], name="duplicate_unique_pair"),
            models.CheckConstraint(condition=models.Q(initiative_a__lt=models.F("initiative_b")), name="duplicate_ordered_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.initiative_a_id} ~ {self.initiative_b_id} ({self.score:.2f}, {self.get_status_display()})"
