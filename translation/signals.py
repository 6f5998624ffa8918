"""Keep the default-locale PhotoText equal to the caption and alt text stored on the photo."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale

from photos.models import Photo

from .models import PhotoText


@receiver(post_save, sender=Photo, dispatch_uid="translation.sync_default_photo_text")
def sync_default_photo_text(sender, instance, raw=False, **kwargs):
    if raw:
        return
    save_default_photo_text(instance)


def save_default_photo_text(instance):
    locale = Locale.get_default()
    text = PhotoText.objects.filter(photo=instance, locale=locale).first()
    if text is None:
        text = PhotoText(photo=instance, locale=locale)
    elif (text.caption, text.alt_text) == (instance.caption, instance.description):
        return
    text.caption = instance.caption
    text.alt_text = instance.description
    text.save()


def create_missing_photo_texts():
    """Create the default-locale PhotoText of photos saved before the translation app existed."""
    missing = Photo.objects.exclude(texts__locale=Locale.get_default())
    count = 0
    for photo in missing.iterator():
        save_default_photo_text(photo)
        count += 1
    return count
