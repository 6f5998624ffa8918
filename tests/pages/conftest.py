import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image


@pytest.fixture
def make_photo(db):
    from photos.models import Photo

    def build(title="Foto kegiatan", colour=(20, 90, 160), **fields):
        buffer = io.BytesIO()
        Image.new("RGB", (640, 480), colour).save(buffer, format="JPEG")
        fields.setdefault("description", f"Deskripsi {title}")
        photo = Photo(title=title, file=ImageFile(buffer, name="foto.jpg"), **fields)
        photo.save()
        return photo

    return build
