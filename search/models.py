"""Harvest bookkeeping: one HarvestRun per harvest, per-URL conditional-GET state, and each source's health."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _

from initiatives.models import Source


class HarvestRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("en cours")
        SUCCESS = "success", _("succès")
        PARTIAL = "partial", _("partiel")
        FAILED = "failed", _("échec")

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", _("planifié")
        MANUAL = "manual", _("manuel")
        COMMAND = "command", _("ligne de commande")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="harvest_runs", verbose_name=_("source"))
    trigger = models.CharField(_("déclencheur"), max_length=10, choices=Trigger.choices, default=Trigger.SCHEDULE)
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.RUNNING, db_index=True)
    started_at = models.DateTimeField(_("début"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("fin"), null=True, blank=True)
    complete = models.BooleanField(
        _("complet"), default=False, help_text=_("Toutes les pages ont été lues : seul un moissonnage complet marque des absents.")
    )
    pages_fetched = models.PositiveIntegerField(_("pages lues"), default=0)
    pages_unchanged = models.PositiveIntegerField(_("pages inchangées (304)"), default=0)
    records_seen = models.PositiveIntegerField(_("fiches vues"), default=0)
    created = models.PositiveIntegerField(_("créées"), default=0)
    updated = models.PositiveIntegerField(_("mises à jour"), default=0)
    unchanged = models.PositiveIntegerField(_("inchangées"), default=0)
    failed = models.PositiveIntegerField(_("en erreur"), default=0)
    missing = models.PositiveIntegerField(_("absentes"), default=0)
    hidden = models.PositiveIntegerField(_("masquées"), default=0)
    source_total = models.PositiveIntegerField(_("fiches de la source après le moissonnage"), default=0)
    errors = models.JSONField(_("erreurs"), default=list, blank=True)
    warnings = models.JSONField(_("avertissements"), default=list, blank=True)
    flagged_for_review = models.BooleanField(_("à vérifier"), default=False, db_index=True)
    review_reason = models.CharField(_("motif de vérification"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("moissonnage")
        verbose_name_plural = _("moissonnages")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source} – {self.started_at:%Y-%m-%d %H:%M} – {self.get_status_display()}"

    @property
    def duration(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class FetchState(models.Model):
    """What we last got from one URL: validators for conditional GET, and the records that page carried."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="fetch_states")
    url = models.URLField(max_length=2000)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    # A 304 means "same page as last time": these let the harvest continue without re-parsing it.
    external_ids = models.JSONField(default=list, blank=True)
    next_url = models.URLField(max_length=2000, blank=True)
    fetched_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "url"], name="fetchstate_unique_url")]

    def __str__(self) -> str:
        return self.url


class SourceHealth(models.Model):
    """Failure streak and suspension (with backoff) of a source; read by the scheduler and the admin."""

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="health", primary_key=True)
    failure_streak = models.PositiveSmallIntegerField(_("échecs consécutifs"), default=0)
    suspended_until = models.DateTimeField(_("suspendue jusqu’au"), null=True, blank=True)
    last_run_at = models.DateTimeField(_("dernier moissonnage"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("dernier succès"), null=True, blank=True)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        verbose_name = _("santé de la source")
        verbose_name_plural = _("santé des sources")

    def __str__(self) -> str:
        return str(self.source)


class SearchTerm(models.Model):
    """The lexicon of indexed words, for "Vouliez-vous dire…" hints and search-as-you-type (trigram indexed)."""

    word = models.CharField(max_length=100, primary_key=True)  # as written, lower-case, accents kept
    key = models.CharField(max_length=100, db_index=True)  # unaccented, what lookups compare
    frequency = models.PositiveIntegerField(default=0)  # number of initiatives using it

    class Meta:
        indexes = [
            GinIndex(fields=["key"], name="searchterm_key_trgm", opclasses=["gin_trgm_ops"]),
            models.Index(fields=["key"], name="searchterm_key_prefix", opclasses=["varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return self.word


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
        constraints = [
            models.UniqueConstraint(fields=["initiative_a", "initiative_b"], name="duplicate_unique_pair"),
            models.CheckConstraint(condition=models.Q(initiative_a__lt=models.F("initiative_b")), name="duplicate_ordered_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.initiative_a_id} ~ {self.initiative_b_id} ({self.score:.2f}, {self.get_status_display()})"
