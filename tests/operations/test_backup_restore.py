"""A backup restores into an empty database with every page, revision, image, document and term."""

import datetime
import io
import json
import os
import subprocess
import sys
import uuid

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from leaders.models import Term
from operations.backup import BackupError, create_backup, read_manifest, verify_checksums

from .conftest import REPO_ROOT, image_bytes

INSPECT_SCRIPT = """
import json
from wagtail.models import Page, Revision
from wagtail.images import get_image_model
from wagtail.documents import get_document_model
from leaders.models import Term
from operations.backup import sha256_of_file
images = {image.title: sha256_of_file(image.file.path) for image in get_image_model().objects.all()}
print(json.dumps({
    "pages": sorted(Page.objects.values_list("title", flat=True)),
    "revisions": Revision.objects.count(),
    "images": images,
    "documents": sorted(get_document_model().objects.values_list("title", flat=True)),
    "terms": sorted(Term.objects.values_list("leader__title", "kind")),
    "search_hits": [page.title for page in Page.objects.live().search("Samarinda")],
}))
"""


@pytest.fixture
def content(make_leader, make_office, make_activity, make_speech, superuser):
    leader = make_leader("Rudy Mas'ud")
    office = make_office("Gubernur Kalimantan Timur")
    Term.objects.create(office=office, leader=leader, kind="definitive", start_date=datetime.date(2025, 2, 20))
    story = make_activity("Gubernur Meresmikan Jembatan di Samarinda", leaders=[leader])
    story.title = "Gubernur Meresmikan Jembatan di Samarinda (ralat)"
    story.save_revision(user=superuser).publish(user=superuser)
    make_activity("Draf Kunjungan ke Kutai Kartanegara", publish=False)
    make_speech("Sambutan Gubernur pada Hari Jadi Provinsi")
    photo_file = ImageFile(io.BytesIO(image_bytes(size=(64, 48))), name="jembatan.png")
    get_image_model().objects.create(title="Peresmian jembatan", credit="Biro Adpim", file=photo_file)
    document = get_document_model()(title="Naskah sambutan")
    document.file.save("naskah.txt", ContentFile("Assalamualaikum warahmatullahi wabarakatuh.".encode()), save=True)
    return {"story": story}


def snapshot_here():
    return {
        "pages": sorted(Page.objects.values_list("title", flat=True)),
        "revisions": Revision.objects.count(),
        "documents": sorted(get_document_model().objects.values_list("title", flat=True)),
        "terms": sorted([list(row) for row in Term.objects.values_list("leader__title", "kind")]),
    }


@pytest.fixture
def empty_database_url(tmp_path):
    """Yield a URL for a new, empty database of the same vendor as the test database."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return

    params = connection.settings_dict
    name = f"potret_ops_restore_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres", autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def manage(args, database_url, tmp_path, check=False):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "restore-test-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp_path / "restored-media"),
            "CACHE_DIR": str(tmp_path / "cache"),
            "LOG_LEVEL": "WARNING",
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=400, check=check
    )


def test_restore_into_empty_database_finds_everything(content, tmp_path, empty_database_url):
    backup_dir = tmp_path / "backup"
    manifest = create_backup(backup_dir)
    expected = snapshot_here()
    expected_images = {image.title: image.file.path for image in get_image_model().objects.all()}

    restored = manage(["restore", str(backup_dir)], empty_database_url, tmp_path)
    inspected = manage(["shell", "-c", INSPECT_SCRIPT], empty_database_url, tmp_path)

    assert restored.returncode == 0, restored.stderr
    assert inspected.returncode == 0, inspected.stderr
    found = json.loads(inspected.stdout.strip().splitlines()[-1])
    assert found["pages"] == expected["pages"]
    assert found["revisions"] == expected["revisions"]
    assert found["documents"] == expected["documents"]
    assert found["terms"] == expected["terms"]
    assert set(found["images"]) == set(expected_images)
    media_checksums = {entry["path"]: entry["sha256"] for entry in manifest["media"]}
    for checksum in found["images"].values():
        assert checksum in media_checksums.values()
    assert "Gubernur Meresmikan Jembatan di Samarinda (ralat)" in found["search_hits"]
    assert manifest["summary"]["terms"] == 1
    assert manifest["summary"]["images"] == 1


def test_manifest_lists_counts_and_checksums(content, tmp_path):
    manifest = create_backup(tmp_path / "backup")

    assert manifest["summary"]["pages"] == Page.objects.count()
    assert manifest["summary"]["revisions"] == Revision.objects.count()
    assert [entry["name"] for entry in manifest["database"]] == ["contenttypes.json.gz", "database.json.gz"]
    assert all(len(entry["sha256"]) == 64 for entry in manifest["database"])
    assert any(entry["path"].endswith("jembatan.png") for entry in manifest["media"])
    assert read_manifest(tmp_path / "backup")["counts"]["leaders.Term"] == 1


def test_damaged_media_file_detected(content, tmp_path):
    backup_dir = tmp_path / "backup"
    manifest = create_backup(backup_dir)
    damaged = backup_dir / "media" / manifest["media"][0]["path"]
    damaged.write_bytes(damaged.read_bytes() + b"x")

    with pytest.raises(BackupError, match="SHA-256"):
        verify_checksums(backup_dir, manifest)


def test_restore_refuses_damaged_backup(content, tmp_path, empty_database_url):
    backup_dir = tmp_path / "backup"
    create_backup(backup_dir)
    (backup_dir / "database.json.gz").write_bytes(b"not the dump")

    result = manage(["restore", str(backup_dir)], empty_database_url, tmp_path)

    assert result.returncode != 0
    assert "checksum" in result.stderr


def test_restore_refuses_database_with_content(content, tmp_path, empty_database_url):
    backup_dir = tmp_path / "backup"
    create_backup(backup_dir)
    assert manage(["restore", str(backup_dir)], empty_database_url, tmp_path).returncode == 0

    again = manage(["restore", str(backup_dir)], empty_database_url, tmp_path)
    forced = manage(["restore", "--force", str(backup_dir)], empty_database_url, tmp_path)

    assert again.returncode != 0
    assert "--force" in again.stderr
    assert forced.returncode == 0, forced.stderr


def test_backup_refuses_non_empty_folder(db, tmp_path):
    (tmp_path / "old.txt").write_text("x")

    with pytest.raises(BackupError, match="not empty"):
        create_backup(tmp_path)
