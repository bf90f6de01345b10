"""The source file (`manage.py sources import|export|schema`): documented, strict, and a round trip that changes nothing."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from django.core.management import CommandError, call_command

from carrefour.demo.install import demo_entries
from initiatives.models import Source, Theme, ThemeCrosswalk
from search.harvest.connectors.base import ConfigError
from search.harvest.sources import SOURCE_ENTRY_KEYS, sources_export, sources_file_schema, sources_import
from search.harvest.tasks import renormalize_source_task

pytestmark = pytest.mark.django_db
DOCS = Path(__file__).resolve().parents[2] / "docs"
VALID = {"name": "Plateforme A", "slug": "plateforme-a",
         "configuration": {"format": "rss", "url": "https://plateforme-a.example.org/feed/"}}


def _import_file(tmp_path, entries, name="sources.yaml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
    out = io.StringIO()
    call_command("sources", "import", str(path), stdout=out)
    return out.getvalue()


def test_the_published_schema_is_the_one_the_import_enforces_and_the_docs_name_every_key():
    assert json.loads((DOCS / "sources.schema.json").read_text("utf-8")) == sources_file_schema()
    out = io.StringIO()
    call_command("sources", "schema", stdout=out)
    assert json.loads(out.getvalue()) == sources_file_schema()
    table = (DOCS / "sources.md").read_text("utf-8").split("## The source file", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", table, flags=re.M))
    assert documented == set(SOURCE_ENTRY_KEYS)


def test_the_demo_file_is_a_valid_source_file_and_export_then_import_changes_nothing(tmp_path, django_capture_on_commit_callbacks):
    entries = demo_entries("http://127.0.0.1:8765")
    jsonschema.validate(entries, sources_file_schema())
    assert _import_file(tmp_path, entries).strip().startswith(f"{len(entries)} source(s) créée(s)")
    crosswalk_before = sorted(ThemeCrosswalk.objects.values_list("pk", "source__slug", "tag"))
    assert len(crosswalk_before) > 20
    exported = sources_export()
    jsonschema.validate(exported, sources_file_schema())
    # Everything of the file is in the export, crosswalks included.
    by_slug = {entry["slug"]: entry for entry in exported}
    for entry in entries:
        for key, value in entry.items():
            if key == "crosswalk":
                assert by_slug[entry["slug"]]["crosswalk"] == {tag: sorted(codes) for tag, codes in value.items()}
            elif key != "configuration":
                assert by_slug[entry["slug"]][key] == value, key

    out = io.StringIO()
    call_command("sources", "export", stdout=out)
    (tmp_path / "export.yaml").write_text(out.getvalue(), encoding="utf-8")
    with django_capture_on_commit_callbacks() as callbacks:
        out = io.StringIO()
        call_command("sources", "import", str(tmp_path / "export.yaml"), stdout=out)
    assert callbacks == []  # no crosswalk row touched, so no source re-normalised
    assert "0 source(s) créée(s), 0 mise(s) à jour." in out.getvalue()  # and it says so
    assert sources_export() == exported
    assert sorted(ThemeCrosswalk.objects.values_list("pk", "source__slug", "tag")) == crosswalk_before


@pytest.mark.parametrize(("entry", "path", "message"), [
    ({**VALID, "precedance": 3}, "[1].precedance", "did you mean 'precedence'?"),
    ({**VALID, "Schedule": "daily"}, "[1].Schedule", "did you mean 'schedule'?"),
    ({**VALID, "schedule": "dayly"}, "[1].schedule", "did you mean 'daily'?"),
    ({**VALID, "precedence": "1"}, "[1].precedence", "must be a whole number"),
    ({**VALID, "enabled": "yes"}, "[1].enabled", "must be a boolean"),
    ({**VALID, "website": "www.example.org"}, "[1].website", "http(s) URL"),
    ({**VALID, "slug": "plate forme"}, "[1].slug", "letters, digits"),
    ({**VALID, "crosswalk": {"Vélo": ["mobilites"]}}, "[1].crosswalk.Vélo", "did you mean 'mobilite'?"),
    ({**VALID, "crosswalk": {"Vélo": "mobilite"}}, "[1].crosswalk.Vélo", "list of theme codes"),
    ({"name": "Sans slug", "configuration": VALID["configuration"]}, "[1]", "'slug' is missing"),
    ({**VALID, "configuration": {**VALID["configuration"], "recordspath": "x"}}, "[1].configuration.recordspath",
     "unknown key"),
])
def test_a_wrong_key_fails_the_whole_file_with_its_path(tmp_path, entry, path, message):
    good = {**VALID, "slug": "premiere", "name": "Première"}
    with pytest.raises(CommandError) as failure:
        _import_file(tmp_path, [good, entry])
    assert f"{path}: " in str(failure.value) and message in str(failure.value)
    assert "rien n’a été importé" in str(failure.value)
    assert not Source.objects.exists()  # the valid first entry is not written either
    if path != "[1].configuration.recordspath" and "crosswalk" not in path:
        # The published schema refuses it too (the crosswalk's theme codes and the connector's keys are checked by
        # the import only: the schema does not list themes or formats).
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate([good, entry], sources_file_schema())


@pytest.mark.django_db(transaction=True)
def test_import_replaces_the_crosswalk_and_renormalises_each_source_once(monkeypatch):
    sent = []  # real commits: the re-normalisation is sent once per source and import, however many rows changed
    for code in ("mobilite", "alimentation", "precarite"):  # a transactional test starts without the taxonomy
        Theme.objects.get_or_create(code=code, defaults={"name": code, "facet": Theme.Facet.values[0]})
    monkeypatch.setattr(renormalize_source_task, "delay", sent.append)
    entry = {**VALID, "crosswalk": {"Vélo": ["mobilite"], "Jardins": ["alimentation"], "Repas": ["alimentation"]}}
    sources_import(entries=[entry])
    source = Source.objects.get(slug="plateforme-a")
    assert sent == [source.pk]
    sources_import(entries=[{**entry, "crosswalk": {"velo": ["mobilite", "precarite"], "Jardins": ["alimentation"]}}])
    assert sent == [source.pk, source.pk]
    assert {(item.tag, tuple(sorted(t.code for t in item.themes.all()))) for item in source.crosswalk.all()} == {
        ("velo", ("mobilite", "precarite")), ("Jardins", ("alimentation",))}
    assert sources_export()[0]["crosswalk"] == {"Jardins": ["alimentation"], "velo": ["mobilite", "precarite"]}
    with pytest.raises(ConfigError):  # a failed import rolls back, and the next one is still sent
        sources_import(entries=[{**entry, "crosswalk": {"Repas": ["alimentation"]}}, {"slug": "x"}])
    assert sent == [source.pk, source.pk]
    sources_import(entries=[{**entry, "crosswalk": {}}])
    assert sent == [source.pk] * 3 and not source.crosswalk.exists()


def test_the_import_refuses_what_is_not_a_list_of_entries():
    with pytest.raises(ConfigError, match=r"^\[0\]: each source is a mapping"):
        sources_import(entries=["plateforme-a"])
    with pytest.raises(ConfigError, match="must be a list of sources"):
        sources_import(entries={"slug": "x"})

