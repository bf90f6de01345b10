"""Connector for schema.org data embedded in pages (JSON-LD and microdata, extracted with extruct).

Items whose ``@type`` is in ``types`` become records; schema.org properties map onto canonical fields by default
and ``fields`` overrides them with paths into the item. Used for list pages and, via sitemaps, for detail pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from initiatives.text import is_empty

from .base import ConfigError, ParseResult, Payload, RawRecord
from .decoding import base_url, parse_html
from .html import link_spec
from .mapping import (
    FieldSpec,
    build_record,
    compile_field_spec,
    compile_fields,
    compile_id_spec,
    compile_path,
    copy_config,
    extract_fields,
    identifier,
    merge_detail,
    resolve_path,
    to_jsonable,
    validate_fields,
    validate_id_spec,
)
from .transforms import MappingContext

format = "jsonld"  # noqa: A001 - the connector contract names this attribute

FIELD_SOURCES = ("path", "constant")
DEFAULT_TYPES: tuple[str, ...] = ("Project", "Organization", "NGO", "Event", "CreativeWork")
SYNTAXES = ("json-ld", "microdata")

# Canonical field -> schema.org paths tried in order; the first non-empty value wins.
DEFAULT_PATHS: dict[str, tuple[str, ...]] = {
    "title": ("name", "headline"),
    "summary": ("description", "disambiguatingDescription", "abstract"),
    "description": ("articleBody", "text"),
    "url": ("mainEntityOfPage.@id", "mainEntityOfPage"),  # the record's page; see map_item for the rest
    "website": ("url",),  # schema.org ``url`` is the thing's own site (when it is not the record's page itself)
    "porteur_name": (
        "founder.name",
        "founder",
        "author.name",
        "author",
        "sourceOrganization.name",
        "sourceOrganization",
        "organizer.name",
        "creator.name",
        "parentOrganization.name",
    ),
    "email": ("email", "contactPoint.email"),
    "phone": ("telephone", "contactPoint.telephone"),
    "image_url": ("image.url", "image.contentUrl", "image", "logo.url", "logo"),
    "social_links": ("sameAs",),
    "start_date": ("startDate", "foundingDate", "dateCreated"),
    "tags": ("keywords", "about.name"),
    "address": ("address.streetAddress", "location.address.streetAddress", "address", "location.address"),
    "postcode": ("address.postalCode", "location.address.postalCode"),
    "city": ("address.addressLocality", "location.address.addressLocality"),
    "region": ("address.addressRegion", "location.address.addressRegion"),
    "latitude": ("geo.latitude", "location.geo.latitude"),
    "longitude": ("geo.longitude", "location.geo.longitude"),
    "distinctions": ("award", "awards"),
    "language": ("inLanguage",),
    "published_at": ("datePublished",),
    "updated_at": ("dateModified",),
}
LIST_FIELDS = frozenset({"tags", "social_links", "distinctions"})
_COMPILED_DEFAULTS = {name: tuple(compile_path(path) for path in paths) for name, paths in DEFAULT_PATHS.items()}
_IDENTIFIER_PATHS = tuple(compile_path(path) for path in ("identifier.value", "identifier", "@id"))


def validate_detail_config(config: dict[str, Any]) -> dict[str, Any]:
    """``types`` (default: Project, Organization, NGO, Event, CreativeWork), ``fields`` and ``id`` overrides."""
    types = config.get("types", list(DEFAULT_TYPES))
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list | tuple) or not types or not all(isinstance(t, str) and t.strip() for t in types):
        raise ConfigError("types", "must be a non-empty list of schema.org type names such as ['Project']")
    config["types"] = [local_name(t) for t in types]
    config["fields"] = validate_fields(config.get("fields"), "fields", shorthand="path", allowed=FIELD_SOURCES)
    config["id"] = validate_id_spec(config.get("id"), shorthand="path", allowed=FIELD_SOURCES)
    return config


def validate_config(config: dict[str, Any]) -> dict[str, Any]:
    config = validate_detail_config(copy_config(config))
    config["next_selector"] = link_spec(config.get("next_selector"), "next_selector")
    return config


def local_name(schema_type: str) -> str:
    """``https://schema.org/Project`` and ``schema:Project`` -> ``Project``."""
    name = schema_type.strip()
    for separator in ("/", "#", ":"):
        name = name.rsplit(separator, 1)[-1]
    return name


def item_types(item: Mapping[str, Any]) -> list[str]:
    types = item.get("@type") or []
    return [local_name(t) for t in ([types] if isinstance(types, str) else types) if isinstance(t, str)]


