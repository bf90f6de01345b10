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
