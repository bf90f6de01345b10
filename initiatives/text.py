"""Text keys used to compare names across sources: lower-case, unaccented, abbreviations spelled out."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.db.models import F, Func
from django.db.models.functions import Lower

_ABBREVIATIONS = {
    "st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes",
}
_ARTICLE_SUFFIX = re.compile(r"^(?P<name>.+?)\s*\((?P<article>le|la|les|l')\)$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Letters Unicode does not decompose into a letter and an accent, spelt as PostgreSQL's unaccent spells them
# (« Vœuil-et-Giget » and « Voeuil-et-Giget », « Restos du Cœur » and « Restos du Coeur »): without them a key
# dropped the letter (« v uil et giget »). Every letter of Latin-1 and Latin Extended-A and B is checked against
# unaccent (tests/initiatives/test_validators_and_text.py).
_UNDECOMPOSED = str.maketrans({
    **dict(zip("ÐØðøĐđĦħıĸŁłŊŋŦŧƀƁƂƃƇƈƉƊƋƌƐƑƒƓƖƗƘƙƚƝƞƤƥƫƬƭƮƲƳƴƵƶǤǥȡȤȥȴȵȶȷȺȻȼȽȾȿɀɃɄɆɇɈɉɌɍɎɏ",
               "DOdoDdHhiqLlNnTtbBBbCcDDDdEFfGIIKklNnPptTtTVYyZzGgdZzlntjACcLTszBUEeJjRrYy", strict=True)),
    "Æ": "AE", "Þ": "TH", "ß": "ss", "æ": "ae", "þ": "th", "Œ": "OE", "œ": "oe", "ƕ": "hv", "Ƣ": "OI", "ƣ": "oi", "ȸ": "db", "ȹ": "qp",
})


def strip_accents(value: str) -> str:
    """Accents removed, as PostgreSQL's unaccent removes them: « Œuvre à Zürich » -> « OEuvre a Zurich »."""
    # After NFKD: « Ǿ » is « Ø » and an accent, « Ø » then « O ».
    return "".join(char for char in unicodedata.normalize("NFKD", value).translate(_UNDECOMPOSED)
                   if not unicodedata.combining(char))


def collation_key(value: str) -> tuple[str, str]:
    """French alphabetical order as a reader expects it, whatever the database's collation (often ``C``): accents
    and case do not count, so « Île-de-France » sorts among the I, not after « Wallis-et-Futuna »."""
    return strip_accents(value or "").casefold(), value or ""


def collation_order(field: str):
    """The same order in SQL, for querysets (``.order_by(collation_order("name"))``): PostgreSQL's unaccent, then
    lower case; the embedded PostgreSQL has no ICU collations to do it otherwise."""
    return Lower(Func(F(field), function="unaccent"))


def excerpt(text: str, limit: int = 300) -> str:
    """The start of a text, cut at a word boundary with « … » when it is longer than ``limit`` characters."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return f"{cut}…"


def text_key(value: str) -> str:
    """Lower-case, unaccented, punctuation as single spaces: ``"Épicerie  Solidaire!"`` -> ``"epicerie solidaire"``."""
    return _NON_WORD.sub(" ", strip_accents(value or "").lower()).strip()


def place_key(value: str) -> str:
    """A commune name as lookups compare it.

    "St-Étienne" and "Saint Etienne" give "saint etienne"; "Havre (Le)" and "Le Havre" give "le havre".
    """
    value = (value or "").strip()
    match = _ARTICLE_SUFFIX.match(value)
    if match:
        article = match.group("article")
        value = f"{article}{'' if article.endswith(chr(39)) else ' '}{match.group('name')}"
    words = text_key(value).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def is_empty(value: Any) -> bool:
    """No value: None, "" or an empty list, tuple or dict (0 and False are values). The one test of emptiness, used
    by connectors, the harvest and the merge alike."""
    return value is None or value == "" or (isinstance(value, list | tuple | dict) and not value)
