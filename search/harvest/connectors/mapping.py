"""Field specs and transforms shared by every connector, and the config validation helpers.

A field spec says where a value is in one item (JSON path, CSV column, CSS/XPath selector or a constant) and which
declared transforms turn it into a canonical field; specs are validated once per config and compiled once per page.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import html as html_lib
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from .base import CANONICAL_FIELDS, ConfigError, RawRecord

SOURCE_KEYS: tuple[str, ...] = ("path", "column", "css", "xpath", "constant")
SPEC_KEYS: frozenset[str] = frozenset({*SOURCE_KEYS, "attr", "all", "transforms"})

# Transforms whose argument is free (or a boolean switch) and those that take a value of a given type.
TRANSFORMS: tuple[str, ...] = (
    "strip",
    "lower",
    "first",
    "join",
    "split",
    "regex",
    "date",
    "replace",
    "default",
    "urljoin",
    "constant",
    "text",
)
# Transforms that see the whole list rather than each element.
WHOLE_VALUE_TRANSFORMS = frozenset({"first", "join", "default", "constant"})
BARE_TRANSFORMS = frozenset({"strip", "lower", "first", "urljoin", "text"})

_PATH_TOKEN = re.compile(r"\.?([^.\[\]]+)|\[(\*|-?\d+)\]")
_WILDCARD = object()


# --- small helpers used by every module -----------------------------------------------------------
def suggest(name: str, choices: Iterable[str]) -> str:
    """A ``(did you mean 'x'?)`` suffix for typos in config keys, or an empty string."""
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def is_empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | dict | tuple) and len(value) == 0)


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


def content_hash(raw: Any) -> str:
    """A stable id for an item that has neither an id nor a URL: a hash of its published fields."""
    encoded = json.dumps(to_jsonable(raw), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha1:" + hashlib.sha1(encoded.encode("utf-8")).hexdigest()


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed and entities decoded."""
    if "<" not in value:
        return " ".join(html_lib.unescape(value).split())
    try:
        fragment = lxml_html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(html_lib.unescape(value).split())
    return " ".join(fragment.text_content().split())


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


# --- transforms -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Transform:
    name: str
    argument: Any = None
    group: int | str | None = None
    compiled: Any = None


@dataclass
class MappingContext:
    """What transforms may need besides the value: the URL relative links resolve against, and a warning sink."""

    base_url: str = ""
    warnings: list[str] = field(default_factory=list)


def compile_transform(raw: Any, field_path: str) -> Transform:
    if isinstance(raw, str):
        name, argument, extra = raw, True, {}
    elif isinstance(raw, Mapping) and raw:
        names = [key for key in raw if key in TRANSFORMS]
        if len(names) != 1:
            unknown = next((key for key in raw if key not in TRANSFORMS), next(iter(raw)))
            if not names:
                raise ConfigError(field_path, f"unknown transform {unknown!r}{suggest(str(unknown), TRANSFORMS)}")
            raise ConfigError(field_path, f"one transform per item, got {sorted(names)}")
        name = names[0]
        argument = raw[name]
        extra = {key: value for key, value in raw.items() if key != name}
    else:
        raise ConfigError(field_path, "a transform is a name or a one-key mapping such as {split: ';'}")
    if name not in TRANSFORMS:
        raise ConfigError(field_path, f"unknown transform {name!r}{suggest(name, TRANSFORMS)}")
    allowed_extra = {"regex": {"group"}}.get(name, set())
    for key in extra:
        if key not in allowed_extra:
            raise ConfigError(f"{field_path}.{key}", f"unexpected option {key!r} for transform {name!r}")
    if isinstance(raw, str) and name not in BARE_TRANSFORMS:
        raise ConfigError(field_path, f"transform {name!r} needs an argument, e.g. {{{name}: ...}}")

    where = f"{field_path}.{name}"
    if name in ("join", "split"):
        if not isinstance(argument, str) or (name == "split" and argument == ""):
            raise ConfigError(where, f"{name} takes a separator string")
    elif name == "regex":
        if not isinstance(argument, str):
            raise ConfigError(where, "regex takes a pattern string")
        try:
            pattern = re.compile(argument)
        except re.error as exc:
            raise ConfigError(where, f"invalid regex {argument!r}: {exc}")
        group = extra.get("group", 1 if pattern.groups else 0)
        if isinstance(group, bool) or not isinstance(group, int | str):
            raise ConfigError(f"{field_path}.group", "group is a group number or name")
        if isinstance(group, int) and not 0 <= group <= pattern.groups:
            raise ConfigError(f"{field_path}.group", f"the pattern has {pattern.groups} group(s), not {group}")
        if isinstance(group, str) and group not in pattern.groupindex:
            raise ConfigError(f"{field_path}.group", f"the pattern has no group named {group!r}")
        return Transform(name, argument, group, pattern)
    elif name == "date":
        formats = [argument] if isinstance(argument, str) else argument
        if not isinstance(formats, list | tuple) or not formats or not all(isinstance(f, str) and f for f in formats):
            raise ConfigError(where, "date takes a strptime format such as '%d/%m/%Y', a list of them, or 'auto'")
        for fmt in formats:
            if fmt != "auto" and "%" not in fmt:
                raise ConfigError(where, f"date format {fmt!r} has no % directive")
        argument = tuple(formats)
    elif name == "replace":
        if not (
            isinstance(argument, list | tuple) and len(argument) == 2 and all(isinstance(a, str) for a in argument)
        ):
            raise ConfigError(where, "replace takes a list of two strings: [old, new]")
        argument = tuple(argument)
    elif name == "urljoin":
        if not isinstance(argument, bool | str):
            raise ConfigError(where, "urljoin takes true (the page URL) or a base URL")
    elif name in BARE_TRANSFORMS and argument is not True:
        raise ConfigError(where, f"{name} takes no argument (write it as a bare name or {{{name}: true}})")
    return Transform(name, argument)


