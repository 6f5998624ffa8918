"""The admin's upload views reject unsafe images and documents with Indonesian messages."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .conftest import docx_bytes, image_bytes, odt_bytes

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def upload_image(client, name, content):
    upload = SimpleUploadedFile(name, content)
    form = {"title": name, "file": upload, "description": f"Foto uji {name}"}
    return client.post("/admin/images/add/", form, HTTP_ACCEPT_LANGUAGE="id")


def upload_document(client, name, content):
    upload = SimpleUploadedFile(name, content)
    return client.post("/admin/documents/add/", {"title": name, "file": upload}, HTTP_ACCEPT_LANGUAGE="id")


def form_errors(response):
    return " ".join(str(error) for error in response.context["form"].errors.get("file", []))


def test_valid_photo_accepted(admin_client):
    response = upload_image(admin_client, "gubernur.png", image_bytes())

    assert response.status_code == 302
    assert get_image_model().objects.filter(title="gubernur.png").exists()


def test_svg_refused_in_indonesian(admin_client):
    response = upload_image(admin_client, "logo.svg", SVG)

    assert response.status_code == 200
    assert "SVG" in form_errors(response)
    assert "ditolak" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_svg_renamed_as_png_refused(admin_client):
    response = upload_image(admin_client, "logo.png", SVG)

    assert response.status_code == 200
    assert "berisi gambar svg" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_extension_content_mismatch_refused(admin_client):
    response = upload_image(admin_client, "foto.png", image_bytes(image_format="GIF"))

    assert response.status_code == 200
    assert "GIF" in form_errors(response).upper()
    assert not get_image_model().objects.exists()


def test_decompression_bomb_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    buffer = io.BytesIO()
    # 4,000 x 4,000 one-bit pixels compress to a few kilobytes but decode to 16 megapixels.
    Image.new("1", (4000, 4000)).save(buffer, format="PNG")

    response = upload_image(admin_client, "bom.png", buffer.getvalue())

    assert response.status_code == 200
    assert "piksel" in form_errors(response)
    assert not get_image_model().objects.exists()


def test_oversized_image_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000

    response = upload_image(admin_client, "besar.png", image_bytes(size=(300, 300), color=(1, 2, 3)) + b"\0" * 2000)

    assert response.status_code == 200
    assert "terlalu besar" in form_errors(response)


def test_multiple_upload_view_refuses_svg(admin_client):
    upload = SimpleUploadedFile("logo.svg", SVG)

    response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload}, HTTP_ACCEPT_LANGUAGE="id")

    assert response.status_code in (200, 400)
    assert response.json()["success"] is False
    assert "SVG" in response.json()["error_message"]
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("laporan.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
        ("sambutan.docx", docx_bytes()),
        ("notulen.odt", odt_bytes()),
        ("catatan.txt", "Sambutan Gubernur Kalimantan Timur.\n".encode()),
        ("surat.rtf", b"{\\rtf1\\ansi Sambutan}"),
    ],
)
def test_allowed_documents_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)

    assert response.status_code == 302
    assert get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("laporan.pdf", b"MZ\x90\x00 executable"),
        ("sambutan.docx", b"PK\x03\x04 not really a zip"),
        ("sambutan.docx", odt_bytes()),
        ("catatan.txt", b"<html><script>alert(1)</script></html>"),
        ("catatan.txt", b"\x00\x01\x02binary"),
    ],
)
def test_document_content_mismatch_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)

    assert response.status_code == 200
    assert "tidak sesuai" in form_errors(response)
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("name", ["halaman.html", "skrip.js", "program.exe", "gambar.svg"])
def test_document_extension_refused(admin_client, name):
    response = upload_document(admin_client, name, b"<script>alert(1)</script>")

    assert response.status_code == 200
    assert form_errors(response)
    assert not get_document_model().objects.exists()
