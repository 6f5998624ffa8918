"""A sitemap of every language's live pages, each with its hreflang alternates.

Wagtail's own sitemap (wagtail.contrib.sitemaps 8.0) lists only the descendants of the site's
root page, which is the Indonesian home page. The English home page is a sibling of it under
the tree root, so Wagtail's sitemap would leave the whole English tree out.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .alternates import page_alternates


class LocalizedSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        """Build Wagtail's URL entries and add the page's alternates to its own address."""
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list.iterator():
            alternates = [
                {"lang_code": code, "location": location} for code, location in page_alternates(item, self.request)
            ]
            for url_info in item.get_sitemap_urls(self.request):
                if alternates and url_info.get("location") == item.get_full_url(self.request):
                    url_info.setdefault("alternates", alternates)
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))

        # Same rule as Wagtail's own _urls: a Last-Modified header only when every entry has a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
