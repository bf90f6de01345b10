"""Field specs shared by every connector, the records they build, and the config validation helpers.

A field spec says where a value is in one item (JSON path, CSV column, CSS/XPath selector or a constant) and which
declared transforms (transforms.py) turn it into a canonical field; specs are validated once per config and compiled
once per page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as html_lib
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from initiatives.text import is_empty

from .base import CANONICAL_FIELDS, ConfigError, RawRecord, suggest
from .transforms import MappingContext, Transform, apply_transforms, compile_transform

SOURCE_KEYS: tuple[str, ...] = ("path", "column", "css", "xpath", "constant")
SPEC_KEYS: frozenset[str] = frozenset({*SOURCE_KEYS, "attr", "all", "transforms"})

_PATH_TOKEN = re.compile(r"\.?([^.\[\]]+)|\[(\*|-?\d+)\]")
_WILDCARD = object()


# --- small helpers used by every module -----------------------------------------------------------
def to_jsonable(value: Any) -> Any:
    """A copy of ``value`` made only of str/int/float/bool/None/list/dict, so ``RawRecord.raw`` can be stored as JSON."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        # NaN and infinities are not valid JSON.
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, time.struct_time):  # feedparser's *_parsed dates, a tuple subclass
        return dt.datetime(*value[:6], tzinfo=dt.UTC).isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


UNSTABLE_ID_PREFIX = "sha1:"  # an id made of the content: any edit of the item makes another one


