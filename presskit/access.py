"""Which photos and stories the press kit offers: only what a live, public page shows.

Wagtail images carry no privacy of their own, so a photo counts as published when the
reference index records it on a live page that no view restriction hides. A photo only
uploaded, or used only in a draft, stays out of the press kit.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from core.blocks import photos_in_stream


def published_photo_or_404(photo_id):
    photo = get_image_model().objects.select_related("region").filter(pk=photo_id).first()
    if photo is None or not is_published(photo):
        raise Http404("No published photo with this id.")
    return photo


def is_published(photo):
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(photo).filter(base_content_type=page_type)
    page_ids = [int(object_id) for object_id in references.values_list("object_id", flat=True)]
    return Page.objects.live().public().filter(pk__in=page_ids).exists()


def published_story_or_404(page_id):
    from activities.models import ActivityPage

    page = ActivityPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404("No published activity story with this id.")
    return page


def story_photos(page):
    """Return the story's photos in reading order, with place and renditions fetched in bulk."""
    ids = [photo.pk for photo in photos_in_stream(page.body)]
    photos = get_image_model().objects.filter(pk__in=ids).select_related("region").prefetch_related("renditions")
    by_id = {photo.pk: photo for photo in photos}
    return [by_id[pk] for pk in ids if pk in by_id]
