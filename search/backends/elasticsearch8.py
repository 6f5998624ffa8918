"""Wagtail's `elasticsearch8` backend with the additions described in `search.backends`."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping, Elasticsearch8SearchBackend

from . import build_backend_class

SearchBackend = build_backend_class(Elasticsearch8SearchBackend, Elasticsearch8Mapping)
