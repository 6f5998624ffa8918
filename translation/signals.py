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

    locale = Locale.get_default()
    text = PhotoText.objects.filter(photo=instance, locale=locale).first()
    if text is None:
        text = PhotoText(photo=instance, locale=locale)
    elif (text.caption, text.alt_text) == (instance.caption, instance.description):
        return
    text.caption = instance.caption
    text.alt_text = instance.description
    text.save()
