"""Wagtail's `elasticsearch9` backend with the additions described in `search.backends`."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9Mapping, Elasticsearch9SearchBackend

from . import build_backend_class

SearchBackend = build_backend_class(Elasticsearch9SearchBackend, Elasticsearch9Mapping)
