"""Wagtail's `opensearch3` backend with the additions described in `search.backends`."""

from modelsearch.backends.opensearch3 import OpenSearch3Mapping, OpenSearch3SearchBackend

from . import build_backend_class

SearchBackend = build_backend_class(OpenSearch3SearchBackend, OpenSearch3Mapping)
