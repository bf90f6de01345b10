"""Sitemaps: the editorial page tree (Wagtail) plus initiatives, territories and themes.

Communes appear only when they have a public initiative: 35,000 empty pages would bury the useful ones.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from communities.models import Community
from initiatives.models import Commune, Departement, Initiative, Region, Theme


class InitiativeSitemap(Sitemap):
    changefreq = "weekly"
    limit = 10000

    def items(self):
        return (
            Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED)
            .only("slug", "last_updated").order_by("pk")
        )

    def lastmod(self, item: Initiative):
        return item.last_updated


def _with_public_initiatives(queryset, field: str):
    public = Initiative.objects.filter(visibility=Initiative.Visibility.PUBLISHED, **{field: OuterRef("pk")})
    return queryset.filter(Exists(public))


class RegionSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return _with_public_initiatives(Region.objects.order_by("code"), "region")


class DepartementSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return _with_public_initiatives(Departement.objects.order_by("code"), "departement")


class CommuneSitemap(Sitemap):
    changefreq = "weekly"
    limit = 10000

    def items(self):
        return _with_public_initiatives(Commune.objects.order_by("insee_code"), "commune")


class ThemeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Theme.objects.select_related("parent").order_by("facet", "position")


class CommunitySitemap(Sitemap):
    """Public communities only: a private community must never be discoverable."""

    changefreq = "daily"

    def items(self):
        return Community.objects.filter(visibility=Community.Visibility.PUBLIC).order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(WagtailSitemap):
    """Wagtail's page tree, at the address the crawler used: pages build their URL from the Wagtail Site record
    (http://localhost/ in a fresh install), the other sitemaps from the request."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            parts = urlsplit(url["location"])
            url["location"] = urlunsplit((protocol, domain, parts.path, parts.query, ""))
        return urls


SITEMAPS = {
    "pages": PageSitemap,
    "initiatives": InitiativeSitemap,
    "regions": RegionSitemap,
    "departements": DepartementSitemap,
    "communes": CommuneSitemap,
    "themes": ThemeSitemap,
    "communities": CommunitySitemap,
}
