"""Contact fields: web addresses (site, image, social links), e-mail and phone, checked and never repaired by guess."""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from .report import NormalizationReport
from .text import as_list, as_text, clean_text, fix_mojibake

URL_MAX_LENGTH = 500

_url_validator = URLValidator(schemes=["http", "https"])
_BARE_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#].*)?$", re.I)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()]")
# Hosts shared by many initiatives (social networks, fund-raising and volunteering platforms, directories): a link
# there names an account or a page of the host, not an initiative's own site. Dedup reads the same set.
SHARED_HOSTS = frozenset({
    "facebook.com", "fr-fr.facebook.com", "m.facebook.com", "instagram.com", "twitter.com", "x.com", "linkedin.com",
    "helloasso.com", "youtube.com", "sites.google.com", "linktr.ee", "fr.ulule.com", "ulule.com", "kisskissbankbank.com",
    "openstreetmap.org", "carte.tiers-lieux.org", "jeveuxaider.gouv.fr", "francetravail.fr", "service-public.fr",
    "lafabriqueaterritoires.fr", "territoires.fr", "avise.org",
})
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_BARE_URL = re.compile(r"""\bhttps?://[^\s<>"'«»]+[^\s<>"'«».,;:!?)\]]""", re.I)
# Sites a text links to that are never an initiative's own: references, forms, short links, event and video hosts.
_REFERENCE_HOSTS = frozenset({
    "wikipedia.org", "wikimedia.org", "google.com", "goo.gl", "forms.gle", "bit.ly", "openagenda.com",
    "eventbrite.fr", "eventbrite.com", "vimeo.com", "dailymotion.com", "calameo.com", "issuu.com", "youtu.be",
    "legifrance.gouv.fr", "tiktok.com", "wa.me",
})
_FRENCH_PHONE = re.compile(r"^(?:0[1-9]\d{8}|(?:\+|00)33[1-9]\d{8}|(?:\+|00)(?:262|269|508|590|594|596|681|687|689)\d{6,9})$")


def normalize_url(value: Any) -> str | None:
    """An absolute http(s) URL, or None. A bare domain ("www.exemple.fr") gets https://."""
    # Line breaks and tabs are wrapping artefacts; a space left inside is encoded, never silently dropped.
    text = re.sub(r"[\r\n\t]+", "", fix_mojibake(as_text(value)).strip()).replace(" ", "%20")
    if not text:
        return None
    text = html_module.unescape(text)
    if text.startswith("//"):
        text = "https:" + text
    scheme = _SCHEME.match(text)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        # "www.exemple.fr:8080/x" parses as scheme "www.exemple.fr": only a real scheme is refused.
        if not _BARE_DOMAIN.match(text):
            return None
    if not text.lower().startswith(("http://", "https://")):
        if not _BARE_DOMAIN.match(text):
            return None
        text = "https://" + text
    parts = urlsplit(text)
    text = parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl()
    try:
        _url_validator(text)
    except ValidationError:
        return None
    if len(text) > URL_MAX_LENGTH:
        return None
    return text


def url_host_path(url: str) -> tuple[str, str]:
    """The host of a URL, lower-case, without "www." ("" when there is none), and its path; a bare domain
    ("asso.fr/projets") reads as https."""
    parts = urlsplit(url if "//" in url else f"https://{url}")
    return (parts.hostname or "").lower().removeprefix("www."), parts.path


def url_host(url: str) -> str:
    return url_host_path(url)[0]


def website_in_text(texts: Iterable[str | None], *, exclude: Iterable[str | None] = ()) -> str:
    """The site (its home page) a record's text points to when no field names one: a blog post about an initiative
    ends with « Pour en savoir plus : https://… ». Only when the links lead to exactly one site, leaving out the hosts of
    ``exclude`` (the record's own page, the platform's site, the image, the social links) and hosts shared by many
    initiatives; "" otherwise (a text that links to two sites does not say which one is the initiative's)."""
    excluded = {url_host(url) for url in exclude if url} | SHARED_HOSTS | _REFERENCE_HOSTS
    found: dict[str, str] = {}
    for text in texts:
        text = as_text(text)
        # Links (<a href>), and addresses written out in the text once its tags are gone (never an <img src>).
        links = [match.group(1) for match in _HREF.finditer(text)]
        links += _BARE_URL.findall(re.sub(r"<[^>]*>", " ", text))
        for link in links:
            url = normalize_url(link)
            host = url_host(url) if url else ""
            if host and host not in excluded and not any(host.endswith(f".{shared}") for shared in excluded):
                # The site, not the page: a page a text links to (an agenda, an article) names no initiative.
                found.setdefault(host, f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/")
    return next(iter(found.values())) if len(found) == 1 else ""


def phone_is_valid(value: str) -> bool:
    """Loosely: a French number (0X XX XX XX XX, +33 X…, overseas +262…); spaces, dots, dashes allowed."""
    digits = _PHONE_SEPARATORS.sub("", value or "").replace("(0)", "")
    return bool(_FRENCH_PHONE.match(digits))


def read_url(value: Any, label: str, report: NormalizationReport) -> str:
    """The normalised URL, or "" with a warning naming the field (``label``) when it is refused."""
    raw = as_text(value).strip()
    if not raw:
        return ""
    url = normalize_url(raw)
    if url is None:
        report.warn(f"{label} : adresse refusée « {raw[:200]} »")
        return ""
    return url


def read_social_links(value: Any, report: NormalizationReport) -> list[str]:
    links: list[str] = []
    if isinstance(value, dict):
        value = list(value.values())
    for raw in as_list(value, separators=r"[\s,;|]+"):
        url = normalize_url(raw)
        if url is None:
            report.warn(f"réseau social : adresse refusée « {raw.strip()[:200]} »")
        elif url not in links:
            links.append(url)
    return links


def read_email(value: Any, report: NormalizationReport) -> str:
    """The first valid address; the invalid ones and the extra ones are reported."""
    candidates = as_list(value, separators=r"[\s,;/]+")
    for raw in candidates:
        email = clean_text(raw).removeprefix("mailto:").strip("<>()[] ")
        try:
            validate_email(email)
        except ValidationError:
            report.warn(f"courriel invalide ignoré : « {raw.strip()[:200]} »")
            continue
        if len(candidates) > 1:
            report.warn(f"plusieurs courriels : « {email} » retenu")
        return email
    return ""


def check_phones(value: Any, report: NormalizationReport) -> None:
    # InitiativeData has no phone field: the number is only checked, so that editors see the broken ones.
    for raw in as_list(value, separators=r"[,;/]|\s{2,}|\bou\b"):
        if not phone_is_valid(raw):
            report.warn(f"téléphone invalide : « {raw.strip()[:50]} »")
