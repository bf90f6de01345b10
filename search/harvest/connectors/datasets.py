"""Dataset catalogues (data.gouv.fr and other udata portals, CKAN): the URL of a dataset's API answer, the resources
that answer lists, and the one a harvest reads. Parse only: search/harvest/datasets.py fetches the answer at the
start of each harvest and hands the chosen resource to the csv, xlsx or json_api connector.

The formats, read in udata's and CKAN's code, are described in tests/fixtures/sources/datasets/FORMAT.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit, urlunsplit

from .base import ConfigError, ParseError, Payload, suggest
from .decoding import decode_json

# A resource's format (as the catalogue declares it, else its MIME type, else its URL's extension) → the connector
# that reads it. The order is the default choice: the newest CSV, else the newest XLSX, else the newest JSON.
RESOURCE_FORMATS: dict[str, str] = {"csv": "csv", "xlsx": "xlsx", "json": "json_api"}
_MIME_FORMATS = {
    "text/csv": "csv", "application/csv": "csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/json": "json",
}
RESOURCE_KEYS = ("id", "title", "format")

_UDATA_API = re.compile(r"^(?P<root>.*?)/api/1/datasets/(?P<dataset>[^/?#]+)/?$")
_UDATA_PAGE = re.compile(r"^(?P<root>)(?:/[a-z]{2})?/datasets/(?P<dataset>[^/?#]+)/?$")
_CKAN_PAGE = re.compile(r"^(?P<root>.*?)/dataset/(?P<dataset>[^/?#]+)/?$")


@dataclass(frozen=True)
class Resource:
    """One file of a dataset, as its catalogue describes it."""

    id: str
    title: str
    format: str  # csv, xlsx, json, or what the catalogue says (pdf, zip…), lower case
    url: str
    last_modified: str
    type: str = "main"  # udata's: main, documentation, update, api, code, other (CKAN: always main)

    @property
    def main(self) -> bool:
        return self.type == "main"

    @property
    def readable(self) -> bool:
        return self.format in RESOURCE_FORMATS and self.url.startswith(("http://", "https://"))


def dataset_api_url(catalogue: str, url: str) -> str | None:
    """The API answer that lists a dataset's resources, from its page or API URL; None when the URL names none.

    udata: ``…/fr/datasets/<slug>/`` or ``…/api/1/datasets/<slug>/`` → ``…/api/1/datasets/<slug>/``.
    CKAN: ``…/dataset/<name>`` or ``…/api/3/action/package_show?id=<name>`` → the package_show URL.
    """
    parts = urlsplit(url)
    if catalogue == "udata":
        found = _UDATA_API.match(parts.path) or _UDATA_PAGE.match(parts.path)
        if not found:
            return None
        return urlunsplit(parts._replace(path=f"{found['root']}/api/1/datasets/{found['dataset']}/", query="",
                                         fragment=""))
    if parts.path.endswith("/api/3/action/package_show"):
        name = (parse_qs(parts.query).get("id") or [""])[0]
        root = parts.path.removesuffix("/api/3/action/package_show")
    else:
        found = _CKAN_PAGE.match(parts.path)
        if not found or found["root"].endswith("/explore"):  # OpenDataSoft's pages are …/explore/dataset/<id>/
            return None
        name, root = found["dataset"], found["root"]
    if not name:
        return None
    return urlunsplit(parts._replace(path=f"{root}/api/3/action/package_show", query=f"id={quote(name, safe='')}",
                                     fragment=""))


def validate_resource(value: Any) -> str | dict[str, str] | None:
    """The ``resource`` key: the id or the title of the resource to read, or a mapping of ``id``, ``title`` and
    ``format`` (csv, xlsx or json) that the resource must all match. ConfigError names the wrong part."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            raise ConfigError("resource", "an empty string names no resource")
        return value
    if not isinstance(value, Mapping) or not value:
        raise ConfigError("resource", f"the id or title of a resource, or a mapping of {', '.join(RESOURCE_KEYS)}; "
                                      f"got {value!r}")
    for key, item in value.items():
        if key not in RESOURCE_KEYS:
            raise ConfigError(f"resource.{key}", f"unknown key {key!r}{suggest(str(key), RESOURCE_KEYS)} "
                                                 f"(known: {', '.join(RESOURCE_KEYS)})")
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"resource.{key}", f"must be a non-empty string, got {item!r}")
    if "format" in value and value["format"].lower() not in RESOURCE_FORMATS:
        raise ConfigError("resource.format", f"must be one of {', '.join(RESOURCE_FORMATS)}, got {value['format']!r}"
                                             f"{suggest(value['format'].lower(), RESOURCE_FORMATS)}")
    return {key: item.lower() if key == "format" else item for key, item in value.items()}


