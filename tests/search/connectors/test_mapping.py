"""Field specs, JSON paths, selectors and transforms (mapping.py, transforms.py) shared by every connector."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from lxml import html as lxml_html

from search.harvest.connectors.base import ConfigError, ParseError
from search.harvest.connectors.decoding import parse_xml
from search.harvest.connectors.mapping import (
    build_record,
    compile_field_spec,
    compile_path,
    extract_fields,
    normalize_field_spec,
    resolve_path,
    to_jsonable,
    validate_fields,
)
from search.harvest.connectors.transforms import MappingContext, apply_transforms, compile_transform

ITEM = {
    "nom": "Épicerie solidaire",
    "porteurs": [{"nom": "Asso A", "roles": ["président"]}, {"nom": "Asso B", "roles": ["trésorier", "secrétaire"]}],
    "geo": {"lat": 45.8, "lon": 1.5},
    "categories": [{"name": "Alimentation"}, {"name": "Insertion"}],
    "vide": "",
}


def spec(raw, name="title", shorthand="path", allowed=("path", "column", "css", "xpath", "constant")):
    normalized = normalize_field_spec(raw, f"fields.{name}", shorthand=shorthand, allowed=allowed)
    return compile_field_spec(f"fields.{name}", normalized)


def transform(value, *transforms, base_url="https://example.fr/liste/"):
    context = MappingContext(base_url=base_url)
    compiled = [compile_transform(item, f"t[{index}]") for index, item in enumerate(transforms)]
    return apply_transforms(value, compiled, context), context.warnings


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("nom", "Épicerie solidaire"),
        ("geo.lat", 45.8),
        ("porteurs[0].nom", "Asso A"),
        ("porteurs[-1].nom", "Asso B"),
        ("porteurs[*].nom", ["Asso A", "Asso B"]),
        ("porteurs[*].roles[*]", ["président", "trésorier", "secrétaire"]),
        ("categories.name", ["Alimentation", "Insertion"]),  # a key on a list applies to each element
        ("$.geo.lon", 1.5),
        ("absent.deeper", None),
        ("porteurs[5].nom", None),
        ("", ITEM),
    ],
)
def test_json_paths(path, expected):
    assert resolve_path(ITEM, compile_path(path)) == expected


@pytest.mark.parametrize("path", ["a..b", "a[", "a[x]", ".", "a]"])
def test_invalid_json_paths(path):
    with pytest.raises(ConfigError) as error:
        compile_path(path, "fields.title.path")
    assert error.value.field_path == "fields.title.path"


@pytest.mark.parametrize(
    ("value", "transforms", "expected"),
    [
        ("  Tiers-lieu  ", ["strip"], "Tiers-lieu"),
        ("ÉPICERIE", ["lower"], "épicerie"),
        (["", "a", "b"], ["first"], "a"),
        (["a", "b"], [{"join": ", "}], "a, b"),
        ("a; b;", [{"split": ";"}, "strip"], ["a", "b"]),
        ("12 rue Haute 23000 Guéret", [{"regex": r"(\d{5})\s+(.+)$", "group": 2}], "Guéret"),
        ("pas de code", [{"regex": r"\d{5}"}], None),
        ("CP 87000", [{"regex": r"(?P<cp>\d{5})", "group": "cp"}], "87000"),
        ("03/04/2024", [{"date": "%d/%m/%Y"}], "2024-04-03"),
        ("03/04/2024 14:30", [{"date": "%d/%m/%Y %H:%M"}], "2024-04-03T14:30:00"),
        ("3 avril 2024", [{"date": "auto"}], "2024-04-03"),  # auto is the normaliser's parser: French months
        ("mardi 12 mars 2019", [{"date": "auto"}], "2019-03-12"),
        ("mars 2019", [{"date": "auto"}], "mars 2019"),  # no day: kept for the normaliser, which reads the year
        ("2019", [{"date": "auto"}], "2019"),  # never today's day and month of 2019
        ("Tue, 12 Mar 2019 10:00:00 +0000", [{"date": "auto"}], "2019-03-12T10:00:00+00:00"),
        ("2024-04-03", [{"date": "auto"}], "2024-04-03"),
        ("03/04/2024", [{"date": "auto"}], "2024-04-03"),
        ("2024-04-03T10:15:00+02:00", [{"date": "auto"}], "2024-04-03T10:15:00+02:00"),
        ("mailto:a@b.fr", [{"replace": ["mailto:", ""]}], "a@b.fr"),
        (None, [{"default": "inconnu"}], "inconnu"),
        ([], [{"default": ["x"]}], ["x"]),
        ("/projets/x", [{"urljoin": True}], "https://example.fr/projets/x"),
        ("x", [{"urljoin": "https://autre.fr/a/"}], "https://autre.fr/a/x"),
        ("ignored", [{"constant": "fr"}], "fr"),
        ("<p>L&#8217;atelier &amp; le <b>café</b></p>", ["text"], "L’atelier & le café"),
        ([" A ", " B "], ["strip", "lower"], ["a", "b"]),  # element-wise on lists
        (["a;b", "c"], [{"split": ";"}], ["a", "b", "c"]),
        (["a", "b"], ["first", "lower"], "a"),
        (45.8, ["strip", "lower"], 45.8),  # numbers pass through text transforms
    ],
)
def test_transforms(value, transforms, expected):
    assert transform(value, *transforms)[0] == expected


@pytest.mark.parametrize("raw", ["12/03/19", "31/02/2019", "printemps 2019"])
def test_auto_dates_are_never_guessed(raw):
    # "12/03/19" could be 1919 or 2019: the normaliser's parser refuses it, and so does {date: auto}.
    value, warnings = transform(raw, {"date": "auto"})
    assert value == raw
    assert warnings == [f"date {raw!r} does not match 'auto'; kept as published"]


def test_failed_date_keeps_the_raw_value_with_a_warning():
    value, warnings = transform("printemps 2019", {"date": ["%d/%m/%Y", "%Y"]})
    assert value == "printemps 2019"
    assert warnings == ["date 'printemps 2019' does not match '%d/%m/%Y' or '%Y'; kept as published"]


@pytest.mark.parametrize(
    ("raw", "field_path", "message"),
    [
        ("strp", "t[0]", "unknown transform 'strp' (did you mean 'strip'?)"),
        ({"splt": ";"}, "t[0]", "unknown transform 'splt'"),
        ({"regex": "(unclosed"}, "t[0].regex", "invalid regex '(unclosed'"),
        ({"regex": "(a)", "group": 3}, "t[0].group", "has 1 group(s), not 3"),
        ({"regex": "a", "groupe": 1}, "t[0].groupe", "unexpected option"),
        ({"split": ""}, "t[0].split", "separator"),
        ({"replace": "a"}, "t[0].replace", "two strings"),
        ({"date": "jj/mm/aaaa"}, "t[0].date", "no % directive"),
        ("split", "t[0]", "needs an argument"),
        ({"strip": "yes"}, "t[0].strip", "takes no argument"),
        (42, "t[0]", "a transform is a name"),
    ],
)
def test_transform_config_errors(raw, field_path, message):
    with pytest.raises(ConfigError) as error:
        compile_transform(raw, "t[0]")
    assert error.value.field_path == field_path
    assert message in str(error.value)


def test_validate_fields_names_the_transform():
    with pytest.raises(ConfigError) as error:
        validate_fields(
            {"title": {"path": "nom", "transforms": ["strip", "strp"]}}, "fields", shorthand="path", allowed=("path",)
        )
    assert error.value.field_path == "fields.title.transforms[1]"
    assert str(error.value) == "fields.title.transforms[1]: unknown transform 'strp' (did you mean 'strip'?)"


@pytest.mark.parametrize(
    ("fields", "field_path"),
    [
        ({"titel": "nom"}, "fields.titel"),
        ({"title": {"path": "nom", "css": "h2"}}, "fields.title"),
        ({"title": {"pth": "nom"}}, "fields.title.pth"),
        ({"title": {}}, "fields.title"),
        ({"title": 3}, "fields.title"),
        ({"title": {"path": "nom", "all": "oui"}}, "fields.title.all"),
        ({"title": {"path": "nom", "attr": "href"}}, "fields.title.attr"),
        ({"title": {"column": "Nom"}}, "fields.title.column"),
        ("nom", "fields"),
    ],
)
def test_field_spec_errors(fields, field_path):
    with pytest.raises(ConfigError) as error:
        validate_fields(fields, "fields", shorthand="path", allowed=("path", "constant"))
    assert error.value.field_path == field_path


def test_constant_and_transform_only_specs():
    assert spec({"constant": "fr"}).extract({}, MappingContext()) == "fr"
    assert spec({"transforms": [{"constant": "fr"}]}).extract({}, MappingContext()) == "fr"


def test_column_spec_and_empty_fields():
    specs = {"title": spec("Nom", shorthand="column"), "city": spec("Ville", name="city", shorthand="column")}
    values, empty = extract_fields(specs, {"Nom": "Jardin partagé", "Ville": "  "}, MappingContext())
    assert values == {"title": "Jardin partagé", "city": "  "}  # no implicit strip: declare it
    specs["city"] = spec({"column": "Ville", "transforms": ["strip"]}, name="city")
    assert extract_fields(specs, {"Nom": "x", "Ville": "  "}, MappingContext())[1] == ["city"]


def test_css_and_xpath_specs():
    element = lxml_html.fragment_fromstring(
        '<div class="card" data-id="42"><h2> Tiers-lieu <em>La Grange</em> </h2>'
        '<a class="site" href="/la-grange">site</a><ul><li>Café</li><li>Atelier</li></ul></div>'
    )
    context = MappingContext(base_url="https://annuaire.example.fr/")
    assert spec("h2", shorthand="css").extract(element, context) == "Tiers-lieu La Grange"
    assert (
        spec({"css": "h2", "attr": "html"}, shorthand="css").extract(element, context)
        == "Tiers-lieu <em>La Grange</em>"
    )
    assert spec({"css": "div", "attr": "data-id"}, shorthand="css").extract(element, context) == "42"
    assert spec({"css": "li", "all": True}, shorthand="css").extract(element, context) == ["Café", "Atelier"]
    assert spec("li", shorthand="css").extract(element, context) == "Café"
    link = spec({"xpath": ".//a[@class='site']/@href", "transforms": [{"urljoin": True}]})
    assert link.extract(element, context) == "https://annuaire.example.fr/la-grange"
    assert spec("xpath:count(.//li)", shorthand="css").extract(element, context) == 2.0
    assert spec("span.absent", shorthand="css").extract(element, context) is None


def test_to_jsonable():
    value = {
        "date": dt.date(2024, 3, 1),
        "when": dt.datetime(2024, 3, 1, 12, 0),
        "parsed": time.struct_time((2024, 3, 11, 8, 30, 0, 0, 71, 0)),
        "tuple": (1, 2),
        "nan": float("nan"),
        "bytes": b"caf\xc3\xa9",
        1: "clé entière",
    }
    result = to_jsonable(value)
    assert result == {
        "date": "2024-03-01",
        "when": "2024-03-01T12:00:00",
        "parsed": "2024-03-11T08:30:00+00:00",
        "tuple": [1, 2],
        "nan": None,
        "bytes": "café",
        "1": "clé entière",
    }
    json.dumps(result)


def test_external_id_fallbacks():
    assert build_record(fields={"title": "x"}, raw={"a": 1}, id_value=1842).external_id == "1842"
    assert build_record(fields={"title": "x"}, raw={"a": 1}, id_value=[None, "ID-2"]).external_id == "ID-2"
    by_url = build_record(fields={"url": "https://x.fr/p/1"}, raw={"a": 1}, id_value="")
    assert (by_url.external_id, by_url.url) == ("https://x.fr/p/1", "https://x.fr/p/1")
    hashed = build_record(fields={"title": "x"}, raw={"b": 2, "a": 1})
    # Stored as SourceRecord.external_id: this format must not change (every such record would look new).
    assert hashed.external_id == "sha1:4acc71e0547112eb432f0a36fb1924c4a738cb49"
    assert hashed.external_id == build_record(fields={"title": "x"}, raw={"a": 1, "b": 2}).external_id
    assert hashed.external_id != build_record(fields={"title": "x"}, raw={"a": 1, "b": 3}).external_id
    assert hashed.fields["external_id"] == hashed.external_id


def test_xml_entities_after_the_prescan_window_are_still_refused():
    # The quick byte scan only reads the start of the document; the parsed DTD is checked as well.
    padding = b"<!--" + b" " * 70_000 + b"-->"
    bomb = (
        b'<?xml version="1.0"?>' + padding + b'<!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<urlset><url><loc>&b;</loc></url></urlset>"
    )
    with pytest.raises(ParseError, match="entities"):
        parse_xml(bomb, "sitemap")
