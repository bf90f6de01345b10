"""The search page /recherche/: French UI, shareable filters, facets, pagination, sort, empty state, partials."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from initiatives.models import SourceRecord
from initiatives.services import DistinctionData
from search.lexicon import search_terms_refresh
from search.params import PAGE_SIZE
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db
URL = "/recherche/"


@pytest.fixture(autouse=True)
def private_cache(settings):
    # Facet counts and totals are cached by query: a private cache keeps them from leaking between tests.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "search-page"}
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def corpus():
    avise = SourceFactory(slug="avise", name="Avise démo")
    labo = SourceFactory(slug="labo", name="Labo démo")
    rodez = make_initiative(
        source=avise,
        title="Épiceries solidaires du Grand Rodez",
        summary="Des produits frais à petit prix.",
        commune="12202",
        departement="12",
        region="76",
        theme_codes=["alimentation", "precarite"],
        start_year=2019,
        porteur={"name": "Association Panier Partagé", "kind": "association"},
    )
    # The same initiative also published by a second platform: one hit, "Aussi sur" both.
    SourceRecord.objects.create(
        source=labo,
        external_id="rodez",
        source_url="https://labo.example.org/fiche/rodez",
        raw={"id": "rodez"},
        content_hash="rodez",
        initiative=rodez,
    )
    return {
        "rodez": rodez,
        "millau": make_initiative(
            source=labo,
            title="Tiers-lieu de Millau",
            summary="Un lieu ouvert à tous.",
            description="<p>On y trouve aussi une épicerie solidaire le samedi.</p>",
            commune="12145",
            departement="12",
            region="76",
            theme_codes=["tiers-lieux"],
            start_year=2021,
            porteur={"name": "Mairie de Millau", "kind": "collectivite"},
        ),
        "covoiturage": make_initiative(
            source=labo,
            title="Covoiturage rural en Bretagne",
            summary="Mobilité rurale partagée.",
            departement="29",
            region="53",
            theme_codes=["mobilite"],
            start_year=2019,
            distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2020, rank="or")],
        ),
        "garage": make_initiative(
            source=avise,
            title="Garage solidaire de Brest",
            summary="Réparer sa voiture moins cher.",
            commune="29019",
            departement="29",
            region="53",
            theme_codes=["mobilite", "precarite"],
            start_year=2020,
        ),
    }


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_titles(page: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in page.select("ol.carrefour-results .carrefour-result .fr-card__title a")]


def facet_values(page: BeautifulSoup, name: str) -> dict[str, tuple[str, bool]]:
    """{value: (label text, checked)} for the checkboxes of one facet."""
    values = {}
    for box in page.select(f"#facettes input[type=checkbox][name={name}]"):
        label = page.find("label", attrs={"for": box["id"]})
        values[box["value"]] = (" ".join(label.get_text().split()), box.has_attr("checked"))
    return values


def test_url_and_navigation(client):
    assert reverse("search:search") == URL
    page = soup(client.get("/initiatives/"))
    assert page.find("a", href=URL) is not None


def test_page_renders_in_french_with_every_result(client, corpus):
    page = soup(client.get(URL))
    assert page.html["lang"] == "fr"
    assert page.h1.get_text(strip=True) == "Rechercher une innovation sociale"
    assert page.select_one("#resultats-nombre").get_text(strip=True) == "4 initiatives"
    assert page.select_one("#resultats-nombre")["aria-live"] == "polite"
    assert len(result_titles(page)) == 4
    # Labelled controls: the search box, the sort select and every checkbox.
    for control in page.select("form#recherche-formulaire input:not([type=hidden]), form#recherche-formulaire select"):
        assert page.find("label", attrs={"for": control["id"]}), control
    assert page.select_one("form#recherche-formulaire")["method"] == "get"
    assert page.find("script", src="/static/carrefour/search.js") is not None
    assert not [s for s in page.find_all("script") if not s.get("src")], "no inline scripts (CSP)"
    nav = page.select_one("nav#navigation-principale a[aria-current=page]")
    assert nav.get_text(strip=True) == "Rechercher"


def test_query_highlights_and_card_details(client, corpus):
    page = soup(client.get(URL, {"q": "épicerie solidaire"}))
    assert result_titles(page)[:2] == ["Épiceries solidaires du Grand Rodez", "Tiers-lieu de Millau"]
    assert page.select_one("#resultats-nombre").get_text(" ", strip=True) == "2 initiatives pour « épicerie solidaire »"
    card = page.select(".carrefour-result")[1]
    marked = soup(client.get(URL, {"q": "produits frais"})).select_one(".carrefour-result .carrefour-snippet")
    assert [mark.get_text() for mark in marked.select("mark")] == ["produits", "frais"]
    assert "Mairie de Millau" in card.get_text()
    assert "Millau (Aveyron)" in " ".join(card.get_text().split())
    rodez = page.select(".carrefour-result")[0]
    assert "Aussi sur : Avise démo, Labo démo" in " ".join(rodez.get_text().split())
    assert [a["href"] for a in rodez.select(".carrefour-sources a")][0].startswith("https://avise.example.org/fiche/")
    expected = {theme.name for theme in corpus["rodez"].themes.all()}
    assert expected and {tag.get_text(strip=True) for tag in rodez.select(".fr-tag")} == expected


def test_prize_badge(client, corpus):
    page = soup(client.get(URL, {"q": "covoiturage"}))
    badge = page.select_one(".carrefour-result .fr-badge--yellow-tournesol")
    assert "Prix TERRITORIA 2020" in badge.get_text()
    # The DSFR award icon, not an emoji (an empty box where no emoji font is installed).
    assert badge.select_one(".fr-icon-award-line") is not None and "🏆" not in badge.get_text()
    assert badge.get_text().endswith("– or")


def test_facets_with_counts_checked_state_and_shareable_url(client, corpus):
    page = soup(client.get(URL, {"q": "solidaire", "region": "53"}))
    assert result_titles(page) == ["Garage solidaire de Brest"]
    regions = facet_values(page, "region")
    # Disjunctive counts: a région's count ignores the région filter; the selected value comes first, ticked.
    assert list(regions)[0] == "53"
    assert regions["53"][1] is True and regions["76"][1] is False
    assert regions["53"][0].endswith("(1)") and regions["76"][0].endswith("(2)")
    assert facet_values(page, "departement")["29"][0].endswith("(1)")
    themes = facet_values(page, "theme")
    assert any(label.endswith("(1)") for label, _ in themes.values())
    # Hierarchical themes: sub-themes are nested inside their parent.
    assert page.select("#facette-theme .carrefour-facet__children input[name=theme]")
    # "Effacer les filtres" keeps the words, drops the filters.
    clear = page.select_one("#effacer-filtres")["href"]
    assert parse_qs(urlsplit(clear).query) == {"q": ["solidaire"]}
    # Pagination and filters live in the query string.
    assert page.select_one("#recherche-q")["value"] == "solidaire"


def test_several_values_and_themes(client, corpus):
    page = soup(client.get(URL + "?region=53&region=76&theme=mobilite&sort=title"))
    assert result_titles(page) == ["Covoiturage rural en Bretagne", "Garage solidaire de Brest"]
    assert facet_values(page, "theme")["mobilite"][1] is True
    assert page.select_one("#recherche-tri option[selected]")["value"] == "title"


def test_pagination_keeps_filters(client):
    source = SourceFactory(slug="pagination", name="Pagination")
    for number in range(PAGE_SIZE + 3):
        make_initiative(source=source, title=f"Jardin partagé {number:02d}", region="53", departement="29")
    first = soup(client.get(URL, {"q": "jardin", "region": "53", "sort": "title"}))
    assert first.select_one("#resultats-nombre").get_text(strip=True).startswith(f"{PAGE_SIZE + 3} initiatives")
    assert len(result_titles(first)) == PAGE_SIZE
    next_link = first.select_one("a.fr-pagination__link--next")["href"]
    assert parse_qs(urlsplit(next_link).query) == {"q": ["jardin"], "region": ["53"], "sort": ["title"], "page": ["2"]}
    second = soup(client.get(URL + next_link))
    assert result_titles(second) == [f"Jardin partagé {number:02d}" for number in range(PAGE_SIZE, PAGE_SIZE + 3)]
    assert second.select_one("ol.carrefour-results")["start"] == str(PAGE_SIZE + 1)
    # A page past the end shows the last one.
    assert result_titles(soup(client.get(URL, {"q": "jardin", "sort": "title", "page": "9"}))) == result_titles(second)


def test_sort(client, corpus):
    assert result_titles(soup(client.get(URL, {"sort": "title"})))[0] == "Covoiturage rural en Bretagne"
    newest = result_titles(soup(client.get(URL, {"sort": "newest"})))
    assert newest[0] == "Garage solidaire de Brest"
    assert (
        soup(client.get(URL, {"sort": "nimporte"})).select_one("#recherche-tri option[selected]")["value"]
        == "relevance"
    )


def test_empty_state_with_suggestion_and_popular_themes(client, corpus):
    search_terms_refresh()
    # exact=1: the words as typed, without the corrected results (test_corrected_and_relaxed_results below).
    page = soup(client.get(URL, {"q": "epicrie solidare", "region": "76", "exact": "1"}))
    assert page.select_one("#resultats-nombre").get_text(strip=True).startswith("Aucune initiative")
    assert "Aucune initiative ne correspond à votre recherche" in page.select_one("#aucun-resultat").get_text()
    link = page.select_one("#vouliez-vous-dire")
    assert "Vouliez-vous dire" in link.parent.get_text()
    query = parse_qs(urlsplit(link["href"]).query)
    assert query["q"][0].startswith("épiceries solidaire") and query["region"] == ["76"]
    assert result_titles(soup(client.get(URL + link["href"])))
    popular = page.select("#aucun-resultat a.fr-tag")
    assert popular and all(a["href"].startswith("?theme=") for a in popular)
    # The selected région stays visible (and can be unticked) even when nothing matches.
    assert facet_values(page, "region")["76"][1] is True


def test_empty_database(client):
    page = soup(client.get(URL, {"q": "rien"}))
    assert page.select_one("#aucun-resultat") is not None
    assert page.select_one("#resultats-nombre").get_text(" ", strip=True) == "Aucune initiative pour « rien »"


@pytest.mark.parametrize("headers", [{"X-Requested-With": "fetch"}, {"HX-Request": "true"}])
def test_partial_rendering(client, corpus, headers):
    response = client.get(URL, {"q": "solidaire", "region": "53"}, headers=headers)
    page = soup(response)
    assert page.find("html") is None and page.find("header") is None
    assert result_titles(page) == ["Garage solidaire de Brest"]
    assert page.select_one("#resultats-nombre") is not None
    facets = page.select_one("#facettes")
    assert facets is not None and facets.get("hx-swap-oob") == "true"
    assert facet_values(page, "region")["53"][1] is True
    assert "X-Requested-With" in response["Vary"] and "HX-Request" in response["Vary"]


def test_the_search_box_asks_the_one_suggestion_endpoint(client, corpus):
    search_terms_refresh()
    page = client.get(reverse("search:search")).content.decode()
    assert f'data-suggest-url="{reverse("search-suggest")}"' in page
    response = client.get(reverse("search-suggest"), {"q": "covo"})
    assert response.status_code == 200
    suggestions = json.loads(response.content)["suggestions"]
    labels = [item["label"] for item in suggestions]
    assert "covoiturage" in labels and "Covoiturage rural en Bretagne" in labels
    assert json.loads(client.get(reverse("search-suggest"), {"q": "c"}).content) == {"suggestions": []}


def test_escaping(client):
    make_initiative(
        title="Épicerie <script>window.__xss=1</script>", summary='<img src=x onerror="window.__xss=1"> épicerie'
    )
    for params in ({"q": "épicerie"}, {}):
        html = client.get(URL, params).content.decode()
        assert "<script>window.__xss" not in html and "<img src=x" not in html
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_query_count_is_bounded(client, corpus, django_assert_max_num_queries):
    """20 hits, every facet filled: the number of queries does not grow with the hits."""
    source = SourceFactory(slug="volume", name="Volume")
    for number in range(PAGE_SIZE + 5):
        make_initiative(
            source=source,
            title=f"Atelier vélo solidaire {number}",
            summary="Réparer son vélo ensemble.",
            region="53",
            departement="29",
            theme_codes=["mobilite"],
            start_year=2015 + number % 5,
            porteur={"name": f"Atelier {number}", "kind": "association"},
            distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2021)] if number % 3 == 0 else [],
        )
    with django_assert_max_num_queries(12):
        page = soup(client.get(URL))
    assert len(result_titles(page)) == PAGE_SIZE
    assert all(
        facet_values(page, name)
        for name in ("theme", "region", "departement", "source", "porteur_kind", "year", "prize")
    )


def test_query_count_with_words(client, corpus, django_assert_max_num_queries):
    source = SourceFactory(slug="volume", name="Volume")
    for number in range(PAGE_SIZE + 5):
        make_initiative(
            source=source,
            title=f"Atelier vélo solidaire {number}",
            summary="Réparer son vélo ensemble.",
            region="53",
            departement="29",
            theme_codes=["mobilite"],
        )
    # Snippets come from one ts_headline query for the whole page; facets and total from one more.
    # Cold caches included (five small label tables, read once then cached). The articles box adds a
    # fixed four: view restrictions, two content types (cached per process afterwards), one search. Ranking runs
    # in a savepoint under its own statement timeout (four more). The facet index is checked once (and rebuilt
    # here, because this test's transaction wrote, on the raw connection: not counted); the text match is one query.
    with django_assert_max_num_queries(22) as captured:
        page = soup(client.get(URL, {"q": "vélo", "region": "53"}))
    assert len(result_titles(page)) == PAGE_SIZE
    assert len([query for query in captured.captured_queries if "ts_headline" in query["sql"]]) == 1


def test_live_section(client, corpus, fixture_server):
    """Live hits from a platform that declares a ``search`` block, minus those already indexed."""
    live = pytest.importorskip("search.live")
    fixture_server.add(
        "/recherche",
        json.dumps(
            {
                "hits": [
                    {"name": "Épiceries solidaires du Grand Rodez", "link": "https://ailleurs.example.org/rodez"},
                    {"name": "Ressourcerie de Brest", "link": "https://ailleurs.example.org/ressourcerie"},
                ]
            }
        ),
        content_type="application/json",
    )
    config = {
        "format": "json_api",
        "url": fixture_server.url("/tout.json"),
        "records_path": "hits",
        "fields": {"title": "name", "url": "link"},
        "search": {
            "url": fixture_server.url("/recherche") + "?q={query}",
            "format": "json_api",
            "records_path": "hits",
            "fields": {"title": "name", "url": "link"},
        },
    }
    SourceFactory(slug="en-direct", name="Plateforme en direct", configuration=config)
    result = live.live_search("solidaire", budget=3.0)
    if not any(status.source_name == "Plateforme en direct" for status in result.statuses):
        pytest.skip("search.live does not query this source configuration")
    page = soup(client.get(URL, {"q": "solidaire"}))
    section = page.select_one(".carrefour-live")
    assert section is not None
    assert section.h2.get_text(strip=True) == "Résultats en direct des plateformes"
    titles = [a.get_text(strip=True) for a in section.select(".fr-card__title a")]
    # The Rodez hit is already indexed (same title): only the new one is shown, with its "en direct" badge.
    assert titles == ["Ressourcerie de Brest"]
    assert "en direct" in section.get_text()
    assert "a répondu" in section.get_text()
    assert "Plateforme en direct" in section.select_one(".carrefour-live__statuses").get_text()
    # Only the first page, and only with words.
    assert soup(client.get(URL)).select_one(".carrefour-live") is None


def test_nul_bytes_in_the_query_string_are_dropped_not_a_server_error(client, corpus):
    """PostgreSQL refuses NUL in text: the fuzzer's favourite; the page and the feed answer normally."""
    assert client.get(URL, {"q": "épicerie\x00 solidaire", "region": "76\x00"}).status_code == 200
    assert client.get("/recherche/flux.rss", {"q": "\x00"}).status_code == 200


