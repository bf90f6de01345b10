"""Web-page platforms: an HTML catalogue with detail pages (La Fabrique des Solidarités), a sitemap of pages
carrying schema.org JSON-LD (Prix TERRITORIA démo), and a directory page with microdata (services de proximité)."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from datetime import date

from carrefour.demo.fixture_server import Route
from carrefour.demo.placement import Listing
from carrefour.demo.platforms.common import (
    STATUS_LABELS,
    Platform,
    PublishedItem,
    Site,
    esc,
    hostile_html,
    html_route,
    moment,
    query_int,
)
from carrefour.demo.world import PRIZE_TERRITORIA, french_date, iso_start, slugify

HTML_PER_PAGE = 12


def _page(title: str, body: str, *, head: str = "", site_name: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)}{" | " + esc(site_name) if site_name else ""}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script async src="/static/analytics.js"></script>
{head}</head>
<body>
<header class="bandeau"><a class="logo" href="./">{esc(site_name)}</a>
<nav><a href="#">Proposer une initiative</a> <a href="#">Contact</a></nav></header>
{body}
<footer><p>Contenus publiés sous Licence Ouverte 2.0 — <a href="#" onclick="openCookies();return false;">Cookies</a></p></footer>
</body>
</html>
"""


def _unique_slugs(listings: Sequence[Listing]) -> dict[int, str]:
    seen: set[str] = set()
    slugs: dict[int, str] = {}
    for listing in listings:
        slug = slugify(listing.wording.title)[:80].strip("-")
        if slug in seen:
            slug = f"{slug}-{listing.ref}"
        seen.add(slug)
        slugs[listing.ref] = slug
    return slugs


