"""manage.py renormalize [SLUG ...]: normalise stored records again, without fetching the sources."""

from django.core.management.base import BaseCommand, CommandError

from initiatives.models import Source
from search.harvest.sources import source_renormalize


class Command(BaseCommand):
    help = ("Normalise à nouveau les fiches enregistrées des sources (nouvelles correspondances d’étiquettes, "
            "nouveaux mots-clés…), sans les moissonner à nouveau.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="slug des sources (toutes sans argument)")

    def handle(self, *args, slugs: list[str], **options) -> None:
        sources = Source.objects.filter(slug__in=slugs) if slugs else Source.objects.all()
        if slugs and sources.count() != len(set(slugs)):
            raise CommandError("Source inconnue parmi : " + ", ".join(slugs))
        for source in sources.order_by("slug"):
            stats = source_renormalize(source=source)
            self.stdout.write(f"{source.slug}: {stats.records} fiches relues, {stats.changed} modifiées, "
                              f"{stats.initiatives} initiatives recalculées")
