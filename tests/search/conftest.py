"""Fixtures for the search tests: a small archive, and a real OpenSearch node when one is configured.

OpenSearch tests read SEARCH_URL (e.g. http://127.0.0.1:9200). Without it they skip on a
laptop and fail when CI is set, because CI promises the node. Each test gets its own index
prefix (SEARCH_INDEX_PREFIX plus a random part), so parallel runs never share an index.
"""

import datetime
import os
import uuid

import pytest
from django.core.cache import cache
from django.test import override_settings

from config.settings.search import build_search_backends

OPENSEARCH_LANE = os.environ.get("SEARCH_TEST_BACKEND", "opensearch3")


@pytest.fixture(scope="session", autouse=True)
def static_root_exists():
    # WhiteNoise warns (an error under this suite's filterwarnings) when STATIC_ROOT is missing,
    # which it is in a fresh checkout that never ran collectstatic.
    from django.conf import settings

    os.makedirs(settings.STATIC_ROOT, exist_ok=True)


@pytest.fixture(autouse=True)
def database_backend_by_default():
    # A SEARCH_BACKEND set in the environment must not reach the database-backend tests, because
    # an engine index outlives each test's rolled-back pages. The engine fixtures below override
    # this with a fresh index of their own.
    with override_settings(WAGTAILSEARCH_BACKENDS=build_search_backends("database", "", "", 5)):
        yield


@pytest.fixture(autouse=True)
def clear_engine_state():
    # The "engine down" mark lives in the cache; one test must not inherit another's outage.
    cache.clear()
    yield
    cache.clear()


def opensearch_url():
    url = os.environ.get("SEARCH_URL", "")
    if url:
        return url
    if os.environ.get("CI") or os.environ.get("REQUIRE_OPENSEARCH"):
        pytest.fail("CI needs a running OpenSearch node: SEARCH_URL is not set (see .ci/opensearch.sh).")
    pytest.skip("SEARCH_URL is not set: no OpenSearch node to test against")


def engine_settings(url, indonesian_analysis=True, timeout=5):
    prefix = f"{os.environ.get('SEARCH_INDEX_PREFIX', 'potret_test_')}{uuid.uuid4().hex[:8]}_"
    return build_search_backends(OPENSEARCH_LANE, url, prefix, timeout, indonesian_analysis=indonesian_analysis)


def reset_engine_index():
    """Create every index on the engine with the current settings, with no documents.

    All of them, not only the pages': ci/opensearch/opensearch.yml turns off automatic index
    creation, so a snippet saved into a missing index would fail and be queued for replay.
    """
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend
    from wagtail.search.index import get_indexed_models

    backend = get_search_backend("default")
    created = {}
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        if index.name not in created:
            index.reset()
            created[index.name] = index
        index.add_model(model)
    return backend, backend.get_index_for_model(Page)


class EngineUnderTest:
    def __init__(self, backends, index):
        self.backends = backends
        self.index = index

    def refresh(self):
        self.index.refresh()

    def delete_indices(self):
        """Delete every index of this test's prefix, including those that snippet saves created."""
        prefix = self.backends["default"]["INDEX_PREFIX"]
        # By name, not by wildcard: clusters may set action.destructive_requires_name.
        for name in self.index.es.indices.get(index=f"{prefix}*"):
            self.index.es.indices.delete(index=name)


def start_engine_test(indonesian_analysis):
    url = opensearch_url()
    backends = engine_settings(url, indonesian_analysis=indonesian_analysis)
    settings_override = override_settings(WAGTAILSEARCH_BACKENDS=backends)
    settings_override.enable()
    try:
        _backend, index = reset_engine_index()
    except Exception as exc:
        settings_override.disable()
        if os.environ.get("CI") or os.environ.get("REQUIRE_OPENSEARCH"):
            pytest.fail(f"OpenSearch at {url} is not answering: {exc!r}")
        pytest.skip(f"OpenSearch at {url} is not answering: {exc!r}")
    return EngineUnderTest(backends, index), settings_override


