"""Open Graph, Twitter card and page metadata for sharing a page, with absolute URLs.

The templates read a PageMetadata built once per request by the `page_metadata` tag;
`structured_data` builds the schema.org JSON-LD from the same object.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.text import Truncator
from wagtail.models import Site

from .entries import entry_summary

logger = logging.getLogger("potret.feeds")

# A 1.91:1 crop, 1200 pixels wide: the usual size of large link previews.
SOCIAL_IMAGE_FILTER = "fill-1200x630"
DESCRIPTION_WORDS = 40
OPEN_GRAPH_LOCALES = {"id": "id_ID", "en": "en_US"}


@dataclass
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMetadata:
    page: object
    title: str
    description: str
    url: str
    og_type: str
    og_locale: str
    language: str
    site_name: str
    image: SocialImage | None = None
    json_ld: dict = field(default_factory=dict)

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image else "summary"


def first_body_photo(page):
    """Return the first photo of a story's body: a photo block, or the first photo of a gallery."""
    for block in getattr(page, "body", None) or []:
        if block.block_type == "photo" and block.value.get("image"):
            return block.value["image"]
        if block.block_type == "gallery" and block.value.get("photos"):
            return block.value["photos"][0]
    return None


def sharing_photo(page):
    """Return the photo to show when the page is shared: its social image, else the first fitting photo."""
    if getattr(page, "social_image_id", None):
        return page.social_image
    photo = first_body_photo(page)
    if photo is None and hasattr(page, "portrait_id"):
        photo = page.portrait
    speaker = getattr(page, "speaker", None)
    if photo is None and speaker is not None:
        photo = speaker.portrait
    return photo


def render_social_image(photo, request):
    try:
        rendition = photo.get_rendition(SOCIAL_IMAGE_FILTER)
    except OSError:  # Wagtail's SourceImageIOError, raised for a missing original, is an OSError
        # A missing or unreadable original must not break the page; it is shared without an image.
        logger.warning("No social image rendition for photo_id=%s", photo.pk, exc_info=True)
        return None
    alt = photo.caption or photo.title
    return SocialImage(
        url=request.build_absolute_uri(rendition.url), width=rendition.width, height=rendition.height, alt=alt
    )


def page_description(page):
    text = page.search_description or getattr(page, "listing_summary", "")
    if not text and hasattr(page, "event_date"):
        text = entry_summary(page, words=DESCRIPTION_WORDS)
    return Truncator(" ".join(text.split())).words(DESCRIPTION_WORDS)


def open_graph_type(page):
    from activities.models import ActivityPage
    from leaders.models import LeaderPage
    from speeches.models import SpeechPage

    if isinstance(page, (ActivityPage, SpeechPage)):
        return "article"
    if isinstance(page, LeaderPage):
        return "profile"
    return "website"


def site_name(request):
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def describe_page(page, request):
    """Build the sharing metadata and JSON-LD of a page for this request."""
    from .structured_data import json_ld_for

    photo = sharing_photo(page)
    # Wagtail serves a page under its own language prefix, so the active language is the
    # page's, and reading it costs no query for the page's locale.
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    metadata = PageMetadata(
        page=page,
        title=page.seo_title or page.title,
        description=page_description(page),
        url=page.get_full_url(request),
        og_type=open_graph_type(page),
        og_locale=OPEN_GRAPH_LOCALES.get(language, language),
        language=language,
        site_name=site_name(request),
        image=render_social_image(photo, request) if photo else None,
    )
    metadata.json_ld = json_ld_for(page, metadata, request)
    return metadata
