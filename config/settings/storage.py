"""Build STORAGES["default"] for media files from MEDIA_STORAGE.

`filesystem` (the default) keeps uploads under MEDIA_ROOT. `s3` uses django-storages'
S3 backend for any S3-compatible service (AWS, MinIO, Ceph); it reads the AWS_* variables
below and needs no network until a file is saved or read.
"""

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_required, env_str

FILESYSTEM_BACKEND = "django.core.files.storage.FileSystemStorage"
S3_BACKEND = "storages.backends.s3.S3Storage"


def build_media_storage(kind):
    name = (kind or "filesystem").strip().lower()
    if name == "filesystem":
        return {"BACKEND": FILESYSTEM_BACKEND}
    if name == "s3":
        return {"BACKEND": S3_BACKEND, "OPTIONS": s3_options()}
    raise ImproperlyConfigured(f"MEDIA_STORAGE={kind!r} is not supported; choose filesystem or s3.")


def s3_options():
    """Options for storages.backends.s3.S3Storage (django-storages 1.14); only the bucket is required."""
    options = {
        "bucket_name": env_required("AWS_STORAGE_BUCKET_NAME"),
        "default_acl": None,
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
        "file_overwrite": False,
    }
    optional = {
        "access_key": "AWS_ACCESS_KEY_ID",
        "secret_key": "AWS_SECRET_ACCESS_KEY",
        "endpoint_url": "AWS_S3_ENDPOINT_URL",
        "region_name": "AWS_S3_REGION_NAME",
        "custom_domain": "AWS_S3_CUSTOM_DOMAIN",
        "location": "AWS_LOCATION",
    }
    for option, variable in optional.items():
        value = env_str(variable, "")
        if value:
            options[option] = value
    return options
