"""The one date parser: the formats French sources use, read only when certain, never guessed.

The normaliser reads ``start_date`` with it, and connectors' ``{date: auto}`` transform too, so that a date is
read the same way wherever it is met. "12/03/19" (which century?) and "printemps 2019" are refused, not guessed;
"2019" and "mars 2019" give a year without a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from email.utils import parsedate_to_datetime
from typing import Any

from django.utils import timezone

from initiatives.text import text_key

from .report import NormalizationReport
from .text import clean_text

MIN_YEAR = 1900

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}
_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun)"
_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$", re.I
)
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_RFC822 = re.compile(r"^(?:[a-z]{3},?\s*)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}", re.I)
# On text_key forms: "1er mars 2019", "mardi 12 mars 2019", "mars 2019", "12 mar 2019".
_TEXT_DMY = re.compile(rf"^(?:{_WEEKDAYS}\s+)?(?:le\s+)?(?:(\d{{1,2}})(?:er|st|nd|rd|th)?\s+)?([a-z]+)\s+(\d{{4}})$")
# English order: "march 12 2019" (the comma is gone in text_key form).
_TEXT_MDY = re.compile(r"^([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})$")


@dataclass(frozen=True)
class ParsedDate:
    day: date | None  # only when the day is known
    year: int


def year_is_plausible(year: int) -> bool:
    """Between 1900 and next year: anything else is a typo or a placeholder, not an initiative's date."""
    return MIN_YEAR <= year <= timezone.localdate().year + 1


def parse_date(value: Any) -> ParsedDate | None:
    """A date in the formats French sources use; None when not certain (never a guess).

    Raises ``ValueError`` when the value is a date whose year is out of range (1900..next year).
    """
    parsed = _parse_date(value)
    if parsed is None:
        return None
    if not year_is_plausible(parsed.year):
        raise ValueError(parsed.year)
    return parsed


def _parse_date(value: Any) -> ParsedDate | None:
    if isinstance(value, datetime):
        return ParsedDate(value.date(), value.year)
    if isinstance(value, date):
        return ParsedDate(value, value.year)
    if isinstance(value, int) and not isinstance(value, bool):
        return ParsedDate(None, value)
    text = clean_text(value)
    if not text:
        return None

    def day_of(year: str | int, month: str | int, day: str | int) -> ParsedDate | None:
        try:
            return ParsedDate(date(int(year), int(month), int(day)), int(year))
        except ValueError:
            return None

    def month_of(year: str | int, month: str | int) -> ParsedDate | None:
        return ParsedDate(None, int(year)) if 1 <= int(month) <= 12 else None

    if match := _ISO.match(text):
        return day_of(*match.groups()[:3])
    if match := _ISO_MONTH.match(text):
        return month_of(match.group(1), match.group(2))
    if match := _YEAR.match(text):
        return ParsedDate(None, int(match.group(1)))
    if match := _DMY.match(text):
        return day_of(match.group(3), match.group(2), match.group(1))
    if match := _YMD_SLASH.match(text):
        return day_of(*match.groups())
    if match := _MY.match(text):
        return month_of(match.group(2), match.group(1))
    if _RFC822.match(text):
        moment = _rfc822_moment(text)
        if moment is not None:
            return ParsedDate(moment.date(), moment.year)
    key = text_key(text)
    if match := _TEXT_DMY.match(key):
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name)
        if month is None:
            return None
        return day_of(year, month, day) if day else ParsedDate(None, int(year))
    if match := _TEXT_MDY.match(key):
        month_name, day, year = match.groups()
        month = MONTHS.get(month_name)
        return day_of(year, month, day) if month else None
    return None


def _rfc822_moment(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _moment(text: str) -> datetime | None:
    """The date-time an ISO 8601 or RFC 822 value names: the time that :class:`ParsedDate` leaves out."""
    if _ISO.match(text):
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    return _rfc822_moment(text) if _RFC822.match(text) else None


def date_iso(value: str) -> str | None:
    """``value`` in ISO form, read by :func:`parse_date` (connectors' ``{date: auto}`` transform).

    A full date gives ``2024-04-03``, with its time when the value has one (``2024-04-03T10:15:00+02:00``).
    A year or a month alone, or a year out of range, is returned as published: the normaliser reads the year, or
    reports it. None when the value is no date the parser reads with certainty.
    """
    try:
        parsed = parse_date(value)
    except ValueError:
        return value
    if parsed is None:
        return None
    if parsed.day is None:
        return value
    moment = _moment(clean_text(value))
    if moment is not None and moment.date() == parsed.day and (moment.time() != time(0, 0) or moment.tzinfo):
        return moment.isoformat()
    return parsed.day.isoformat()


def read_start_date(value: Any, report: NormalizationReport) -> ParsedDate | None:
    """The first readable date of a value or list of values; the others are reported, never guessed."""
    values = value if isinstance(value, list | tuple) else [value]
    for item in values:
        raw = item if isinstance(item, date | int) and not isinstance(item, bool) else clean_text(item)
        if raw in ("", None):
            continue
        try:
            parsed = parse_date(raw)
        except ValueError as error:
            report.warn(f"année hors limites ({error.args[0]}) : « {raw} »")
            continue
        if parsed is None:
            report.unparsed_dates.append(str(raw))
            report.warn(f"date illisible : « {raw} »")
            continue
        return parsed
    return None
