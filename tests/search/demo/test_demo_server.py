"""The demo partner platforms over real HTTP on 127.0.0.1: formats, paging, encodings, truth and versions."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path

import feedparser
import httpx
import pytest
import yaml
from openpyxl import load_workbook

from carrefour.demo import placement as placement_module
from carrefour.demo import world as world_module
from carrefour.demo.platforms import PLATFORMS, platform_by_slug
from carrefour.demo.server import build_demo_server
from carrefour.demo.truth import build_truth, load_truth
from carrefour.demo.world import TAXONOMY_CODES, build_world, kinds, luhn_ok

DEMO_DIR = Path(world_module.__file__).resolve().parent
ODS = "/observatoire-rural/api/explore/v2.1/catalog/datasets/innovations-rurales/records"
WP = "/innov-territoires-occitanie/wp-json/wp/v2/posts"


@pytest.fixture(scope="module")
def demo():
    with build_demo_server() as server, httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield server, client


@pytest.fixture(scope="module")
def demo_v2():
    with build_demo_server(version=2) as server, httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield server, client


@pytest.fixture(scope="module")
def truth():
    return load_truth()


def _served_count(client: httpx.Client, slug: str) -> int:
    """Count a platform's items by walking its pagination the way its source configuration says."""
    if slug == "solidarites-locales":
        count, page = 0, 1
        while (response := client.get("/solidarites-locales/feed/", params={"paged": page})).status_code == 200:
            count += len(feedparser.parse(response.content).entries)
            page += 1
        assert response.status_code == 404
        return count
    if slug == "reseau-tiers-lieux":
        count, url = 0, "/reseau-tiers-lieux/atom.xml"
        while url:
            feed = feedparser.parse(client.get(url).content)
            count += len(feed.entries)
            url = next((link.href for link in feed.feed.links if link.rel == "next"), None)
        return count
    if slug == "observatoire-rural":
        return client.get(ODS, params={"limit": 1}).json()["total_count"]
    if slug == "innov-territoires-occitanie":
        return int(client.get(WP).headers["x-wp-total"])
    if slug == "carte-ess-bretagne":
        text = client.get(platform_by_slug(slug).entry).content.decode("cp1252")
        return len(list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))) - 1
    if slug == "banque-initiatives-citoyennes":
        workbook = load_workbook(io.BytesIO(client.get(platform_by_slug(slug).entry).content))
        return workbook["Initiatives"].max_row - 4
    if slug == "fabrique-des-solidarites":
        count, url = 0, "/fabrique-des-solidarites/projets/"
        while url:
            page = client.get(url).text
            count += page.count('<article class="carte-projet"')
            next_link = re.search(r'<a rel="next" href="([^"]+)"', page)
            url = "/fabrique-des-solidarites/projets/" + next_link.group(1) if next_link else None
        return count
    if slug == "prix-territoria-demo":
        index = client.get("/prix-territoria-demo/sitemap.xml").text
        return sum(
            len(re.findall(r"<loc>[^<]*/laureats/[^/<]+/</loc>", client.get(child).text))
            for child in re.findall(r"<loc>([^<]+)</loc>", index)
        )
    if slug == "services-proximite":
        return client.get("/services-proximite/annuaire/").text.count('class="structure"')
    raise AssertionError(slug)


# --- every platform answers ----------------------------------------------------------------------
EXPECTED_TYPES = {
    "solidarites-locales": "application/rss+xml",
    "reseau-tiers-lieux": "application/atom+xml",
    "observatoire-rural": "application/json",
    "innov-territoires-occitanie": "application/json",
    "carte-ess-bretagne": "text/csv",
    "banque-initiatives-citoyennes": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "fabrique-des-solidarites": "text/html",
    "prix-territoria-demo": "application/xml",
    "services-proximite": "text/html",
}


@pytest.mark.parametrize("slug", sorted(EXPECTED_TYPES))
def test_first_page_of_each_platform(demo, slug):
    _, client = demo
    response = client.get(platform_by_slug(slug).entry)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(EXPECTED_TYPES[slug])
    assert response.headers["etag"]


def test_served_items_match_the_truth(demo, truth):
    _, client = demo
    for slug in EXPECTED_TYPES:
        assert _served_count(client, slug) == len(truth["versions"]["1"][slug]), slug


