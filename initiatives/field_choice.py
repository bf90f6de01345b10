"""Which record supplies each displayed field of an initiative: the best-written title and summary, else precedence.

Sources cut titles ("Bricobus : bricolage solid. du …"), shout them (ALL CAPS), dress them as blog headlines
("Portrait : …", "12 mars 2023 – …") or leave entities in them ("&amp;"). For ``title`` and ``summary`` the value
with the fewest defects wins, source precedence breaking ties; every other field is the first non-empty value in
precedence order. ``initiative_rebuild`` (initiatives/services.py) asks :func:`field_choose` for each field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeVar

from initiatives.text import is_empty, strip_accents

Supplier = TypeVar("Supplier")

QUALITY_FIELDS = frozenset({"title", "summary"})
LONG_TITLE = 90  # characters: beyond, a title reads as a sentence about the initiative, not its name

# Defect weights: a cut or garbled text loses information, a style defect only looks bad.
CUT, GARBLED, STYLE = 2, 2, 1

_CUT_END = re.compile(r"(\.\.\.|…|\[\s*(\.\.\.|…)\s*\]|\(\s*(\.\.\.|…)\s*\)|lire la suite\W*)\s*$", re.IGNORECASE)
# A word cut short and marked by a dot, then the text goes on in lower case: "solid. du quartier".
_ABBREVIATED = re.compile(r"\b[^\W\d_]{2,}\.\s+[a-zà-ÿ]")
# UTF-8 read as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for "’"): the second byte of a two-byte letter.
_CONTINUATION = "".join(sorted({bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(0x80, 0xC0)}))
_GARBLED = re.compile(rf"&(#\d+|#x[0-9a-f]+|[a-z]+);|</?[a-z][^>]*>|[ÃÂ][{re.escape(_CONTINUATION)}]|â€",
                      re.IGNORECASE)
# Editorial dress of a blog post or news item rather than an initiative's name.
_HEADLINE_PREFIX = re.compile(
    r"^\W*(découvrez|decouvrez|portrait|interview|entretien|zoom sur|focus sur|retour sur|rencontre avec|"
    r"témoignage|temoignage|reportage|actualité|actualite|vidéo|video|podcast|tribune|communiqué|communique|"
    r"à la une|a la une|en images)\b",
    re.IGNORECASE,
)
_MONTHS = (r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
           r"decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec")
_DATE_PREFIX = re.compile(
    rf"^\W*((le\s+)?\d{{1,2}}(er)?\s+({_MONTHS})\.?(\s+\d{{4}})?|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|(19|20)\d{{2}}\s*[:–—-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"([a-z0-9]+)(\.)?")


def _words(value: str) -> list[tuple[str, bool]]:
    """Lower-case unaccented words, each with whether a dot follows it."""
    return [(word, bool(dot)) for word, dot in _WORD.findall(strip_accents(value.lower()))]


def is_cut_of(value: str, other: str) -> bool:
    """``value`` is ``other`` cut short: the same words in the same order, at least one of them cut (the last one,
    or one marked by a dot: "bricolage solid. du" for "bricolage solidaire du Cantal")."""
    mine, theirs = _words(value), _words(other)
    if not mine or len(mine) > len(theirs):
        return False
    cut = False
    for index, ((word, dotted), (full, _)) in enumerate(zip(mine, theirs, strict=False)):
        if word == full:
            continue
        if full.startswith(word) and (dotted or index == len(mine) - 1):
            cut = True
            continue
        return False
    return cut


def text_defects(name: str, value: str, others: Sequence[str] = ()) -> int:
    """How badly ``value`` is written for field ``name`` (0: no defect); ``others``: the other records' values,
    to recognise a value cut short of one of them."""
    text = value.strip()
    defects = 0
    if _CUT_END.search(text) or _ABBREVIATED.search(text) or any(is_cut_of(text, other) for other in others):
        defects += CUT
    if _GARBLED.search(text):
        defects += GARBLED
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= 4 and not any(char.islower() for char in letters):
        defects += STYLE
    if name == "title":
        if _HEADLINE_PREFIX.search(text) or _DATE_PREFIX.search(text) or text.endswith("?"):
            defects += STYLE
        if len(text) > LONG_TITLE:
            defects += STYLE
    return defects


def field_choose(*, name: str, candidates: Sequence[tuple[Supplier, Any]]) -> tuple[Any, Supplier | None]:
    """The value an initiative shows for field ``name`` and the record that supplied it.

    ``candidates`` are (record, value) pairs in precedence order. Empty values never win. For ``title`` and
    ``summary``, the fewest defects (:func:`text_defects`) win, then precedence; for the others, precedence.
    """
    present = [(supplier, value) for supplier, value in candidates if not is_empty(value)]
    if name in QUALITY_FIELDS:
        texts = [(supplier, value) for supplier, value in present if isinstance(value, str) and value.strip()]
        if texts:
            values = [value for _, value in texts]
            ranked = [
                (text_defects(name, value, values[:index] + values[index + 1:]), index)
                for index, value in enumerate(values)
            ]
            _, best = min(ranked)
            return texts[best][1], texts[best][0]
    if not present:
        return None, None
    supplier, value = present[0]
    return value, supplier
