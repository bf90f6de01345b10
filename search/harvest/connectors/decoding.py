"""Turn payload bytes into text, JSON, HTML or XML trees, refusing what is not the announced format.

Every connector decodes through here so charset handling and the XML-bomb guard are written once.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from .base import ParseError, Payload

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def declared_charset(payload: Payload) -> str | None:
    """The charset of the Content-Type header, if it names one Python knows."""
    match = _CHARSET.search(payload.content_type)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def _bom_charset(content: bytes) -> str | None:
    return next((charset for bom, charset in _BOMS if content.startswith(bom)), None)


def is_html_page(text: str) -> bool:
    """Whether a payload is an HTML document (an error page, a login page) where another format was expected.

    Not ``search.normalize.text.looks_like_html``, which asks whether a field holds any markup: a CSV or a feed
    whose values contain tags is still a CSV or a feed.
    """
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or "<html" in head


def describe(payload: Payload) -> str:
    content_type = payload.content_type or "no content-type"
    return f"{payload.url} ({content_type}, {len(payload.content)} bytes)"


def decode_json(payload: Payload) -> Any:
    """Parse a JSON payload; ParseError when it is not valid UTF-8 (or its declared charset) or not JSON."""
    content = payload.content
    if not content.strip():
        raise ParseError(f"empty JSON payload from {describe(payload)}")
    charset = _bom_charset(content) or declared_charset(payload) or "utf-8"
    if charset == "utf-8":
        charset = "utf-8-sig"  # tolerate a BOM even when the header says utf-8
    try:
        text = content.decode(charset)
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"JSON payload is not valid {charset.removesuffix('-sig')}: byte 0x{content[exc.start]:02x} at position "
            f"{exc.start} ({describe(payload)})"
        )
    if text.lstrip().startswith("<"):
        kind = "HTML" if is_html_page(text) else "XML/HTML"
        raise ParseError(f"expected JSON but got {kind} from {describe(payload)}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON from {describe(payload)}: {exc}")


def decode_text(content: bytes, encoding: str) -> str:
    """Strict decoding with a clear error (used for CSV with a configured encoding)."""
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(f"payload is not valid {encoding}: byte 0x{content[exc.start]:02x} at position {exc.start}")


def decode_html(payload: Payload) -> tuple[str, list[str]]:
    """Decode an HTML page: BOM, then Content-Type charset, then <meta charset>, then UTF-8.

    Invalid bytes are replaced rather than refused (browsers do the same) but reported as a warning.
    """
    content = payload.content
    warnings: list[str] = []
    charset = _bom_charset(content) or declared_charset(payload)
    if charset is None:
        match = _META_CHARSET.search(content[:4096]) or _XML_DECLARATION.search(content[:512])
        if match:
            try:
                charset = codecs.lookup(match.group(1).decode("ascii", "replace")).name
            except LookupError:
                warnings.append(f"unknown charset {match.group(1)!r} declared in the page; decoded as UTF-8")
    charset = charset or "utf-8"
    if charset == "utf-8":
        charset = "utf-8-sig"
    try:
        text = content.decode(charset)
    except UnicodeDecodeError as exc:
        warnings.append(
            f"invalid {charset.removesuffix('-sig')} bytes in {payload.url} (first at position {exc.start}); "
            "replaced with U+FFFD"
        )
        text = content.decode(charset, errors="replace")
    return text, warnings


def parse_html(payload: Payload) -> tuple[Any, list[str]]:
    """An lxml HTML document for the payload, plus decoding warnings; ParseError when it holds no markup."""
    if b"\x00" in payload.content[:1024] and not payload.content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ParseError(f"binary payload, not HTML: {describe(payload)}")
    text, warnings = decode_html(payload)
    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if "<" not in text:
        raise ParseError(f"no HTML markup in {describe(payload)}")
    try:
        document = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse HTML from {describe(payload)}: {exc}")
    return document, warnings


def base_url(document: Any, page_url: str) -> str:
    """The URL relative links resolve against: <base href> when the page declares one."""
    bases = document.xpath("//head/base[@href]/@href")
    return urljoin(page_url, bases[0].strip()) if bases else page_url


def reject_entity_declarations(content: bytes, what: str) -> None:
    """Refuse XML whose DTD declares entities: the billion-laughs and external-entity attacks need them.

    Legitimate feeds and sitemaps never declare entities, so refusing is cheaper and clearer than expanding.
    """
    head = content[:65536]
    start = head.find(b"<!DOCTYPE")
    if start < 0:
        start = head.find(b"<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E\x00")  # UTF-16LE
        if start < 0:
            return
    end = content.find(b"]>", start)
    subset = content[start : end if end >= 0 else len(content)]
    if b"ENTITY" in subset or b"E\x00N\x00T\x00I\x00T\x00Y\x00" in subset:
        raise ParseError(f"{what} declares XML entities in its DTD; refused (possible entity-expansion bomb)")


_XML_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "huge_tree": False,
    "load_dtd": False,
    "dtd_validation": False,
    "remove_comments": True,
    "remove_pis": True,
}


def parse_xml(content: bytes, what: str) -> Any:
    """A safely parsed XML root element; ParseError on malformed XML or entity declarations."""
    if not content.strip():
        raise ParseError(f"empty {what}")
    reject_entity_declarations(content, what)
    parser = etree.XMLParser(**_XML_PARSER_OPTIONS)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"{what} is not well-formed XML: {exc}")
    if root is None:
        raise ParseError(f"{what} has no root element")
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ParseError(f"{what} declares XML entities in its DTD; refused (possible entity-expansion bomb)")
    return root
