"""Abstract pages shared by the content apps.

`base` holds BasePage, which every page extends. `events` holds EventPage and
EventIndexPage, the dated content (activity stories, speeches) and the index pages that
list it; it imports `base`, never the other way round. `routing` contains the mixins that
route a page to its children with one query per level, and the localised root lookup of the
serve view.
"""

from .base import BasePage
from .events import EventIndexPage, EventPage
from .routing import MixedChildRoutingMixin, SpecificChildRoutingMixin

__all__ = ["BasePage", "EventIndexPage", "EventPage", "MixedChildRoutingMixin", "SpecificChildRoutingMixin"]
