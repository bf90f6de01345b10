"""NUL characters in a query string: pages drop them (one middleware), the API refuses them by name (issue 19: two
pages answered 500, each page had its own copy of the rule)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [
    "/recherche/articles/?q=%00", "/recherche/articles/?q=jar%00din", "/recherche/?q=jar%00din&region=76%00",
    "/recherche/flux.rss?q=%00", "/communautes/?q=Mobi%00lit", "/carte/?q=%00",
])
def test_pages_answer_as_if_the_nul_were_not_there(client, url):
    response = client.get(url)
    assert response.status_code == 200, url


def test_the_page_sees_the_text_without_it(client):
    response = client.get("/recherche/articles/?q=jar%00din")
    assert response.context["q"] == "jardin"


@pytest.mark.parametrize("url", ["/api/initiatives/?q=a%00b", "/api/search/suggest?q=a%00", "/api/communities/?q=a%00b"])
def test_the_api_refuses_them_by_name(client, url):
    response = client.get(url)
    assert response.status_code == 400, url
