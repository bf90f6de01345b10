"""End to end in Chromium: the home page, in French, with its navigation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_in_chromium(page):
    page.goto("/")
    assert page.title() == "Accueil — Carrefour des innovations sociales"
    assert page.locator("html").get_attribute("lang") == "fr"
    navigation = page.get_by_role("navigation", name="Menu principal")
    labels = [text.strip() for text in navigation.get_by_role("link").all_inner_texts()]
    assert labels == ["Rechercher", "Initiatives", "Communautés", "Articles", "Lauréats", "À propos"]
    assert page.get_by_role("searchbox").count() == 1
    assert page.console_errors == []
