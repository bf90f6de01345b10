"""« Nouvelle source à partir d'une adresse »: the URL is read through the SSRF guard, the format and the software are
recognised, a configuration is proposed with the fields guessed from the payload, its dry run is shown, and the
source is saved only when the administrator says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.urls import reverse

from initiatives.models import Source
from search.harvest.fetch import Fetcher
from search.harvest.propose import fields_guess, source_propose
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


def propose(url: str):
    return source_propose(url=url, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def test_each_kind_of_address_is_recognised(fixture_server):
    wp_home = fixture_server.add("/", '<html><head><link rel="https://api.w.org/" href="' + fixture_server.url("/wp-json/")
                                 + '"></head><body>Un site WordPress</body></html>', content_type="text/html")
    proposal = propose(wp_home)
    assert (proposal.software, proposal.recipe) == ("WordPress", "wordpress")
    assert proposal.configuration == {"recipe": "wordpress", "url": fixture_server.url("/wp-json/wp/v2/posts")}
    ods = fixture_server.add("/api/explore/v2.1/catalog/datasets/ess-na/records",
                             (RECORDED / "recipes" / "opendatasoft_records.json").read_bytes(),
                             content_type="application/json; charset=utf-8")
    proposal = propose(ods)
    assert proposal.recipe == "opendatasoft" and proposal.configuration["id"] == "identifiant"
    assert proposal.name == "Ess na"  # from the dataset's id, not the host
    assert proposal.configuration["fields"] == {"title": "nom_structure", "summary": "description",
                                                "insee_code": "code_insee", "city": "commune", "website": "site_web",
                                                "tags": "thematiques"}
    umap = fixture_server.add("/fr/datalayer/9/", (RECORDED / "recipes" / "umap_datalayer.geojson").read_bytes(),
                              content_type="application/json")
    proposal = propose(umap)
    assert proposal.configuration == {"recipe": "geojson", "url": umap,
                                      "fields": {"title": "properties.name", "summary": "properties.description"}}
    assert proposal.name == "Lieux solidaires"  # the uMap layer's name
    feed = fixture_server.add("/feed/", (RECORDED / "rss" / next(p.name for p in (RECORDED / "rss").iterdir()
                                                                  if p.suffix == ".xml")).read_bytes(),
                              content_type="application/rss+xml")
    assert propose(feed).recipe == "rss"
    sitemap = fixture_server.add("/sitemap.xml", (RECORDED / "sitemap" / "sitemap_projects.xml").read_bytes(),
                                 content_type="application/xml")
    assert propose(sitemap).recipe == "sitemap"
    csv = fixture_server.add("/export.csv", "Nom de la structure;Code postal;Commune;Site web\nGarage;29000;Quimper;\n",
                             content_type="text/csv; charset=utf-8")
    proposal = propose(csv)
    assert proposal.configuration == {"format": "csv", "url": csv, "fields": {
        "title": "Nom de la structure", "postcode": "Code postal", "city": "Commune", "website": "Site web"}}
    gogo = fixture_server.add("/api/elements.json", (RECORDED / "gogocarto" / "elements.json").read_bytes(),
                              content_type="application/json")
    assert propose(gogo).configuration == {"recipe": "gogocarto", "url": gogo}
    page = fixture_server.add("/a-propos", "<html><body><p>Bonjour</p></body></html>", content_type="text/html")
    assert propose(page).problems and not propose(page).configuration


def test_a_private_address_is_refused_by_the_guard():
    proposal = source_propose(url="http://127.0.0.1:9/api", fetcher=Fetcher(allowed_hosts=[]))
    assert proposal.problems and "Lecture impossible" in proposal.problems[0] and not proposal.configuration


def test_column_names_are_read_as_people_write_them():
    assert fields_guess(["NOM", "Adresse e-mail", "Téléphone", "Thématiques", "Année de création", "lat", "lng"]) == {
        "title": "NOM", "email": "Adresse e-mail", "phone": "Téléphone", "tags": "Thématiques",
        "start_date": "Année de création", "latitude": "lat", "longitude": "lng"}


def test_the_admin_proposes_tries_then_saves(client, fixture_server):
    client.force_login(UserFactory(username="admin-url", is_superuser=True, is_staff=True))
    listing = client.get(reverse("wagtailsnippets_initiatives_source:list")).content.decode()
    assert reverse("source_from_url") in listing  # the header button
    ods = fixture_server.add("/api/explore/v2.1/catalog/datasets/ess-na/records?limit=100",
                             (RECORDED / "recipes" / "opendatasoft_records.json").read_bytes(),
                             content_type="application/json; charset=utf-8")
    url = fixture_server.add("/api/explore/v2.1/catalog/datasets/ess-na/records",
                             (RECORDED / "recipes" / "opendatasoft_records.json").read_bytes(),
                             content_type="application/json; charset=utf-8")
    assert ods.startswith(url)
    html = client.post(reverse("source_from_url"), {"action": "propose", "url": url}).content.decode()
    assert "OpenDataSoft" in html and "<code>opendatasoft</code>" in html
    assert "Ressourcerie La Trouvaille" in html  # the dry run of the proposal
    assert "Fiches placées" in html and not Source.objects.exists()  # nothing saved yet
    configuration = {"recipe": "opendatasoft", "url": url, "id": "identifiant",
                     "fields": {"title": "nom_structure", "insee_code": "code_insee"}}
    bad = client.post(reverse("source_from_url"), {"action": "save", "url": url, "name": "ESS NA", "slug": "ess-na",
                                                   "configuration": "{pas du json"}).content.decode()
    assert "pas du JSON valide" in bad and not Source.objects.exists()
    response = client.post(reverse("source_from_url"), {"action": "save", "url": url, "name": "ESS Nouvelle-Aquitaine",
                                                        "slug": "ess-na", "configuration": json.dumps(configuration)})
    source = Source.objects.get(slug="ess-na")
    assert response.status_code == 302 and response["Location"].endswith(f"/{source.pk}/")
    assert (source.name, source.format, source.configuration["recipe"]) == ("ESS Nouvelle-Aquitaine", "json_api", "opendatasoft")
    assert source.enabled is False  # checked and enabled by an administrator before any harvest
    again = client.post(reverse("source_from_url"), {"action": "save", "url": url, "name": "Autre", "slug": "ess-na",
                                                     "configuration": json.dumps(configuration)}).content.decode()
    assert "existe déjà" in again and Source.objects.get(slug="ess-na").name == "ESS Nouvelle-Aquitaine"


def test_the_command_line_proposes_an_entry(fixture_server, settings):
    import io

    import yaml
    from django.core.management import CommandError, call_command

    url = fixture_server.add("/api/elements.json", (RECORDED / "gogocarto" / "elements.json").read_bytes(),
                             content_type="application/json")
    out, err = io.StringIO(), io.StringIO()
    call_command("sources", "propose", url, stdout=out, stderr=err)
    assert "Reconnu : GoGoCarto (recette gogocarto)" in err.getvalue()
    (entry,) = yaml.safe_load(out.getvalue())
    assert entry["configuration"] == {"recipe": "gogocarto", "url": url} and entry["slug"]
    page = fixture_server.add("/vide", "<html><body>Rien</body></html>", content_type="text/html")
    with pytest.raises(CommandError, match="Aucune configuration"):
        call_command("sources", "propose", page, stdout=io.StringIO(), stderr=io.StringIO())
