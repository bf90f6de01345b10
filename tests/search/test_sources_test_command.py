"""`manage.py sources test FILE|SLUG`: the dry run from the command line, the same report as the admin's table,
over real HTTP from a fixture server; nothing is written."""

from __future__ import annotations

import io
import json

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.urls import reverse

from initiatives.models import Initiative, Source, SourceRecord, ThemeCrosswalk
from search.harvest.models import FetchState, HarvestRun
from tests.factories import SourceFactory, UserFactory, make_initiative

pytestmark = pytest.mark.django_db

RECORDS = [
    {"id": 1, "nom": "Garage solidaire", "ville": "Brest", "tags": ["Catégorie 7"], "debut": "2019-03-01"},
    {"id": 2, "nom": "Épicerie du Lac", "ville": "Nulle-Part-sur-Rien", "tags": ["Vrac"], "debut": "au printemps"},
    {"id": 3, "nom": "Repair café", "ville": "Rodez", "tags": [], "debut": ""},
]


def platform(fixture_server, *, pages: int = 1) -> str:
    for page in range(1, pages + 1):
        body = {"results": RECORDS if page == 1 else [{**RECORDS[0], "id": 10 + page, "nom": f"Page {page}"}],
                "next": fixture_server.url(f"/api/{page + 1}") if page < pages else None}
        fixture_server.add(f"/api/{page}", json.dumps(body), content_type="application/json")
    return fixture_server.url("/api/1")


def entry(url: str, **overrides) -> dict:
    return {"name": "Plateforme essai", "slug": "plateforme-essai", "configuration": {
        "format": "json_api", "url": url, "id": "id", "records_path": "results", "min_delay": 0,
        "pagination": {"type": "next_link", "next_path": "next"},
        "fields": {"title": "nom", "city": "ville", "tags": "tags", "start_date": "debut", "website": "site"}},
        "crosswalk": {"Catégorie 7": ["habitat-inclusif"]}, **overrides}


def run(*args) -> str:
    out = io.StringIO()
    call_command("sources", "test", *args, stdout=out)
    return out.getvalue()


def test_a_file_is_tried_without_writing_anything(fixture_server, tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump([entry(platform(fixture_server))], allow_unicode=True), encoding="utf-8")
    text = run(str(path))
    assert "Source « Plateforme essai » (plateforme-essai, json_api)" in text and "3 fiche(s) lue(s)" in text
    assert "  title" in text and "3 / 3" in text  # every record has a title
    assert [line.split() for line in text.splitlines() if line.strip().startswith("website")] == [
        ["website", "0", "/", "3", "(vide", "partout)"]]
    assert "Placées : 2 / 3 (dont à la commune : 2)" in text  # Brest and Rodez; the third place is not a commune
    assert "classées dans un thème : 3 / 3" in text  # keywords of the titles, and the file's crosswalk:
    assert "habitat-inclusif" in next(line for line in text.splitlines() if line.startswith("  [1] Garage solidaire"))
    assert "Étiquettes sans thème : Vrac (1)" in text
    assert "'au printemps' (1)" in text
    assert "Nulle-Part-sur-Rien" in text.split("Lieux non reconnus", 1)[1]
    assert "[1] Garage solidaire — 29019" in text
    # Nothing stays: no source, no crosswalk, no run, no fetch state, no record.
    assert not Source.objects.exists() and not ThemeCrosswalk.objects.exists()
    assert not HarvestRun.objects.exists() and not FetchState.objects.exists() and not SourceRecord.objects.exists()


