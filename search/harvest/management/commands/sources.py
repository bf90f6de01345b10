"""manage.py sources export [FILE] / import FILE / schema / test FILE|SLUG: the source file (YAML or JSON), documented
in docs/sources.md, and the dry run of a source from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError

from initiatives.models import Source
from initiatives.text import is_empty
from search.harvest.connectors.base import CANONICAL_FIELDS, ConfigError, suggest
from search.harvest.models import HarvestRun
from search.harvest.propose import source_propose
from search.harvest.sources import (
    SourceTestReport,
    source_test_report,
    sources_check,
    sources_export,
    sources_file_schema,
    sources_import,
)

SAMPLES = 5


def read_source_file(file: str) -> list:
    path = Path(file)
    if not path.is_file():
        raise CommandError(f"Fichier introuvable : {file}")
    try:
        entries = json.loads(path.read_text("utf-8")) if path.suffix == ".json" else yaml.safe_load(path.read_text("utf-8"))
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise CommandError(f"{file} n’est pas un fichier JSON/YAML valide : {exc}")
    if isinstance(entries, dict):
        entries = entries.get("sources", [entries])
    if not isinstance(entries, list):
        raise CommandError(f"{file} ne contient pas de liste de sources (voir docs/sources.md, « The source file »).")
    return entries


class Command(BaseCommand):
    help = ("Le fichier des sources (YAML ou JSON, selon l’extension) : export, import idempotent et strict, schéma ; "
            "l’essai à blanc d’une source (test) et la proposition d’une entrée pour une adresse (propose), qui "
            "n’enregistrent rien.")

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="écrit toutes les sources (sortie standard sans fichier)")
        export.add_argument("file", nargs="?", help="fichier .yaml, .yml ou .json")
        imported = sub.add_parser("import", help="crée ou met à jour les sources d’un fichier (par slug)")
        imported.add_argument("file", help="fichier .yaml, .yml ou .json")
        sub.add_parser("schema", help="écrit le schéma JSON du fichier des sources (docs/sources.schema.json)")
        test = sub.add_parser(
            "test", help="essai à blanc : lit les premières pages d’une source et dit ce qui serait enregistré")
        test.add_argument("target", help="le slug d’une source enregistrée, ou un fichier des sources")
        test.add_argument("--pages", type=int, default=1, help="pages à lire (1 par défaut)")
        test.add_argument("--only", metavar="SLUG", help="dans un fichier, la seule source à essayer")
        test.add_argument("--show", metavar="CHAMP,…", default="",
                          help="les valeurs lues de ces champs canoniques, pour chaque exemple (title,city,tags…)")
        test.add_argument("--samples", type=int, default=SAMPLES, help=f"exemples montrés ({SAMPLES} par défaut)")
        propose = sub.add_parser(
            "propose", help="lit une adresse, reconnaît le format et le logiciel, écrit l’entrée proposée (YAML)")
        propose.add_argument("url", help="l’adresse de la plateforme (API, flux, plan du site, carte, fichier)")

    def handle(self, *args, action: str, file: str | None = None, **options) -> None:
        if action == "schema":
            self.stdout.write(json.dumps(sources_file_schema(), ensure_ascii=False, indent=2))
            return
        if action == "test":
            self.show = self._fields_to_show(options["show"])
            self.samples = max(options["samples"], 0)
            self._test(options["target"], pages=options["pages"], only=options.get("only"))
            return
        if action == "propose":
            self._propose(options["url"])
            return
        if action == "export":
            entries = sources_export()
            text = json.dumps(entries, ensure_ascii=False, indent=2) if file and file.endswith(".json") else yaml.safe_dump(
                entries, allow_unicode=True, sort_keys=False)
            if file:
                Path(file).write_text(text, encoding="utf-8")
                self.stdout.write(self.style.SUCCESS(f"{len(entries)} source(s) exportée(s) dans {file}"))
            else:
                self.stdout.write(text)
            return
        entries = read_source_file(file)
        try:
            created, updated = sources_import(entries=entries)
        except ConfigError as exc:
            raise CommandError(f"{file} : rien n’a été importé. {exc}")
        self.stdout.write(self.style.SUCCESS(f"{created} source(s) créée(s), {updated} mise(s) à jour."))

    # --- sources test ------------------------------------------------------------------------------------------
    def _test(self, target: str, *, pages: int, only: str | None) -> None:
        if pages < 1:
            raise CommandError("--pages : au moins 1.")
        path = Path(target)
        reports = []
        if path.suffix in (".yaml", ".yml", ".json") or path.is_file():
            # The whole file is checked first (as `sources import` checks it); then each entry is tried as an
            # unsaved source with its own crosswalk: nothing is written, not even for a moment.
            try:
                entries = sources_check(entries=read_source_file(target))
            except ConfigError as exc:
                raise CommandError(f"{target} : {exc}")
            if only:
                entries = [entry for entry in entries if entry.slug == only]
                if not entries:
                    raise CommandError(f"{target} ne contient pas de source « {only} ».")
            for entry in entries:
                report = source_test_report(source=entry.unsaved_source(), pages=pages, crosswalk=entry.crosswalk_codes())
                self._print(report, pages)
                reports.append(report)
        else:
            source = Source.objects.filter(slug=target).first()
            if source is None:
                raise CommandError(f"Aucune source « {target} » (ni fichier de ce nom).")
            report = source_test_report(source=source, pages=pages)
            self._print(report, pages)
            reports.append(report)
        failed = [report.source.slug for report in reports if report.run.status == HarvestRun.Status.FAILED]
        if failed:
            raise CommandError(f"Essai en échec : {', '.join(failed)}.")

    @staticmethod
    def _fields_to_show(value: str) -> list[str]:
        names = [name.strip() for name in value.split(",") if name.strip()]
        for name in names:
            if name not in CANONICAL_FIELDS:
                raise CommandError(f"--show : champ inconnu « {name} »{suggest(name, CANONICAL_FIELDS)} "
                                   f"(champs : {', '.join(CANONICAL_FIELDS)}).")
        return names

    def _propose(self, url: str) -> None:
        proposal = source_propose(url=url)
        for problem in proposal.problems:
            self.stderr.write(self.style.ERROR(problem))
        if not proposal.configuration:
            raise CommandError("Aucune configuration à proposer pour cette adresse.")
        self.stderr.write(self.style.SUCCESS(f"Reconnu : {proposal.software}" + (
            f" (recette {proposal.recipe})" if proposal.recipe else "")))
        for note in proposal.notes:
            self.stderr.write(f"  {note}")
        self.stderr.write("Entrée proposée (à compléter, puis : sources test FICHIER, sources import FICHIER) :")
        entry = {"name": proposal.name, "slug": proposal.slug, "configuration": proposal.configuration}
        self.stdout.write(yaml.safe_dump([entry], allow_unicode=True, sort_keys=False))

    def _print(self, report: SourceTestReport, pages: int) -> None:
        out, run, n = self.stdout.write, report.run, report.records
        source = report.source
        out(self.style.MIGRATE_HEADING(f"Source « {source.name} » ({source.slug}, {source.format}) — essai à blanc "
                                       f"de {pages} page(s), rien n’est enregistré"))
        out(f"Résultat : {run.get_status_display()} · {n} fiche(s) lue(s) · {run.pages_fetched} requête(s)")
        for error in run.errors:
            out(self.style.ERROR(f"  erreur {error['kind']} : {error['message']} {error.get('url') or ''}".rstrip()))
        if n:
            out("Champs remplis (fiches qui le remplissent) :")
            width = max(len(name) for name, _ in report.field_counts)
            for name, count in report.field_counts:
                line = f"  {name:<{width}}  {count:>4} / {n}"
                out(self.style.WARNING(line + "  (vide partout)") if count == 0 else line)
            out(f"Placées : {report.placed} / {n} (dont à la commune : {report.placed_commune}) · "
                f"classées dans un thème : {report.themed} / {n}")
            out(f"Déjà moissonnées (même identifiant) : {report.already_harvested} · "
                f"au titre d’une initiative déjà publiée : {report.look_like_existing}")
        if report.warnings:
            out(self.style.WARNING("Avertissements :"))
            for warning in report.warnings:
                out(f"  - {warning}")
        if report.unresolved_places:
            out(self.style.WARNING(f"Lieux non reconnus ({len(report.unresolved_places)}) :"))
            for title, reason in report.unresolved_places[:10]:
                out(f"  - {title} : {reason}")
        if report.unmapped_tags:
            tags = sorted(report.unmapped_tags.items(), key=lambda item: (-item[1], item[0]))
            out(self.style.WARNING("Étiquettes sans thème : ") + ", ".join(f"{tag} ({count})" for tag, count in tags))
        if report.unparsed_dates:
            out(self.style.WARNING("Dates illisibles : ") + ", ".join(
                f"{value!r} ({count})" for value, count in report.unparsed_dates.items()))
        if n:
            out("Exemples :")
            for row in report.rows[:self.samples]:
                data = row["data"]
                place = " / ".join(part for part in (data.commune, data.departement, data.region) if part) or "sans lieu"
                themes = ", ".join(data.theme_codes) or "sans thème"
                out(f"  [{row['external_id'][:40]}] {row['title'] or '(sans titre)'} — {place} — {themes}")
                for name in self.show:  # the value as the connector read it, before normalisation
                    value = row["fields"].get(name)
                    shown = "(vide)" if is_empty(value) else repr(value)
                    out(f"      {name} = {shown[:160]}{'…' if len(shown) > 160 else ''}")
        out("")
