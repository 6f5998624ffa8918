"""Create the fixed top of the page tree: the home page and the three index pages.

The import, the demo content and the tests all need this tree; building it here keeps
one definition of its slugs and titles. Safe to call again: existing pages are kept.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page, Site

logger = logging.getLogger("potret.site_tree")


@dataclass
class SiteTree:
    home: Page
    activities: Page
    speeches: Page
    leaders: Page


def _replace_welcome_page(root, home):
    """Point the default site at `home` and delete Wagtail's placeholder welcome page, if untouched."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Potret Pimpinan")
        return
    old_root = site.root_page
    site.root_page = home
    site.site_name = site.site_name or "Potret Pimpinan"
    site.save()
    if old_root.pk != home.pk and old_root.specific_class is Page and not old_root.get_children().exists():
        old_root.delete()


def _child(parent, model, slug, title):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(title=title, slug=slug, locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision().publish()
    logger.info("Created page_id=%s slug=%s", page.pk, slug)
    return page


def set_site_address(hostname, port):
    """Point the default Site at the address the site is served on.

    Feeds, the sitemap, the API and citations build their full addresses from it.
    """
    site = Site.objects.get(is_default_site=True)
    site.hostname = hostname
    site.port = port
    site.save()
    Site.clear_site_root_paths_cache()


@transaction.atomic
def ensure_site_tree():
    from activities.models import ActivityIndexPage
    from home.models import HomePage
    from leaders.models import LeaderIndexPage
    from speeches.models import SpeechIndexPage

    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title="Potret Pimpinan", slug="beranda", locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()
        _replace_welcome_page(root, home)
        logger.info("Created home page_id=%s", home.pk)

    return SiteTree(
        home=home,
        activities=_child(home, ActivityIndexPage, "kegiatan", "Kegiatan"),
        speeches=_child(home, SpeechIndexPage, "sambutan", "Sambutan dan Pidato"),
        leaders=_child(home, LeaderIndexPage, "pimpinan", "Pimpinan"),
    )