def test_corrected_and_relaxed_results_say_what_was_searched(client, corpus):
    """A misspelt query found nothing and showed only a hint: now it shows the corrected query's results, says so,
    and offers the words as typed. A question whose words are not all in one record gets the closest records."""
    search_terms_refresh()
    page = soup(client.get(URL, {"q": "epicrie solidare"}))
    assert result_titles(page)  # results at once, not an empty page
    notice = page.select_one("#recherche-corrigee").get_text(" ", strip=True)
    assert "résultats pour « épiceries solidaire »" in notice
    assert page.select_one("#resultats-nombre").get_text(strip=True).endswith("pour « épiceries solidaire »")
    back = page.select_one("#rechercher-plutot")
    assert back.get_text(strip=True) == "Rechercher plutôt « epicrie solidare »"
    assert parse_qs(urlsplit(back["href"]).query) == {"q": ["epicrie solidare"], "exact": ["1"]}
    exact = soup(client.get(URL + back["href"]))
    assert not result_titles(exact) and exact.select_one("#recherche-corrigee") is None

    # « zqxw » is in no record and near no known word: no record holds every word, the closest come first.
    question = soup(client.get(URL, {"q": "réparer sa voiture zqxw"}))
    assert result_titles(question)[0] == "Garage solidaire de Brest"
    assert question.select_one("#recherche-elargie") is not None
    # An excluded word or an exact phrase means precisely that: no relaxed results.
    assert not result_titles(soup(client.get(URL, {"q": "garage -voiture introuvable"})))
    assert not result_titles(soup(client.get(URL, {"q": '"voiture garage solidaire"'})))
