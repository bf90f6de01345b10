import pytest

from initiatives.text import place_key, text_key
from initiatives.validators import siret_is_valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("732829320", True),  # SIREN with a valid Luhn key
        ("732829321", False),
        ("73282932000074", True),  # SIRET
        ("73282932000075", False),
        ("732 829 320", True),
        ("35600000000048", True),  # La Poste's head office: Luhn key
        ("35600000049837", True),  # a La Poste establishment: digit sum multiple of 5
        ("35600000049838", False),
        ("12345", False),
        ("abcdefghi", False),
        ("", False),
    ],
)
def test_siren_siret_luhn(value, valid):
    assert siret_is_valid(value) is valid


@pytest.mark.parametrize(
    "raw, key",
    [
        ("St-Étienne", "saint etienne"),
        ("Saint Etienne", "saint etienne"),
        ("Ste-Marie", "sainte marie"),
        ("Havre (Le)", "le havre"),
        ("LE HAVRE", "le havre"),
        ("Abergement-Clémenciat (L')", "l abergement clemenciat"),
        ("  Châlons-en-Champagne ", "chalons en champagne"),
    ],
)
def test_place_key(raw, key):
    assert place_key(raw) == key


def test_text_key():
    assert text_key("Épicerie  Solidaire !") == "epicerie solidaire"


@pytest.mark.django_db
def test_french_alphabetical_order_in_python_and_in_sql_agree_over_the_whole_cog():
    """« Île-de-France » came after « Wallis-et-Futuna »: the database collation (C) and Python order by code point.
    Both orders put every région and every département where a French reader looks for it, and agree."""
    from initiatives.models import Departement, Region
    from initiatives.text import collation_key, collation_order, strip_accents

    for model in (Region, Departement):
        names = list(model.objects.values_list("name", flat=True))
        assert len(names) > 10  # the migrated COG
        in_python = sorted(names, key=collation_key)
        in_sql = list(model.objects.order_by(collation_order("name"), "name").values_list("name", flat=True))
        assert in_python == in_sql
        initials = [strip_accents(name)[0].upper() for name in in_python]
        assert initials == sorted(initials)  # « Î » among the I, « É » among the E
    regions = sorted(Region.objects.values_list("name", flat=True), key=collation_key)
    assert regions.index("Hauts-de-France") < regions.index("Île-de-France") < regions.index("La Réunion")


@pytest.mark.django_db
def test_region_lists_shown_to_people_follow_the_french_order(client):
    from django.utils.html import escape

    from initiatives.models import Region
    from initiatives.text import collation_key

    expected = sorted(Region.objects.values_list("name", flat=True), key=collation_key)
    html = client.get("/territoires/").content.decode()
    positions = [html.index(f">{escape(name)}<") for name in expected]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_keys_remove_accents_as_postgresql_unaccent_does_for_every_latin_letter():
    """« Cœur » was keyed « c ur » in Python and « coeur » by the database (the lexicon, the search document):
    every letter of Latin-1 and Latin Extended-A and B gives the same key both ways."""
    from django.db import connection

    from initiatives.text import strip_accents

    letters = [chr(code) for code in range(0xC0, 0x250)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT letter, unaccent(letter) FROM unnest(%s::text[]) AS letter", [letters])
        unaccented = dict(cursor.fetchall())
    differing = [(letter, text_key(letter), text_key(unaccented[letter])) for letter in letters
                 if text_key(letter) != text_key(unaccented[letter])]
    assert differing == []
    assert text_key("Restos du Cœur") == text_key("Restos du Coeur") == "restos du coeur"
    assert strip_accents("Œuvre à Zürich") == "OEuvre a Zurich"


def test_letters_precomposed_with_an_undecomposed_letter_lose_only_their_accent():
    """« Ǿ » is « Ø » with an acute accent: the accent goes, then « Ø » is spelt « O » (review)."""
    assert text_key("Ǿresund") == "oresund" and text_key("Ǽ") == "ae"
