from csp.decorators import csp_replace
from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from carrefour import api
from carrefour.api import router
from carrefour.cache import PAGE_TTL, cached_urlpatterns
from carrefour.editorial.views import robots_txt
from carrefour.health import healthz
from carrefour.sitemaps import SITEMAPS
from initiatives import urls as initiatives_urls
from search.api import SuggestView
from search.opendata import views as open_data

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # No CSRF token on the language switcher: pages are cached for anonymous visitors, so their HTML cannot
    # carry a per-visitor token; switching language is harmless if forged.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("comptes/", include("allauth.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # Redoc's only outside call is its vendor's logo (hidden when it fails to load): refused here.
    path("api/docs/", csp_replace({"img-src": ["'self'", "data:"]})(SpectacularRedocView.as_view(url_name="api-schema")),
         name="api-docs"),
    path("api/search/suggest", SuggestView.as_view(), name="search-suggest"),
    re_path(r"^api/export/(?P<fmt>csv|json|geojson|jsonld)/$", open_data.ExportView.as_view(), name="api-export"),
    path("api/map/", open_data.MapView.as_view(), name="api-map"),
    path("catalogue.jsonld", open_data.dcat_catalogue, name="dcat-catalogue"),
    path("opensearch.xml", open_data.opensearch_description, name="opensearch"),
    path("opensearch/suggestions", open_data.opensearch_suggestions, name="opensearch-suggestions"),
    path("api/", include(router.urls)),
    # Any other /api/.../ address is a JSON 404, not a Wagtail page lookup (an HTML 404, or for a POST the HTML
    # 403 of the CSRF check); without the trailing slash, CommonMiddleware redirects here as before.
    re_path(r"^api/[\s\S]*/$", csrf_exempt(api.not_found)),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
         name="sitemap-index"),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("communautes/", include("communities.urls")),
    path("compte/", include("communities.account_urls")),
    path("", include("carrefour.editorial.urls")),
    # Initiative pages are cached for anonymous visitors here, not in the initiatives app (bottom layer).
    path("", include((cached_urlpatterns(initiatives_urls.urlpatterns, {"detail": PAGE_TTL}), initiatives_urls.app_name))),
    path("", include("search.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves the editorial page tree, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