def build_fabrique_des_solidarites(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """List pages ``/projets/?page=N`` (12 cards, ``a[rel=next]``) linking to detail pages with the full record.

    (long: one platform's whole site, its routes and payload templates, reads best in one place)
    """
    site = Site()
    root = f"/{platform.slug}/projets/"
    slugs = _unique_slugs(listings)
    cards: list[str] = []
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        slug = slugs[listing.ref]
        detail_path = f"{root}{slug}/"
        tags = "".join(f"<li>{esc(label)}</li>" for label in platform.labels(initiative))
        postcode = f' <span class="cp">({wording.postcode})</span>' if wording.postcode else ""
        cards.append(f"""<article class="carte-projet" data-ref="{listing.ref}">
  <h3 class="carte-titre"><a href="{slug}/">{esc(wording.title)}</a></h3>
  <p class="carte-lieu"><span class="ville">{esc(wording.city)}</span>{postcode}</p>
  <p class="accroche">{esc(wording.summary)}</p>
  <ul class="etiquettes">{tags}</ul>
</article>""")
        rng = random.Random(f"fabrique-{listing.ref}")
        updated = moment(wording.modified, slug)
        siret = f'<dt>SIRET</dt><dd class="siret">{initiative.siret}</dd>' if initiative.siret else ""
        website = (
            f'<dt>Site internet</dt><dd class="site"><a href="{esc(initiative.website)}" rel="noopener" '
            f"onclick=\"ga('send', 'event', 'sortie', this.href)\">{esc(initiative.website)}</a></dd>"
            if initiative.website
            else ""
        )
        street = f'<span class="rue">{esc(wording.address)}</span>, ' if wording.address else ""
        body = f"""<main id="contenu"><article class="fiche">
<p class="fil-ariane"><a href="../">Projets</a> › {esc(wording.title)}</p>
<h1 class="fiche-titre">{esc(wording.title)}</h1>
<p class="fiche-chapo">{esc(wording.summary)}</p>
<div class="fiche-description">
{hostile_html(initiative.paragraphs, initiative, rng, base + "/" + platform.slug)}
</div>
<dl class="fiche-infos">
<dt>Porteur</dt><dd class="porteur">{esc(initiative.porteur_name)}</dd>
<dt>Type de structure</dt><dd class="type-porteur">{esc(initiative.porteur_kind)}</dd>
<dt>Adresse</dt><dd class="adresse">{street}<span class="cp">{wording.postcode or ""}</span> <span class="ville">{esc(wording.city)}</span></dd>
<dt>Lancement</dt><dd class="lancement">depuis {french_date(initiative.start, initiative.start_precision)}</dd>
<dt>État</dt><dd class="etat">{STATUS_LABELS[wording.status]}</dd>
{website}
<dt>Contact</dt><dd class="contact"><a href="mailto:{esc(initiative.email)}">{esc(initiative.email)}</a></dd>
{siret}
</dl>
<ul class="etiquettes">{"".join(f"<li>{esc(label)}</li>" for label in platform.labels(initiative))}</ul>
<p class="maj">Fiche mise à jour le <time datetime="{updated.isoformat()}">{french_date(wording.modified)}</time></p>
</article></main>"""
        site.routes[detail_path] = html_route(_page(wording.title, body, site_name=platform.name))
        site.items.append(
            PublishedItem(
                key=f"{base}{detail_path}", url=f"{base}{detail_path}", world_id=listing.world_id, title=wording.title
            )
        )
    total = max(1, math.ceil(len(cards) / HTML_PER_PAGE))
    rendered: list[bytes] = []
    for number in range(1, total + 1):
        page_cards = "\n".join(cards[(number - 1) * HTML_PER_PAGE : number * HTML_PER_PAGE])
        nav = []
        if number > 1:
            nav.append(f'<a rel="prev" href="?page={number - 1}">« Précédent</a>')
        nav.append(f"<span>Page {number} sur {total}</span>")
        if number < total:
            nav.append(f'<a rel="next" href="?page={number + 1}">Suivant »</a>')
        body = f"""<main id="contenu">
<h1>Les projets de la Fabrique</h1>
<p class="compteur">{len(cards)} projets référencés</p>
<section class="liste-projets">
{page_cards}
</section>
<nav class="pagination" aria-label="Pagination">{" ".join(nav)}</nav>
</main>"""
        rendered.append(_page(f"Projets — page {number}", body, site_name=platform.name).encode("utf-8"))

    def listing_page(query: dict[str, list[str]]) -> Route:
        number = query_int(query, "page", 1)
        if number is None or not 1 <= number <= total:
            return html_route(
                _page("Page introuvable", "<main><h1>Cette page n'existe pas.</h1></main>", site_name=platform.name),
                status=404,
            )
        return Route(body=rendered[number - 1], content_type="text/html; charset=utf-8")

    site.handlers[root] = listing_page
    return site


def build_prix_territoria(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """A sitemap index with two child sitemaps (``lastmod``) listing laureate pages that carry JSON-LD.

    (long: one platform's whole site, its routes and payload templates, reads best in one place)
    """
    site = Site()
    prefix = f"{base}/{platform.slug}"
    slugs = _unique_slugs(listings)
    by_child: dict[str, list[tuple[str, str]]] = {"2019-2021": [], "2022-2023": []}
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        awards = [d for d in initiative.distinctions if d.prize == PRIZE_TERRITORIA]
        path = f"/{platform.slug}/laureats/{slugs[listing.ref]}/"
        url = f"{base}{path}"
        # A laureate's page is (re)published when the prize is awarded, at the latest.
        lastmod = moment(min(max(wording.modified, date(awards[-1].year, 12, 1)), date(2025, 1, 15)), path)
        child = "2019-2021" if awards[0].year <= 2021 else "2022-2023"
        by_child[child].append((url, lastmod.isoformat() if listing.ref % 3 else lastmod.date().isoformat()))
        labels = platform.labels(initiative)
        ngo = initiative.porteur_kind in ("association", "collectif citoyen")
        thing: dict = {
            "@context": "https://schema.org",
            "@type": "NGO" if ngo else "Project",
            "@id": f"{url}#initiative",
            "name": wording.title,
            "description": wording.summary + " " + initiative.paragraphs[0],
            "url": url,
            "foundingDate": iso_start(initiative),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": wording.address or None,
                "postalCode": wording.postcode,
                "addressLocality": wording.city,
                "addressRegion": initiative.commune.region_name,
                "addressCountry": "FR",
            },
            "founder": {"@type": "Organization", "name": initiative.porteur_name},
            # Some pages list keywords, others a comma-separated string, as schema.org allows both.
            "keywords": labels if listing.ref % 2 else ", ".join(labels),
            "award": [d.label for d in awards] if len(awards) > 1 or listing.ref % 2 else awards[0].label,
        }
        if initiative.website:
            thing["sameAs"] = initiative.website
        if initiative.siret:
            thing["founder"]["taxID"] = initiative.siret
        if initiative.latitude is not None:
            thing["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": initiative.latitude,
                "longitude": initiative.longitude,
            }
        if listing.ref % 4 == 0:
            # A few pages wrap the record in a @graph with the page and its breadcrumb, as SEO plugins do.
            page = {"@type": "WebPage", "@id": url, "name": wording.title, "isPartOf": {"@id": f"{prefix}/"}}
            crumbs = {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Lauréats", "item": f"{prefix}/laureats/"},
                    {"@type": "ListItem", "position": 2, "name": wording.title},
                ],
            }
            thing.pop("@context")
            document: dict = {"@context": "https://schema.org", "@graph": [page, crumbs, thing]}
        else:
            document = thing
        script = json.dumps(document, ensure_ascii=False, indent=1).replace("</", "<\\/")
        awards_html = "".join(f"<li>{esc(d.label)}</li>" for d in awards)
        body = f"""<main><article class="laureat">
<h1>{esc(wording.title)}</h1>
<ul class="distinctions">{awards_html}</ul>
<p class="porteur">Porté par {esc(initiative.porteur_name)} — {esc(wording.city)}</p>
{"".join(f"<p>{esc(p)}</p>" for p in initiative.paragraphs)}
</article></main>"""
        head = f'<script type="application/ld+json">\n{script}\n</script>\n'
        site.routes[path] = html_route(_page(wording.title, body, head=head, site_name=platform.name))
        site.items.append(PublishedItem(key=url, url=url, world_id=listing.world_id, title=wording.title))
    # Pages that are not laureates: the connector's url_filter must skip them.
    others = {
        "2019-2021": ["palmares/2019/", "palmares/2021/", "reglement/"],
        "2022-2023": ["palmares/2022/", "palmares/2023/", "candidater/"],
    }
    children = []
    for name, entries in by_child.items():
        urls = [(f"{prefix}/{other}", "2024-01-10") for other in others[name]] + entries
        xml_urls = "\n".join(
            f"  <url>\n    <loc>{esc(url)}</loc>\n    <lastmod>{lastmod}</lastmod>\n"
            f"    <changefreq>yearly</changefreq>\n  </url>"
            for url, lastmod in urls
        )
        child_path = f"/{platform.slug}/sitemap-laureats-{name}.xml"
        site.routes[child_path] = Route(
            body=f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{xml_urls}
</urlset>
""".encode(),
            content_type="application/xml; charset=utf-8",
        )
        children.append(
            (f"{base}{child_path}", max(lastmod for _, lastmod in entries)[:10] if entries else "2024-01-10")
        )
    for other in others["2019-2021"] + others["2022-2023"]:
        site.routes[f"/{platform.slug}/{other}"] = html_route(
            _page(other, "<main><p>Page éditoriale.</p></main>", site_name=platform.name)
        )
    index = "\n".join(
        f"  <sitemap>\n    <loc>{esc(url)}</loc>\n    <lastmod>{lastmod}</lastmod>\n  </sitemap>"
        for url, lastmod in children
    )
    site.routes[platform.entry] = Route(
        body=f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{index}
</sitemapindex>
""".encode(),
        content_type="application/xml; charset=utf-8",
    )
    return site