def _format(declared: Any, mime: Any, url: str) -> str:
    value = str(declared or "").strip().lower().lstrip(".")
    if value in _MIME_FORMATS:  # CKAN portals sometimes put the MIME type in the format
        return _MIME_FORMATS[value]
    if value:
        return value
    mime = str(mime or "").split(";")[0].strip().lower()
    if mime in _MIME_FORMATS:
        return _MIME_FORMATS[mime]
    extension = urlsplit(url).path.rsplit(".", 1)[-1].lower() if "." in urlsplit(url).path.rsplit("/", 1)[-1] else ""
    return extension


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def dataset_resources(catalogue: str, payload: Payload) -> tuple[str, list[Resource]]:
    """(the dataset's title, its resources in the catalogue's order); ParseError when the answer is not a dataset."""
    document = decode_json(payload)
    if catalogue == "ckan":
        if not isinstance(document, Mapping) or "result" not in document and "success" not in document:
            raise ParseError("not a CKAN package_show answer (no success/result)")
        if document.get("success") is False or not isinstance(document.get("result"), Mapping):
            error = document.get("error") if isinstance(document.get("error"), Mapping) else {}
            raise ParseError(f"CKAN answered an error: {_text(error.get('message')) or 'no result'}")
        document = document["result"]
    if not isinstance(document, Mapping) or not isinstance(document.get("resources"), list):
        raise ParseError("not a dataset answer (no list of resources)")
    resources = []
    for item in document["resources"]:
        if not isinstance(item, Mapping):
            continue
        url = _text(item.get("url"))
        title = _text(item.get("title") if catalogue == "udata" else item.get("name"))
        resources.append(Resource(
            id=_text(item.get("id")), title=title or url.rsplit("/", 1)[-1], url=url,
            format=_format(item.get("format"), item.get("mime") or item.get("mimetype"), url),
            last_modified=_text(item.get("last_modified") or item.get("metadata_modified") or item.get("created")),
            type=_text(item.get("type")) if catalogue == "udata" and item.get("type") else "main",
        ))
    return _text(document.get("title") or document.get("name")), resources


def _matches(resource: Resource, wanted: str | Mapping[str, str]) -> bool:
    if isinstance(wanted, str):
        return resource.id == wanted or resource.title.casefold() == wanted.strip().casefold()
    return all(
        resource.id == value if key == "id" else
        resource.title.casefold() == value.strip().casefold() if key == "title" else resource.format == value
        for key, value in wanted.items())


def resource_choose(resources: list[Resource], wanted: str | Mapping[str, str] | None) -> Resource | None:
    """The resource a harvest reads: among the named ones (``resource``) or else the dataset's main files, the most
    recently modified CSV, else XLSX, else JSON (the dataset's order between equals); None when none is readable.
    The newest, not the first: portals often keep last year's export, or an archive, listed before the current one."""
    candidates = [r for r in resources if (_matches(r, wanted) if wanted is not None else r.main) and r.readable]
    for wanted_format in RESOURCE_FORMATS:
        matching = [resource for resource in candidates if resource.format == wanted_format]
        if matching:
            return max(matching, key=lambda resource: resource.last_modified or "")  # max keeps the first of equals
    return None


def resources_describe(resources: list[Resource], limit: int = 10) -> str:
    """« Title » (format), … for a message saying what the dataset holds."""
    described = [f"« {r.title} » ({r.format or '?'}{'' if r.main else ', ' + r.type})" for r in resources[:limit]]
    return ", ".join(described) + (f" … (+{len(resources) - limit})" if len(resources) > limit else "")
