"""The one parser of search parameters: lenient for pages and stored queries, strict (errors by parameter) for the API."""

import pytest
from django.http import QueryDict

from search.params import MAX_PAGE, SearchParams, SearchParamsError, search_params_parse


def parse(query: str, **kwargs) -> SearchParams:
    return search_params_parse(QueryDict(query), **kwargs)


def test_values_are_cleaned_the_same_way_for_pages_and_the_api():
    query = "q=+jardin+partagé+&theme=alimentation&theme=&theme=+mobilite+&year=2021&porteur_kind=association&page=2"
    for strict in (False, True):
        params = parse(query, strict=strict)
        assert params.q == "jardin partagé"
        assert params.theme == ["alimentation", "mobilite"]
        assert params.year == [2021] and params.porteur_kind == ["association"] and params.page == 2


def test_a_page_drops_what_it_cannot_use():
    params = parse("year=1700&year=abc&year=2020&porteur_kind=martien&sort=au-hasard&page=9999")
    assert params.year == [2020] and params.porteur_kind == [] and params.sort == "relevance" and params.page == MAX_PAGE
    assert parse("page=-3").page == 1 and parse("page=trois").page == 1


@pytest.mark.parametrize("query, names", [
    ("year=1700", {"year"}),
    ("year=abc", {"year"}),
    ("porteur_kind=martien", {"porteur_kind"}),
    ("porteur_kind=", {"porteur_kind"}),
    ("sort=au-hasard", {"sort"}),
    ("year=", {"year"}),
    ("page=0", {"page"}),
    ("page=501", {"page"}),
    ("q=a&q=b", {"q"}),
    ("q=a%00b", {"q"}),
    ("year=1700&sort=x&page=0", {"year", "sort", "page"}),
])
def test_the_api_names_every_parameter_it_refuses(query, names):
    with pytest.raises(SearchParamsError) as error:
        parse(query, strict=True)
    assert set(error.value.errors) == names


def test_a_blank_single_value_means_absent_for_the_api_too():
    assert parse("sort=&ordering=&page=&q=&theme=", strict=True) == SearchParams()


def test_sort_wins_over_its_synonym_and_values_are_bounded():
    assert parse("ordering=title&sort=newest").sort == "newest"
    assert parse("ordering=title").sort == "title"
    assert len(parse("&".join(f"region={n}" for n in range(80))).region) == 50
    assert len(parse("q=" + "a" * 500).q) == 200


def test_a_plain_dict_is_read_like_a_query_string():
    assert search_params_parse({"theme": ["a", "b"], "q": "vélo", "year": "2020"}) == SearchParams(
        q="vélo", theme=["a", "b"], year=[2020])