def test_a_saved_source_pages_and_what_is_already_here(fixture_server):
    source = SourceFactory(slug="plateforme-essai", **{k: v for k, v in entry(platform(fixture_server, pages=3)).items()
                                                       if k in ("name", "configuration")}, format="json_api")
    make_initiative(source=source, title="Repair café", summary="Déjà là.", external_id="3")
    make_initiative(source=SourceFactory(slug="autre"), title="GARAGE SOLIDAIRE", summary="Ailleurs.")
    one, three = run("plateforme-essai"), run("plateforme-essai", "--pages", "3")
    assert "3 fiche(s) lue(s)" in one and "5 fiche(s) lue(s)" in three
    assert "Déjà moissonnées (même identifiant) : 1 · au titre d’une initiative déjà publiée : 2" in one
    assert Initiative.objects.count() == 2 and HarvestRun.objects.count() == 0


def test_mistakes_fail_with_a_clear_message(fixture_server, tmp_path):
    with pytest.raises(CommandError, match="Aucune source « inconnue »"):
        run("inconnue")
    path = tmp_path / "sources.yaml"
    url = platform(fixture_server)
    path.write_text(yaml.safe_dump([entry(url), entry(url, slug="deuxieme", precedance=2)]), encoding="utf-8")
    with pytest.raises(CommandError, match=r"\[1\]\.precedance: unknown key 'precedance' \(did you mean 'precedence'\?\)"):
        run(str(path))
    assert fixture_server.access_log == []  # the whole file is checked before anything is fetched
    for bad in ("", "sources: 3"):
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(CommandError, match="ne contient pas de liste de sources"):
            run(str(path))
    with pytest.raises(CommandError, match="Aucune source « docs »"):
        run("docs")  # a folder of that name is not a file
    down = entry("http://127.0.0.1:9/api", slug="injoignable")
    down["configuration"].update(timeout=1, connect_timeout=1)
    path.write_text(yaml.safe_dump([down]), encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError, match="Essai en échec : injoignable"):
        call_command("sources", "test", str(path), stdout=out)
    assert "erreur" in out.getvalue() and "127.0.0.1:9" in out.getvalue()


def test_trying_a_file_leaves_the_saved_source_as_it_was(fixture_server, tmp_path):
    url = platform(fixture_server)
    saved = SourceFactory(slug="plateforme-essai", format="json_api", configuration=entry(url)["configuration"])
    ThemeCrosswalk.objects.create(source=saved, tag="Vrac").themes.set([])
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump([entry(url, name="Nouveau nom")], allow_unicode=True), encoding="utf-8")
    text = run(str(path))
    assert "Source « Nouveau nom »" in text and "habitat-inclusif" in text  # the file's crosswalk applied…
    saved.refresh_from_db()
    assert saved.name != "Nouveau nom"  # …and the saved source untouched, its own crosswalk too
    assert list(ThemeCrosswalk.objects.values_list("tag", flat=True)) == ["Vrac"]


def test_the_admin_shows_the_same_report(client, fixture_server):
    client.force_login(UserFactory(username="admin-essai", is_superuser=True, is_staff=True))
    source = SourceFactory(slug="plateforme-essai", format="json_api",
                           configuration=entry(platform(fixture_server))["configuration"])
    html = client.get(reverse("source_test", args=[source.pk])).content.decode()
    assert "Champs remplis" in html and "<code>city</code></td><td>3 / 3" in html
    assert "Fiches placées (commune, département ou région)" in html and "2 / 3" in html
    assert "Vrac (1)" in html and "au printemps" in html


def test_show_prints_the_values_read_for_the_named_fields(fixture_server, tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump([entry(platform(fixture_server))], allow_unicode=True), encoding="utf-8")
    text = run(str(path), "--show", "city, tags,website", "--samples", "2")
    sample = text.split("Exemples :", 1)[1]
    assert "      city = 'Brest'" in sample and "      tags = ['Catégorie 7']" in sample
    assert "      website = (vide)" in sample  # mapped, empty in the platform's items
    assert "Repair café" not in sample  # two samples only
    with pytest.raises(CommandError, match="--show : champ inconnu « ville » .*\\(champs : "):
        run(str(path), "--show", "ville")
    with pytest.raises(CommandError, match="did you mean 'title'"):
        run(str(path), "--show", "titel")
