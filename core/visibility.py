"""Public-page filtering that costs no query of its own.

Wagtail's PageQuerySet.public() reads every view restriction from the database each time it
is called, so a page listing three kinds of content pays three extra queries. The filter
below asks the same question inside the listing's own SQL: is there a restriction on the page
itself or on an ancestor, i.e. on a page whose tree path starts the listed page's path?
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page, PageViewRestriction


def restricted_section_exists():
    restrictions = PageViewRestriction.objects.alias(
        outer_prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(outer_prefix=F("page__path"))
    return Exists(restrictions)


def public_only(pages):
    """Return the live pages of `pages` that no view restriction hides, like `.live().public()`."""
    return pages.filter(live=True).exclude(restricted_section_exists())


def tree_paths(page, from_depth=1):
    """Return the tree paths of the page's ancestors from `from_depth` down to the page itself."""
    step = page.steplen
    return [page.path[:end] for end in range(from_depth * step, len(page.path) + 1, step)]


def view_restrictions_of(page):
    """Return the view restrictions on the page and its ancestors in one query.

    The result equals Wagtail's Page.get_view_restrictions, which lists the ancestors and
    their restrictions in two queries. An alias is checked through the page it copies.
    """
    checked = Page.objects.filter(path__in=tree_paths(page)).values(checked_id=Coalesce("alias_of_id", "id"))
    return PageViewRestriction.objects.filter(page_id__in=checked)
