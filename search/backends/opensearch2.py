"""Wagtail's `opensearch2` backend with the additions described in `search.backends`."""

from modelsearch.backends.opensearch2 import OpenSearch2Mapping, OpenSearch2SearchBackend

from . import build_backend_class

SearchBackend = build_backend_class(OpenSearch2SearchBackend, OpenSearch2Mapping)
