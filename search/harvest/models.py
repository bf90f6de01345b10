"""Harvest bookkeeping: one HarvestRun per harvest, per-URL conditional-GET state, and each source's health."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
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
    # Counts for the quality report: {"unmapped_tags": {tag: records}, "unparsed_dates": {value: records}}.
    quality = models.JSONField(_("qualité"), default=dict, blank=True)
    flagged_for_review = models.BooleanField(_("à vérifier"), default=False, db_index=True)
    review_reason = models.CharField(_("motif de vérification"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("moissonnage")
        verbose_name_plural = _("moissonnages")
        ordering = ["-started_at"]
        db_table = "search_harvestrun"  # moved from the search app; the table kept its name

    def __str__(self) -> str:
        return f"{self.source} – {timezone.localtime(self.started_at):%Y-%m-%d %H:%M} – {self.get_status_display()}"

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
    # What a 304 needs besides the ids: a list page's records as listed (their detail pages are checked one by one),
    # a sitemap's page URLs, a detail page's record as listed and as parsed, a sitemap page's lastmod.
    record = models.JSONField(default=dict, blank=True)
    fetched_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "url"], name="fetchstate_unique_url")]
        db_table = "search_fetchstate"

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
        db_table = "search_sourcehealth"

    def __str__(self) -> str:
        return str(self.source)
