"""Find or create the leaders, regions and offices that import records point to.

Matching is by name, ignoring case, spacing and the kind of apostrophe, because texts
write "Rudy Mas'ud" and "Rudy Mas’ud" alike. Each lookup reads the current rows, so a
record rolled back to its savepoint leaves no stale cache behind.
"""

import logging

from django.utils.text import slugify
from wagtail.models import Locale

from leaders.models import LeaderPage, Office
from regions.models import Region

logger = logging.getLogger("potret.archive")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def normalise_name(name):
    return " ".join(name.translate(APOSTROPHES).split()).casefold()


def _leader_names(leader):
    return {normalise_name(leader.title), *(normalise_name(name) for name in leader.name_variant_list())}


def find_leader(name, locale):
    """Return the leader page whose title or other spellings match `name`, or None."""
    key = normalise_name(name)
    for leader in LeaderPage.objects.filter(locale=locale).order_by("pk"):
        if key in _leader_names(leader):
            return leader
    return None


def ensure_leader(name, parent, *, publish):
    """Return the matching leader page and whether it was created under `parent`."""
    leader = find_leader(name, parent.locale)
    if leader:
        return leader, False
    leader = LeaderPage(title=name, live=publish)
    parent.add_child(instance=leader)
    revision = leader.save_revision(log_action=True)
    if publish:
        revision.publish()
    logger.info("Created leader page_id=%s", leader.pk)
    return leader, True


def _region_keys(region):
    return {region.name.casefold(), region.slug.casefold(), *(alias.casefold() for alias in region.alias_list())}


def ensure_region(place, locale):
    """Return the region named `place` (by name, slug or alias), creating a place of kind "other"."""
    keys = {place.casefold(), slugify(place, allow_unicode=True).casefold()}
    for region in Region.objects.filter(locale=locale):
        if keys & _region_keys(region):
            return region
    region = Region.objects.create(name=place, kind=Region.Kind.OTHER, in_province=False, locale=locale)
    logger.info("Created region_id=%s for a place outside the list", region.pk)
    return region


def ensure_regions(places, locale):
    regions = []
    for place in places:
        region = ensure_region(place, locale)
        if region not in regions:
            regions.append(region)
    return regions


def ensure_office(spec, locale=None):
    """Return the office described by an OfficeSpec, matched by slug or name, creating it if missing."""
    locale = locale or Locale.get_default()
    offices = Office.objects.filter(locale=locale)
    office = offices.filter(slug=spec.slug).first() or offices.filter(name__iexact=spec.name).first()
    if office:
        return office
    office = Office.objects.create(
        name=spec.name, short_name=spec.short_name, slug=spec.slug, rank=spec.rank, locale=locale
    )
    logger.info("Created office_id=%s slug=%s", office.pk, spec.slug)
    return office