def extract_items(document: Any, page_url: str, types: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """schema.org items of the wanted types found in the page, and warnings about unreadable blocks."""
    import extruct

    found: list[Any] = []
    warnings: list[str] = []
    # One syntax at a time: a broken JSON-LD block must not hide the page's microdata.
    for syntax in SYNTAXES:
        try:
            data = extruct.extract(document, base_url=page_url, syntaxes=[syntax], uniform=True, errors="strict")
        except Exception as exc:  # noqa: BLE001 - extruct surfaces json, lxml and rdflib errors alike
            warnings.append(f"unreadable {syntax} in {page_url}: {exc}")
            continue
        for block in data.get(syntax, []):
            blocks = block if isinstance(block, list) else [block]
            for entry in blocks:
                if not isinstance(entry, Mapping):
                    continue
                graph = entry.get("@graph")
                if isinstance(graph, list):
                    found.extend(node for node in graph if isinstance(node, Mapping))
                if "@type" in entry:
                    found.append(entry)
    wanted = set(types)
    items = [dict(item) for item in found if wanted.intersection(item_types(item))]
    return _without_publisher(items, found, page_url), warnings


ORGANIZATION_TYPES = frozenset({"Organization", "NGO", "Corporation", "NewsMediaOrganization", "GovernmentOrganization"})


def _node_id(node: Any, page_url: str) -> str:
    """A node's @id made absolute against the page, fragment kept (``site/#org`` and ``site/#asso-1`` differ)."""
    node_id = node.get("@id") if isinstance(node, Mapping) else None
    return urljoin(page_url, node_id) if isinstance(node_id, str) and node_id.strip() else ""


def _without_publisher(items: list[dict[str, Any]], nodes: list[Any], page_url: str) -> list[dict[str, Any]]:
    """The page's items less the organisation that publishes the site: the one another node of the page names as
    its ``publisher`` (a blog post's WebPage, the WebSite), and, beside other items, one whose address is the site's
    home page. An organisation alone on its page is what the page is about: it stays."""
    publishers: set[str] = set()
    for node in nodes:
        refs = node.get("publisher") if isinstance(node, Mapping) else None
        for ref in refs if isinstance(refs, list) else [refs]:
            if _node_id(ref, page_url):
                publishers.add(_node_id(ref, page_url))
    home = "{0.scheme}://{0.netloc}".format(urlsplit(page_url))

    def publisher(item: dict[str, Any]) -> bool:
        if not ORGANIZATION_TYPES.intersection(item_types(item)):
            return False
        if _node_id(item, page_url) in publishers:
            return True
        address = item.get("url") if isinstance(item.get("url"), str) else _node_id(item, page_url)
        return len(items) > 1 and bool(address) and urljoin(page_url, address).split("#")[0].rstrip("/") == home

    return [item for item in items if not publisher(item)]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value.removeprefix("mailto:").removeprefix("tel:") if value.startswith(("mailto:", "tel:")) else value
    return value


def default_fields(item: Mapping[str, Any]) -> dict[str, Any]:
    """Canonical fields read from the usual schema.org properties of ``item``."""
    values: dict[str, Any] = {}
    for name, paths in _COMPILED_DEFAULTS.items():
        for path in paths:
            value = resolve_path(item, path)
            candidates = value if isinstance(value, list) else [value]
            # Nested objects (an ImageObject, a PostalAddress) are read through their own paths, not taken whole.
            scalars = [_clean(v) for v in candidates if isinstance(v, str | int | float) and not isinstance(v, bool)]
            scalars = [v for v in scalars if not is_empty(v)]
            if not scalars:
                continue
            if name in LIST_FIELDS:
                if name == "tags" and len(scalars) == 1 and isinstance(scalars[0], str) and "," in scalars[0]:
                    scalars = [tag.strip() for tag in scalars[0].split(",") if tag.strip()]
                values[name] = scalars
            else:
                values[name] = scalars[0]
            break
    types = item_types(item)
    if types:
        values["content_type"] = types[0]
    return values


def map_item(
    item: Mapping[str, Any], config: dict[str, Any], specs: dict[str, FieldSpec], page_url: str, *, single: bool
) -> tuple[dict[str, Any], list[str], Any, list[str]]:
    """(fields, empty mapped fields, id value, warnings) for one schema.org item."""
    context = MappingContext(base_url=page_url)
    fields = default_fields(item)
    overrides, empty = extract_fields(specs, item, context)
    fields.update(overrides)
    for name in ("url", "image_url", "website"):
        if isinstance(fields.get(name), str):
            fields[name] = urljoin(page_url, fields[name])
    if "social_links" in fields:
        fields["social_links"] = [urljoin(page_url, link) for link in fields["social_links"] if isinstance(link, str)]
    if "url" not in specs:
        # The record's page: the page itself when the item is the only one (what the page is about), else the
        # item's @id without its fragment, else (a list of items without ids) its schema.org url.
        node_page = _node_id(item, page_url).split("#")[0]
        if single:
            fields["url"] = page_url
        elif node_page.startswith(("http://", "https://")) and not _same_page(node_page, page_url):
            fields["url"] = node_page  # the item's own page (items identified by a fragment of this page have none)
        elif isinstance(fields.get("website"), str) and not fields.get("url"):
            # No page of its own here: its schema.org url is all there is — a page of this site (the record's) or,
            # elsewhere, the initiative's own site (then it is both).
            fields["url"] = fields["website"]
            if urlsplit(fields["url"]).netloc == urlsplit(page_url).netloc:
                del fields["website"]
            return fields, empty, _item_id(item, config, context, fields), context.warnings
    if "website" not in specs and fields.get("website") and _same_page(fields["website"], fields.get("url")):
        del fields["website"]  # schema.org url naming the record's own page, not a site of the initiative
    id_value = _item_id(item, config, context, fields)
    return fields, empty, id_value, context.warnings


def _item_id(item: Mapping[str, Any], config: dict[str, Any], context: MappingContext, fields: dict[str, Any]) -> Any:
    if config["id"]:
        return compile_id_spec(config["id"]).extract(item, context)
    id_value = next((v for v in (resolve_path(item, p) for p in _IDENTIFIER_PATHS) if identifier(v)), None)
    # @id is often the page URL with a fragment; the record URL is the better id when there is no identifier.
    if id_value is not None and resolve_path(item, _IDENTIFIER_PATHS[2]) == id_value and fields.get("url"):
        return None
    return id_value


def _same_page(a: Any, b: Any) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a.split("#")[0].rstrip("/") == b.split("#")[0].rstrip("/")


def parse(payload: Payload, config: dict[str, Any]) -> ParseResult:
    """Records for the schema.org items of the configured types in one page."""
    config = validate_config(config)
    document, warnings = parse_html(payload)
    page = base_url(document, payload.url)
    items, extract_warnings = extract_items(document, page, config["types"])
    result = ParseResult(warnings=[*warnings, *extract_warnings])
    if not items:
        result.warnings.append(f"no schema.org item of type {', '.join(config['types'])} in {payload.url}")
    specs = compile_fields(config["fields"])
    for item in items:
        fields, empty, id_value, item_warnings = map_item(item, config, specs, page, single=len(items) == 1)
        result.records.append(
            build_record(
                fields=fields, raw=to_jsonable(item), empty_fields=empty, id_value=id_value, warnings=item_warnings
            )
        )
    if config["next_selector"]:
        next_url = compile_field_spec("next_selector", config["next_selector"]).extract(
            document, MappingContext(base_url=page)
        )
        if isinstance(next_url, str) and next_url.strip() and urljoin(page, next_url) != payload.url:
            result.next_url = urljoin(page, next_url.strip())
    return result


def _pick(items: list[dict[str, Any]], urls: set[str]) -> dict[str, Any]:
    for item in items:
        if {str(item.get("url", "")).rstrip("/"), str(item.get("@id", "")).split("#")[0].rstrip("/")} & urls:
            return item
    return items[0]


def parse_detail(payload: Payload, config: dict[str, Any], record: RawRecord) -> RawRecord:
    """Map the page's item (the one whose url matches the record, else the first) and merge it into ``record``."""
    config = validate_detail_config(copy_config(config))
    document, warnings = parse_html(payload)
    page = base_url(document, payload.url)
    items, extract_warnings = extract_items(document, page, config["types"])
    all_warnings = [*record.warnings, *warnings, *extract_warnings]
    if not items:
        all_warnings.append(f"no schema.org item of type {', '.join(config['types'])} in {payload.url}")
        return merge_detail(record, {}, [], warnings=all_warnings, url=record.url or payload.url)
    urls = {url.rstrip("/") for url in (record.url, payload.url) if url}
    item = _pick(items, urls)
    fields, empty, id_value, item_warnings = map_item(item, config, compile_fields(config["fields"]), page, single=True)
    extra: dict[str, Any] = {"warnings": [*all_warnings, *item_warnings], "url": record.url or fields.get("url")}
    source_id = identifier(id_value)
    if source_id and record.external_id in urls | {record.url, payload.url}:
        # A record known only by its URL (from a sitemap) takes the id the page publishes.
        extra["external_id"] = source_id
    merged = merge_detail(record, fields, empty, **extra)
    merged.raw["item"] = to_jsonable(item)
    return merged
