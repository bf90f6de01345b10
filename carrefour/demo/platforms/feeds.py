"""Feed platforms: a WordPress RSS 2.0 feed (Solidarités Locales) and an Atom feed (Réseau des Tiers-Lieux)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from carrefour.demo.fixture_server import Route
from carrefour.demo.placement import Listing
from carrefour.demo.platforms.common import (
    Platform,
    PublishedItem,
    Site,
    esc,
    hostile_html,
    moment,
    query_int,
    rfc822,
)
from carrefour.demo.world import iso_start, slugify

RSS_PER_PAGE = 10
ATOM_PER_PAGE = 20
EDITORS = ("Claire M.", "La rédaction", "Yanis B.", "Équipe Solidarités Locales", "Sophie L.")


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def build_solidarites_locales(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """WordPress feed: ``/feed/?paged=N``, 10 items a page, 404 past the last page (as WordPress does)."""
    site = Site()
    prefix = f"{base}/{platform.slug}"
    # Newest first, as WordPress orders its feed.
    ordered = sorted(listings, key=lambda listing: (listing.initiative.published, listing.ref), reverse=True)
    items_xml: list[str] = []
    for listing in ordered:
        initiative, wording = listing.initiative, listing.wording
        rng = random.Random(f"sl-{listing.ref}")
        post_id = 1200 + listing.ref * 7
        day = initiative.published
        link = f"{prefix}/{day.year}/{day.month:02d}/{day.day:02d}/{slugify(wording.title)}/"
        place = f"{wording.city} ({wording.postcode})" if wording.postcode else wording.city
        content = "\n".join(
            [
                f'<p class="sl-lieu">Lieu : {esc(place)}</p>',
                f'<p class="sl-porteur">Porté par : <strong>{esc(initiative.porteur_name)}</strong></p>',
                hostile_html(initiative.paragraphs, initiative, rng, prefix),
                f'<p class="sl-date">Lancé en {initiative.start_year}</p>',
            ]
        )
        categories = "".join(f"\n\t\t<category>{_cdata(label)}</category>" for label in platform.labels(initiative))
        excerpt = (
            wording.summary if len(wording.summary) < 140 else wording.summary[:130].rsplit(" ", 1)[0] + " [&#8230;]"
        )
        items_xml.append(f"""\t<item>
\t\t<title>{esc(wording.title).replace("&amp;", "&#038;")}</title>
\t\t<link>{link}</link>
\t\t<comments>{link}#respond</comments>
\t\t<dc:creator>{_cdata(rng.choice(EDITORS))}</dc:creator>
\t\t<pubDate>{rfc822(day, link)}</pubDate>{categories}
\t\t<guid isPermaLink="false">{prefix}/?p={post_id}</guid>
\t\t<description>{_cdata(excerpt)}</description>
\t\t<content:encoded>{_cdata(content)}</content:encoded>
\t\t<wfw:commentRss>{link}feed/</wfw:commentRss>
\t\t<slash:comments>{rng.choice([0, 0, 0, 1, 2])}</slash:comments>
\t</item>""")
        site.items.append(
            PublishedItem(key=f"{prefix}/?p={post_id}", url=link, world_id=listing.world_id, title=wording.title)
        )
    pages = [items_xml[i : i + RSS_PER_PAGE] for i in range(0, len(items_xml), RSS_PER_PAGE)]
    last_build = rfc822(max(listing.initiative.modified for listing in listings), "last-build")
    rendered = [_rss_page(platform, prefix, page, last_build).encode("utf-8") for page in pages]

    def feed(query: dict[str, list[str]]) -> Route:
        paged = query_int(query, "paged", 1)
        if paged is None or paged < 1 or paged > len(rendered):
            return Route(
                body=b"<!doctype html><title>Page introuvable</title><h1>Oups ! Cette page est introuvable.</h1>",
                status=404,
                content_type="text/html; charset=UTF-8",
            )
        return Route(
            body=rendered[paged - 1],
            content_type="application/rss+xml; charset=UTF-8",
            headers={"Last-Modified": last_build.replace("+0000", "GMT")},
        )

    site.handlers[f"/{platform.slug}/feed/"] = feed
    return site


def _rss_page(platform: Platform, prefix: str, items: list[str], last_build: str) -> str:
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>

<channel>
\t<title>{esc(platform.name)}</title>
\t<atom:link href="{prefix}/feed/" rel="self" type="application/rss+xml" />
\t<link>{prefix}/</link>
\t<description>Les initiatives solidaires près de chez vous, racontées par ceux qui les font vivre</description>
\t<lastBuildDate>{last_build}</lastBuildDate>
\t<language>fr-FR</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<sy:updateFrequency>1</sy:updateFrequency>
\t<generator>https://wordpress.org/?v=6.5.2</generator>
{body}
\t</channel>
</rss>
"""


