"""Text fields: raw values read as strings, mojibake repaired, HTML sanitised or flattened, lengths capped.

Connectors may use these too (they import no model): a value is cleaned the same way wherever it is read.
"""

from __future__ import annotations

import html as html_module
import re
from typing import Any

import ftfy

from initiatives.html import html_to_text, sanitize_html

TITLE_MAX_LENGTH = 300
SUMMARY_LENGTH = 300

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
# Characters that UTF-8 read as Windows-1252/Latin-1 produces ("Ã©", "â€™", "Â "): without one, there is no mojibake.
_MOJIBAKE_HINT = re.compile("[ÃÂâ\u0080-\u009f]")


def as_text(value: Any) -> str:
    """A raw field as one string: the first non-empty item of a list, a dict's usual text keys, numbers as digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "label", "title", "value", "text", "#text", "@value"):
            if value.get(key):
                return as_text(value[key])
        return ""
    if isinstance(value, list | tuple):
        return next((text for text in (as_text(item) for item in value) if text.strip()), "")
    return str(value)


def as_list(value: Any, *, separators: str = r"[,;|\n]") -> list[str]:
    """A raw list field: a list, or a single string with separators."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for text in (as_text(item) for item in value) if text.strip()]
    text = as_text(value)
    return [part for part in re.split(separators, text) if part.strip()]


def fix_mojibake(value: str) -> str:
    # Curly apostrophes are correct French typography: keep them. Entities are unescaped by the callers, who know
    # whether the value is HTML. ftfy is costly: only text that can hold mojibake goes through it.
    if not _MOJIBAKE_HINT.search(value):
        return value
    return ftfy.fix_text(value, unescape_html=False, uncurl_quotes=False)


def looks_like_html(value: str) -> bool:
    """Whether a field holds markup (any tag), as opposed to plain text that may contain entities."""
    return bool(_TAG.search(value or ""))


def clean_text(value: Any) -> str:
    """Plain text: mojibake repaired, tags dropped, entities unescaped, whitespace collapsed."""
    text = fix_mojibake(as_text(value))
    if looks_like_html(text):
        return " ".join(html_to_text(text).split())
    for _ in range(2):  # "&amp;eacute;" is a double-escaped "é"
        if not _ENTITY.search(text):
            break
        text = html_module.unescape(text)
    return " ".join(text.split())


def clean_html(value: Any) -> str:
    """Sanitised HTML; plain text (no tags) becomes escaped paragraphs, so line breaks survive."""
    text = fix_mojibake(as_text(value)).strip()
    if not text:
        return ""
    if not looks_like_html(text):
        text = html_module.unescape(text)
        paragraphs = [paragraph.strip() for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]
        text = "".join(
            "<p>" + "<br>".join(html_module.escape(" ".join(line.split())) for line in paragraph.splitlines()) + "</p>"
            for paragraph in paragraphs
        )
    return sanitize_html(text)


def truncate_text(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a sentence end when one is near, else at a word, with an ellipsis."""
    if len(text) <= limit:
        return text
    window = text[: limit + 1]
    sentence_ends = [match.end() for match in _SENTENCE_END.finditer(window + " ")]
    sentence_ends = [end for end in sentence_ends if end <= limit]
    if sentence_ends and sentence_ends[-1] >= limit // 3:
        return window[: sentence_ends[-1]].strip()
    cut = window[:limit].rsplit(" ", 1)[0] if " " in window[:limit] else window[: limit - 1]
    return cut.rstrip(" ,;:-–—") + "…"


def truncate_title(text: str) -> str:
    """At most ``TITLE_MAX_LENGTH`` characters, cut at a word in the second half when there is one."""
    if len(text) <= TITLE_MAX_LENGTH:
        return text
    cut = text[: TITLE_MAX_LENGTH - 1]
    if " " in cut[TITLE_MAX_LENGTH // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"