def _parse_date(value: str, fmt: str) -> str:
    if fmt == "auto":
        from dateutil import parser as date_parser

        try:
            # ISO dates first: dateutil's dayfirst would read 2024-04-03 as the 4th of March.
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            # French sources write 03/04/2024 for the 3rd of April.
            parsed = date_parser.parse(value, dayfirst=True)
        has_time = parsed.time() != dt.time(0, 0) or parsed.tzinfo is not None
    else:
        parsed = dt.datetime.strptime(value, fmt)
        has_time = any(directive in fmt for directive in ("%H", "%I", "%M", "%S", "%z"))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def _apply_scalar(transform: Transform, value: Any, context: MappingContext) -> Any:
    name, argument = transform.name, transform.argument
    if value is None:
        return None
    if name == "strip":
        return value.strip() if isinstance(value, str) else value
    if name == "lower":
        return value.lower() if isinstance(value, str) else value
    if name == "text":
        return html_to_text(value) if isinstance(value, str) else value
    if name == "split":
        return str(value).split(argument)
    if name == "regex":
        match = transform.compiled.search(str(value))
        return match.group(transform.group) if match else None
    if name == "replace":
        return str(value).replace(*argument) if isinstance(value, str) else value
    if name == "urljoin":
        base = context.base_url if argument is True else argument
        return urljoin(base, value.strip()) if isinstance(value, str) and value.strip() else value
    if name == "date":
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        text = str(value).strip()
        if not text:
            return text
        for fmt in argument:
            try:
                return _parse_date(text, fmt)
            except (ValueError, OverflowError):
                continue
        formats = " or ".join(repr(fmt) for fmt in argument)
        context.warnings.append(f"date {text!r} does not match {formats}; kept as published")
        return text
    raise AssertionError(name)  # pragma: no cover - compile_transform rejects other names


def apply_transforms(value: Any, transforms: Iterable[Transform], context: MappingContext) -> Any:
    """Apply transforms in order; on lists they apply to each element except first/join/default/constant."""
    for transform in transforms:
        name = transform.name
        if name == "constant":
            value = transform.argument
        elif name == "default":
            value = transform.argument if is_empty(value) else value
        elif name == "first":
            if isinstance(value, list | tuple):
                value = next((item for item in value if not is_empty(item)), None)
        elif name == "join":
            if isinstance(value, list | tuple):
                value = transform.argument.join(str(item) for item in value if not is_empty(item))
        elif isinstance(value, list | tuple):
            results: list[Any] = []
            for item in value:
                result = _apply_scalar(transform, item, context)
                results.extend(result) if isinstance(result, list) else results.append(result)
            # Empty pieces (a trailing ';' in a tag list) carry no information.
            value = [item for item in results if not is_empty(item)]
        else:
            value = _apply_scalar(transform, value, context)
    return value


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
        """The value before transforms, or ``None`` when the spec found nothing."""
        if self.source == "constant":
            return self.selector
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
        if not isinstance(spec[source], str):
            raise ConfigError(f"{field_path}.{source}", "must be a string")
        if source == "path":
            compile_path(spec[source], f"{field_path}.path")
        elif source == "column" and not spec[source].strip():
            raise ConfigError(f"{field_path}.column", "column name is empty")
        elif source in ("css", "xpath"):
            compile_selector(spec[source], f"{field_path}.{source}", xpath=source == "xpath")
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
    if source == "path":
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
    if spec is None:
        return None
    return normalize_field_spec(spec, "id", shorthand=shorthand, allowed=allowed)


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
    """Assemble a RawRecord with the external_id fallbacks: id spec, then the record URL, then a content hash."""
    raw = to_jsonable(raw)
    if not isinstance(raw, dict):
        raw = {"value": raw}
    url = url or (fields.get("url") if isinstance(fields.get("url"), str) else None)
    external_id = identifier(id_value) or identifier(fields.get("external_id")) or url or content_hash(raw)
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
