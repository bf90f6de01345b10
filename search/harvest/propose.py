"""« Nouvelle source à partir d'une adresse »: fetch one URL (through the harvest's client and its SSRF guard),
recognise the format and, where it can, the software behind it, and propose a configuration — the matching recipe
with the fields guessed from the payload. The admin view shows the proposal and its dry run before anything is saved.
"""

from __future__ import annotations

import html
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.utils.text import slugify
from django.utils.translation import gettext

from initiatives.text import text_key
from search.harvest.connectors import xlsx as xlsx_connector
from search.harvest.connectors.base import ConfigError, ParseError, Payload
from search.harvest.connectors.datasets import dataset_api_url, dataset_resources, resource_choose, resources_describe
from search.harvest.connectors.recipes import recipes
from search.harvest.fetch import Fetcher, FetchError, FetchOptions

# Column or property names (compared without accents, case or separators) → the canonical field they usually hold.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("nom", "name", "titre", "title", "nom structure", "nom du projet", "nom projet", "libelle", "intitule",
              "raison sociale", "denomination", "nom de la structure", "projet", "nom du lieu", "nom lieu",
              "nom de l initiative", "nom initiative"),
    "summary": ("description", "resume", "presentation", "objet", "descriptif", "summary", "chapo"),
    "website": ("site", "site web", "site internet", "website", "url site", "web", "site url"),
    "email": ("email", "e mail", "mail", "courriel", "adresse mail", "adresse email", "adresse e mail"),
    "phone": ("telephone", "tel", "phone", "numero de telephone"),
    "address": ("adresse", "address", "adresse postale", "rue", "adresse complete", "adresse structure"),
    "postcode": ("code postal", "cp", "postcode", "zip", "code postal structure"),
    "city": ("commune", "ville", "city", "localite", "nom commune", "commune structure"),
    "insee_code": ("code insee", "insee", "code commune", "code commune insee", "codgeo", "com insee"),
    "tags": ("thematique", "thematiques", "categories", "categorie", "tags", "secteur", "secteurs", "domaine",
             "domaines", "mots cles", "theme", "themes", "typologie", "type", "types"),
    "porteur_name": ("porteur", "structure", "structure porteuse", "association", "organisme", "porteur du projet"),
    "start_date": ("date creation", "date de creation", "annee creation", "annee de creation", "creation",
                   "date debut", "date ouverture", "date d ouverture", "annee d ouverture", "date lancement"),
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
    "image_url": ("image", "photo", "logo", "visuel"),
}
_BY_NAME = {name: canonical for canonical, names in FIELD_NAMES.items() for name in names}


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text_key(name)).strip()


ID_NAMES = ("id", "identifiant", "identifier", "uid", "code")


def id_guess(names: list[str]) -> str | None:
    """The column that looks like the records' own id (« id », « identifiant », « id_lieu »…), if one does."""
    for name in names:
        key = _key(name)
        if key in ID_NAMES or key.startswith(("id ", "identifiant ")):
            return name
    return None


def _names(items: list[Any], inner: str = "") -> list[str]:
    """The keys of the first items (their union, in order of appearance: one item may lack a column)."""
    names: dict[str, None] = {}
    for item in items[:20]:
        source = item.get(inner) if inner and isinstance(item, dict) else item
        if isinstance(source, dict):
            names.update(dict.fromkeys(source))
    return list(names)


def fields_guess(names: list[str], *, prefix: str = "") -> dict[str, str]:
    """Canonical field → the column or property that seems to hold it (each canonical field once, first wins)."""
    guessed: dict[str, str] = {}
    for name in names:
        canonical = _BY_NAME.get(_key(name))
        if canonical and canonical not in guessed:
            guessed[canonical] = f"{prefix}{name}"
    return guessed


@dataclass
class Proposal:
    """What the URL looks like and the configuration proposed for it; ``problems`` when nothing fits."""

    url: str
    software: str = ""  # as a person names it: « WordPress », « OpenDataSoft »…
    recipe: str = ""
    configuration: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    slug: str = ""
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _json(content: bytes) -> Any:
    try:
        return json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None


def _wordpress(url: str, headers: dict[str, str], content: bytes, proposal: Proposal) -> bool:
    """A WordPress site, by its REST URL or the ``rel="https://api.w.org/"`` link of its pages."""
    if "/wp-json/" in url:
        root = url.split("/wp-json/", 1)[0] + "/wp-json"
    else:
        link = re.search(r'<link[^>]+rel=["\']https://api\.w\.org/["\'][^>]*href=["\']([^"\']+)',
                         content[:200_000].decode("utf-8", "replace")) or re.search(
            r'<([^>]+/wp-json/)>;\s*rel="https://api\.w\.org/"', headers.get("link", ""))
        if not link:
            return False
        root = link.group(1).rstrip("/")
        proposal.notes.append("Site WordPress : ses articles sont lus par l’API REST du site.")
    proposal.software, proposal.recipe = "WordPress", "wordpress"
    proposal.configuration = {"recipe": "wordpress", "url": url if "/wp/v2/posts" in url else f"{root}/wp/v2/posts"}
    return True


