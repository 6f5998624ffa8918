"""Backend selection from SEARCH_BACKEND and SEARCH_URL.

Elasticsearch cannot run on these machines, so elasticsearch8/9 are covered here by
configuration only; OpenSearch runs for real in test_opensearch.py.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.search import build_search_backends


def test_database_is_the_default():
    assert build_search_backends("", "", "p_", 5) == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    }


@pytest.mark.parametrize("name", ["opensearch2", "opensearch3", "elasticsearch8", "elasticsearch9"])
def test_engine_keeps_database_fallback(name):
    backends = build_search_backends(name.upper(), "http://127.0.0.1:9200", "potret_", 3)

    assert backends["default"]["BACKEND"] == f"search.backends.{name}"
    assert backends["default"]["URLS"] == ["http://127.0.0.1:9200"]
    assert backends["default"]["INDEX_PREFIX"] == "potret_"
    assert backends["default"]["TIMEOUT"] == 3
    assert backends["database"] == {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}


def test_indonesian_analysis_can_be_switched_off():
    on = build_search_backends("opensearch3", "http://127.0.0.1:9200", "p_", 5)
    off = build_search_backends("opensearch3", "http://127.0.0.1:9200", "p_", 5, indonesian_analysis=False)

    analyzers = on["default"]["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]
    assert analyzers["default"]["filter"][-1] == "indonesian_stemmer"
    assert "indonesian_synonyms" in analyzers["default_search"]["filter"]
    assert "analysis" not in off["default"]["INDEX_SETTINGS"]["settings"]


def test_unknown_backend_is_rejected():
    with pytest.raises(ImproperlyConfigured, match="solr"):
        build_search_backends("solr", "http://127.0.0.1:8983", "p_", 5)


def test_engine_without_url_is_rejected():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        build_search_backends("elasticsearch9", "", "p_", 5)


def test_opensearch_backend_classes_load():
    from search.backends import opensearch2, opensearch3

    for module in (opensearch2, opensearch3):
        mapping = module.SearchBackend.mapping_class
        assert module.SearchBackend.query_compiler_class.mapping_class is mapping
