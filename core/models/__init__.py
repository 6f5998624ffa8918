"""Abstract pages shared by the content apps.

`base` holds BasePage, which every page extends. `events` holds EventPage and
EventIndexPage, the dated content (activity stories, speeches) and the index pages that
list it; it imports `base`, never the other way round.
"""

from .base import BasePage
from .events import EventIndexPage, EventPage

__all__ = ["BasePage", "EventIndexPage", "EventPage"]
