"""Recipes: a source names its platform's software and its URL; the recipe gives the rest. Each recipe is tried
against recorded payloads of the real software's format, harvested over HTTP from a fixture server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from initiatives.models import Initiative, Source, SourceRecord
from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import ConfigError
from search.harvest.connectors.recipes import recipe_expand, recipes
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.harvest.sources import sources_import
from search.live import live_search, searchable_sources
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db
RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "sources" / "recipes"


def recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


def harvest(source):
    return source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


@pytest.mark.parametrize("name", sorted(recipes()))
def test_each_recipe_needs_only_a_url(name):
    recipe = recipes()[name]
    assert recipe["description"] and recipe["example_url"].startswith("https://")
    config = validate_source_config({"recipe": name, "url": recipe["example_url"]})
    assert config["format"] == recipe["configuration"]["format"] and config["recipe"] == name
    assert validate_source_config(config) == config  # validating again changes nothing
    assert recipe_expand(recipe_expand({"recipe": name, "url": recipe["example_url"]})) == recipe_expand(
        {"recipe": name, "url": recipe["example_url"]})


def test_recipe_mistakes_are_named():
    with pytest.raises(ConfigError, match=r"^recipe: unknown recipe 'wordpres' \(did you mean 'wordpress'\?\)"):
        validate_source_config({"recipe": "wordpres", "url": "https://x.example.org/wp-json/wp/v2/posts"})
    with pytest.raises(ConfigError, match=r"^url: a wordpress URL contains '/wp-json/'"):
        validate_source_config({"recipe": "wordpress", "url": "https://x.example.org/feed/"})
    # The source's own keys win, field by field.
    config = validate_source_config({"recipe": "wordpress", "url": "https://x.example.org/blog/wp-json/wp/v2/posts",
                                     "fields": {"tags": "tags"}})
    assert config["fields"]["tags"]["path"] == "tags" and config["fields"]["title"]["path"] == "title.rendered"
    assert config["url"] == "https://x.example.org/blog/wp-json/wp/v2/posts?per_page=50"
    assert config["lookups"]["tags"]["url"][0] == "https://x.example.org/blog/wp-json/wp/v2/categories?per_page=100"


def test_the_url_keeps_its_repeated_parameters_and_the_root_its_last_marker():
    config = recipe_expand({"recipe": "opendatasoft", "url": "https://data.example.fr/api/explore/v2.1/catalog/datasets/"
                            "records-ess/records?refine=region:Bretagne&refine=type:asso", "fields": {"title": "nom"}})
    assert config["url"].endswith("/records-ess/records?refine=region%3ABretagne&refine=type%3Aasso&limit=100")
    assert config["search"]["url"].startswith("https://data.example.fr/api/explore/v2.1/catalog/datasets/records-ess/records?")
    assert config["search"]["fields"]["title"] == "nom"  # the live answer is read with the dataset's columns


def test_wordpress_posts_get_names_themes_and_live_search(fixture_server):
    fixture_server.add("/wp-json/wp/v2/posts?per_page=50", recorded("wordpress_posts.json"),
                       content_type="application/json; charset=UTF-8", headers={"X-WP-Total": "3", "X-WP-TotalPages": "1"})
    fixture_server.add("/wp-json/wp/v2/categories?per_page=100", recorded("wordpress_categories.json"),
                       content_type="application/json; charset=UTF-8", headers={"X-WP-TotalPages": "1"})
    fixture_server.add("/wp-json/wp/v2/tags?per_page=100", recorded("wordpress_tags.json"),
                       content_type="application/json; charset=UTF-8", headers={"X-WP-TotalPages": "1"})
    sources_import(entries=[{"name": "Réseau solidaire", "slug": "reseau-solidaire", "crosswalk": {
        "Mobilité": ["mobilite"]}, "configuration": {
        "recipe": "wordpress", "url": fixture_server.url("/wp-json/wp/v2/posts"), "min_delay": 0}}])
    source = Source.objects.get(slug="reseau-solidaire")
    assert source.format == "json_api"
    run = harvest(source)
    assert (run.status, run.created) == ("success", 3), run.errors
    garage = Initiative.objects.get(title="Le garage solidaire de Quimperlé ouvre un second atelier")
    record = garage.records.get()
    assert record.fields["tags"] == ["Mobilité", "Insertion"]  # category ids read as names (entities decoded)
    assert "mobilite" in {theme.code for theme in garage.themes.all()}  # and themed through the crosswalk
    assert garage.summary.startswith("Réparer sa voiture à prix coûtant")
    assert record.source_url == "https://reseau-solidaire.example.org/2024/03/garage-solidaire-quimperle/"
    # The recipe's search block: the platform answers live queries as soon as the source exists.
    fixture_server.add_handler("/wp-json/wp/v2/posts", lambda params: _search_answer(params))
    assert source in searchable_sources()
    result = live_search("repair", sources=[source])
    assert [hit.title for hit in result.hits] == ["Repair café : un an de réparations à Landerneau"]


def _search_answer(params):
    from carrefour.demo.fixture_server import Route

    posts = json.loads(recorded("wordpress_posts.json"))
    wanted = params.get("search", [""])[0].lower()
    found = [post for post in posts if wanted and wanted in post["title"]["rendered"].lower()]
    return Route(body=json.dumps(found).encode(), content_type="application/json")


def test_opendatasoft_records_with_the_dataset_fields(fixture_server):
    fixture_server.add("/api/explore/v2.1/catalog/datasets/ess-na/records?limit=100", recorded("opendatasoft_records.json"),
                       content_type="application/json; charset=utf-8")
    source = SourceFactory(slug="ods-na", format="json_api", configuration={
        "recipe": "opendatasoft", "url": fixture_server.url("/api/explore/v2.1/catalog/datasets/ess-na/records"),
        "min_delay": 0, "id": "identifiant",
        "fields": {"title": "nom_structure", "summary": "description", "insee_code": "code_insee", "website": "site_web",
                   "tags": "thematiques"}})
    run = harvest(source)
    assert (run.status, run.created) == ("success", 3), run.errors
    trouvaille = Initiative.objects.get(title="Ressourcerie La Trouvaille")
    assert trouvaille.commune_id == "87085" and round(trouvaille.latitude, 2) == 45.83
    config = validate_source_config(source.configuration)
    assert config["search"]["url"].endswith("/ess-na/records?where=%22{query}%22&limit=10")


def test_a_umap_geojson_layer(fixture_server):
    url = fixture_server.add("/fr/datalayer/12345/", recorded("umap_datalayer.geojson"), content_type="application/geo+json")
    source = SourceFactory(slug="carte-umap", format="json_api",
                           configuration={"recipe": "geojson", "url": url, "min_delay": 0})
    run = harvest(source)
    assert run.created == 3, run.errors
    repair = Initiative.objects.get(title="Repair café de l’île de Nantes")
    assert (round(repair.latitude, 4), round(repair.longitude, 4)) == (47.2184, -1.5536)
    assert repair.departement_id == "44"  # placed from its coordinates
    line = Initiative.objects.get(title="Itinéraire vélo")
    assert line.latitude is None  # a line has no single position: none is invented


def test_a_gogocarto_map_and_its_live_search(fixture_server):
    document = json.loads((RECORDED.parent / "gogocarto" / "elements.json").read_bytes())
    document["data"][1]["email"] = "private"  # what GoGoCarto writes when the map hides e-mails
    payload = json.dumps(document).encode()
    url = fixture_server.add("/api/elements.json", payload, content_type="application/json")

    def search(params):
        from carrefour.demo.fixture_server import Route

        wanted = params.get("text", [""])[0].lower()
        found = [{"searchScore": 1.0, **element} for element in json.loads(payload)["data"]
                 if wanted and wanted in element["name"].lower()]
        return Route(body=json.dumps({"data": found, "ontology": "gogofull"}).encode(), content_type="application/json")

    fixture_server.add_handler("/api/elements/search", search)
    source = SourceFactory(slug="carte-gogo", format="json_api",
                           configuration={"recipe": "gogocarto", "url": url, "min_delay": 0})
    run = harvest(source)
    elements = json.loads(payload)["data"]
    assert (run.status, run.created) == ("success", len(elements)), run.errors
    first = Initiative.objects.get(title=elements[0]["name"])
    assert first.commune_id == "69383" or first.commune_id == "69123"  # Lyon 3e, placed at the commune
    assert round(first.latitude, 3) == round(elements[0]["geo"]["latitude"], 3)
    assert not any("<" in i.summary for i in Initiative.objects.all())  # HTML descriptions read as text
    record = first.records.get()
    assert record.fields["tags"] == elements[0]["categories"]
    # A map that hides e-mails writes "private": never taken for an address.
    hidden = SourceRecord.objects.get(source=source, external_id=elements[1]["id"])
    assert "email" not in hidden.fields and hidden.raw["email"] == "private"
    assert source in searchable_sources()
    result = live_search("cagette", sources=[source])
    assert [hit.title for hit in result.hits] == [elements[0]["name"]]


def test_the_recipes_are_documented():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "sources.md").read_text("utf-8")
    section = docs.split("## Recipes", 1)[1].split("\n## ", 1)[0]
    for name in recipes():
        assert f"`{name}`" in section, name
