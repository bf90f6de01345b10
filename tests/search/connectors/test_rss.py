"""RSS 2.0 / Atom connector against recorded WordPress and Atom feeds."""

from __future__ import annotations

import json
import time

import pytest

from search.harvest.connectors import rss
from search.harvest.connectors.base import ConfigError, ParseError

FEED_URL = "https://territoires-solidaires.example.org/feed/"


def test_wordpress_feed_default_mapping(payload):
    result = rss.parse(payload("rss/wordpress_feed.xml", FEED_URL, "application/rss+xml; charset=UTF-8"), {})

    assert [record.external_id for record in result.records] == [
        "https://territoires-solidaires.example.org/?p=1842",
        "https://territoires-solidaires.example.org/?p=1790",
        "https://territoires-solidaires.example.org/?p=1711",
    ]
    first = result.records[0]
    assert first.url == "https://territoires-solidaires.example.org/2024/03/epicerie-solidaire-la-courte-echelle/"
    assert first.fields["title"] == "L’épicerie solidaire « La Courte Échelle » ouvre à Guéret"
    assert first.fields["summary"].startswith("Une épicerie où chacun paie selon ses moyens, tenue par")
    assert "<strong>La Courte Échelle</strong>" in first.fields["description"]
    assert first.fields["tags"] == ["Alimentation", "Épiceries solidaires", "Creuse"]
    assert first.fields["porteur_name"] == "Association Les Pieds sur Terre"
    assert first.fields["published_at"] == "Mon, 11 Mar 2024 08:30:00 +0000"
    assert "updated_at" not in first.fields  # RSS items have no update date; feedparser's fallback is not used
    assert first.fields["image_url"].endswith("/wp-content/uploads/2024/03/courte-echelle.jpg")
    # A feed without content:encoded keeps its description as the HTML body.
    assert result.records[2].fields["description"] == "Des arrêts sur le pouce balisés dans 14 communes."
    json.dumps([record.raw for record in result.records])  # raw must be storable as JSON
    assert result.next_url is None  # no pagination configured, no Atom rel=next
    assert result.warnings == []


def test_wordpress_paged_pagination(payload):
    config = {"pagination": {"type": "page", "param": "paged"}}
    result = rss.parse(payload("rss/wordpress_feed.xml", FEED_URL), config)
    assert result.next_url == FEED_URL + "?paged=2"

    result = rss.parse(payload("rss/wordpress_feed.xml", FEED_URL + "?paged=2"), config)
    assert result.next_url == FEED_URL + "?paged=3"


def test_paged_pagination_stops_on_an_empty_page(payload):
    result = rss.parse(
        payload("rss/empty_page.xml", FEED_URL + "?paged=3"), {"pagination": {"type": "page", "param": "paged"}}
    )
    assert result.records == []
    assert result.next_url is None


def test_atom_rel_next_is_followed_automatically(payload):
    result = rss.parse(payload("rss/atom_feed_page1.xml", "https://fabrique-transitions.example.fr/actus.atom"), {})

    assert result.next_url == "https://fabrique-transitions.example.fr/actus.atom?page=2"
    garage, cantine = result.records
    assert garage.external_id == "tag:fabrique-transitions.example.fr,2024:actu-318"
    assert garage.url == "https://fabrique-transitions.example.fr/actus/garage-solidaire-aurillac"
    assert garage.fields["porteur_name"] == "Régie de quartier du Cantal"
    assert garage.fields["updated_at"] == "2024-04-02T09:00:00+02:00"
    assert garage.fields["summary"] == "Un garage associatif pour les personnes en insertion."
    assert (
        cantine.fields["description"] == "<p>Repas <em>cuisinés sur place</em> avec les invendus des producteurs.</p>"
    )


def test_fields_override_and_extend_the_defaults(payload):
    config = {
        "id": {"path": "link"},
        "fields": {
            "title": {"path": "title", "transforms": ["lower"]},
            "tags": {"path": "tags[*].term", "transforms": ["lower"]},
            "language": {"constant": "fr"},
            "city": "georss_point",  # absent from the feed: reported as empty
        },
    }
    result = rss.parse(payload("rss/wordpress_feed.xml", FEED_URL), config)
    record = result.records[1]
    assert record.external_id == "https://territoires-solidaires.example.org/2024/02/tiers-lieu-la-fabrique-du-bocage/"
    assert record.fields["title"] == "un tiers-lieu rural pour réparer, apprendre et se retrouver"
    assert record.fields["tags"] == ["tiers-lieux", "économie circulaire"]
    assert record.fields["language"] == "fr"
    assert record.empty_fields == ["city"]


def test_html_served_instead_of_a_feed_is_a_parse_error(payload):
    with pytest.raises(ParseError, match="HTML page"):
        rss.parse(payload("rss/html_instead_of_feed.html", FEED_URL, "text/html"), {})


def test_billion_laughs_is_refused_quickly(payload):
    started = time.monotonic()
    with pytest.raises(ParseError, match="entit"):
        rss.parse(payload("rss/billion_laughs.xml", FEED_URL), {})
    assert time.monotonic() - started < 1


def test_unknown_pagination_type_is_a_config_error():
    with pytest.raises(ConfigError) as error:
        rss.validate_config({"pagination": {"type": "offset"}})
    assert error.value.field_path == "pagination.type"


def test_parse_detail_merges_the_first_entry(payload):
    record = rss.parse(
        payload("rss/atom_feed_page1.xml", "https://fabrique-transitions.example.fr/actus.atom"), {}
    ).records[1]
    enriched = rss.parse_detail(payload("rss/wordpress_feed.xml", FEED_URL), {}, record)
    assert enriched.external_id == record.external_id
    assert enriched.fields["tags"] == ["Alimentation", "Épiceries solidaires", "Creuse"]
