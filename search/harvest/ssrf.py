"""The SSRF guard of the harvest client: refuse URLs whose host resolves to the server's own network.

``search.harvest.fetch`` calls :func:`check_url` before every hop and :func:`forbidden_reason` again on the
address actually connected to. The fetch error type lives here because the guard is the first to raise it;
callers import it from ``search.harvest.fetch``, which re-exports it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpx

KINDS = frozenset({"ssrf", "robots", "timeout", "too_large", "too_many_redirects", "http", "connection", "invalid_url"})

_METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address) for address in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IP_FLAGS = (
    ("is_loopback", "boucle locale"),
    ("is_private", "réseau privé"),
    ("is_link_local", "lien local"),
    ("is_multicast", "multidiffusion"),
    ("is_unspecified", "adresse non spécifiée"),
    ("is_reserved", "plage réservée"),
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_DEFAULT_MESSAGES = {
    "ssrf": "Adresse refusée : elle désigne un réseau privé, local ou réservé",
    "robots": "Accès interdit par le fichier robots.txt du site",
    "timeout": "Délai dépassé",
    "too_large": "Réponse trop volumineuse",
    "too_many_redirects": "Trop de redirections",
    "http": "Le site a répondu par une erreur HTTP",
    "connection": "Connexion au site impossible",
    "invalid_url": "Adresse invalide",
}


class FetchError(Exception):
    """A fetch that failed; ``kind`` is stable for code, ``str(error)`` is a French message for admins."""

    def __init__(self, kind: str, message: str | None = None, *, url: str = "", status: int | None = None,
                 retry_after: float | None = None, attempts: int = 1):
        if kind not in KINDS:
            raise ValueError(f"Unknown FetchError kind: {kind!r}")
        self.kind = kind
        self.message = message or _DEFAULT_MESSAGES[kind]
        self.url = url
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503), for the service's backoff
        self.attempts = attempts
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} : {self.url}" if self.url else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments would be lost when Celery pickles the exception.
        return (self.__class__, (self.kind, self.message), self.__dict__.copy())


def optional_setting(name: str, default: Any) -> Any:
    """Read a Django setting if Django is installed and configured: the harvest client also works without it."""
    try:
        from django.conf import settings
        from django.core.exceptions import ImproperlyConfigured
    except ImportError:
        return default
    try:
        return getattr(settings, name, default)
    except ImproperlyConfigured:
        return default


def normalise_hosts(hosts: Iterable[str] | None) -> frozenset[str]:
    """The host names trusted as is, lower-cased; ``None`` reads the ``CARREFOUR_SSRF_ALLOWED_HOSTS`` setting."""
    if hosts is None:
        hosts = optional_setting("CARREFOUR_SSRF_ALLOWED_HOSTS", ()) or ()
    return frozenset(host.strip().strip("[]").lower() for host in hosts if host and host.strip())


def split_url(url: str) -> tuple[str, str, int]:
    """Return (scheme, host, port), refusing anything that is not a plain http(s) URL.

    The URL is parsed by httpx, the parser that will open the connection: checking a host read by another
    parser would let "http://a\\@b/"-style ambiguities through.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise FetchError("invalid_url", url=str(url))
    scheme = parsed.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("invalid_url", "Seules les adresses http et https sont acceptées", url=url)
    host = parsed.raw_host.decode("ascii").lower()  # punycode for IDN, as sent to the resolver
    if not host:
        raise FetchError("invalid_url", "Adresse sans nom d'hôte", url=url)
    port = parsed.port or (443 if scheme == "https" else 80)
    if not 0 < port < 65536:
        raise FetchError("invalid_url", f"Port invalide ({port})", url=url)
    return scheme, host, port


def parse_ip(text: str) -> IPAddress:
    return ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id ("fe80::1%eth0")


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to; getaddrinfo also normalises "2130706433", "0x7f.1" or "127.1"."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except UnicodeError:
        raise FetchError("invalid_url", f"Nom d'hôte invalide « {host} »")
    except OSError as exc:  # socket.gaierror
        raise FetchError("connection", f"Nom d'hôte introuvable « {host} » ({exc.strerror or exc})")
    return [parse_ip(str(info[4][0])) for info in infos]


def forbidden_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be contacted from the server, or None for a public address."""
    if ip in _METADATA_ADDRESSES:
        return "adresse de métadonnées cloud"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            # ::ffff:0:0/96 counts as private in Python: judge the IPv4 address it carries instead.
            reason = forbidden_reason(ip.ipv4_mapped)
            return f"{reason} (IPv4 encapsulée)" if reason else None
        embedded = ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and (reason := forbidden_reason(embedded)):
            return f"{reason} (IPv4 encapsulée)"
        if ip.is_site_local:
            return "site-local IPv6"
    for flag, label in _IP_FLAGS:
        if getattr(ip, flag):
            return label
    if isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT:
        return "plage CGNAT"
    if not ip.is_global:
        return "adresse non routable publiquement"
    return None


def check_url(url: str, *, allowed_hosts: Iterable[str] | None = ()) -> None:
    """Refuse URLs that could reach the server's own network (SSRF), or are not http(s).

    ``allowed_hosts`` lists host *names* (exact, case-insensitive) trusted as is, such as the demo's
    127.0.0.1; ``None`` reads the ``CARREFOUR_SSRF_ALLOWED_HOSTS`` setting. Any other host is resolved and
    refused if one of its addresses is not public. Raises ``FetchError`` ("invalid_url", "ssrf" or
    "connection" when the name does not resolve).
    """
    _, host, port = split_url(url)
    if host in normalise_hosts(allowed_hosts):
        return
    for ip in resolve(host, port):
        if reason := forbidden_reason(ip):
            raise FetchError("ssrf", f"Adresse refusée ({reason}, {ip})", url=url)
