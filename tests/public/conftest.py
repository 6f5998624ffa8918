"""Fixtures for the public pages: photos made with Pillow and stories that show them."""

import io
import random

import pytest
from django.core.files.images import ImageFile
from PIL import Image

from core.site_tree import ensure_site_tree


def jpeg_bytes(width=640, height=480, colour=(30, 90, 160), noise=False):
    """Return a JPEG of one colour, or of random noise, which compresses badly like a real photo."""
    if noise:
        image = Image.frombytes("RGB", (width, height), random.randbytes(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture
def make_photo(db):
    from photos.models import Photo

    def build(title="Gubernur meninjau jembatan", filename="foto.jpg", width=640, height=480, colour=(30, 90, 160), noise=False, **fields):
        fields.setdefault("description", f"{title}, tampak dari dekat")
        fields.setdefault("caption", f"{title} di Samarinda.")
        fields.setdefault("credit", "Biro Adpim Setdaprov Kaltim / Budi")
        data = jpeg_bytes(width, height, colour, noise)
        photo = Photo(title=title, file=ImageFile(io.BytesIO(data), name=filename), **fields)
        photo.save()
        return photo

    return build


def story_body(photos):
    """Return a story body with a paragraph, the first photo alone and the rest as a gallery.

    A gallery needs at least two photos, so two photos become two photo blocks.
    """
    body = [("paragraph", "<p>Gubernur Kalimantan Timur meninjau pembangunan jembatan.</p>")]
    if len(photos) == 2:
        return body + [("photo", {"image": photo, "caption": ""}) for photo in photos]
    if photos:
        body.append(("photo", {"image": photos[0], "caption": ""}))
    if len(photos) > 2:
        body.append(("gallery", {"title": "Galeri", "photos": list(photos[1:])}))
    return body


@pytest.fixture
def make_story(make_activity):
    def build(title="Gubernur meninjau jembatan Mahakam", photos=(), **fields):
        return make_activity(title, body=story_body(list(photos)), **fields)

    return build


@pytest.fixture
def tree(db):
    return ensure_site_tree()


@pytest.fixture
def leaders_with_offices(make_leader, make_office):
    """Return five leaders; the first three hold the offices of Governor, Vice Governor and Secretary today."""
    import datetime

    from leaders.models import Term

    leaders = [make_leader(name) for name in ("Rudy Mas'ud", "Seno Aji", "Sri Wahyuni", "Isran Noor", "Hadi Mulyadi")]
    offices = [make_office("Gubernur", rank=1), make_office("Wakil Gubernur", rank=2), make_office("Sekretaris Daerah", rank=3)]
    for leader, office in zip(leaders, offices):
        Term.objects.create(office=office, leader=leader, start_date=datetime.date(2025, 2, 20))
    return leaders