def _csv_names(content: bytes) -> list[str]:
    first_line = content.decode("utf-8-sig", "replace").splitlines()[0] if content else ""
    separator = max(";,\t", key=first_line.count)
    return [name.strip().strip('"') for name in first_line.split(separator)]


def _file_names(kind: str, payload: Payload) -> list[str]:
    """The column names of a dataset's file (CSV, XLSX), or the keys of its JSON records."""
    if kind == "csv":
        return _csv_names(payload.content)
    if kind == "xlsx":  # the first row of the first sheet, the archive checked as a harvest checks it
        xlsx_connector.check_zip(payload.content, max_uncompressed=xlsx_connector.MAX_UNCOMPRESSED_BYTES,
                                 max_ratio=xlsx_connector.MAX_COMPRESSION_RATIO)
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(payload.content), read_only=True, data_only=True)
            first = next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True), ())
            workbook.close()
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many types
            raise ParseError(f"cannot open the workbook: {exc}") from exc
        return [str(value).strip() for value in first if value not in (None, "")]
    data = _json(payload.content)
    if isinstance(data, dict):  # the records under one key, as json_api's records_path finds them
        data = next((value for value in data.values() if isinstance(value, list)), [])
    return _names(data if isinstance(data, list) else [])


DATASET_SOFTWARE = (("udata", "datagouv", "data.gouv.fr (udata)"), ("ckan", "ckan", "CKAN"))


def _dataset(url: str, fetcher: Fetcher, options: FetchOptions, proposal: Proposal) -> bool:
    """A data.gouv.fr (udata) or CKAN dataset, by its page or API URL: the recipe, with the fields guessed from the
    file a harvest would read. A page whose API answers nothing like a dataset is left to the other guesses."""
    for catalogue, recipe, software in DATASET_SOFTWARE:
        api_url = dataset_api_url(catalogue, url)
        if api_url is None:
            continue
        try:
            result = fetcher.fetch(api_url, options=options)
            title, resources = dataset_resources(catalogue, Payload(
                url=result.url, content=result.content, status=result.status, headers=result.headers))
        except (FetchError, ParseError) as exc:
            if "/api/" in urlsplit(url).path:  # the API itself was given: say why it cannot be read
                proposal.problems.append(gettext("Jeu de données illisible : %(error)s") % {"error": exc})
                return True
            continue
        proposal.software, proposal.recipe = software, recipe
        proposal.name = title or proposal.name
        proposal.slug = slugify(proposal.name)[:100] or proposal.slug
        resource = resource_choose(resources, None)
        if resource is None:
            proposal.problems.append(gettext("Aucune ressource CSV, XLSX ou JSON dans ce jeu de données. Trouvé : "
                                             "%(found)s.") % {"found": resources_describe(resources) or "—"})
            return True
        proposal.notes.append(gettext(
            "Chaque moissonnage lira la ressource « %(title)s » (%(format)s), ou celle qui la remplacera ; pour en "
            "lire une autre, indiquez resource (son identifiant ou son titre).") % {
            "title": resource.title, "format": resource.format})
        names: list[str] = []
        try:
            data = fetcher.fetch(resource.url, options=options)
            names = _file_names(resource.format, Payload(url=data.url, content=data.content, status=data.status,
                                                         headers=data.headers))
        except (FetchError, ParseError, ConfigError) as exc:
            proposal.notes.append(gettext("Colonnes non lues (%(error)s) : déclarez fields à la main.") % {"error": exc})
        proposal.configuration = {"recipe": recipe, "url": url, **({"id": id_guess(names)} if id_guess(names) else {}),
                                  "fields": fields_guess(names)}
        return True
    return False