def content_id(raw: Any) -> str:
    """The external id of an item that has neither an id nor a URL: a digest of its published fields.

    This is not ``initiatives.services.content_hash``, the change fingerprint stored in ``SourceRecord.content_hash``:
    this value is stored as ``SourceRecord.external_id``, the key records are upserted on. Its format ("sha1:" and the
    SHA-1 of compact, key-sorted JSON) must stay as it is: any other digest would make every such record look new on
    the next harvest (a second record, the first one reported missing).
    """
    encoded = json.dumps(to_jsonable(raw), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return UNSTABLE_ID_PREFIX + hashlib.sha1(encoded.encode("utf-8")).hexdigest()


def element_text(element: Any) -> str:
    return (
        " ".join(element.text_content().split()) if hasattr(element, "text_content") else " ".join(str(element).split())
    )


def element_inner_html(element: Any) -> str:
    parts = [html_lib.escape(element.text)] if element.text else []
    parts.extend(etree.tostring(child, encoding="unicode", method="html") for child in element)
    return "".join(parts).strip()


# --- JSON paths -----------------------------------------------------------------------------------
def compile_path(path: str, field_path: str = "path") -> tuple[Any, ...]:
    """Split ``a.b[0].c[*].d`` into tokens; ``""`` and ``"$"`` mean the item itself."""
    path = path.strip()
    if path in ("", "$"):
        return ()
    if path.startswith("$."):
        path = path[2:]
    tokens: list[Any] = []
    position = 0
    for match in _PATH_TOKEN.finditer(path):
        if match.start() != position:
            break
        key, index = match.groups()
        if key is not None:
            tokens.append(key)
        elif index == "*":
            tokens.append(_WILDCARD)
        else:
            tokens.append(int(index))
        position = match.end()
    if position != len(path) or not tokens:
        raise ConfigError(field_path, f"invalid JSON path {path!r} (use dotted keys, [0] indexes and [*])")
    return tuple(tokens)


def resolve_path(item: Any, tokens: tuple[Any, ...]) -> Any:
    """Follow compiled path tokens; a key applied to a list applies to each element, ``[*]`` yields a list."""
    values = [item]
    fan_out = False
    for token in tokens:
        next_values: list[Any] = []
        for value in values:
            if token is _WILDCARD:
                fan_out = True
                if isinstance(value, list | tuple):
                    next_values.extend(value)
            elif isinstance(token, int):
                if isinstance(value, list | tuple) and -len(value) <= token < len(value):
                    next_values.append(value[token])
            elif isinstance(value, Mapping):
                try:
                    next_values.append(value[token])
                except (KeyError, TypeError):
                    pass
            elif isinstance(value, list | tuple):
                fan_out = True
                next_values.extend(
                    element[token] for element in value if isinstance(element, Mapping) and token in element
                )
        values = next_values
    if fan_out:
        flat: list[Any] = []
        for value in values:
            flat.extend(value) if isinstance(value, list) else flat.append(value)
        return [value for value in flat if value is not None]
    return values[0] if values else None


# --- selectors --------------------------------------------------------------------------------------
def compile_selector(selector: str, field_path: str, *, xpath: bool = False) -> etree.XPath:
    """Compile a CSS selector (or XPath, or ``xpath:``-prefixed XPath) into an lxml XPath; ConfigError if invalid."""
    if not isinstance(selector, str) or not selector.strip():
        raise ConfigError(field_path, "selector must be a non-empty string")
    selector = selector.strip()
    if selector.startswith("xpath:"):
        selector, xpath = selector[len("xpath:") :].strip(), True
    if xpath:
        try:
            return etree.XPath(selector, smart_strings=False)
        except etree.XPathSyntaxError as exc:
            raise ConfigError(field_path, f"invalid XPath {selector!r}: {exc}")
    try:
        from cssselect import GenericTranslator, SelectorError
    except ImportError as exc:  # pragma: no cover - cssselect is a declared dependency
        raise ConfigError(field_path, f"CSS selectors need the cssselect package ({exc})")
    try:
        expression = GenericTranslator().css_to_xpath(selector, prefix="descendant-or-self::")
    except SelectorError as exc:
        raise ConfigError(field_path, f"invalid CSS selector {selector!r}: {exc}")
    return etree.XPath(expression, smart_strings=False)


def select(compiled: etree.XPath, element: Any) -> list[Any]:
    result = compiled(element)
    if isinstance(result, list):
        return result
    return [] if result is None else [result]


# --- field specs ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldSpec:
    """One compiled field spec: where the value is in an item, and the transforms to apply."""

    name: str
    source: str  # one of SOURCE_KEYS
    selector: Any
    attr: str = "text"
    all: bool = False
    transforms: tuple[Transform, ...] = ()
    compiled: Any = None

    @property
    def description(self) -> str:
        return f"{self.source} {self.selector!r}"

    def locate(self, item: Any) -> Any:
        """The value before transforms, or ``None`` when the spec found nothing. A list of locators
        (``path: [a, b]``) gives the first that finds a value."""
        if self.source == "constant":
            return self.selector
        if isinstance(self.selector, tuple):
            for selector, compiled in zip(self.selector, self.compiled, strict=True):
                value = replace(self, selector=selector, compiled=compiled).locate(item)
                if not is_empty(value):
                    return value
            return None
        if self.source == "path":
            return resolve_path(item, self.compiled)
        if self.source == "column":
            return item.get(self.selector) if isinstance(item, Mapping) else None
        matches = select(self.compiled, item)
        values = [self._read(match) for match in matches]
        values = [value for value in values if value is not None]
        if not values:
            return None
        return values if self.all else values[0]

    def _read(self, match: Any) -> Any:
        if isinstance(match, str):  # XPath returning text() or @attribute
            return " ".join(match.split()) if self.attr == "text" else str(match)
        if not hasattr(match, "tag"):
            return to_jsonable(match)  # XPath count()/boolean results
        if self.attr == "text":
            return element_text(match)
        if self.attr == "html":
            return element_inner_html(match)
        value = match.get(self.attr)
        return value.strip() if isinstance(value, str) else value

    def extract(self, item: Any, context: MappingContext) -> Any:
        return apply_transforms(self.locate(item), self.transforms, context)


def normalize_field_spec(spec: Any, field_path: str, *, shorthand: str, allowed: Iterable[str]) -> dict[str, Any]:
    """Validate one field spec and return its dict form (``{"path": ..., "transforms": [...]}``)."""
    allowed = tuple(allowed)
    if isinstance(spec, str):
        spec = {shorthand: spec}
    if not isinstance(spec, Mapping):
        raise ConfigError(field_path, f"a field spec is a string or a mapping with one of {', '.join(allowed)}")
    for key in spec:
        if key not in SPEC_KEYS:
            raise ConfigError(f"{field_path}.{key}", f"unknown key {key!r}{suggest(str(key), SPEC_KEYS)}")
    sources = [key for key in SOURCE_KEYS if key in spec]
    if not sources:
        if "transforms" in spec:
            # A spec made only of transforms (e.g. [{constant: fr}]) starts from nothing.
            sources = ["constant"]
            spec = {"constant": None, **spec}
        else:
            raise ConfigError(field_path, f"say where the value is: one of {', '.join(allowed)}")
    if len(sources) > 1:
        raise ConfigError(field_path, f"use only one of {', '.join(sources)}")
    source = sources[0]
    if source not in allowed:
        raise ConfigError(
            f"{field_path}.{source}", f"{source!r} is not available for this format (use {', '.join(allowed)})"
        )
    result: dict[str, Any] = {source: spec[source]}
    if source in ("path", "column", "css", "xpath"):
        # A list is a fallback: the first locator that finds a value ("path: [fields.nom, fields.titre]").
        locators = spec[source] if isinstance(spec[source], list) else [spec[source]]
        if not locators or not all(isinstance(locator, str) for locator in locators):
            raise ConfigError(f"{field_path}.{source}", "must be a string, or a non-empty list of strings (fallbacks)")
        for index, locator in enumerate(locators):
            where = f"{field_path}.{source}" + (f"[{index}]" if isinstance(spec[source], list) else "")
            if source == "path":
                compile_path(locator, where)
            elif source == "column" and not locator.strip():
                raise ConfigError(where, "column name is empty")
            elif source in ("css", "xpath"):
                compile_selector(locator, where, xpath=source == "xpath")
    if "attr" in spec:
        if source not in ("css", "xpath") or not isinstance(spec["attr"], str) or not spec["attr"].strip():
            raise ConfigError(f"{field_path}.attr", "attr (text, html or an attribute name) only goes with css/xpath")
        result["attr"] = spec["attr"].strip()
    if "all" in spec:
        if not isinstance(spec["all"], bool):
            raise ConfigError(f"{field_path}.all", "all is true or false")
        result["all"] = spec["all"]
    transforms = spec.get("transforms", [])
    if isinstance(transforms, str | Mapping):
        transforms = [transforms]
    if not isinstance(transforms, list | tuple):
        raise ConfigError(f"{field_path}.transforms", "transforms is a list")
    for index, transform in enumerate(transforms):
        compile_transform(transform, f"{field_path}.transforms[{index}]")
    if transforms:
        result["transforms"] = list(transforms)
    return result


def compile_field_spec(name: str, spec: Mapping[str, Any]) -> FieldSpec:
    """Compile a spec already normalised by :func:`normalize_field_spec`."""
    source = next(key for key in SOURCE_KEYS if key in spec)
    selector = spec[source]
    compiled: Any = None
    if isinstance(selector, list) and source != "constant":  # fallbacks, each compiled as a spec of its own
        alternatives = [compile_field_spec(name, {**spec, source: item}) for item in selector]
        selector = tuple(alternative.selector for alternative in alternatives)
        compiled = tuple(alternative.compiled for alternative in alternatives)
    elif source == "path":
        compiled = compile_path(selector, name)
    elif source in ("css", "xpath"):
        compiled = compile_selector(selector, name, xpath=source == "xpath")
    elif source == "column":
        selector = selector.strip()
    transforms = tuple(
        compile_transform(item, f"{name}.transforms[{index}]") for index, item in enumerate(spec.get("transforms", []))
    )
    return FieldSpec(name, source, selector, spec.get("attr", "text"), spec.get("all", False), transforms, compiled)


def validate_fields(
    fields: Any,
    key: str,
    *,
    shorthand: str,
    allowed: Iterable[str],
    required: bool = False,
) -> dict[str, dict[str, Any]]:
    """Validate a ``fields``-style mapping of canonical field name -> spec; ConfigError names ``key.<field>``."""
    if fields is None:
        if required:
            raise ConfigError(key, "at least one field must be mapped")
        return {}
    if not isinstance(fields, Mapping):
        raise ConfigError(key, "must be a mapping of canonical field name to field spec")
    allowed = tuple(allowed)
    result: dict[str, dict[str, Any]] = {}
    for name, spec in fields.items():
        if name not in CANONICAL_FIELDS:
            raise ConfigError(
                f"{key}.{name}", f"unknown canonical field {name!r}{suggest(str(name), CANONICAL_FIELDS)}"
            )
        result[name] = normalize_field_spec(spec, f"{key}.{name}", shorthand=shorthand, allowed=allowed)
    if required and not result:
        raise ConfigError(key, "at least one field must be mapped")
    return result


def validate_id_spec(spec: Any, *, shorthand: str, allowed: Iterable[str]) -> dict[str, Any] | None:
    """The source's stable id: one field spec, or a list of them (``id: [nom, commune]``) when no single column or
    path identifies a row — the parts are joined, and a row missing one part has no id of its own."""
    if spec is None:
        return None
    parts = spec.get("all_of") if isinstance(spec, Mapping) and "all_of" in spec else spec
    if isinstance(parts, list | tuple):
        if not parts:
            raise ConfigError("id", "an empty list names no field")
        return {"all_of": [normalize_field_spec(part, f"id[{index}]", shorthand=shorthand, allowed=allowed)
                           for index, part in enumerate(parts)]}
    return normalize_field_spec(spec, "id", shorthand=shorthand, allowed=allowed)


@dataclass(frozen=True)
class IdSpec:
    """A compiled id spec: one field spec, or several whose values are joined with " | "."""

    parts: tuple[FieldSpec, ...]

    def extract(self, item: Any, context: Any) -> str | None:
        values = [identifier(part.extract(item, context)) for part in self.parts]
        if len(values) == 1:
            return values[0]
        return None if any(value is None for value in values) else " | ".join(values)


def compile_id_spec(spec: Mapping[str, Any]) -> IdSpec:
    """Compile an id spec validated by :func:`validate_id_spec`."""
    if "all_of" in spec:
        return IdSpec(tuple(compile_field_spec(f"id[{index}]", part) for index, part in enumerate(spec["all_of"])))
    return IdSpec((compile_field_spec("id", spec),))


def compile_fields(fields: Mapping[str, Mapping[str, Any]], prefix: str = "fields") -> dict[str, FieldSpec]:
    return {name: compile_field_spec(f"{prefix}.{name}", spec) for name, spec in fields.items()}


def extract_fields(
    specs: Mapping[str, FieldSpec], item: Any, context: MappingContext
) -> tuple[dict[str, Any], list[str]]:
    """Apply compiled specs to one item: (non-empty canonical values, names of mapped fields that came out empty)."""
    values: dict[str, Any] = {}
    empty: list[str] = []
    for name, spec in specs.items():
        value = to_jsonable(spec.extract(item, context))
        if is_empty(value):
            empty.append(name)
        else:
            values[name] = value
    return values, empty


def identifier(value: Any) -> str | None:
    """A non-empty string id from whatever the id spec returned (first element of a list, ints as text)."""
    if isinstance(value, list | tuple):
        value = next((item for item in value if not is_empty(item)), None)
    if isinstance(value, Mapping):
        value = value.get("value") or value.get("@id")
    if is_empty(value) or isinstance(value, Mapping | list):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def build_record(
    *,
    fields: dict[str, Any],
    raw: Any,
    empty_fields: Iterable[str] = (),
    id_value: Any = None,
    url: str | None = None,
    detail_url: str | None = None,
    warnings: Iterable[str] = (),
) -> RawRecord:
    """Assemble a RawRecord with the external_id fallbacks: id spec, then the record URL, then :func:`content_id`."""
    raw = to_jsonable(raw)
    if not isinstance(raw, dict):
        raw = {"value": raw}
    url = url or (fields.get("url") if isinstance(fields.get("url"), str) else None)
    external_id = identifier(id_value) or identifier(fields.get("external_id")) or url or content_id(raw)
    fields = dict(fields)
    fields["external_id"] = external_id
    empty = [name for name in dict.fromkeys(empty_fields) if name not in fields]
    return RawRecord(
        external_id=external_id,
        fields=fields,
        raw=raw,
        url=url,
        detail_url=detail_url,
        empty_fields=empty,
        warnings=list(dict.fromkeys(warnings)),
    )


def merge_detail(
    record: RawRecord, detail_fields: Mapping[str, Any], detail_empty: Iterable[str], **extra: Any
) -> RawRecord:
    """A copy of ``record`` enriched with detail-page values, which win over the list page's (they are fuller)."""
    fields = {**record.fields, **{k: v for k, v in detail_fields.items() if k != "external_id"}}
    fields["external_id"] = extra.get("external_id", record.external_id)
    empty = [name for name in dict.fromkeys([*record.empty_fields, *detail_empty]) if name not in fields]
    raw = dict(record.raw)
    raw["detail"] = to_jsonable(dict(detail_fields))
    return replace(record, fields=fields, empty_fields=empty, raw=raw, **extra)


# --- config validation helpers ----------------------------------------------------------------------
def copy_config(config: Any) -> dict[str, Any]:
    if not isinstance(config, Mapping):
        raise ConfigError("configuration", f"must be a mapping, got {type(config).__name__}")
    return dict(config)


def check_choice(config: Mapping[str, Any], key: str, choices: Iterable[str], default: str) -> str:
    value = config.get(key, default)
    choices = tuple(choices)
    if value not in choices:
        raise ConfigError(
            key, f"must be one of {', '.join(map(repr, choices))}, got {value!r}{suggest(str(value), choices)}"
        )
    return value


def check_int(
    config: Mapping[str, Any], key: str, default: int | None, *, minimum: int = 0, label: str | None = None
) -> int | None:
    value = config.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(label or key, f"must be an integer, got {value!r}")
    if value < minimum:
        raise ConfigError(label or key, f"must be at least {minimum}, got {value}")
    return value


def check_number(
    config: Mapping[str, Any], key: str, default: float, *, minimum: float = 0.0, strict: bool = False
) -> float:
    value = config.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(key, f"must be a number, got {value!r}")
    if value < minimum or (strict and value == minimum):
        raise ConfigError(key, f"must be {'greater than' if strict else 'at least'} {minimum}, got {value}")
    return float(value)


def check_regex(config: Mapping[str, Any], key: str) -> str | None:
    value = config.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(key, "must be a regular expression string")
    try:
        re.compile(value)
    except re.error as exc:
        raise ConfigError(key, f"invalid regex {value!r}: {exc}")
    return value


def check_selector(config: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = config.get(key)
    if value is None:
        if required:
            raise ConfigError(key, "is required for this format")
        return None
    compile_selector(value, key)
    return value
