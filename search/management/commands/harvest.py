"""manage.py harvest [SLUG ...]: harvest sources synchronously, with progress, then run the dedup pass on each.

The pass runs here, not through the broker: without a worker nothing would merge and nothing would say so. This
command runs the whole pipeline (harvest, then dedup), so it lives in the search app, above both steps.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from initiatives.models import Source
from search.dedup.passes import dedup_pass
from search.harvest.harvester import source_harvest
from search.harvest.models import HarvestRun


class Command(BaseCommand):
    help = "Moissonne les sources indiquées (toutes les sources actives sans argument), en direct, avec la progression."

    def add_arguments(self, parser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="slug des sources à moissonner")
        parser.add_argument("--include-disabled", action="store_true", help="moissonner aussi les sources désactivées")
        parser.add_argument("--no-dedup", action="store_true",
                            help="ne pas lancer le dédoublonnage après la moisson (il reste en file pour un worker)")

    def handle(self, *args, slugs: list[str], include_disabled: bool, no_dedup: bool = False, **options) -> None:
        sources = Source.objects.all() if include_disabled or slugs else Source.objects.filter(enabled=True)
        if slugs:
            sources = sources.filter(slug__in=slugs)
            missing = set(slugs) - set(sources.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"Source(s) inconnue(s) : {', '.join(sorted(missing))}")
        failures = 0
        for source in sources.order_by("precedence", "slug"):
            run = source_harvest(source=source, trigger=HarvestRun.Trigger.COMMAND, progress=self._progress(source))
            sys.stderr.write("\n")
            style = self.style.SUCCESS if run.status == HarvestRun.Status.SUCCESS else self.style.WARNING
            self.stdout.write(style(
                f"{source.slug}: {run.get_status_display()} — {run.records_seen} vues, {run.created} créées, "
                f"{run.updated} mises à jour, {run.unchanged} inchangées, {run.failed} en erreur, {run.missing} absentes "
                f"({run.duration or 0:.1f} s)"
            ))
            for error in run.errors[:5]:
                self.stdout.write(f"  ! {error['message']} {error.get('url', '')}")
            if run.flagged_for_review:
                self.stdout.write(self.style.WARNING(f"  ⚠ {run.review_reason}"))
            failures += run.status == HarvestRun.Status.FAILED
            if not no_dedup:
                self._dedup(source, run, verbosity=options.get("verbosity", 1))
        if failures:
            raise CommandError(f"{failures} source(s) en échec.")

    def _dedup(self, source: Source, run: HarvestRun, *, verbosity: int) -> None:
        """Merge the sure duplicates of the records this run stored, queue the doubtful ones, and say so."""
        if run.status == HarvestRun.Status.FAILED or not (run.created or run.updated):
            self.stdout.write(f"{source.slug}: dédoublonnage — aucune fiche nouvelle ou modifiée, rien à comparer")
            return
        self.stdout.write(f"{source.slug}: dédoublonnage…")
        progress = self.stdout.write if verbosity >= 2 else None
        stats = dedup_pass(source=source, progress=progress)
        self.stdout.write(f"{source.slug}: {stats.summary()}")
        if verbosity >= 2:
            for kept, merged, score in stats.merges:
                self.stdout.write(f"  fusion : initiative {merged} dans {kept} (score {score:.2f})")

    def _progress(self, source: Source):
        def show(run: HarvestRun) -> None:
            sys.stderr.write(
                f"\r{source.slug}: {run.pages_fetched} pages, {run.records_seen} fiches "
                f"({run.created} nouvelles, {run.updated} modifiées, {run.unchanged} inchangées)"
            )
            sys.stderr.flush()

        return show
