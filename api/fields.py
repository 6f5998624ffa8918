"""API field lists and serializers for the public content models.

The models declare `api_fields` from these lists, so what the API shows lives in one
place. Relations whose target has no endpoint of its own (regions, topics, terms) are
written out inline as names and dates.
"""

from rest_framework import serializers
from wagtail.api import APIField


class NameListField(serializers.Field):
    """A many-to-many relation written as the list of the related objects' names."""

    def to_representation(self, manager):
        return [item.name for item in manager.all()]


class LeaderReferenceListField(serializers.Field):
    """Leaders of a page or photo as [{"id", "title", "role"}]; `source="*"` passes the object."""

    def to_representation(self, instance):
        return [
            {"id": leader.pk, "title": leader.title, "role": role}
            for leader, role in leader_roles(instance)
        ]


def leader_roles(instance):
    """Yield (leader, role as written) for an activity, a speech or a photo."""
    speaker = getattr(instance, "speaker", None)
    if speaker is not None:
        yield speaker, getattr(instance, "speaker_role", "")
    links = getattr(instance, "leader_links", None)
    if links is not None:
        for link in links.all():
            yield link.leader, link.role_as_written
        return
    for leader in instance.leaders.all():
        yield leader, ""


class TermListField(serializers.Field):
    """A leader's terms of office with their dates and the precision of each date."""

    def to_representation(self, leader):
        terms = leader.terms_of_office()
        return [
            {
                "office": term.office.name,
                "title": term.title(),
                "kind": term.kind,
                "start_date": term.start_date.isoformat() if term.start_date else None,
                "start_precision": term.start_precision,
                "end_date": term.end_date.isoformat() if term.end_date else None,
                "end_precision": term.end_precision,
            }
            for term in terms
        ]


class RegionNameField(serializers.Field):
    def to_representation(self, region):
        return region.name if region else None


ENTRY_API_FIELDS = [
    APIField("event_date"),
    APIField("event_time"),
    APIField("venue"),
    APIField("regions", serializer=NameListField()),
    APIField("topics", serializer=NameListField()),
    APIField("leaders", serializer=LeaderReferenceListField(source="*")),
    APIField("listing_summary"),
    APIField("social_image"),
]

ACTIVITY_API_FIELDS = ENTRY_API_FIELDS + [APIField("body")]

SPEECH_API_FIELDS = ENTRY_API_FIELDS + [
    APIField("speaker"),
    APIField("speaker_role"),
    APIField("event_name"),
    APIField("text_kind"),
    APIField("text"),
    APIField("video"),
]

LEADER_API_FIELDS = [
    APIField("full_name"),
    APIField("name_variants"),
    APIField("portrait"),
    APIField("biography"),
    APIField("listing_summary"),
    APIField("channels"),
    APIField("terms", serializer=TermListField(source="*")),
]

CHANNEL_API_FIELDS = [APIField("label"), APIField("url")]

PHOTO_API_FIELDS = [
    APIField("caption"),
    APIField("credit"),
    APIField("date_taken"),
    APIField("region", serializer=RegionNameField()),
    APIField("usage_note"),
    APIField("leaders", serializer=LeaderReferenceListField(source="*")),
]