def _propose_from(url: str, headers: dict[str, str], content: bytes, proposal: Proposal) -> None:
    path = urlsplit(url).path
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    text = content[:4096].decode("utf-8", "replace").lstrip().lower()
    data = _json(content) if kind.endswith("json") or text[:1] in "[{" else None
    if _wordpress(url, headers, content, proposal):
        return
    if "/api/elements" in url or (isinstance(data, dict) and data.get("ontology") in ("gogofull", "gogocompact")):
        root = url.split("/api/elements", 1)[0] if "/api/elements" in url else url.rstrip("/")
        proposal.software, proposal.recipe = "GoGoCarto", "gogocarto"
        proposal.configuration = {"recipe": "gogocarto", "url": f"{root}/api/elements.json"}
        return
    if "/api/explore/v2" in url:
        proposal.software = "OpenDataSoft"
        dataset = re.search(r"(.*/api/explore/v2\.[01]/catalog/datasets/[^/?#]+)", url)
        if not dataset:
            proposal.problems.append("Adresse OpenDataSoft sans jeu de données : donnez celle d’un jeu "
                                     "(…/catalog/datasets/<identifiant>/records).")
            return
        records = (data or {}).get("results") if isinstance(data, dict) else None
        names = _names(records or [])
        proposal.recipe = "opendatasoft"
        proposal.configuration = {"recipe": "opendatasoft", "url": f"{dataset.group(1)}/records",
                                  **({"id": id_guess(names)} if id_guess(names) else {}),
                                  "fields": {k: v for k, v in fields_guess(names).items()
                                             if k not in ("latitude", "longitude")}}
        proposal.name = re.sub(r"[-_]+", " ", dataset.group(1).rsplit("/", 1)[-1]).capitalize()
        return
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = [f for f in data.get("features") or [] if isinstance(f, dict)]
        names = [name for name in _names(features, "properties") if not name.startswith("_")]
        proposal.software, proposal.recipe = "GeoJSON", "geojson"
        layer_name = (data.get("_umap_options") or {}).get("name") if isinstance(data.get("_umap_options"), dict) else None
        proposal.name = layer_name or proposal.name
        guessed = {name: path for name, path in fields_guess(names, prefix="properties.").items()
                   if name not in ("latitude", "longitude")}
        proposal.configuration = {"recipe": "geojson", "url": url, "fields": guessed}
        return
    if text.startswith("<?xml") or text.startswith(("<rss", "<feed", "<urlset", "<sitemapindex")):
        if "<urlset" in text or "<sitemapindex" in text:
            proposal.software, proposal.recipe = "Plan du site (sitemap)", "sitemap"
        elif "<rss" in text or "<feed" in text:
            proposal.software, proposal.recipe = "Flux RSS / Atom", "rss"
        if proposal.recipe:
            proposal.configuration = {"recipe": proposal.recipe, "url": url}
            return
    if kind in ("text/csv", "application/csv") or path.lower().endswith(".csv"):
        names = _csv_names(content)
        proposal.software = "Fichier CSV"
        proposal.configuration = {"format": "csv", "url": url, **({"id": id_guess(names)} if id_guess(names) else {}),
                                  "fields": fields_guess(names)}
        return
    if isinstance(data, list | dict):
        items = data if isinstance(data, list) else next((value for value in data.values() if isinstance(value, list)), [])
        names = _names(items)
        proposal.software = "API JSON"
        proposal.configuration = {"format": "json_api", "url": url, **({"id": id_guess(names)} if id_guess(names) else {}),
                                  "fields": fields_guess(names)}
        return
    if "<html" in text or kind == "text/html":
        if "application/ld+json" in content[:500_000].decode("utf-8", "replace"):
            proposal.software = "Pages schema.org (JSON-LD)"
            proposal.configuration = {"format": "jsonld", "url": url}
            sitemap = urljoin(url, "/sitemap.xml")
            proposal.notes.append(f"Si le site a un plan ({sitemap}), la recette sitemap lira toutes ses pages.")
            return
        proposal.problems.append("Page HTML sans données structurées : une source HTML se configure à la main "
                                 "(sélecteurs CSS, docs/sources.md, « html »).")
        return
    proposal.problems.append(f"Format non reconnu ({kind or 'type inconnu'}).")


def source_propose(*, url: str, fetcher: Fetcher | None = None) -> Proposal:
    """Fetch ``url`` through the SSRF guard and propose a configuration for it; nothing is saved."""
    proposal = Proposal(url=url)
    host = urlsplit(url).hostname or ""
    proposal.name = host.removeprefix("www.")
    proposal.slug = slugify(proposal.name.replace(".", "-"))[:100]
    fetcher = fetcher or Fetcher()
    options = FetchOptions(timeout=20.0, max_bytes=5 * 1024 * 1024, retries=0)
    if _dataset(url, fetcher, options, proposal):
        if proposal.recipe:
            proposal.notes.insert(0, recipes()[proposal.recipe]["description"])
        return proposal
    try:
        result = fetcher.fetch(url, options=options)
    except FetchError as exc:  # an address the SSRF guard refuses, an HTTP error, a timeout…: said as it is
        proposal.problems.append(f"Lecture impossible : {exc}")
        return proposal
    title = re.search(rb"<title[^>]*>([^<]{2,120})</title>", result.content[:100_000], flags=re.I)
    if title:
        proposal.name = html.unescape(title.group(1).decode("utf-8", "replace")).strip().split(" | ")[0].split(" – ")[0]
    _propose_from(result.url, result.headers, result.content, proposal)
    if proposal.recipe:
        proposal.notes.insert(0, recipes()[proposal.recipe]["description"])
    return proposal
