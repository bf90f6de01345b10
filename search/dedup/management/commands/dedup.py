"""Run the deduplication pass: merge sure duplicates, queue doubtful ones for editors."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from initiatives.models import Source
from search.dedup.passes import dedup_pass
from search.dedup.scoring import MERGE_THRESHOLD, REVIEW_THRESHOLD


class Command(BaseCommand):
    help = (
        f"Compare les initiatives publiées : fusionne au-dessus de {MERGE_THRESHOLD}, met en file d’attente "
        f"des éditeurs entre {REVIEW_THRESHOLD} et {MERGE_THRESHOLD}. Les décisions des éditeurs sont respectées."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", help="slug d’une source : seules ses initiatives sont comparées aux autres")

    def handle(self, *args, source=None, **options):
        selected = None
        if source:
            selected = Source.objects.filter(slug=source).first()
            if selected is None:
                raise CommandError(f"Source inconnue : {source}")
        verbosity = options.get("verbosity", 1)
        progress = (lambda message: self.stdout.write(f"… {message}")) if verbosity >= 1 else None
        stats = dedup_pass(source=selected, progress=progress)
        self.stdout.write(self.style.SUCCESS(stats.summary()))
        if verbosity >= 2:
            for kept, merged, score in stats.merges:
                self.stdout.write(f"  fusion : initiative {merged} dans {kept} ({score:.2f})")
