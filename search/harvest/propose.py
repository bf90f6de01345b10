"""« Nouvelle source à partir d'une adresse »: fetch one URL (through the harvest's client and its SSRF guard),
recognise the format and, where it can, the software behind it, and propose a configuration — the matching recipe
with the fields guessed from the payload. The admin view shows the proposal and its dry run before anything is saved.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.utils.text import slugify

from initiatives.text import text_key
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
        first_line = content.decode("utf-8-sig", "replace").splitlines()[0] if content else ""
        separator = max(";,\t", key=first_line.count)
        names = [name.strip().strip('"') for name in first_line.split(separator)]
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
    try:
        result = fetcher.fetch(url, options=FetchOptions(timeout=20.0, max_bytes=5 * 1024 * 1024, retries=0))
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
