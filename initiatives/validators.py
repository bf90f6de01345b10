"""Validators for French identifiers."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def luhn_valid(digits: str) -> bool:
    """The Luhn key that SIREN and SIRET numbers carry."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def siret_is_valid(value: str) -> bool:
    """True for a 9-digit SIREN or a 14-digit SIRET with a valid key (La Poste's SIRETs follow their own rule)."""
    value = (value or "").replace(" ", "")
    if not value.isdigit() or len(value) not in (9, 14):
        return False
    if len(value) == 14 and value.startswith("356000000") and not luhn_valid(value):
        # La Poste's establishments: the sum of the digits is a multiple of 5 instead of the Luhn key.
        return sum(int(char) for char in value) % 5 == 0
    return luhn_valid(value)


def validate_siren_or_siret(value: str) -> None:
    if not siret_is_valid(value):
        raise ValidationError(
            _("« %(value)s » n’est pas un SIREN (9 chiffres) ou un SIRET (14 chiffres) valide."),
            code="invalid_siret",
            params={"value": value},
        )
