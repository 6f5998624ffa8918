"""Photo uploads: alt text is required, and bulk uploads with near-identical camera names keep distinct renditions."""

import gc
import io

import pytest
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image
from wagtail.images.forms import get_image_form

from photos.models import Photo, shorten_keeping_end

from .conftest import jpeg_bytes

pytestmark = pytest.mark.django_db

CAMERA_NAME = "DSC_20250307_KALTIM_GUBERNUR_KUNJUNGAN_KERJA_KABUPATEN_KUTAI_KARTANEGARA_TENGGARONG_{:04d}.JPG"
OVERWRITING_STORAGE = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"allow_overwrite": True}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def upload_form(description):
    from django.core.files.uploadedfile import SimpleUploadedFile

    form_class = get_image_form(Photo)
    data = {"title": "Gubernur di Tenggarong", "description": description}
    files = {"file": SimpleUploadedFile("foto.jpg", jpeg_bytes(), content_type="image/jpeg")}
    return form_class(data, files)


def test_upload_without_alt_text_is_rejected():
    for description in ("", "   "):
        form = upload_form(description)
        assert not form.is_valid()
        assert "description" in form.errors
        assert "screen reader" in str(form.errors["description"]) or "pembaca layar" in str(form.errors["description"])


def test_upload_with_alt_text_is_accepted():
    form = upload_form("Gubernur menyapa warga di depan Pendopo Odah Etam")

    assert form.is_valid(), form.errors


def test_long_name_keeps_its_distinguishing_end():
    first = shorten_keeping_end(CAMERA_NAME.format(1), 70)
    second = shorten_keeping_end(CAMERA_NAME.format(2), 70)

    assert len(first) <= 70
    assert first != second
    assert first.endswith("TENGGARONG_0001.JPG")


def pixel_of(file_field):
    with file_field.open("rb") as handle:
        return Image.open(io.BytesIO(handle.read())).convert("RGB").getpixel((5, 5))


@override_settings(STORAGES=OVERWRITING_STORAGE)
def test_bulk_upload_renditions_stay_distinct_and_own_their_photo():
    photos = []
    for number in range(1, 41):
        colour = (number * 6, 255 - number * 6, (number * 37) % 256)
        photo = Photo(title=f"Kunjungan {number}", description="Gubernur di Tenggarong")
        photo.file = ImageFile(io.BytesIO(jpeg_bytes(64, 48, colour)), name=CAMERA_NAME.format(number))
        photo.save()
        photos.append((photo, colour))

    rendition_names = set()
    original_names = set()
    for photo, colour in photos:
        rendition = photo.get_rendition("fill-32x24|format-png")
        original_names.add(photo.file.name)
        rendition_names.add(rendition.file.name)
        assert rendition.file.name.startswith(f"images/{photo.pk}-")
        red, green, blue = pixel_of(rendition.file)
        assert abs(red - colour[0]) < 12 and abs(green - colour[1]) < 12 and abs(blue - colour[2]) < 12

    assert len(original_names) == 40
    assert len(rendition_names) == 40


# Wagtail 8.0.1's create_from_uploaded_image view leaves the pending upload's file open.
# The collector reports it as the buffered reader or as its raw file, depending on which it frees first.
@pytest.mark.filterwarnings("ignore:unclosed file <_io.BufferedReader:ResourceWarning")
@pytest.mark.filterwarnings("ignore:unclosed file <_io.FileIO:ResourceWarning")
def test_bulk_upload_waits_for_alt_text(admin_client, settings, tmp_path):
    # A media folder of its own, so an earlier test's file of the same name adds no suffix.
    settings.MEDIA_ROOT = str(tmp_path)
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.models import Collection, UploadedFile

    upload = SimpleUploadedFile(CAMERA_NAME.format(7), jpeg_bytes(), content_type="image/jpeg")

    response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload})

    assert response.status_code == 200
    assert Photo.objects.count() == 0
    pending = UploadedFile.objects.get()

    prefix = f"uploaded-image-{pending.pk}"
    url = f"/admin/images/multiple/create_from_uploaded_image/{pending.pk}/"
    fields = {f"{prefix}-title": "Gubernur di Tenggarong", f"{prefix}-collection": Collection.get_first_root_node().pk}

    rejected = admin_client.post(url, {**fields, f"{prefix}-description": ""}).json()
    assert rejected["success"] is False
    assert Photo.objects.count() == 0

    accepted = admin_client.post(url, {**fields, f"{prefix}-description": "Gubernur menyapa warga"}).json()
    assert accepted["success"] is True
    photo = Photo.objects.get()
    assert photo.description == "Gubernur menyapa warga"
    assert photo.file.name.endswith("TENGGARONG_0007.JPG")
    # Collect the file Wagtail left open now, while this test's warning filter applies.
    gc.collect()
