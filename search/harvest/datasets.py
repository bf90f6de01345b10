"""The dataset → resource step of a harvest (recipes datagouv and ckan): the configuration names a dataset; at the start
of each harvest its API answer is read through the harvest's own client (SSRF guard, robots.txt, politeness,
conditional GET), one of its files is chosen (search/harvest/connectors/datasets.py says which) and the harvest reads
that file with its format's connector. The run says which file it read, and when the platform swapped it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import asdict
from typing import Any

from django.utils.translation import gettext

from search.harvest.connectors import validate_source_config
from search.harvest.connectors.base import ConfigError, ParseError, Payload
from search.harvest.connectors.datasets import (
    RESOURCE_FORMATS,
    Resource,
    dataset_api_url,
    dataset_resources,
    resource_choose,
    resources_describe,
)
from search.harvest.connectors.recipes import dataset_catalogue
from search.harvest.fetch import FetchError, FetchResult
from search.harvest.lookups import LookupFailed


class DatasetUnreadable(LookupFailed):
    """The dataset's answer could not be read, or holds no file to harvest: the run fails before writing anything
    (caught by the harvester as any failed lookup), so nothing is marked missing, let alone hidden."""


def _field_specs_as(spec: Any, source_key: str) -> Any:
    """A validated field spec (or ``{all_of: […]}``) reading the same name from another kind of file: a CSV or XLSX
    column becomes a JSON path, and back, when the chosen file's format differs from the one validated at load."""
    if isinstance(spec, Mapping):
        if "all_of" in spec:
            return {**spec, "all_of": [_field_specs_as(part, source_key) for part in spec["all_of"]]}
        other = "path" if source_key == "column" else "column"
        if other in spec:
            return {(source_key if key == other else key): value for key, value in spec.items()}
    return spec


def _resource_config(config: dict[str, Any], resource: Resource, dataset: str) -> dict[str, Any]:
    """The configuration of a plain csv, xlsx or json_api source reading ``resource``."""
    connector = RESOURCE_FORMATS[resource.format]
    source_key = "path" if connector == "json_api" else "column"
    resolved = {key: value for key, value in config.items() if key not in ("recipe", "resource")}
    resolved.update(format=connector, url=resource.url)
    for key in ("fields", "detail_fields"):
        if isinstance(resolved.get(key), Mapping):
            resolved[key] = {name: _field_specs_as(spec, source_key) for name, spec in resolved[key].items()}
    if resolved.get("id") is not None:
        resolved["id"] = _field_specs_as(resolved["id"], source_key)
    if connector != "json_api":
        resolved.pop("pagination", None)
    try:
        return validate_source_config(resolved)
    except ConfigError as exc:
        raise ConfigError(exc.field_path, f"{str(exc).split(': ', 1)[-1]} (ressource {resource.format} "
                                          f"« {resource.title} » du jeu de données « {dataset} »)") from exc


def _when(resource: Resource) -> str:
    return resource.last_modified[:16].replace("T", " ") or gettext("date inconnue")


def dataset_resource_config(config: dict[str, Any], fetch: Callable[..., tuple[FetchResult, Any]],
                            remember: Callable[[str, dict[str, Any]], None], error: Callable[..., None],
                            note: Callable[[str], None]) -> dict[str, Any]:
    """The configuration the harvest reads: ``config`` itself, or for a dataset recipe the chosen file's. ``fetch``,
    ``remember``, ``error`` and ``note`` are the harvester's (conditional fetch, fetch state saved with the first
    page, run error, run warning). Raises DatasetUnreadable (error said) when no file can be chosen."""
    catalogue = dataset_catalogue(config)
    if catalogue is None:
        return config
    api_url = dataset_api_url(catalogue, config["url"])  # checked at load
    try:
        result, state = fetch(api_url)  # the harvester's: an unchanged answer costs a 304
    except FetchError as exc:
        error("dataset", gettext("Jeu de données illisible (%(url)s) : %(error)s") % {"url": api_url, "error": exc},
              url=api_url)
        raise DatasetUnreadable(api_url) from exc
    kept = (state.record or {}) if state is not None else {}
    previous = Resource(**kept["resource"]) if "resource" in kept else None
    if result.not_modified and previous is not None:
        dataset, resource = kept.get("dataset", ""), previous
    else:
        payload = Payload(url=result.url, content=result.content, status=result.status, headers=result.headers)
        try:
            dataset, resources = dataset_resources(catalogue, payload)
        except ParseError as exc:
            error("dataset", gettext("Jeu de données illisible (%(url)s) : %(error)s") % {"url": api_url, "error": exc},
                  url=api_url)
            raise DatasetUnreadable(api_url) from exc
        resource = resource_choose(resources, config.get("resource"))
        if resource is None:
            found = resources_describe(resources) or gettext("aucune ressource")
            message = gettext(
                "Jeu de données « %(dataset)s » (%(url)s) : aucune ressource CSV, XLSX ou JSON à lire%(wanted)s. "
                "Trouvé : %(found)s.") % {
                "dataset": dataset, "url": api_url, "found": found,
                "wanted": f" (resource: {config['resource']})" if config.get("resource") is not None else ""}
            error("dataset", message, url=api_url)
            raise DatasetUnreadable(api_url)
    unchanged = result.not_modified and state is not None  # a 304 brings no validators of its own: keep the old ones
    remember(api_url, {"etag": state.etag if unchanged else result.etag or "",
                       "last_modified": state.last_modified if unchanged else result.last_modified or "",
                       "content_hash": state.content_hash if unchanged else hashlib.sha256(result.content).hexdigest(),
                       "external_ids": [], "next_url": "", "record": {"dataset": dataset, "resource": asdict(resource)}})
    note(gettext("Ressource lue : « %(title)s » (%(format)s, modifiée le %(modified)s) du jeu de données "
                 "« %(dataset)s », %(url)s") % {"title": resource.title, "format": resource.format,
                                               "modified": _when(resource), "dataset": dataset, "url": resource.url})
    if previous is not None and (previous.id, previous.url) != (resource.id, resource.url):
        note(gettext("La plateforme a changé de fichier depuis le dernier moissonnage : « %(old)s » (%(old_url)s) "
                     "remplacé par « %(new)s ».") % {"old": previous.title, "old_url": previous.url,
                                                     "new": resource.title})
    return _resource_config(config, resource, dataset)
