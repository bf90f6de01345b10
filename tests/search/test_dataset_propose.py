"""« Nouvelle source à partir d'une adresse » and `sources propose` for a data.gouv.fr or CKAN dataset: the recipe is
proposed with the fields guessed from the columns of the file a harvest would read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.urls import reverse

from initiatives.models import Source
from search.harvest.fetch import Fetcher
from search.harvest.propose import source_propose
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "datasets"
SLUG = "annuaire-des-initiatives-solidaires-de-bretagne"
FILES = f"/resources/{SLUG}/20240502-083000"
GUESSED = {"title": "Nom de l'initiative", "porteur_name": "Structure porteuse", "summary": "Description",
           "tags": "Thématiques", "address": "Adresse", "postcode": "Code postal", "city": "Commune",
           "insee_code": "Code INSEE", "website": "Site web", "email": "Courriel", "start_date": "Date de création"}


def propose(url: str):
    return source_propose(url=url, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def serve_datagouv(server, keep=None) -> None:
    answer = json.loads((RECORDED / "datagouv_dataset.json").read_text("utf-8"))
    if keep is not None:
        answer["resources"] = [answer["resources"][index] for index in keep]
    server.add(f"/api/1/datasets/{SLUG}/", json.dumps(answer).replace("https://static.data.gouv.fr", server.base_url),
               content_type="application/json")
    for name in ("csv", "json", "xlsx"):
        server.add(f"{FILES}/annuaire-initiatives.{name}", (RECORDED / f"annuaire-initiatives.{name}").read_bytes())


def test_a_datagouv_dataset_page_or_api_url(fixture_server):
    serve_datagouv(fixture_server)
    page = fixture_server.url(f"/fr/datasets/{SLUG}/")
    proposal = propose(page)
    assert (proposal.software, proposal.recipe, proposal.problems) == ("data.gouv.fr (udata)", "datagouv", [])
    assert proposal.configuration == {"recipe": "datagouv", "url": page, "id": "Identifiant", "fields": GUESSED}
    assert (proposal.name, proposal.slug) == ("Annuaire des initiatives solidaires de Bretagne", SLUG)
    assert "« Annuaire des initiatives (CSV) » (csv)" in proposal.notes[1]
    assert fixture_server.hits[f"{FILES}/annuaire-initiatives.csv"] == 1  # the file the harvest would read
    api = fixture_server.url(f"/api/1/datasets/{SLUG}/")
    assert propose(api).configuration["url"] == api


@pytest.mark.parametrize(("keep", "read", "guessed"), [
    ([0, 2], "xlsx", GUESSED),  # no CSV: the spreadsheet's first row
    ([4], "json", GUESSED),  # only JSON: the keys of its records
])
def test_the_columns_of_an_xlsx_or_json_file(fixture_server, keep, read, guessed):
    serve_datagouv(fixture_server, keep=keep)
    proposal = propose(fixture_server.url(f"/fr/datasets/{SLUG}/"))
    assert proposal.configuration["fields"] == guessed and proposal.configuration["id"] == "Identifiant"
    assert f"({read})" in proposal.notes[1]


def test_a_dataset_without_a_usable_file_or_an_unreadable_api(fixture_server):
    serve_datagouv(fixture_server, keep=[0, 1])
    proposal = propose(fixture_server.url(f"/fr/datasets/{SLUG}/"))
    assert not proposal.configuration and proposal.problems == [
        "Aucune ressource CSV, XLSX ou JSON dans ce jeu de données. Trouvé : « Notice d'utilisation » (pdf, "
        "documentation), « Dictionnaire des données » (csv, documentation)."]
    missing = propose(fixture_server.url("/api/1/datasets/inconnu/"))
    assert not missing.configuration and missing.problems[0].startswith("Jeu de données illisible")
    # A page that only looks like a dataset's, on a site without the API: the other guesses apply.
    page = fixture_server.add("/datasets/export.csv", "Nom;Commune\nGarage;Quimper\n", content_type="text/csv")
    assert propose(page).configuration == {"format": "csv", "url": page, "fields": {"title": "Nom", "city": "Commune"}}


def test_a_ckan_package_from_the_command_line(fixture_server):
    answer = (RECORDED / "ckan_package_show.json").read_text("utf-8").replace("https://ckan.example.org",
                                                                              fixture_server.base_url)
    fixture_server.add("/api/3/action/package_show?id=initiatives-solidaires-pays-de-vannes", answer,
                       content_type="application/json")
    fixture_server.add("/dataset/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/resource/3d4e5f60-7182-493a-4b5c-6d7e8f901234/"
                       "download/annuaire-initiatives.csv", (RECORDED / "annuaire-initiatives.csv").read_bytes(),
                       content_type="text/csv")
    url = fixture_server.url("/dataset/initiatives-solidaires-pays-de-vannes")
    out, err = io.StringIO(), io.StringIO()
    call_command("sources", "propose", url, stdout=out, stderr=err)
    assert "Reconnu : CKAN (recette ckan)" in err.getvalue()
    (entry,) = yaml.safe_load(out.getvalue())
    assert entry["name"] == "Initiatives solidaires du Pays de Vannes"
    assert entry["configuration"] == {"recipe": "ckan", "url": url, "id": "Identifiant", "fields": GUESSED}


def test_the_admin_proposes_and_tries_a_dataset(client, fixture_server):
    client.force_login(UserFactory(username="admin-dataset", is_superuser=True, is_staff=True))
    serve_datagouv(fixture_server)
    url = fixture_server.url(f"/fr/datasets/{SLUG}/")
    html = client.post(reverse("source_from_url"), {"action": "propose", "url": url}).content.decode()
    assert "data.gouv.fr (udata)" in html and "<code>datagouv</code>" in html
    assert "Tiers-lieu La Criée" in html  # the dry run read the chosen file
    assert "Ressource lue" in html and not Source.objects.exists()
