"""End to end in Chromium: searching, filtering by région, opening a result; no script injection; suggestions."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from initiatives.models import Departement, Region, SourceRecord, Theme
from search.lexicon import search_terms_refresh
from tests.factories import SourceFactory, make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

XSS_PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '"><svg onload=window.__xss=1>',
]


@pytest.fixture(autouse=True)
def private_cache(settings):
    # The live server runs in this process: a private, empty cache keeps facet counts from other tests away.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "e2e-search"}
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def territories():
    """A flush empties the tables the migrations seeded: create what the tests need (or reuse it)."""
    bretagne, _ = Region.objects.get_or_create(code="53", defaults={"name": "Bretagne", "slug": "bretagne"})
    occitanie, _ = Region.objects.get_or_create(code="76", defaults={"name": "Occitanie", "slug": "occitanie"})
    Departement.objects.get_or_create(
        code="29", defaults={"name": "Finistère", "slug": "finistere", "region": bretagne}
    )
    Departement.objects.get_or_create(code="12", defaults={"name": "Aveyron", "slug": "aveyron", "region": occitanie})
    Theme.objects.get_or_create(code="mobilite", defaults={"name": "Mobilité", "facet": Theme.Facet.DOMAINE})
    return bretagne, occitanie


def test_search_filter_and_open_a_result(page, territories):
    source = SourceFactory(slug="avise-e2e", name="Avise démo")
    make_initiative(
        source=source,
        title="Garage solidaire de Brest",
        summary="Réparer sa voiture moins cher, solidaire.",
        departement="29",
        region="53",
        start_year=2020,
    )
    make_initiative(
        source=source,
        title="Épicerie solidaire de Rodez",
        summary="Des produits frais, solidaires.",
        departement="12",
        region="76",
        start_year=2019,
    )
    make_initiative(
        source=source, title="Covoiturage rural", summary="Partager sa voiture.", departement="29", region="53"
    )

    page.goto("/recherche/")
    assert page.title().startswith("Rechercher une innovation sociale")
    expect(page.locator("#resultats-nombre")).to_have_text("3 initiatives")

    page.get_by_label("Rechercher parmi les initiatives de toutes les plateformes").fill("solidaire")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page.locator("#resultats-nombre")).to_have_text("2 initiatives pour « solidaire »")
    expect(page).to_have_url(re.compile(r"/recherche/\?q=solidaire$"))
    cards = page.locator("ol.carrefour-results .fr-card__title a")
    expect(cards).to_have_count(2)
    expect(page.locator(".carrefour-snippet mark").first).to_be_visible()

    # With JavaScript, ticking a région applies it at once (no submit button shown), and the URL follows.
    expect(page.get_by_role("button", name="Appliquer les filtres")).to_be_hidden()
    # DSFR draws its own box over the native checkbox: click the label, as a user does.
    expect(page.locator("label[for=f-region-53]")).to_contain_text("Bretagne (1)")
    page.locator("label[for=f-region-53]").click()
    expect(page.locator("#resultats-nombre")).to_have_text("1 initiative pour « solidaire »")
    expect(page).to_have_url(re.compile(r"/recherche/\?q=solidaire&region=53$"))
    expect(cards).to_have_text(["Garage solidaire de Brest"])
    expect(page.get_by_label(re.compile(r"^Bretagne"))).to_be_checked()
    expect(page.get_by_label(re.compile(r"^Bretagne"))).to_be_focused()
    expect(page.get_by_role("link", name="Effacer les filtres")).to_be_visible()

    # The URL is shareable: loading it again gives the same page.
    page.reload()
    expect(page.locator("#resultats-nombre")).to_have_text("1 initiative pour « solidaire »")
    expect(page.get_by_label(re.compile(r"^Bretagne"))).to_be_checked()

    # Back to the unfiltered search through the history.
    page.go_back()
    expect(page.locator("#resultats-nombre")).to_have_text("2 initiatives pour « solidaire »")
    page.go_forward()
    expect(page.locator("#resultats-nombre")).to_have_text("1 initiative pour « solidaire »")

    cards.first.click()
    expect(page).to_have_url(re.compile(r"/initiatives/[-\w]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Garage solidaire de Brest")
    assert page.console_errors == []


def test_search_without_javascript(browser, live_server, territories):
    source = SourceFactory(slug="sans-js", name="Sans JS")
    make_initiative(source=source, title="Garage solidaire de Brest", departement="29", region="53")
    make_initiative(source=source, title="Épicerie solidaire de Rodez", departement="12", region="76")
    # At a phone's width: the filters' modal cannot open without JavaScript, so they stay in the page.
    context = browser.new_context(locale="fr-FR", base_url=live_server.url, java_script_enabled=False,
                                  viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto("/recherche/?q=solidaire")
        expect(page.locator("#resultats-nombre")).to_have_text("2 initiatives pour « solidaire »")
        expect(page.get_by_role("button", name="Filtrer")).to_be_hidden()
        page.locator("label[for=f-region-53]").click()
        page.get_by_role("button", name="Appliquer les filtres").click()
        expect(page).to_have_url(re.compile(r"region=53"))
        expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_text(["Garage solidaire de Brest"])
    finally:
        context.close()


def test_on_a_phone_filters_fold_behind_one_button(page, territories):
    """At 390 px the filters were 3,000 px before the first result: they open in a DSFR modal from « Filtrer »."""
    source = SourceFactory(slug="telephone", name="Téléphone")
    for number in range(3):
        make_initiative(source=source, title=f"Garage solidaire numéro {number}", departement="29", region="53")
    make_initiative(source=source, title="Épicerie solidaire de Rodez", departement="12", region="76")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/recherche/?q=solidaire")
    count = page.locator("#resultats-nombre")
    expect(count).to_have_text("4 initiatives pour « solidaire »")
    expect(count).to_be_in_viewport()  # the count, not 3,000 px of filters, follows the search box
    expect(page.locator("#facette-region")).to_be_hidden()
    # The result numbers sit inside the screen (« 1. » was cut at the left edge).
    first = page.locator("ol.carrefour-results > li").first
    marker_left = page.evaluate("""li => li.getBoundingClientRect().left
        - parseFloat(getComputedStyle(li, '::marker').fontSize) * 1.5""", first.element_handle())
    assert marker_left >= 0

    page.get_by_role("button", name="Filtrer").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#facette-region")).to_be_visible()
    dialog.locator("label[for=f-region-53]").click()
    expect(count).to_have_text("3 initiatives pour « solidaire »")  # applied behind the modal at once
    dialog.get_by_role("button", name="Voir les résultats").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator("#facette-region")).to_be_hidden()
    expect(page.locator("ol.carrefour-results .fr-card__title a")).to_have_count(3)

    # From 768 px the same filters show in the side column, and there is no « Filtrer » button.
    page.set_viewport_size({"width": 1024, "height": 768})
    expect(page.locator("#facette-region")).to_be_visible()
    expect(page.get_by_role("button", name="Filtrer")).to_be_hidden()
    assert page.console_errors == []


def test_hostile_content_is_shown_as_text(page):
    source = SourceFactory(slug="hostile", name="Plateforme hostile")
    for number, payload in enumerate(XSS_PAYLOADS):
        make_initiative(
            source=source,
            title=f"Épicerie piégée {number} {payload}",
            summary=f"Une épicerie solidaire {payload} vraiment piégée.",
            description=f"<p>Épicerie {payload}</p>",
        )
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto("/recherche/?q=" + "épicerie piégée")
    expect(page.locator("#resultats-nombre")).to_have_text("3 initiatives pour « épicerie piégée »")
    expect(page.locator(".carrefour-snippet mark").first).to_be_visible()
    titles = page.locator("ol.carrefour-results .fr-card__title a").all_inner_texts()
    assert sorted(titles) == sorted(f"Épicerie piégée {n} {payload}" for n, payload in enumerate(XSS_PAYLOADS))
    # The payloads were rendered as text, not as elements.
    assert page.locator("#resultats script, #resultats img, #resultats svg").count() == 0

    # Once more through the fetch() update, and the suggestions (built with textContent).
    search_terms_refresh()
    page.locator("label[for=f-source-hostile]").click()
    expect(page).to_have_url(re.compile(r"source=hostile"))
    box = page.locator("#recherche-q")
    box.fill("")
    # Wait for the answer to the last keystroke, then for the listbox to show it: only then is "no element" a fact.
    # From the third letter of the last word the titles are suggested too, payloads included.
    typed = "épicerie pié"
    with page.expect_response(lambda response: "suggest" in response.url
                              and response.url.endswith("q=" + quote(typed, safe=""))) as answer:
        box.press_sequentially(typed, delay=30)
    labels = [item["label"] for item in answer.value.json()["suggestions"]][:10]
    assert any("<" in label for label in labels), labels  # the hostile titles are among the suggestions
    expect(page.get_by_role("listbox")).to_be_visible()
    expect(page.locator("#recherche-suggestions [role=option]")).to_have_text(labels)  # as text, markup included
    expect(page.locator("#recherche-suggestions img, #recherche-suggestions svg")).to_have_count(0)

    assert page.evaluate("window.__xss") is None
    assert dialogs == []


def test_suggestions_listbox(page):
    source = SourceFactory(slug="suggestions", name="Suggestions")
    make_initiative(source=source, title="Covoiturage rural en Bretagne", summary="Mobilité rurale partagée.")
    make_initiative(source=source, title="Covoiturage solidaire du Morvan", summary="Covoiturage pour les aînés.")
    search_terms_refresh()

    page.goto("/recherche/")
    box = page.get_by_role("combobox", name="Rechercher parmi les initiatives de toutes les plateformes")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("covoit", delay=40)
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_have_text("covoiturage")
    expect(listbox.get_by_role("option", name="Covoiturage rural en Bretagne")).to_be_visible()

    box.press("ArrowDown")
    first_id = options.first.get_attribute("id")
    expect(box).to_have_attribute("aria-activedescendant", first_id)
    expect(options.first).to_have_attribute("aria-selected", "true")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", options.nth(1).get_attribute("id"))
    box.press("ArrowUp")
    expect(box).to_have_attribute("aria-activedescendant", first_id)

    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile(".*"))

    # Choosing a word suggestion searches for it.
    box.press("ArrowDown")
    expect(listbox).to_be_visible()
    box.press("ArrowDown")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q=covoiturage$"))
    expect(page.locator("#resultats-nombre")).to_have_text("2 initiatives pour « covoiturage »")
    assert page.console_errors == []


def test_also_on_keeps_its_spaces_as_displayed(page):
    """« Aussi sur :Prix TERRITORIA,La Fabrique » (issue 18): the card detail is a flex box, which drops the spaces
    between its children; what the reader sees (innerText) keeps them."""
    first, second = SourceFactory(name="Prix TERRITORIA"), SourceFactory(name="La Fabrique")
    garage = make_initiative(source=first, external_id="garage", title="Garage solidaire de Brest")
    SourceRecord.objects.create(source=second, external_id="garage", source_url="https://fabrique.example.org/g",
                                raw={"id": "garage"}, content_hash="garage", initiative=garage)
    page.goto("/recherche/?q=garage")
    shown = " ".join(page.locator(".carrefour-sources").first.inner_text().split())
    assert shown in ("Aussi sur : Prix TERRITORIA, La Fabrique", "Aussi sur : La Fabrique, Prix TERRITORIA")
