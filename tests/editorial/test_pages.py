"""Editorial page tree: page rules, rendering with real data, feeds, sitemaps and site search."""

from __future__ import annotations

import json
import re

import feedparser
import pytest
from django.utils import translation
from protego import Protego
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from carrefour.editorial.demo import editorial_demo_install
from carrefour.editorial.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    PrizeEditionPage,
    PrizeIndexPage,
    SourcesPage,
    StandardPage,
)
from carrefour.editorial.services import site_tree_ensure
from initiatives.models import Distinction
from initiatives.services import DistinctionData
from tests.factories import SourceFactory, make_initiative

pytestmark = pytest.mark.django_db


class TestPageRules(WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {ArticleIndexPage, PrizeIndexPage, StandardPage, SourcesPage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(PrizeIndexPage, {PrizeEditionPage})
        self.assertAllowedParentPageTypes(PrizeEditionPage, {PrizeIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, PrizeIndexPage)

    def test_only_one_home_and_one_sources_page(self):
        home = site_tree_ensure()
        assert not HomePage.can_create_at(home.get_parent())  # max_count = 1, already there
        assert SourcesPage.can_create_at(home)
        home.add_child(instance=SourcesPage(title="Plateformes", slug="plateformes"))
        assert not SourcesPage.can_create_at(home)


@pytest.fixture
def laureates():
    """Three TERRITORIA 2023 laureates (two categories) and one hidden initiative that must never show."""
    source = SourceFactory(slug="palmares", name="Palmarès")
    made = {}
    for title, category, rank in [
        ("Cantine bio de Mauriac", "Cohésion sociale", "mention"),
        ("Bus des services publics", "Cohésion sociale", "or"),
        ("Ressourcerie de Figeac", "Transition écologique", "argent"),
        ("Projet masqué", "Transition écologique", "or"),
    ]:
        made[title] = make_initiative(
            source=source, title=title, summary=f"{title} : résumé.", commune="15014", departement="15", region="84",
            distinctions=[DistinctionData(prize="Prix TERRITORIA", year=2023, category=category, rank=rank)],
        )
    made["Projet masqué"].visibility = "hidden"
    made["Projet masqué"].save()
    return made


def test_demo_tree_renders_every_page(client, laureates):
    created = editorial_demo_install()
    assert created["pages"] >= 13
    again = editorial_demo_install()  # idempotent
    assert again["pages"] == 0 and again["featured"] == 0
    for url in ["/", "/articles/", "/a-propos/", "/plateformes-partenaires/", "/mentions-legales/", "/accessibilite/",
                "/prix-territoria/", "/prix-territoria/2023/", "/articles/start-ups-de-territoire/", "/laureats/"]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_prize_edition_lists_laureates_by_category_and_rank(client, laureates):
    editorial_demo_install()
    html = client.get("/prix-territoria/2023/").content.decode()
    cohesion, transition = html.index("Cohésion sociale"), html.index("Transition écologique")
    assert cohesion < html.index("Bus des services publics") < html.index("Cantine bio de Mauriac") < transition
    assert transition < html.index("Ressourcerie de Figeac")
    assert laureates["Bus des services publics"].get_absolute_url() in html
    assert "Projet masqué" not in html
    # The page reads the distinction records: a new one appears without touching the page.
    Distinction.objects.create(initiative=laureates["Ressourcerie de Figeac"],
                               edition=Distinction.objects.first().edition, category="Citoyenneté", rank="laureat")
    assert "Citoyenneté" in client.get("/prix-territoria/2023/").content.decode()


def test_edition_page_must_belong_to_the_parent_prize(laureates):
    from django.core.exceptions import ValidationError

    from initiatives.models import Prize, PrizeEdition

    editorial_demo_install()
    other = PrizeEdition.objects.create(prize=Prize.objects.create(name="Autre prix", slug="autre-prix"), year=2020)
    parent = PrizeIndexPage.objects.get()
    page = PrizeEditionPage(title="Mauvaise édition", slug="mauvaise", edition=other)
    with translation.override("fr"), pytest.raises(ValidationError, match="autre prix"):
        parent.add_child(instance=page)


def test_home_sections_and_figures(client, laureates):
    editorial_demo_install()
    response = client.get("/")
    html = response.content.decode()
    figures = response.context["figures"]
    assert (figures.initiatives, figures.sources, figures.departements) == (3, 1, 1)
    assert [d.initiative.title for d in response.context["laureates"]][:1] == ["Bus des services publics"]
    assert "Projet masqué" not in html
    assert [a.slug for a in response.context["articles"]] == [
        "prix-territoria-trente-ans-innovation-locale", "start-ups-de-territoire", "laboratoires-innovation-territoriale",
    ]
    # The demo features the TERRITORIA laureates, best rank first.
    assert [f.initiative.title for f in response.context["featured"]][:2] == [
        "Bus des services publics", "Ressourcerie de Figeac",
    ]
    jsonld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert jsonld["@type"] == "WebSite"
    assert jsonld["potentialAction"]["target"]["urlTemplate"].endswith("/recherche/?q={search_term_string}")


def test_home_page_query_count_is_pinned(client, django_assert_max_num_queries, laureates):
    editorial_demo_install()
    for n in range(10):
        make_initiative(title=f"Initiative supplémentaire {n}", theme_codes=["alimentation"])
    client.get("/")  # warm the per-process caches (site root, content types)
    with django_assert_max_num_queries(25):
        assert client.get("/").status_code == 200


def test_article_blocks_render_and_feed_parses(client, laureates):
    editorial_demo_install()
    html = client.get("/articles/prix-territoria-trente-ans-innovation-locale/").content.decode()
    assert "Bus des services publics" in html  # the initiative card block, pointing at the record
    assert 'class="fr-quote' in client.get("/articles/laboratoires-innovation-territoriale/").content.decode()
    assert 'href="/laureats/"' in html  # call to action
    feed = feedparser.parse(client.get("/articles/flux/").content)
    assert not feed.bozo
    assert len(feed.entries) == 3
    assert feed.entries[0].title.startswith("Le prix TERRITORIA")
    assert {tag.term for tag in feed.entries[0].tags} == {"prix", "innovation publique"}
    tagged = client.get("/articles/?etiquette=emploi")
    assert [a.slug for a in tagged.context["page_obj"]] == ["start-ups-de-territoire"]


def test_image_block_requires_a_credit():
    from django.core.exceptions import ValidationError

    from carrefour.editorial.blocks import CallToActionBlock, CreditedImageBlock

    with pytest.raises(ValidationError):
        CreditedImageBlock().clean({"image": None, "alt": "", "caption": "", "credit": ""})
    with pytest.raises(ValidationError):
        CallToActionBlock().clean({"title": "Agir", "text": "", "label": "Go", "page": None, "url": ""})


def test_unpublished_article_is_not_listed_nor_searchable(client, laureates):
    editorial_demo_install()
    article = ArticlePage.objects.get(slug="start-ups-de-territoire")
    response = client.get("/recherche/?q=Romans")
    assert [a.slug for a in response.context["articles"]] == ["start-ups-de-territoire"]
    assert "Tous les articles et pages correspondants" in response.content.decode()
    assert [r.slug for r in client.get("/recherche/articles/?q=Romans").context["page_obj"]] == ["start-ups-de-territoire"]
    article.unpublish()
    assert client.get("/recherche/?q=Romans").context["articles"] == []
    assert "start-ups-de-territoire" not in client.get("/articles/").content.decode()
    assert client.get("/articles/start-ups-de-territoire/").status_code == 404


def test_sitemaps_and_robots(client, laureates):
    editorial_demo_install()
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    index = client.get("/sitemap.xml").content.decode()
    for section in ["pages", "initiatives", "regions", "departements", "communes", "themes"]:
        assert f"/sitemap-{section}.xml" in index
    initiatives = client.get("/sitemap-initiatives.xml").content.decode()
    assert laureates["Bus des services publics"].get_absolute_url() in initiatives
    assert laureates["Projet masqué"].slug not in initiatives
    pages = client.get("/sitemap-pages.xml").content.decode()
    assert "/articles/start-ups-de-territoire/" in pages and "/prix-territoria/2023/" in pages
    # At the address the crawler used, not the Wagtail Site record's (issue 19: http://localhost/).
    locations = re.findall(r"<loc>([^<]+)</loc>", pages)
    assert locations and all(location.startswith("http://testserver/") for location in locations), locations[:3]
    communes = client.get("/sitemap-communes.xml").content.decode()
    assert communes.count("<url>") == 1  # only Aurillac has public initiatives


def test_robots_txt_lets_crawlers_reach_the_open_data_but_not_endless_searches(client):
    """Read by protego (RFC 9309), as a crawler would: the exports and the catalogue are open data."""
    robots = Protego.parse(client.get("/robots.txt").content.decode())
    for url in ("/api/export/csv/", "/api/export/geojson/?source=avise", "/catalogue.jsonld", "/api/docs/",
                "/api/schema/", "/initiatives/garage-solidaire/", "/recherche/"):
        assert robots.can_fetch(f"http://testserver{url}", "Googlebot"), url
    for url in ("/api/initiatives/?q=jardin", "/api/search/suggest?q=ja", "/recherche/?q=jardin", "/admin/",
                "/comptes/login/"):
        assert not robots.can_fetch(f"http://testserver{url}", "Googlebot"), url


def test_sources_page_lists_partner_platforms_with_counts(client, laureates):
    editorial_demo_install()
    SourceFactory(name="Plateforme désactivée", enabled=False)
    response = client.get("/plateformes-partenaires/")
    sources = list(response.context["sources"])
    assert [(s.name, s.initiative_count) for s in sources] == [("Palmarès", 3)]
