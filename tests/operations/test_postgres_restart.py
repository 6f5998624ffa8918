"""A PostgreSQL restart under gunicorn: clean 503 pages during the outage, recovery without an app restart.

Runs its own throwaway cluster (Debian's binaries, as the postgres user) and never touches
the shared server.
"""

import time
import uuid

import pytest

from .conftest import can_run_as_postgres, postgres_bin_dir, require_service
from .servers import PostgresCluster, fetch, free_port, manage, production_env, start_gunicorn

CREATE_CONTENT = """
from core.site_tree import ensure_site_tree
from activities.models import ActivityPage
import datetime
tree = ensure_site_tree()
page = ActivityPage(title="Gubernur Meninjau Pelabuhan", slug="gubernur-meninjau-pelabuhan", event_date=datetime.date(2025, 3, 7))
tree.activities.add_child(instance=page)
page.save_revision().publish()
"""

SAVE_EDIT = """
from activities.models import ActivityPage
page = ActivityPage.objects.get(slug="gubernur-meninjau-pelabuhan")
page.title = "Gubernur Meninjau Pelabuhan Semayang"
page.save_revision().publish()
"""

STORY_PATH = "/id/kegiatan/gubernur-meninjau-pelabuhan/"


@pytest.fixture
def site_on_own_postgres(tmp_path):
    bin_dir = postgres_bin_dir()
    require_service("PostgreSQL binaries run as the postgres user", bin_dir is not None and can_run_as_postgres())
    cluster = PostgresCluster(bin_dir)
    process = None
    log = open(tmp_path / "gunicorn.log", "wb")  # noqa: SIM115  (closed in the finally block)
    try:
        cluster.init()
        env = production_env(cluster.url, tmp_path)
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "collectstatic", "--no-input", "-v0")
        manage(env, "shell", "-c", CREATE_CONTENT)
        process, base = start_gunicorn(env, free_port(), log)
        yield cluster, process, base, env
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        log.close()
        cluster.destroy()


def wait_for_status(url, expected, seconds):
    deadline = time.monotonic() + seconds
    status, body, headers = fetch(url)
    while status != expected and time.monotonic() < deadline:
        time.sleep(0.5)
        status, body, headers = fetch(url)
    return status, body, headers


def test_restart_fails_cleanly_and_recovers(site_on_own_postgres):
    cluster, process, base, env = site_on_own_postgres
    assert fetch(base + STORY_PATH)[0] == 200
    manage(env, "shell", "-c", SAVE_EDIT)

    cluster.stop()
    health_status, health_body, _ = fetch(base + "/health/")
    outage_status, outage_body, outage_headers = fetch(f"{base}{STORY_PATH}?v={uuid.uuid4().hex}")
    cached_status, _cached_body, cached_headers = fetch(base + STORY_PATH)
    cluster.start()
    recovered_status, recovered_body, _ = wait_for_status(f"{base}{STORY_PATH}?v={uuid.uuid4().hex}", 200, 30)

    assert health_status == 503
    assert '"database": {"status": "unavailable"' in health_body
    assert outage_status == 503
    assert "Layanan sementara tidak tersedia" in outage_body
    assert "Traceback" not in outage_body
    assert outage_headers.get("Retry-After") == "30"
    assert cached_status in (200, 503)
    if cached_status == 200:
        assert cached_headers.get("X-Page-Cache") == "hit"
    assert recovered_status == 200
    assert process.poll() is None, "gunicorn must keep running through the outage"
    assert "Gubernur Meninjau Pelabuhan Semayang" in recovered_body