@pytest.fixture
def opensearch(db):
    """Point the default backend at the real node, on a fresh index, for one test."""
    engine, settings_override = start_engine_test(indonesian_analysis=True)
    yield engine
    engine.delete_indices()
    settings_override.disable()


@pytest.fixture
def opensearch_plain(db):
    """Like `opensearch`, with the engine's standard analyzer instead of the Indonesian one."""
    engine, settings_override = start_engine_test(indonesian_analysis=False)
    yield engine
    engine.delete_indices()
    settings_override.disable()


@pytest.fixture
def dead_engine(db):
    """Configure an engine on a loopback port where nothing listens."""
    backends = build_search_backends("opensearch3", "http://127.0.0.1:9", "potret_dead_", 1)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


@pytest.fixture
def make_region(db):
    from wagtail.models import Locale

    from regions.models import Region

    def build(name, **fields):
        return Region.objects.get_or_create(name=name, locale=Locale.get_default(), defaults=fields)[0]

    return build


@pytest.fixture
def make_topic(db):
    from wagtail.models import Locale

    from topics.models import Topic

    def build(name):
        return Topic.objects.get_or_create(name=name, locale=Locale.get_default())[0]

    return build


@pytest.fixture
def archive(make_leader, make_activity, make_speech, make_region, make_topic):
    """A small published archive: two leaders, three stories, two speeches, one draft."""
    governor = make_leader("Rudy Mas'ud")
    secretary = make_leader("Sri Wahyuni")
    samarinda = make_region("Samarinda")
    berau = make_region("Berau")
    roads = make_topic("Infrastruktur")
    health = make_topic("Kesehatan")

    def story(title, date, leaders, regions, topics, text):
        page = make_activity(
            title,
            event_date=date,
            leaders=leaders,
            body=[("paragraph", f"<p>{text}</p>")],
        )
        page.regions.set(regions)
        page.topics.set(topics)
        page.save_revision().publish()
        return page

    pages = {
        "jalan": story(
            "Gubernur tinjau pembangunan jalan di Samarinda",
            datetime.date(2025, 3, 7),
            [governor],
            [samarinda],
            [roads],
            "Gubernur Kalimantan Timur meninjau pembangunan jalan poros dan jembatan baru.",
        ),
        "stunting": story(
            "Sekda buka rapat penurunan stunting",
            datetime.date(2023, 8, 14),
            [secretary],
            [berau],
            [health],
            "Sekretaris Daerah membuka rapat koordinasi percepatan penurunan stunting di Berau.",
        ),
        "banjir": story(
            "Pemprov salurkan bantuan banjir",
            datetime.date(2021, 1, 20),
            [governor, secretary],
            [samarinda],
            [],
            "Pemerintah provinsi menyalurkan bantuan bagi warga terdampak banjir di Samarinda.",
        ),
    }
    pages["pahlawan"] = make_speech(
        "Amanat Gubernur pada Hari Pahlawan",
        paragraphs=(
            "Assalamualaikum warahmatullahi wabarakatuh.",
            "Para pahlawan telah mewariskan semangat persatuan yang harus kita jaga bersama.",
            "Mari kita bangun Benua Etam dengan kerja keras dan kejujuran.",
        ),
        event_date=datetime.date(2025, 11, 10),
        speaker=governor,
    )
    pages["anggaran"] = make_speech(
        "Sambutan Sekda pada rapat anggaran",
        paragraphs=("Anggaran daerah harus dibelanjakan dengan cermat untuk pelayanan publik.",),
        event_date=datetime.date(2024, 5, 2),
        speaker=secretary,
    )
    pages["draft"] = make_activity(
        "Draf rahasia pembangunan jalan tol",
        event_date=datetime.date(2025, 4, 1),
        publish=False,
        # add_child saves a new page as live unless live=False is passed, as the admin does for drafts.
        live=False,
        body=[("paragraph", "<p>Rencana pembangunan jalan yang belum diumumkan.</p>")],
    )
    pages["governor"], pages["secretary"] = governor, secretary
    pages["samarinda"], pages["roads"] = samarinda, roads
    return pages
