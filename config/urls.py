from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.router import api_router
from core.views import serve
from feeds.views import robots_txt
from translation.sitemap import LocalizedSitemap

urlpatterns = [
    path("", include("operations.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v2/", api_router.urls),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry a language prefix (/id/..., /en/...), so every address names its language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("feeds/", include("feeds.urls")),
    path("pers/", include("presskit.urls")),
    # Wagtail's page view behind a cheaper route lookup; the name stays, so page URLs reverse as before.
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage becomes a 503 page in the visitor's language instead of a 500.
handler500 = "operations.views.server_error"
