"""manage.py sources export [FILE] / import FILE / schema: the source file (YAML or JSON), documented in docs/sources.md."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError

from search.harvest.connectors.base import ConfigError
from search.harvest.sources import sources_export, sources_file_schema, sources_import


class Command(BaseCommand):
    help = "Exporte ou importe la configuration des sources (YAML ou JSON, selon l’extension). L’import est idempotent."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="écrit toutes les sources (sortie standard sans fichier)")
        export.add_argument("file", nargs="?", help="fichier .yaml, .yml ou .json")
        imported = sub.add_parser("import", help="crée ou met à jour les sources d’un fichier (par slug)")
        imported.add_argument("file", help="fichier .yaml, .yml ou .json")
        sub.add_parser("schema", help="écrit le schéma JSON du fichier des sources (docs/sources.schema.json)")

    def handle(self, *args, action: str, file: str | None = None, **options) -> None:
        if action == "schema":
            self.stdout.write(json.dumps(sources_file_schema(), ensure_ascii=False, indent=2))
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
        path = Path(file)
        if not path.exists():
            raise CommandError(f"Fichier introuvable : {file}")
        try:
            entries = json.loads(path.read_text("utf-8")) if path.suffix == ".json" else yaml.safe_load(path.read_text("utf-8"))
        except (json.JSONDecodeError, yaml.YAMLError) as exc:
            raise CommandError(f"{file} n’est pas un fichier JSON/YAML valide : {exc}")
        if isinstance(entries, dict):
            entries = entries.get("sources", [entries])
        try:
            created, updated = sources_import(entries=entries)
        except ConfigError as exc:
            raise CommandError(f"{file} : rien n’a été importé. {exc}")
        self.stdout.write(self.style.SUCCESS(f"{created} source(s) créée(s), {updated} mise(s) à jour."))
