"""Fixtures for the operations tests: users with roles, image and document bytes, the page cache."""

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from PIL import Image

REPO_ROOT = Path(__file__).resolve().parents[2]
PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "Kaltim-admin-2025!")


@pytest.fixture
def editor(django_user_model, site_tree):
    user = django_user_model.objects.create_user("redaktur", "redaktur@example.org", "Redaktur-rahasia-77")
    user.groups.add(Group.objects.get(name="Editors"))
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


def image_bytes(size=(40, 30), image_format="PNG", color=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=image_format)
    return buffer.getvalue()


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def require_service(name, available):
    """Skip on a laptop but fail under CI when a service the test needs is missing."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{name} is required when CI is set, and it is not available.")
    pytest.skip(f"{name} is not available")


def postgres_bin_dir():
    return PG_BIN_CANDIDATES[-1] if PG_BIN_CANDIDATES else None


def can_run_as_postgres():
    return shutil.which("runuser") is not None and os.geteuid() == 0 and subprocess.run(
        ["id", "postgres"], capture_output=True, check=False
    ).returncode == 0
