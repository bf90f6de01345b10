"""The transforms a field spec declares (strip, split, regex, date, text…): validated once, then applied to values.

Dates go through the normaliser's one parser (``{date: auto}``) and HTML through the one HTML-to-text helper, so a
value reads the same in a connector as in normalisation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from initiatives.html import html_to_text
from initiatives.text import is_empty
from search.normalize.dates import date_iso

from .base import ConfigError, suggest

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
    "template",
)
# Transforms that see the whole list rather than each element.
WHOLE_VALUE_TRANSFORMS = frozenset({"first", "join", "default", "constant"})
BARE_TRANSFORMS = frozenset({"strip", "lower", "first", "urljoin", "text"})


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
    elif name == "template":
        if not isinstance(argument, str) or "{value}" not in argument:
            raise ConfigError(where, "template takes a string containing {value}, e.g. 'https://carte.example.org/#/fiche/x/{value}/'")
    elif name == "urljoin":
        if not isinstance(argument, bool | str):
            raise ConfigError(where, "urljoin takes true (the page URL) or a base URL")
    elif name in BARE_TRANSFORMS and argument is not True:
        raise ConfigError(where, f"{name} takes no argument (write it as a bare name or {{{name}: true}})")
    return Transform(name, argument)


def _read_date(value: str, fmt: str) -> str:
    """``value`` in ISO form, by a strptime format or, for ``auto``, the normaliser's parser (which never guesses:
    "12/03/19" is refused, a year or a month alone is kept as published for the normaliser to read)."""
    if fmt == "auto":
        iso = date_iso(value)
        if iso is None:
            raise ValueError(value)
        return iso
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
    if name == "template":
        text = str(value).strip()
        return argument.replace("{value}", text) if text else None
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
                return _read_date(text, fmt)
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
