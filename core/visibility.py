"""Public-page filtering that costs no query of its own.

Wagtail's PageQuerySet.public() reads every view restriction from the database each time it
is called, so a page listing three kinds of content pays three extra queries. The filter
below asks the same question inside the listing's own SQL: is there a restriction on the page
itself or on an ancestor, i.e. on a page whose tree path starts the listed page's path?
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricted_section_exists():
    restrictions = PageViewRestriction.objects.alias(
        outer_prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(outer_prefix=F("page__path"))
    return Exists(restrictions)


def public_only(pages):
    """Return the live pages of `pages` that no view restriction hides, like `.live().public()`."""
    return pages.filter(live=True).exclude(restricted_section_exists())
