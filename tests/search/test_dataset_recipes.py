"""Dataset recipes (datagouv, ckan): the configuration names a dataset; each harvest reads the dataset's API answer over
HTTP, chooses one of its files and harvests it with the file's format. Recorded answers in the real formats
(tests/fixtures/sources/datasets/FORMAT.md), served with the files they list by the fixture server."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from initiatives.models import Initiative, Source, SourceRecord
from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import ConfigError
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.harvest.models import SourceHealth
from search.harvest.sources import source_test_report, sources_check
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db
RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "datasets"
SLUG = "annuaire-des-initiatives-solidaires-de-bretagne"
FILES = f"/resources/{SLUG}/20240502-083000"
FIELDS = {"title": "Nom de l'initiative", "porteur_name": "Structure porteuse", "summary": "Description",
          "tags": {"column": "Thématiques", "transforms": [{"split": ","}, "strip"]}, "postcode": "Code postal",
          "city": "Commune", "insee_code": "Code INSEE", "website": "Site web", "email": "Courriel",
          "start_date": "Date de création"}


def harvest(source):
    return source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def datagouv_answer(server, edit=None) -> bytes:
    """The recorded dataset answer, its files moved onto the fixture server (``edit`` changes the parsed answer)."""
    answer = json.loads((RECORDED / "datagouv_dataset.json").read_text("utf-8"))
    if edit:
        edit(answer)
    return json.dumps(answer).replace("https://static.data.gouv.fr", server.base_url).encode()


@pytest.fixture
def datagouv(fixture_server):
    """The dataset's API answer and its CSV, XLSX and JSON files (the documentation CSV and the PDF are not served:
    reading them would fail the test)."""
    fixture_server.add(f"/api/1/datasets/{SLUG}/", datagouv_answer(fixture_server),
                       content_type="application/json", headers={"ETag": '"dataset-v1"'})
    for name, kind in (("csv", "text/csv"), ("json", "application/json"),
                       ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")):
        fixture_server.add(f"{FILES}/annuaire-initiatives.{name}", (RECORDED / f"annuaire-initiatives.{name}").read_bytes(),
                           content_type=kind)
    return fixture_server


def datagouv_source(server, slug: str = "annuaire-bzh", **configuration) -> Source:
    return SourceFactory(slug=slug, format="csv", configuration={
        "recipe": "datagouv", "url": server.url(f"/fr/datasets/{SLUG}/"), "min_delay": 0, "id": "Identifiant",
        "fields": FIELDS, **configuration})


def test_the_first_main_csv_is_read_and_the_run_says_which(datagouv):
    source = datagouv_source(datagouv)
    run = harvest(source)
    assert (run.status, run.created) == ("success", 4), run.errors
    criee = Initiative.objects.get(title="Tiers-lieu La Criée")
    assert criee.commune_id == "56121"
    assert SourceRecord.objects.get(external_id="INI-0003").fields["tags"] == ["Tiers-lieux", "Numérique"]
    # Not the documentation CSV listed before it, nor the XLSX listed before it.
    assert datagouv.hits[f"{FILES}/annuaire-initiatives.csv"] == 1 and not datagouv.hits[f"{FILES}/annuaire-initiatives.xlsx"]
    assert ("Ressource lue : « Annuaire des initiatives (CSV) » (csv, modifiée le 2024-05-02 08:30) du jeu de données "
            "« Annuaire des initiatives solidaires de Bretagne »") in run.warnings[0]
    assert run.pages_fetched == 2  # the dataset's answer and the file

    # Unchanged: the answer costs a 304 and the file is read again from the same choice.
    again = harvest(source)
    assert (again.status, again.unchanged, again.created) == ("success", 4, 0), again.errors
    assert datagouv.requests[-2][2].get("If-None-Match") == '"dataset-v1"'
    assert not any("changé de fichier" in warning for warning in again.warnings)

    # The platform swaps its CSV for another file: the run reads it and says so.
    def swap(answer):
        csv = answer["resources"][3]
        csv.update(id="f0e1d2c3-0000-4000-8000-000000000001", title="Annuaire des initiatives 2024 (CSV)",
                   url=csv["url"].replace("20240502-083000", "20240601-090000"), last_modified="2024-06-01T09:00:00+00:00")
    datagouv.add(f"/api/1/datasets/{SLUG}/", datagouv_answer(datagouv, swap), content_type="application/json",
                 headers={"ETag": '"dataset-v2"'})
    datagouv.add(f"/resources/{SLUG}/20240601-090000/annuaire-initiatives.csv",
                 (RECORDED / "annuaire-initiatives.csv").read_bytes(), content_type="text/csv")
    swapped = harvest(source)
    assert swapped.status == "success", swapped.errors
    assert any("modifiée le 2024-06-01 09:00" in warning for warning in swapped.warnings)
    assert any("La plateforme a changé de fichier depuis le dernier moissonnage : « Annuaire des initiatives (CSV) »"
               in warning and "remplacé par « Annuaire des initiatives 2024 (CSV) »" in warning
               for warning in swapped.warnings), swapped.warnings


@pytest.mark.parametrize(("resource", "read", "records"), [
    ({"format": "xlsx"}, "xlsx", 2),
    ("Annuaire des initiatives (JSON)", "json", 3),  # by title: the columns are read as JSON keys
    ("3d6f9b2a-41c8-4e7d-a5b0-8f2c1e6d9a37", "json", 3),  # by id
    ({"title": "annuaire des initiatives (csv)", "format": "csv"}, "csv", 4),  # titles compared without case
])
def test_a_named_resource_is_read_with_its_format(datagouv, resource, read, records):
    run = harvest(datagouv_source(datagouv, resource=resource))
    assert (run.status, run.created) == ("success", records), run.errors
    assert datagouv.hits[f"{FILES}/annuaire-initiatives.{read}"] == 1
    bocal = Initiative.objects.get(title="Le Bocal solidaire")
    assert bocal.commune_id == "35238"
    assert SourceRecord.objects.get(external_id="INI-0002").fields["tags"] == ["Mobilité", "Réemploi"]


def test_the_api_url_names_the_dataset_too(datagouv):
    source = datagouv_source(datagouv, url=datagouv.url(f"/api/1/datasets/{SLUG}/"))
    assert harvest(source).created == 4


def test_a_ckan_package(fixture_server):
    answer = (RECORDED / "ckan_package_show.json").read_text("utf-8").replace("https://ckan.example.org",
                                                                              fixture_server.base_url)
    fixture_server.add("/api/3/action/package_show?id=initiatives-solidaires-pays-de-vannes", answer,
                       content_type="application/json;charset=utf-8")
    files = "/dataset/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/resource"
    fixture_server.add(f"{files}/3d4e5f60-7182-493a-4b5c-6d7e8f901234/download/annuaire-initiatives.csv",
                       (RECORDED / "annuaire-initiatives.csv").read_bytes(), content_type="text/csv")
    source = SourceFactory(slug="vannes", format="csv", configuration={
        "recipe": "ckan", "url": fixture_server.url("/dataset/initiatives-solidaires-pays-de-vannes"), "min_delay": 0,
        "id": "Identifiant", "fields": FIELDS})
    run = harvest(source)
    assert (run.status, run.created) == ("success", 4), run.errors  # the CSV, though the XLSX comes first
    assert "« Annuaire des initiatives » (csv, modifiée le 2024-04-18 09:47)" in run.warnings[0]
    assert "« Initiatives solidaires du Pays de Vannes »" in run.warnings[0]


def test_an_unreadable_dataset_fails_and_deletes_nothing(datagouv):
    source = datagouv_source(datagouv)
    assert harvest(source).created == 4
    datagouv.fail(f"/api/1/datasets/{SLUG}/", 404)
    for _ in range(3):  # three failures in a row: nothing marked missing, the source suspended
        run = harvest(source)
        assert run.status == "failed" and run.errors[0]["kind"] == "dataset"
    assert run.errors[0]["message"].startswith(f"Jeu de données illisible ({datagouv.url(f'/api/1/datasets/{SLUG}/')})")
    assert "404" in run.errors[0]["message"]
    assert SourceRecord.objects.filter(source=source, missing_count=0).count() == 4
    assert Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED).count() == 4
    health = SourceHealth.objects.get(source=source)
    assert health.failure_streak == 3 and health.suspended_until and "Jeu de données illisible" in health.last_error


def test_a_dataset_without_a_usable_file_says_what_it_found(datagouv):
    def documents_only(answer):
        answer["resources"] = answer["resources"][:2]

    datagouv.add(f"/api/1/datasets/{SLUG}/", datagouv_answer(datagouv, documents_only), content_type="application/json")
    run = harvest(datagouv_source(datagouv))
    assert run.status == "failed" and run.created == 0
    assert run.errors[0]["message"] == (
        f"Jeu de données « Annuaire des initiatives solidaires de Bretagne » ({datagouv.url(f'/api/1/datasets/{SLUG}/')})"
        " : aucune ressource CSV, XLSX ou JSON à lire. Trouvé : « Notice d'utilisation » (pdf, documentation), "
        "« Dictionnaire des données » (csv, documentation).")
    named = harvest(datagouv_source(datagouv, slug="autre", resource="Annuaire 2023"))
    assert named.status == "failed" and "à lire (resource: Annuaire 2023). Trouvé : « Notice" in named.errors[0]["message"]
    datagouv.add(f"/api/1/datasets/{SLUG}/", b"<html><body>Maintenance</body></html>", content_type="text/html")
    html = harvest(datagouv_source(datagouv, slug="encore"))
    assert html.status == "failed" and "expected JSON but got HTML" in html.errors[0]["message"]
    assert not SourceRecord.objects.exists()


def test_mistakes_are_named_at_load():
    url = "https://www.data.gouv.fr/fr/datasets/annuaire/"
    with pytest.raises(ConfigError, match=r"^resource\.titel: unknown key 'titel' \(did you mean 'title'\?\)"):
        validate_source_config({"recipe": "datagouv", "url": url, "resource": {"titel": "Annuaire"}})
    with pytest.raises(ConfigError, match=r"^ressource: unknown key 'ressource' \(did you mean 'resource'\?\)"):
        validate_source_config({"recipe": "datagouv", "url": url, "ressource": "Annuaire"})
    with pytest.raises(ConfigError, match=r"^resource\.format: must be one of csv, xlsx, json, got 'xls' \(did you mean"):
        validate_source_config({"recipe": "datagouv", "url": url, "resource": {"format": "xls"}})
    with pytest.raises(ConfigError, match=r"^url: a datagouv URL names a dataset"):
        validate_source_config({"recipe": "datagouv", "url": "https://www.data.gouv.fr/fr/organizations/reseau/"})
    with pytest.raises(ConfigError, match=r"^url: a ckan URL names a dataset"):
        validate_source_config({"recipe": "ckan", "url": "https://data.example.fr/explore/dataset/ess/"})
    with pytest.raises(ConfigError, match=r"^resource: names a file of a dataset: only with the datagouv or ckan"):
        validate_source_config({"format": "csv", "url": "https://x.example.org/a.csv", "resource": "a"})
    with pytest.raises(ConfigError, match=r"^\[0\]\.configuration\.resource\.fromat: unknown key 'fromat'"):
        sources_check(entries=[{"name": "A", "slug": "a", "configuration": {
            "recipe": "ckan", "url": "https://ckan.example.org/dataset/a", "resource": {"fromat": "csv"}}}])
    config = validate_source_config({"recipe": "datagouv", "url": url, "resource": {"format": "XLSX"}, "sheet": 1})
    assert (config["format"], config["resource"], config["sheet"]) == ("xlsx", {"format": "xlsx"}, 1)
    assert validate_source_config(config) == config
    # A format beside the recipe (a saved source always has one) is not the dataset's: the file decides.
    assert validate_source_config({"recipe": "ckan", "format": "json_api",
                                   "url": "https://ckan.example.org/api/3/action/package_show?id=a"})["format"] == "csv"


def test_the_dry_run_reads_the_chosen_file(datagouv, tmp_path):
    entry = {"name": "Annuaire BZH", "slug": "annuaire-bzh", "configuration": {
        "recipe": "datagouv", "url": datagouv.url(f"/fr/datasets/{SLUG}/"), "min_delay": 0, "id": "Identifiant",
        "fields": FIELDS}}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump([entry], allow_unicode=True), "utf-8")
    out = io.StringIO()
    call_command("sources", "test", str(tmp_path / "sources.yaml"), stdout=out, stderr=io.StringIO())
    printed = out.getvalue()
    assert "4 fiche(s) lue(s) · 2 requête(s)" in printed
    assert "Ressource lue : « Annuaire des initiatives (CSV) »" in printed and "Le Bocal solidaire" in printed
    assert not Source.objects.exists() and not SourceRecord.objects.exists()
    report = source_test_report(source=sources_check(entries=[entry])[0].unsaved_source(),
                                fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    assert dict(report.field_counts)["insee_code"] == 4 and report.placed_commune == 4
    datagouv.fail(f"/api/1/datasets/{SLUG}/", 404)
    with pytest.raises(CommandError, match="Essai en échec : annuaire-bzh"):
        call_command("sources", "test", str(tmp_path / "sources.yaml"), stdout=io.StringIO(), stderr=io.StringIO())


def test_the_newest_main_file_is_read_not_the_first_listed():
    """Portals keep an archive or last year's export listed before the current file."""
    from search.harvest.connectors.datasets import Resource, resource_choose

    archive = Resource("a", "[Archive] Export 2021 (CSV)", "csv", "https://x/a.csv", "2021-06-30T10:00:00+00:00")
    current = Resource("c", "Export février 2025 (CSV)", "csv", "https://x/c.csv", "2025-02-18T09:12:00+00:00")
    sheet = Resource("x", "Export 2025 (XLSX)", "xlsx", "https://x/x.xlsx", "2025-03-01T00:00:00+00:00")
    assert resource_choose([sheet, archive, current], None) == current  # a CSV first, the newest of them
    twin = Resource("t", "Export bis", "csv", "https://x/t.csv", current.last_modified)
    assert resource_choose([current, twin], None) == current  # between equals, the dataset's order
    assert resource_choose([archive, current], "[archive] export 2021 (csv)") == archive  # named: that one
