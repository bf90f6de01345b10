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
