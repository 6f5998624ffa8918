"""robots.txt: crawl everything public, skip the admin and search results, and find the sitemap."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


def disallowed_paths():
    """Return the paths crawlers skip: the admin, and the search results in each language, whose query strings make endless URLs."""
    paths = ["/admin/"]
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            paths.append(reverse("search:search"))
    return paths


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
