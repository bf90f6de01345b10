"""The pages as a person sees them, in Chromium at desktop and phone widths (issue 18): cards stacked in a column
keep their own height, nothing spills over the footer, and a click on the footer reaches the footer."""

from __future__ import annotations

import pytest

from communities.services import community_create, item_add
from tests.communities.conftest import verified_user
from tests.factories import make_initiative

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": (1280, 800), "phone": (390, 844)}


def _boxes(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(selector, "nodes => nodes.map(n => n.getBoundingClientRect().toJSON())")


def _footer_is_clear(page) -> None:
    """Nothing of the page's content lies over the footer, and a click on its first link reaches that link."""
    # The lowest edge of anything inside <main>, overflow included (a stretched card spills out of its box).
    main_bottom = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('main *'), n => n.getBoundingClientRect().bottom))"
        " + window.scrollY")
    footer_top = page.evaluate("document.querySelector('footer').getBoundingClientRect().top + window.scrollY")
    assert main_bottom <= footer_top + 1
    link = page.locator("footer a").first
    link.scroll_into_view_if_needed()
    box = link.bounding_box()
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y)?.closest('footer') !== null",
                        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
    assert hit, "something covers the footer's links"


@pytest.mark.parametrize("width", WIDTHS)
def test_home_page_cards_keep_their_height(page, width):
    for number in range(6):
        make_initiative(title=f"Épicerie solidaire numéro {number}", summary="Des produits à petit prix. " * 8)
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    page.goto("/")
    cards = _boxes(page, "#nouveautes-titre ~ .fr-card")
    assert len(cards) == 6
    assert max(card["height"] for card in cards) < 450, [round(card["height"]) for card in cards]
    for upper, lower in zip(cards, cards[1:], strict=False):
        assert upper["bottom"] <= lower["top"] + 1  # stacked, not overlapping
    # No bullets beside the key figures (a raw list).
    assert page.eval_on_selector(".carrefour-figures", "n => getComputedStyle(n).listStyleType") == "none"
    _footer_is_clear(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_community_side_column_stays_above_the_footer(page, width):
    owner = verified_user(username="camille", email="camille@example.org")
    community = community_create(user=owner, name="Mobilité rurale", description="Se déplacer sans voiture.")
    for number in range(8):
        item_add(community=community, initiative=make_initiative(title=f"Navette {number}"), user=owner)
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    page.goto(community.get_absolute_url())
    side = _boxes(page, "aside.carrefour-stack > .fr-card, aside.carrefour-stack > section.fr-card")
    aside = _boxes(page, "aside.carrefour-stack")[0]
    assert len(side) >= 2 and side[-1]["bottom"] <= aside["bottom"] + 1, (aside, side)  # nothing spills out
    _footer_is_clear(page)


def test_api_documentation_renders_without_any_third_party_request(page, live_server):
    """/api/docs/ was blank: Redoc came from a CDN that the site's own Content-Security-Policy blocks."""
    outside = []
    page.on("response", lambda response: outside.append(response.url)  # answered, not merely attempted
            if not response.url.startswith((live_server.url, "blob:", "data:")) else None)
    page.goto("/api/docs/")
    page.locator("h1").first.wait_for(timeout=30000)  # drawn by Redoc once the schema is read
    assert page.locator("h1").first.inner_text().strip().startswith("API Carrefour des innovations sociales")
    assert page.get_by_text("Rechercher des initiatives").count() > 0  # the operations are listed
    assert outside == []
    # The one refusal is on purpose: Redoc's vendor logo from its CDN (carrefour/urls.py); nothing else is blocked.
    refused = [error for error in page.console_errors if "Content Security Policy" in error]
    assert all("cdn.redoc.ly/redoc/logo-mini.svg" in error for error in refused), refused
