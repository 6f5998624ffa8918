"""Fixtures for the feed, sitemap, robots.txt and page metadata tests."""

import datetime
import io
import json
from html.parser import HTMLParser

import PIL.Image
import pytest
from django.core.files.images import ImageFile
from defusedxml import ElementTree
from django.utils import timezone

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def empty_cache():
    """Clear the cache, where Wagtail keeps renditions and site roots by id, which the next test reuses."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def english(db):
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def translate_page():
    """Copy a published page into another locale and publish the copy."""

    def build(page, locale, **changes):
        copy = page.copy_for_translation(locale, copy_parents=True)
        for name, value in changes.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
        return copy

    return build


@pytest.fixture
def embargo():
    """Schedule a new page to go live tomorrow, so it stays unpublished for now."""

    def build(page):
        page.go_live_at = timezone.now() + datetime.timedelta(days=1)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return build


def parse_rss(response):
    """Parse an RSS response and return (channel element, item elements)."""
    root = ElementTree.fromstring(response.content)
    channel = root.find("channel")
    return channel, channel.findall("item")


def parse_atom(response):
    root = ElementTree.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


def rss_titles(response):
    return [item.findtext("title") for item in parse_rss(response)[1]]


class HeadParser(HTMLParser):
    """Collect meta tags, alternate links and JSON-LD scripts from an HTML page."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.alternates = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and ("property" in attributes or "name" in attributes):
            key = attributes.get("property") or attributes.get("name")
            self.meta[key] = attributes.get("content")
        elif tag == "link" and attributes.get("rel") == "alternate" and attributes.get("type", "").endswith("xml"):
            self.alternates.append(attributes)
        elif tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def parse_head(html):
    parser = HeadParser()
    parser.feed(html)
    parser.json_ld = [json.loads(text) for text in parser.json_ld]
    return parser


@pytest.fixture
def make_photo(db):
    """Create a Photo with a real PNG file, so renditions can be made."""
    from photos.models import Photo

    def build(title="Foto kegiatan", size=(1600, 900), **fields):
        buffer = io.BytesIO()
        PIL.Image.new("RGB", size, "teal").save(buffer, "PNG")
        return Photo.objects.create(title=title, file=ImageFile(buffer, name=f"{title[:20]}.png"), **fields)

    return build


@pytest.fixture
def render_head(rf):
    """Render the meta tags include for a page, as base.html does, and parse the result."""
    from django.template.loader import render_to_string

    def render(page, path=None):
        request = rf.get(path or page.url)
        return parse_head(render_to_string("core/includes/meta_tags.html", {"page": page, "request": request}))

    return render
