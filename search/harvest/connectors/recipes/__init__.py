"""Ready-made configurations for the software platforms actually run on (WordPress, OpenDataSoft, GoGoCarto, GeoJSON
map exports, RSS/Atom feeds, schema.org sitemaps, data.gouv.fr and CKAN datasets): a source writes ``recipe: wordpress``
and its ``url``; the recipe gives the rest. One YAML file per recipe in this folder, documented in docs/sources.md ("Recipes").

A recipe's strings may hold ``{root}``: the source URL up to the recipe's ``root_marker`` (``https://site.example.org/blog``
for a WordPress URL ``https://site.example.org/blog/wp-json/wp/v2/posts``), so that its lookups and live search reach
the same installation. The source's own keys win over the recipe's (mappings merged key by key, so ``fields:
{title: …}`` replaces one field only); ``url_params`` are added to the URL when it does not set them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from ..base import ConfigError, suggest
from ..datasets import RESOURCE_FORMATS, dataset_api_url, validate_resource

FOLDER = Path(__file__).resolve().parent


@functools.cache
def recipes() -> dict[str, dict[str, Any]]:
    """name → the recipe (description, example_url, root_marker, url_params, configuration)."""
    return {path.stem: yaml.safe_load(path.read_text("utf-8")) for path in sorted(FOLDER.glob("*.yaml"))}


def _merged(base: Any, override: Any) -> Any:
    if isinstance(base, Mapping) and isinstance(override, Mapping):
        return {**base, **{key: _merged(base.get(key), value) for key, value in override.items()}}
    return override


def placeholder_fill(value: Any, placeholder: str, text: str) -> Any:
    """``value`` with ``placeholder`` replaced by ``text`` in every string it holds (a configuration's URLs)."""
    if isinstance(value, str):
        return value.replace(placeholder, text)
    if isinstance(value, list):
        return [placeholder_fill(item, placeholder, text) for item in value]
    if isinstance(value, Mapping):
        return {key: placeholder_fill(item, placeholder, text) for key, item in value.items()}
    return value


def recipe_expand(config: Mapping[str, Any]) -> dict[str, Any]:
    """The configuration with its recipe applied (idempotent: expanding again changes nothing)."""
    name = config.get("recipe")
    known = recipes()
    if name not in known:
        raise ConfigError("recipe", f"unknown recipe {name!r}{suggest(str(name), known)} (known: {', '.join(known)})")
    recipe = known[name]
    url = config.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ConfigError("url", f"the {name} recipe needs the URL of the platform (e.g. {recipe['example_url']})")
    if recipe.get("dataset"):
        return _dataset_expand(config, name, recipe)
    marker = recipe.get("root_marker")
    if marker and marker not in urlsplit(url).path:
        raise ConfigError("url", f"a {name} URL contains {marker!r} (e.g. {recipe['example_url']})")
    parts = urlsplit(url)
    # {root}: the path up to the recipe's marker, its last occurrence (a dataset may be called « records-ess »).
    root = (urlunsplit(parts._replace(path=parts.path.rsplit(marker, 1)[0], query="", fragment="")) if marker
            else f"{parts.scheme}://{parts.netloc}")
    pairs = parse_qsl(parts.query, keep_blank_values=True)  # pairs: a parameter may be repeated (refine=…&refine=…)
    given_keys = {key for key, _ in pairs}
    missing = [(key, str(value)) for key, value in (recipe.get("url_params") or {}).items() if key not in given_keys]
    if missing:
        url = urlunsplit(parts._replace(query=urlencode(pairs + missing)))
    given = {key: value for key, value in config.items() if not (key == "format" and not value)}  # "" : unset
    expanded = _merged(placeholder_fill(recipe["configuration"], "{root}", root), given)
    expanded["url"] = url
    if isinstance(expanded.get("search"), Mapping) and "search" not in given:
        # A live answer is read like a harvested one: the dataset's own columns (an OpenDataSoft source maps them
        # in its fields) apply to it too.
        search = dict(expanded["search"])
        search["fields"] = {**(search.get("fields") or {}), **(given.get("fields") or {})}
        if "id" in given:
            search["id"] = given["id"]
        expanded["search"] = search
    return expanded


def dataset_catalogue(config: Mapping[str, Any]) -> str | None:
    """``udata`` or ``ckan`` when the configuration's recipe names a dataset rather than a file, else None."""
    recipe = recipes().get(config.get("recipe")) if isinstance(config.get("recipe"), str) else None
    return (recipe or {}).get("dataset")


def _dataset_expand(config: Mapping[str, Any], name: str, recipe: dict[str, Any]) -> dict[str, Any]:
    """A dataset recipe (datagouv, ckan): the URL names a dataset, ``resource`` optionally one of its files. The
    format is the chosen file's, known only at harvest time (search/harvest/datasets.py): until then the one that
    ``resource.format`` names, else the recipe's (csv) — a ``format`` given beside the recipe is not the source's."""
    if dataset_api_url(recipe["dataset"], config["url"]) is None:
        raise ConfigError("url", f"a {name} URL names a dataset (e.g. {recipe['example_url']})")
    wanted = validate_resource(config.get("resource"))
    given = {key: value for key, value in config.items() if key != "format"}
    expanded = _merged(recipe["configuration"], given)
    if isinstance(wanted, Mapping) and "format" in wanted:
        expanded["format"] = RESOURCE_FORMATS[wanted["format"]]
    if wanted is not None:
        expanded["resource"] = wanted
    return expanded
