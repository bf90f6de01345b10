"""Print the per-source quality table (the same figures as the admin page "Qualité des sources")."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from search.dedup.quality import source_quality_list


class Command(BaseCommand):
    help = (
        "Par source : fiches, % avec commune ou département résolu, % avec au moins un thème, doublons trouvés "
        "et en attente, lignes regroupées en implantations d'une même initiative, étiquettes sans correspondance et "
        "dates illisibles (dernier moissonnage terminé)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--details", action="store_true", help="liste aussi les étiquettes et dates en cause")

    def handle(self, *args, details=False, **options):
        rows = source_quality_list()
        header = ("Source", "Fiches", "Territoire", "Thème", "Doublons", "En attente", "Implantations",
                  "Étiq. sans corresp.", "Dates illisibles")
        table = [header]
        for row in rows:
            table.append((
                row.source.slug, str(row.records), f"{row.territory_percent:.1f} %", f"{row.theme_percent:.1f} %",
                str(row.duplicates_found), str(row.duplicates_pending), str(row.grouped_as_sites),
                "—" if row.unmapped_tag_count is None else str(row.unmapped_tag_count),
                "—" if row.unparsed_date_count is None else str(row.unparsed_date_count),
            ))
        widths = [max(len(line[index]) for line in table) for index in range(len(header))]
        for number, line in enumerate(table):
            self.stdout.write("  ".join(cell.ljust(width) if index == 0 else cell.rjust(width)
                                        for index, (cell, width) in enumerate(zip(line, widths, strict=True))))
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
        if details:
            for row in rows:
                if row.unmapped_tags:
                    tags = ", ".join(f"{tag} ({count})" for tag, count in row.unmapped_tags)
                    self.stdout.write(f"{row.source.slug} — étiquettes sans correspondance : {tags}")
                if row.unparsed_dates:
                    dates = ", ".join(f"{value} ({count})" for value, count in row.unparsed_dates)
                    self.stdout.write(f"{row.source.slug} — dates illisibles : {dates}")
        self.stdout.write("— : aucun moissonnage terminé (ou dates non relevées par le moissonnage).")
