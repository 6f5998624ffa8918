"""Feed addresses, mounted under the language prefix: /id/feeds/rss.xml, /en/feeds/speeches/atom.xml, ..."""

from django.urls import path, register_converter

from .syndication import entries_feed

app_name = "feeds"


class FeedFormatConverter:
    regex = "rss|atom"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class EntryKindConverter(FeedFormatConverter):
    regex = "activities|speeches"


register_converter(FeedFormatConverter, "feed_format")
register_converter(EntryKindConverter, "entry_kind")

urlpatterns = [
    path("<feed_format:feed_format>.xml", entries_feed, name="all"),
    path("<entry_kind:kind>/<feed_format:feed_format>.xml", entries_feed, name="kind"),
    path("leaders/<str:leader_slug>/<feed_format:feed_format>.xml", entries_feed, name="leader"),
    path("leaders/<str:leader_slug>/<entry_kind:kind>/<feed_format:feed_format>.xml", entries_feed, name="leader_kind"),
]
