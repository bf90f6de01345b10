"""Conditional GETs everywhere: list pages, detail pages (kept per detail URL) and sitemaps send If-None-Match, and
an unchanged re-harvest costs the partner a 304 per page, read off the fixture server's access log."""

from __future__ import annotations

import pytest

from initiatives.models import Initiative, SourceRecord
from search.harvest.fetch import Fetcher
from search.harvest.harvester import source_harvest
from search.harvest.models import FetchState
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db

PLACES = [("epicerie-du-lac", "Épicerie du Lac", "12000 Rodez"), ("garage-des-monts", "Garage des Monts", "29200 Brest"),
          ("atelier-velo", "Atelier vélo", "63000 Clermont-Ferrand")]


def list_page(items, next_url: str | None = None) -> str:
    cards = "".join(
        f'<article class="fiche" data-id="{slug}"><h2><a href="/fiches/{slug}/">{title}</a></h2>'
        f'<p class="lieu">{place}</p></article>' for slug, title, place in items)
    more = f'<a rel="next" href="{next_url}">Suivant</a>' if next_url else ""
    return f"<html><body>{cards}{more}</body></html>"


def detail_page(title: str, description: str) -> str:
    return (f"<html><body><h1>{title}</h1><div class='description'><p>{description}</p></div>"
            f"<dl><dd class='porteur'>Association {title}</dd></dl></body></html>")


HTML_CONFIG = {
    "format": "html", "min_delay": 0, "follow_details": True, "item_selector": "article.fiche",
    "id": {"css": "article", "attr": "data-id"}, "next_selector": "a[rel=next]", "detail_link": "h2 a",
    "fields": {"title": "h2", "postcode": {"css": ".lieu", "transforms": [{"regex": r"^(\d{5})"}]},
               "city": {"css": ".lieu", "transforms": [{"regex": r"^\d{5}\s+(.+)$"}]}},
    "detail_fields": {"description": {"css": "div.description", "attr": "html"}, "porteur_name": "dd.porteur"},
}


def harvest(source):
    return source_harvest(source=source, fetcher=Fetcher(allowed_hosts=["127.0.0.1"]))


def statuses(server, since: int) -> dict[str, int]:
    """The status of each page since ``since`` (robots.txt aside: each harvest reads it once, and here it is 404)."""
    return {path: status for path, status in server.access_log[since:] if path != "/robots.txt"}


def test_an_unchanged_reharvest_of_a_follow_details_source_answers_304_everywhere(fixture_server):
    fixture_server.add("/fiches/", list_page(PLACES[:2], "/fiches/?page=2"), content_type="text/html; charset=utf-8")
    fixture_server.add("/fiches/?page=2", list_page(PLACES[2:]), content_type="text/html; charset=utf-8")
    for slug, title, _place in PLACES:
        fixture_server.add(f"/fiches/{slug}/", detail_page(title, f"Présentation de {title}."),
                           content_type="text/html; charset=utf-8")
    source = SourceFactory(slug="reseau-html", format="html",
                           configuration={**HTML_CONFIG, "url": fixture_server.url("/fiches/")})
    first = harvest(source)
    assert (first.status, first.created) == ("success", 3)
    assert "Présentation de Garage des Monts" in Initiative.objects.get(title="Garage des Monts").description

    mark = len(fixture_server.access_log)
    second = harvest(source)
    answered = statuses(fixture_server, mark)
    assert answered == {"/fiches/": 304, "/fiches/?page=2": 304, **{f"/fiches/{slug}/": 304 for slug, *_ in PLACES}}
    assert (second.created, second.updated, second.unchanged, second.pages_unchanged) == (0, 0, 3, 5)
    assert all("If-None-Match" in headers for _m, path, headers in fixture_server.requests[-5:]), fixture_server.requests

    # One detail page changes: only it costs a 200, and its record is updated; the others stay 304.
    fixture_server.add("/fiches/garage-des-monts/", detail_page("Garage des Monts", "Ouvert le samedi aussi."),
                       content_type="text/html; charset=utf-8")
    mark = len(fixture_server.access_log)
    third = harvest(source)
    answered = statuses(fixture_server, mark)
    assert answered["/fiches/garage-des-monts/"] == 200
    assert [status for path, status in answered.items() if path != "/fiches/garage-des-monts/"] == [304] * 4
    assert (third.updated, third.unchanged) == (1, 2)
    assert "Ouvert le samedi aussi" in Initiative.objects.get(title="Garage des Monts").description

    # The list gives a record differently (a new place): its detail page is read again whole, never a 304 whose
    # stored record would hide the change.
    moved = [PLACES[0], ("garage-des-monts", "Garage des Monts", "29000 Quimper")]
    fixture_server.add("/fiches/", list_page(moved, "/fiches/?page=2"), content_type="text/html; charset=utf-8")
    mark = len(fixture_server.access_log)
    fourth = harvest(source)
    answered = statuses(fixture_server, mark)
    assert answered["/fiches/"] == 200 and answered["/fiches/garage-des-monts/"] == 200
    assert answered["/fiches/epicerie-du-lac/"] == 304
    garage = Initiative.objects.get(title="Garage des Monts")
    assert fourth.updated == 1 and garage.commune_id == "29232" and "Ouvert le samedi aussi" in garage.description


def test_sitemaps_and_their_pages_are_asked_conditionally(fixture_server):
    pages = {f"/projets/{slug}/": title for slug, title, _ in PLACES}
    urls = "".join(f"<url><loc>{fixture_server.url(path)}</loc></url>" for path in pages)
    fixture_server.add("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                       content_type="application/xml")
    for path, title in pages.items():
        fixture_server.add(path, '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
                           f'"@type": "Project", "name": "{title}", "description": "Un projet."}}</script></head></html>',
                           content_type="text/html; charset=utf-8")
    source = SourceFactory(slug="carte-sitemap", format="sitemap",
                           configuration={"format": "sitemap", "url": fixture_server.url("/sitemap.xml"), "min_delay": 0})
    first = harvest(source)
    assert (first.status, first.created) == ("success", 3), first.errors
    mark = len(fixture_server.access_log)
    second = harvest(source)
    assert statuses(fixture_server, mark) == {"/sitemap.xml": 304, **{path: 304 for path in pages}}
    assert (second.unchanged, second.created, second.updated) == (3, 0, 0)
    assert SourceRecord.objects.filter(missing_since__isnull=False).count() == 0  # nothing taken for gone
    assert FetchState.objects.filter(source=source).count() == 4
