"""Press kit: a published photo's original with its facts, and a story's photos as a ZIP."""

import io
import zipfile

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


def zip_of(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_photo_page_shows_caption_credit_and_usage(client, make_photo, make_story):
    photo = make_photo(usage_note="Bebas dipakai untuk keperluan pemberitaan dengan mencantumkan kredit.")
    make_story(photos=[photo])

    response = client.get(f"/id/pers/foto/{photo.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Gubernur meninjau jembatan di Samarinda." in html
    assert "Biro Adpim Setdaprov Kaltim / Budi" in html
    assert "Bebas dipakai untuk keperluan pemberitaan" in html
    assert f"/id/pers/foto/{photo.pk}/asli/" in html


def test_original_download_is_the_uploaded_file(client, make_photo, make_story):
    photo = make_photo(title="Wagub Kaltim / kunjungan: Kutai Kartanegara")
    make_story(photos=[photo])
    with photo.file.open("rb") as source:
        original = source.read()

    response = client.get(f"/id/pers/foto/{photo.pk}/asli/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == original
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'filename="wagub-kaltim-kunjungan-kutai-kartanegara-{photo.pk}.jpg"' in disposition


def test_unpublished_photo_is_not_offered(client, make_photo, make_story):
    unused = make_photo(title="Belum dipakai")
    in_draft = make_photo(title="Hanya di draf")
    make_story(title="Draf kegiatan", photos=[in_draft], publish=False, live=False)

    for photo in (unused, in_draft):
        assert client.get(f"/id/pers/foto/{photo.pk}/").status_code == 404
        assert client.get(f"/id/pers/foto/{photo.pk}/asli/").status_code == 404
    assert client.get("/id/pers/foto/999999/").status_code == 404


def test_story_zip_contains_each_original_and_captions(client, make_photo, make_story):
    photos = [make_photo(title=f"Foto kunjungan {n}", colour=(n * 20, 80, 120)) for n in range(1, 5)]
    story = make_story(title="Kunjungan kerja ke Bontang: hari pertama", photos=photos)

    response = client.get(f"/id/pers/kegiatan/{story.pk}/foto.zip")

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert f'filename="kunjungan-kerja-ke-bontang-hari-pertama-{story.pk}-foto.zip"' in response["Content-Disposition"]
    archive = zip_of(response)
    assert archive.testzip() is None
    names = archive.namelist()
    assert len(names) == 5
    for position, photo in enumerate(photos, start=1):
        name = f"{position:02d}-foto-kunjungan-{position}-{photo.pk}.jpg"
        assert name in names
        with photo.file.open("rb") as source:
            assert archive.read(name) == source.read()
    captions_name = next(name for name in names if name.endswith(".txt"))
    captions = archive.read(captions_name).decode()
    assert "Kunjungan kerja ke Bontang: hari pertama" in captions
    assert "Biro Adpim Setdaprov Kaltim / Budi" in captions
    assert "Foto kunjungan 3 di Samarinda." in captions


def test_story_zip_names_are_safe_for_any_title(client, make_photo, make_story):
    photos = [make_photo(title="../../etc/passwd"), make_photo(title="納品 写真"), make_photo(title="Foto\\dengan\\garis")]
    story = make_story(title="Kunjungan", slug="kunjungan-ke-ibu-kota-nusantara", photos=photos)

    archive = zip_of(client.get(f"/id/pers/kegiatan/{story.pk}/foto.zip"))

    for name in archive.namelist():
        assert "/" not in name
        assert "\\" not in name
        assert not name.startswith(".")
        assert name.isascii()
    assert f"02-foto-{photos[1].pk}.jpg" in archive.namelist()


def test_story_zip_skips_missing_original_and_says_so(client, make_photo, make_story):
    kept, lost = make_photo(title="Ada"), make_photo(title="Hilang")
    story = make_story(photos=[kept, lost])
    lost.file.storage.delete(lost.file.name)

    with translation.override("en"):
        archive = zip_of(client.get(f"/en/pers/kegiatan/{story.pk}/foto.zip"))

    names = archive.namelist()
    assert f"01-ada-{kept.pk}.jpg" in names
    assert f"02-hilang-{lost.pk}.jpg" not in names
    captions = archive.read(next(name for name in names if name.endswith(".txt"))).decode()
    assert "The original file is missing from the server" in captions


def test_story_zip_of_draft_or_photo_less_story_is_404(client, make_photo, make_story):
    draft = make_story(title="Draf", photos=[make_photo()], publish=False, live=False)
    no_photos = make_story(title="Tanpa foto")

    assert client.get(f"/id/pers/kegiatan/{draft.pk}/foto.zip").status_code == 404
    assert client.get(f"/id/pers/kegiatan/{no_photos.pk}/foto.zip").status_code == 404
    assert client.get(f"/id/pers/kegiatan/{draft.pk}/").status_code == 404


def test_story_press_page_lists_every_photo(client, make_photo, make_story):
    photos = [make_photo(title=f"Foto {n}") for n in range(3)]
    story = make_story(photos=photos)

    response = client.get(f"/id/pers/kegiatan/{story.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    for photo in photos:
        assert f"/id/pers/foto/{photo.pk}/asli/" in html
    assert f"/id/pers/kegiatan/{story.pk}/foto.zip" in html


def test_story_page_links_to_press_kit(client, make_photo, make_story):
    story = make_story(photos=[make_photo(), make_photo(title="Kedua"), make_photo(title="Ketiga")])

    html = client.get(story.url).content.decode()

    assert f"/id/pers/kegiatan/{story.pk}/foto.zip" in html
    assert f"/id/pers/kegiatan/{story.pk}/" in html
