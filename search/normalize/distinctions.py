"""Distinctions (prizes won): "Territoria d'Or 2021 – catégorie Solidarité" or a dict, read into prize, year, rank."""

from __future__ import annotations

import re
from typing import Any

from initiatives.models import Distinction
from initiatives.services import DistinctionData
from initiatives.text import text_key

from .dates import year_is_plausible
from .report import NormalizationReport
from .text import as_text, clean_text

Rank = Distinction.Rank
_RANK_WORDS: list[tuple[str, str]] = [
    ("or", Rank.OR), ("d or", Rank.OR), ("medaille d or", Rank.OR), ("gold", Rank.OR), ("1er prix", Rank.OR),
    ("premier prix", Rank.OR), ("grand prix", Rank.OR),
    ("argent", Rank.ARGENT), ("d argent", Rank.ARGENT), ("silver", Rank.ARGENT), ("2e prix", Rank.ARGENT),
    ("deuxieme prix", Rank.ARGENT), ("second prix", Rank.ARGENT),
    ("bronze", Rank.BRONZE), ("de bronze", Rank.BRONZE), ("3e prix", Rank.BRONZE), ("troisieme prix", Rank.BRONZE),
    ("mention", Rank.MENTION), ("mention speciale", Rank.MENTION), ("coup de coeur", Rank.MENTION),
    ("prix special", Rank.MENTION),
    ("laureat", Rank.LAUREAT), ("laureate", Rank.LAUREAT), ("finaliste", Rank.MENTION), ("prix", Rank.LAUREAT),
]
_RANK_VALUES = {value.value for value in Rank}
_SEPARATORS = re.compile(r"\s+[–—\-|/]\s+|\s*[|;,]\s*|\s*[–—]\s*")
_LEADING_RANK = re.compile(r"^(?:laur[ée]at(?:e)?|finaliste|mention sp[ée]ciale)\s+(?:(?:du|de la|de l['’]|des)\s*)?", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_CATEGORY_PREFIX = re.compile(r"^(?:cat[ée]gorie|cat\.|th[ée]matique|th[èe]me)\s*:?\s*", re.I)
# "Territoria d'Or 2021": the rank can be part of the prize's name.
_RANK_SUFFIX = re.compile(r"\s+(d[’']\s*or|d[’']\s*argent|de bronze)$", re.I)


def read_distinctions(value: Any, report: NormalizationReport) -> list[DistinctionData]:
    if value is None or value == "":
        return []
    items = value if isinstance(value, list | tuple) else [value]
    result: list[DistinctionData] = []
    for item in items:
        distinction = (
            _distinction_from_dict(item, report) if isinstance(item, dict)
            else _distinction_from_text(clean_text(item), report)
        )
        if distinction and distinction not in result:
            result.append(distinction)
    return result


def _rank(value: str) -> str | None:
    key = text_key(value)
    if key in _RANK_VALUES:
        return key
    for words, rank in _RANK_WORDS:
        if key == words or key == f"prix {words}" or key == f"medaille {words}":
            return rank
    return None


def _year(value: Any) -> int | None:
    match = _YEAR.search(as_text(value))
    if not match:
        return None
    year = int(match.group(1))
    return year if year_is_plausible(year) else None


def _distinction_from_dict(item: dict[str, Any], report: NormalizationReport) -> DistinctionData | None:
    def pick(*keys: str) -> str:
        return next((clean_text(item[key]) for key in keys if clean_text(item.get(key))), "")

    prize = pick("prize", "prix", "name", "award", "title", "nom")
    year = _year(pick("year", "annee", "edition", "date"))
    raw_rank = pick("rank", "rang", "level", "niveau", "medal")
    if not prize or year is None:
        report.warn(f"distinction illisible : {item!r}"[:300])
        return None
    rank = _rank(raw_rank) if raw_rank else Rank.LAUREAT
    if rank is None:
        report.warn(f"rang de distinction non reconnu : « {raw_rank} », « lauréat » retenu")
        rank = Rank.LAUREAT
    category = _CATEGORY_PREFIX.sub("", pick("category", "categorie", "catégorie", "theme"))
    return DistinctionData(prize=prize[:200], year=year, category=category[:200], rank=str(rank))


def _distinction_from_text(text: str, report: NormalizationReport) -> DistinctionData | None:
    if not text:
        return None
    years = _YEAR.findall(text)
    year = _year(text)
    if not years or year is None:
        report.warn(f"distinction illisible : « {text[:200]} »")
        return None
    prize, category, rank = "", "", None
    for segment in (part.strip() for part in _SEPARATORS.split(text)):
        if not segment:
            continue
        if not prize and years[0] in segment:
            before, _, after = segment.partition(years[0])
            prize = before.strip(" ,–—-") or after.strip(" ,–—-")
            continue
        if _CATEGORY_PREFIX.match(segment):
            category = category or _CATEGORY_PREFIX.sub("", segment)
            continue
        segment_rank = _rank(segment)
        if segment_rank and rank is None:
            rank = segment_rank
        elif not prize:
            prize = segment
        elif not category:
            category = segment
    if rank is None:
        match = _RANK_SUFFIX.search(prize)
        rank = _rank(match.group(1)) if match else Rank.LAUREAT
        prize = prize[: match.start()] if match else prize
    prize = _LEADING_RANK.sub("", prize).strip()
    if not prize:
        report.warn(f"distinction illisible : « {text[:200]} »")
        return None
    return DistinctionData(prize=prize[:200], year=year, category=category[:200], rank=str(rank or Rank.LAUREAT))
