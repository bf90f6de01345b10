"""Lookups: a WordPress platform publishes category ids; one more answer of the same platform turns them into labels,
read once per harvest (every page of it), so that its posts get themes through the crosswalk."""

from __future__ import annotations

import json

import pytest

from initiatives.models import Initiative, Theme, ThemeCrosswalk
from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import ConfigError, Payload, RawRecord
from search.harvest.connectors.lookups import lookup_apply, lookup_table
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

POSTS = [
    {"id": 101, "title": {"rendered": "Garage solidaire de Brest"}, "link": "/garage", "categories": [12, 7]},
    {"id": 102, "title": {"rendered": "Atelier couture"}, "link": "/couture", "categories": [99]},
]
CATEGORIES = [[{"id": 12, "name": "Mobilité", "slug": "mobilite"}], [{"id": 7, "name": "Solidarité", "slug": "solidarite"}]]


def wordpress(fixture_server) -> dict:
    fixture_server.add("/wp-json/wp/v2/posts", json.dumps(POSTS), content_type="application/json")
    fixture_server.add("/wp-json/wp/v2/categories?per_page=100", json.dumps(CATEGORIES[0]),
                       content_type="application/json", headers={"X-WP-TotalPages": "2"})
    fixture_server.add("/wp-json/wp/v2/categories?per_page=100&page=2", json.dumps(CATEGORIES[1]),
                       content_type="application/json", headers={"X-WP-TotalPages": "2"})
    return {"format": "json_api", "url": fixture_server.url("/wp-json/wp/v2/posts"), "min_delay": 0, "id": "id",
            "fields": {"title": "title.rendered", "url": {"path": "link", "transforms": ["urljoin"]}, "tags": "categories"},
            "lookups": {"tags": fixture_server.url("/wp-json/wp/v2/categories?per_page=100")}}


def test_category_ids_become_labels_and_themes(fixture_server):
    source = SourceFactory(slug="blog-wp", format="json_api", configuration=wordpress(fixture_server))
    ThemeCrosswalk.objects.create(source=source, tag="Mobilité").themes.set([Theme.objects.get(code="mobilite")])
    run = source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    assert run.status in ("success", "partial"), run.errors
    garage = Initiative.objects.get(title="Garage solidaire de Brest")
    assert "mobilite" in {theme.code for theme in garage.themes.all()}
    record = garage.records.get()
    assert record.fields["tags"] == ["Mobilité", "Solidarité"] and record.raw["categories"] == [12, 7]
    assert record.raw["_labels"] == {"tags": ["Mobilité", "Solidarité"]}  # a renamed label changes the record
    couture = Initiative.objects.get(title="Atelier couture").records.get()
    assert couture.fields["tags"] == [99]  # no label: the id is kept, and said
    # Each page of the categories was read once for the whole harvest.
    hits = fixture_server.hits
    assert hits["/wp-json/wp/v2/categories?per_page=100"] == 1 and hits["/wp-json/wp/v2/categories?per_page=100&page=2"] == 1


def test_a_failing_lookup_fails_the_run_and_changes_nothing(fixture_server):
    source = SourceFactory(slug="blog-wp", format="json_api", configuration=wordpress(fixture_server))
    ThemeCrosswalk.objects.create(source=source, tag="Mobilité").themes.set([Theme.objects.get(code="mobilite")])
    assert source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"])).status == "success"
    garage = Initiative.objects.get(title="Garage solidaire de Brest")
    before = (garage.records.get().fields, {theme.code for theme in garage.themes.all()})
    # The categories answer fails: relabelling the posts with bare ids would take their themes away.
    fixture_server.add("/wp-json/wp/v2/categories?per_page=100", "Erreur", status=500)
    run = source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))
    assert run.status == "failed" and any(error["kind"] == "lookup" for error in run.errors)
    garage.refresh_from_db()
    assert (garage.records.get().fields, {theme.code for theme in garage.themes.all()}) == before
    assert "mobilite" in before[1]


@pytest.mark.parametrize(("lookups", "path", "message"), [
    ({"tagz": "https://x.example/c"}, "lookups.tagz", "did you mean 'tags'?"),
    ({"tags": "ftp://x.example/c"}, "lookups.tags.url", "http(s) URL"),
    ({"tags": {"url": "https://x.example/c", "lable": "name"}}, "lookups.tags.lable", "did you mean 'label'?"),
    ({"tags": {"url": "https://x.example/c", "key": 3}}, "lookups.tags.key", "path string"),
    ("https://x.example/c", "lookups", "must be a mapping"),
])
def test_a_wrong_lookup_is_named(lookups, path, message):
    with pytest.raises(ConfigError) as failure:
        validate_source_config({"format": "json_api", "url": "https://x.example/posts", "fields": {"title": "t"},
                                "lookups": lookups})
    assert failure.value.field_path == path and message in str(failure.value)


def test_tables_from_the_usual_answers():
    def answer(data):
        return Payload(url="https://x.example/t", content=json.dumps(data).encode(), headers={})

    spec = {"records_path": "", "key": "id", "label": "name"}
    assert lookup_table(answer({"12": "Mobilité", "7": " Culture "}), spec) == {"12": "Mobilité", "7": "Culture"}
    facet = {"facets": [{"name": "theme", "facets": [{"name": "Habitat", "value": "hab"}]}]}
    assert lookup_table(answer(facet), {"records_path": "facets[0].facets", "key": "value", "label": "name"}) == {
        "hab": "Habitat"}
    rendered = [{"id": 3, "name": {"rendered": "Tiers-lieux"}}]
    assert lookup_table(answer(rendered), spec) == {"3": "Tiers-lieux"}
    record = RawRecord(external_id="1", fields={"tags": [3, 4], "title": "x"}, raw={"id": 1})
    labelled = lookup_apply(record, {"tags": {"3": "Tiers-lieux"}})
    assert labelled.fields["tags"] == ["Tiers-lieux", 4] and "no label for 4" in labelled.warnings[0]
