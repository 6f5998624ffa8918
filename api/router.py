"""The router of the public API, mounted at /api/v2/ in config/urls.py."""

from wagtail.api.v2.router import WagtailAPIRouter

from .views import PublicPagesAPIViewSet, PublicPhotosAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicPhotosAPIViewSet)