def test_robots_and_index(demo):
    _, client = demo
    robots = client.get("/robots.txt")
    assert robots.headers["content-type"].startswith("text/plain")
    assert "Allow: /" in robots.text and "Disallow" not in robots.text
    assert all(p.entry in client.get("/").text for p in PLATFORMS)


# --- formats and quirks --------------------------------------------------------------------------
def test_wordpress_feed_pages_and_hostile_html(demo):
    _, client = demo
    first = feedparser.parse(client.get("/solidarites-locales/feed/").content)
    second = feedparser.parse(client.get("/solidarites-locales/feed/?paged=2").content)
    assert len(first.entries) == len(second.entries) == 10
    assert {e.id for e in first.entries}.isdisjoint({e.id for e in second.entries})
    assert re.match(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$", first.entries[0].published)
    raw = client.get("/solidarites-locales/feed/").text
    assert "<script>" in raw and "onclick=" in raw and "onerror=" in raw and "javascript:" in raw
    assert all(entry.tags for entry in first.entries)
    assert client.get("/solidarites-locales/feed/?paged=999").status_code == 404


def test_atom_feed_is_paginated_by_next_links(demo):
    _, client = demo
    feed = feedparser.parse(client.get("/reseau-tiers-lieux/atom.xml").content)
    assert feed.version == "atom10" and not feed.bozo
    assert len(feed.entries) == 20
    assert any(link.rel == "next" for link in feed.feed.links)
    entry = feed.entries[0]
    assert entry.tl_codeinsee and entry.author and entry.tags


def test_opendatasoft_api_honours_limit_and_offset(demo):
    _, client = demo
    page = client.get(ODS, params={"limit": 20, "offset": 0}).json()
    assert set(page) == {"total_count", "results"} and len(page["results"]) == 20
    last = client.get(ODS, params={"limit": 20, "offset": page["total_count"] - 5}).json()
    assert len(last["results"]) == 5
    record = page["results"][0]
    assert {"nom_du_projet", "porteur", "code_insee", "thematique"} <= set(record)
    assert isinstance(record["thematique"], list)
    assert client.get(ODS, params={"limit": 101}).status_code == 400


def test_wordpress_rest_api_headers(demo):
    _, client = demo
    response = client.get(WP, params={"page": 1, "per_page": 10})
    posts = response.json()
    total, pages = int(response.headers["x-wp-total"]), int(response.headers["x-wp-totalpages"])
    assert isinstance(posts, list) and len(posts) == 10 and pages == -(-total // 10)
    assert 'rel="next"' in response.headers["link"]
    post = posts[0]
    assert {"rendered"} <= set(post["title"]) and post["excerpt"]["rendered"] and post["content"]["rendered"]
    assert post["link"].startswith("http://127.0.0.1") and post["acf"]["ville"]
    last = client.get(WP, params={"page": pages, "per_page": 10})
    assert len(last.json()) == total - 10 * (pages - 1) and "link" in last.headers
    assert client.get(WP, params={"page": pages + 1}).json()["code"] == "rest_post_invalid_page_number"


def test_csv_is_windows_1252_with_semicolons(demo):
    _, client = demo
    response = client.get(platform_by_slug("carte-ess-bretagne").entry)
    assert response.headers["content-type"] == "text/csv"  # no charset: the harvester must detect it
    with pytest.raises(UnicodeDecodeError):
        response.content.decode("utf-8")
    text = response.content.decode("cp1252")
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert {"Intitulé", "Département", "Date de création", "Thématiques"} <= set(rows[0])
    assert all(re.fullmatch(r"(\d{1,2}|1er) \w+ \d{4}|\w+ \d{4}|\d{4}", row["Date de création"]) for row in rows)
    assert any(re.fullmatch(r"[a-zéû]+ \d{4}", row["Date de création"]) for row in rows)
    assert any("\u2019" in row["Résumé"] for row in rows)  # curly apostrophes: byte 0x92
    assert any("Ã©" in row["Résumé"] for row in rows)  # rows mojibaked upstream, for ftfy
    assert any("\n" in row["Présentation"] for row in rows)


def test_xlsx_header_is_not_the_first_row(demo):
    _, client = demo
    workbook = load_workbook(io.BytesIO(client.get(platform_by_slug("banque-initiatives-citoyennes").entry).content))
    assert workbook.sheetnames == ["Lisez-moi", "Initiatives"]
    sheet = workbook["Initiatives"]
    assert "export" in sheet["A1"].value
    assert [cell.value for cell in sheet[4]][:3] == ["N°", "Nom de l'initiative", "Porteur"]
    assert isinstance(sheet["A5"].value, int)


def test_html_catalogue_and_detail_pages(demo):
    _, client = demo
    page = client.get("/fabrique-des-solidarites/projets/?page=2").text
    assert page.count('<article class="carte-projet"') == 12 and 'rel="next"' in page and 'rel="prev"' in page
    slug = re.search(r'<h3 class="carte-titre"><a href="([^"]+)"', page).group(1)
    detail = client.get(f"/fabrique-des-solidarites/projets/{slug}")
    assert detail.status_code == 200
    assert 'class="fiche-description"' in detail.text and "<script>" in detail.text and "javascript:" in detail.text
    assert 'class="porteur"' in detail.text
    assert client.get("/fabrique-des-solidarites/projets/?page=99").status_code == 404


def test_sitemap_index_and_json_ld(demo):
    _, client = demo
    index = client.get("/prix-territoria-demo/sitemap.xml").text
    children = re.findall(r"<loc>([^<]+)</loc>", index)
    assert "<sitemapindex" in index and len(children) == 2 and index.count("<lastmod>") == 2
    locs = re.findall(r"<loc>([^<]+)</loc>", client.get(children[0]).text)
    laureates = [loc for loc in locs if re.search(r"/prix-territoria-demo/laureats/[^/]+/$", loc)]
    assert laureates and len(laureates) < len(locs)  # editorial pages are listed too
    seen_types, awards = set(), []
    for url in laureates[:8]:
        html = client.get(url).text
        document = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        for node in document.get("@graph", [document]):
            if node["@type"] in ("Project", "NGO"):
                seen_types.add(node["@type"])
                awards.append(node["award"])
                assert node["address"]["addressLocality"] and node["founder"]["name"]
    assert seen_types and all("Prix TERRITORIA" in str(award) for award in awards)


def test_microdata_directory(demo):
    _, client = demo
    html = client.get("/services-proximite/annuaire/").text
    assert html.count('itemtype="https://schema.org/PostalAddress"') == html.count('class="structure"') >= 40


def test_slow_platform_times_out(demo):
    _, client = demo
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.get(platform_by_slug("fondation-entreprendre-ensemble").entry, timeout=httpx.Timeout(1.0, connect=1.0))
    assert time.monotonic() - started < 3
    sources = yaml.safe_load((DEMO_DIR / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    slow = next(s for s in sources if s["slug"] == "fondation-entreprendre-ensemble")
    route = demo[0].routes[platform_by_slug("fondation-entreprendre-ensemble").entry]
    assert route.delay > slow["configuration"]["timeout"] * 2


# --- truth, duplicates and versions ----------------------------------------------------------------
def test_truth_file_is_up_to_date(truth):
    assert build_truth() == truth


def test_distinct_initiatives_and_duplicates(truth):
    items = truth["versions"]["1"]
    assert all(40 <= len(listed) <= 150 for listed in items.values())
    platforms_of: dict[str, set[str]] = {}
    for slug, listed in items.items():
        assert len({item["key"] for item in listed}) == len(listed), slug
        for item in listed:
            platforms_of.setdefault(item["world_id"], set()).add(slug)
    harvestable = {wid: slugs - {"fondation-entreprendre-ensemble"} for wid, slugs in platforms_of.items()}
    assert sum(1 for slugs in harvestable.values() if slugs) >= 600
    assert sum(1 for slugs in harvestable.values() if len(slugs) >= 2) >= 50
    assert any(len(slugs) == 3 for slugs in harvestable.values())


def test_duplicates_are_worded_differently():
    titles_by_world: dict[str, set[str]] = {}
    for listings in placement_module.placement(1).values():
        for listing in listings:
            if not listing.primary:
                assert listing.wording.title != listing.initiative.title
            titles_by_world.setdefault(listing.world_id, set()).add(listing.wording.title)
    assert sum(1 for titles in titles_by_world.values() if len(titles) >= 2) >= 50


def test_version_2_removes_edits_and_adds_items(demo, demo_v2, truth):
    _, client_v1 = demo
    _, client_v2 = demo_v2
    v1 = {r["identifiant"]: r for r in client_v1.get(ODS, params={"limit": 100}).json()["results"]}
    v2 = {r["identifiant"]: r for r in client_v2.get(ODS, params={"limit": 100}).json()["results"]}
    assert len(v1.keys() - v2.keys()) == 8 and len(v2.keys() - v1.keys()) == 5
    edited = [key for key in v1.keys() & v2.keys() if v1[key] != v2[key]]
    assert len(edited) == 4
    for slug in ("observatoire-rural", "fabrique-des-solidarites"):
        keys_v1 = {item["key"] for item in truth["versions"]["1"][slug]}
        keys_v2 = {item["key"] for item in truth["versions"]["2"][slug]}
        assert keys_v1 - keys_v2 and keys_v2 - keys_v1
    assert _served_count(client_v2, "fabrique-des-solidarites") == len(
        truth["versions"]["2"]["fabrique-des-solidarites"]
    )


# --- the world and the source declarations ----------------------------------------------------------
def test_world_is_large_varied_and_deterministic():
    world = build_world()
    assert len(world) >= 650 and len(kinds()) >= 40
    assert all(len(k["titles"]) >= 3 and len(k["summaries"]) >= 3 for k in kinds())
    assert len({i.summary for i in world}) >= 130
    assert len({i.paragraphs for i in world}) == len(world)
    communes = {i.commune for i in world}
    departements = {c.dep for c in communes}
    assert len(communes) >= 150 and {"2A", "2B", "971", "972", "973", "974", "976"} <= departements
    assert len({c.region for c in communes}) == 18
    assert {("Saint-Denis", "93066"), ("Saint-Denis", "97411")} <= {(c.name, c.insee) for c in communes}
    sirets = [i.siret for i in world if i.siret]
    assert 0.25 <= len(sirets) / len(world) <= 0.35 and all(len(s) == 14 and luhn_ok(s) for s in sirets)
    awarded = [i for i in world if i.distinctions]
    assert 35 <= len(awarded) <= 60
    assert len({(d.prize, d.year) for i in awarded for d in i.distinctions}) >= 3
    assert {i.porteur_kind for i in world} == set(world_module.PORTEUR_KINDS)
    build_world.cache_clear()
    assert [(i.world_id, i.title, i.summary) for i in build_world()] == [
        (i.world_id, i.title, i.summary) for i in world
    ]


def test_startup_is_fast_and_data_small():
    build_world.cache_clear()
    placement_module.placement.cache_clear()
    started = time.monotonic()
    with build_demo_server():
        pass
    assert time.monotonic() - started < 2
    assert sum(f.stat().st_size for f in (DEMO_DIR / "data").iterdir()) < 3 * 1024 * 1024


def test_sources_yaml_matches_the_platforms(demo):
    _, client = demo
    sources = yaml.safe_load((DEMO_DIR / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    assert [s["slug"] for s in sources] == [p.slug for p in PLATFORMS]
    licences = {s["licence"] for s in sources}
    assert licences == {"Licence Ouverte 2.0", "CC BY-SA 4.0"}
    for source in sources:
        platform = platform_by_slug(source["slug"])
        config = source["configuration"]
        assert {"name", "website", "description", "schedule", "precedence"} <= set(source)
        assert source["website"] == "{base}" + platform.prefix
        assert config["format"] == platform.format and config["url"] == "{base}" + platform.entry
        assert source["crosswalk"] == platform.crosswalk()
        assert all(set(codes) <= TAXONOMY_CODES for codes in source["crosswalk"].values())
    by_slug = {s["slug"]: s["configuration"] for s in sources}
    # Declared CSV/XLSX columns and JSON paths exist in what the platforms serve.
    header = client.get(platform_by_slug("carte-ess-bretagne").entry).content.decode("cp1252").split("\r\n", 1)[0]
    columns = header.split(";")
    for spec in by_slug["carte-ess-bretagne"]["fields"].values():
        if isinstance(spec, str) or "column" in spec:
            assert (spec if isinstance(spec, str) else spec["column"]) in columns, spec
    record = client.get(ODS, params={"limit": 1}).json()["results"][0]
    for spec in by_slug["observatoire-rural"]["fields"].values():
        if isinstance(spec, str):
            assert spec.split(".")[0] in record, spec
    post = client.get(WP).json()[0]
    for spec in by_slug["innov-territoires-occitanie"]["fields"].values():
        path = spec if isinstance(spec, str) else spec.get("path")
        if path:
            node = post
            for part in path.split(".")[:2]:
                node = node[part]