def build_services_proximite(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """One directory page where each entry is a schema.org Organization in microdata."""
    site = Site()
    url = f"{base}{platform.entry}"
    blocks = []
    for listing in listings:
        initiative, wording = listing.initiative, listing.wording
        anchor = f"structure-{listing.ref}"
        itemtype = "LocalBusiness" if initiative.family == "services" else "Organization"
        street = f'<span itemprop="streetAddress">{esc(wording.address)}</span>, ' if wording.address else ""
        postcode = f'<span itemprop="postalCode">{wording.postcode}</span> ' if wording.postcode else ""
        extras = []
        if initiative.website:
            extras.append(f'<a itemprop="url" href="{esc(initiative.website)}">Site web</a>')
        if initiative.phone:
            extras.append(f'<span itemprop="telephone">{initiative.phone}</span>')
        extras.append(f'<a itemprop="email" href="mailto:{esc(initiative.email)}">{esc(initiative.email)}</a>')
        blocks.append(f"""<section class="structure" id="{anchor}" itemscope itemtype="https://schema.org/{itemtype}">
  <meta itemprop="identifier" content="SP-{listing.ref:03d}">
  <h2 itemprop="name">{esc(wording.title)}</h2>
  <p class="porteur">Porté par <span itemprop="parentOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{esc(initiative.porteur_name)}</span></span></p>
  <p itemprop="description">{esc(wording.summary)}</p>
  <p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">{street}{postcode}<span itemprop="addressLocality">{esc(wording.city)}</span></p>
  <meta itemprop="foundingDate" content="{iso_start(initiative)}">
  <meta itemprop="keywords" content="{esc(", ".join(platform.labels(initiative)))}">
  <p class="contacts">{" · ".join(extras)}</p>
</section>""")
        site.items.append(
            PublishedItem(
                key=f"SP-{listing.ref:03d}", url=f"{url}#{anchor}", world_id=listing.world_id, title=wording.title
            )
        )
    body = f"""<main>
<h1>Annuaire des services de proximité solidaires</h1>
<p>{len(blocks)} structures : santé, accès aux droits, numérique et services du quotidien.</p>
{chr(10).join(blocks)}
</main>"""
    site.routes[platform.entry] = html_route(_page("Annuaire", body, site_name=platform.name))
    return site
