"""Production settings read storage and search choices from the environment without network."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.storage import S3_BACKEND, build_media_storage


def test_filesystem_is_default():
    assert build_media_storage(None) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_s3_reads_aws_variables(monkeypatch):
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "potret-media")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "http://127.0.0.1:9000")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "id-123")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret-456")

    storage = build_media_storage("S3")

    assert storage["BACKEND"] == S3_BACKEND
    assert storage["OPTIONS"]["bucket_name"] == "potret-media"
    assert storage["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"
    assert storage["OPTIONS"]["querystring_auth"] is False


def test_s3_storage_class_builds_without_network(monkeypatch):
    from storages.backends.s3 import S3Storage

    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "potret-media")
    options = build_media_storage("s3")["OPTIONS"]

    storage = S3Storage(**options)

    assert storage.bucket_name == "potret-media"


def test_s3_without_bucket_refused(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)

    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        build_media_storage("s3")


def test_unknown_storage_refused():
    with pytest.raises(ImproperlyConfigured, match="filesystem or s3"):
        build_media_storage("ftp")
