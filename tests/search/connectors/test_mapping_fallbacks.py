"""A locator given as a list is a fallback: the first path, column or selector that finds a value (items of one
platform do not all fill the same key)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from search.harvest.connectors.base import ConfigError
from search.harvest.connectors.mapping import compile_field_spec, normalize_field_spec
from search.harvest.connectors.transforms import MappingContext


def spec(raw, shorthand="path"):
    normalized = normalize_field_spec(raw, "fields.title", shorthand=shorthand,
                                      allowed=("path", "column", "css", "xpath", "constant"))
    return compile_field_spec("fields.title", normalized)


def test_the_first_path_that_finds_a_value_wins():
    fallback = spec({"path": ["fields.nom_du_projet", "fields.titre"], "transforms": ["strip"]})
    context = MappingContext(base_url="https://example.fr/")
    assert fallback.extract({"fields": {"nom_du_projet": " A ", "titre": "B"}}, context) == "A"
    assert fallback.extract({"fields": {"nom_du_projet": "", "titre": " B"}}, context) == "B"  # empty: next one
    assert fallback.extract({"fields": {}}, context) is None


def test_columns_and_selectors_fall_back_too():
    column = spec({"column": ["Commune", " Ville "]}, shorthand="column")
    assert column.locate({"Ville": "Tulle"}) == "Tulle"
    assert column.locate({"Commune": "Brive", "Ville": "Tulle"}) == "Brive"
    css = spec({"css": ["h1.titre", "h2"]}, shorthand="css")
    assert css.locate(lxml_html.fromstring("<div><h2>Deux</h2></div>")) == "Deux"
    assert css.locate(lxml_html.fromstring("<div><h1 class='titre'>Un</h1><h2>Deux</h2></div>")) == "Un"


@pytest.mark.parametrize(("raw", "where"), [
    ({"path": []}, "fields.title.path"),
    ({"path": ["ok", 3]}, "fields.title.path"),
    ({"path": ["ok", "a[b"]}, "fields.title.path[1]"),
    ({"column": ["Ville", " "]}, "fields.title.column[1]"),
])
def test_a_bad_fallback_is_named(raw, where):
    with pytest.raises(ConfigError) as error:
        spec(raw, shorthand=next(iter(raw)))
    assert error.value.field_path == where


def test_a_constant_list_is_a_value_not_fallbacks():
    assert spec({"constant": ["emploi", "mobilite"]}).locate({}) == ["emploi", "mobilite"]
    assert spec({"constant": []}).locate({}) == []