def build_reseau_tiers_lieux(platform: Platform, listings: Sequence[Listing], base: str) -> Site:
    """Atom feed paginated by ``<link rel="next">`` (RFC 5005), 20 entries a page, GeoRSS points and a private namespace."""
    site = Site()
    prefix = f"{base}/{platform.slug}"
    ordered = sorted(listings, key=lambda listing: (listing.wording.modified, listing.ref), reverse=True)
    entries: list[str] = []
    for listing in ordered:
        initiative, wording = listing.initiative, listing.wording
        entry_id = f"tag:tiers-lieux-solidaires.example.org,{initiative.published.year}:fiche-{listing.ref}"
        link = f"{prefix}/fiches/{listing.ref}-{slugify(wording.title)}"
        categories = "".join(
            f'\n    <category term="{slugify(label)}" label="{esc(label)}" scheme="{prefix}/thematiques/"/>'
            for label in platform.labels(initiative)
        )
        content = "".join(f"<p>{esc(p)}</p>" for p in initiative.paragraphs)
        geo = ""
        if initiative.latitude is not None and listing.primary:
            geo = f"\n    <georss:point>{initiative.latitude} {initiative.longitude}</georss:point>"
        postcode = f"\n    <tl:codePostal>{wording.postcode}</tl:codePostal>" if wording.postcode else ""
        entries.append(f"""  <entry>
    <id>{entry_id}</id>
    <title type="text">{esc(wording.title)}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <published>{moment(initiative.published, entry_id).isoformat()}</published>
    <updated>{moment(wording.modified, entry_id + "u").isoformat()}</updated>
    <author><name>{esc(initiative.porteur_name)}</name></author>{categories}
    <summary type="text">{esc(wording.summary)}</summary>
    <content type="html">{esc(content)}</content>{geo}
    <tl:commune>{esc(wording.city)}</tl:commune>{postcode}
    <tl:codeInsee>{initiative.commune.insee}</tl:codeInsee>
    <tl:typeStructure>{esc(initiative.porteur_kind)}</tl:typeStructure>
    <tl:creation>{iso_start(initiative)}</tl:creation>
  </entry>""")
        site.items.append(PublishedItem(key=entry_id, url=link, world_id=listing.world_id, title=wording.title))
    pages = [entries[i : i + ATOM_PER_PAGE] for i in range(0, len(entries), ATOM_PER_PAGE)]
    updated = moment(max(listing.wording.modified for listing in listings), "feed").isoformat()
    rendered: list[bytes] = []
    for number, page in enumerate(pages, start=1):
        links = [
            f'<link rel="self" href="{_atom_url(prefix, number)}"/>',
            f'<link rel="first" href="{_atom_url(prefix, 1)}"/>',
            f'<link rel="last" href="{_atom_url(prefix, len(pages))}"/>',
        ]
        if number > 1:
            links.append(f'<link rel="previous" href="{_atom_url(prefix, number - 1)}"/>')
        if number < len(pages):
            links.append(f'<link rel="next" href="{_atom_url(prefix, number + 1)}"/>')
        joined_links = "\n  ".join(links)
        joined_entries = "\n".join(page)
        rendered.append(
            f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss"
      xmlns:tl="https://tiers-lieux-solidaires.example.org/ns/fiche#" xml:lang="fr">
  <id>tag:tiers-lieux-solidaires.example.org,2016:fiches</id>
  <title>{esc(platform.name)} — fiches des lieux</title>
  <subtitle>Tiers-lieux, cafés associatifs, recycleries et fab labs du réseau</subtitle>
  <updated>{updated}</updated>
  <rights>Licence Ouverte 2.0</rights>
  <generator uri="https://tiers-lieux-solidaires.example.org/" version="2.3">Cartographie du Réseau</generator>
  {joined_links}
{joined_entries}
</feed>
""".encode()
        )

    def feed(query: dict[str, list[str]]) -> Route:
        number = query_int(query, "page", 1)
        if number is None or not 1 <= number <= len(rendered):
            return Route(body=b"Page inconnue", status=404, content_type="text/plain; charset=utf-8")
        return Route(body=rendered[number - 1], content_type="application/atom+xml; charset=utf-8")

    site.handlers[f"/{platform.slug}/atom.xml"] = feed
    return site


def _atom_url(prefix: str, number: int) -> str:
    return f"{prefix}/atom.xml" if number == 1 else f"{prefix}/atom.xml?page={number}"
