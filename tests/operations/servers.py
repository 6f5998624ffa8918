"""Throwaway PostgreSQL clusters and gunicorn servers for the fault tests, on loopback ports."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresCluster:
    """A PostgreSQL cluster owned by the postgres user in a fresh folder under /tmp."""

    def __init__(self, bin_dir):
        self.bin_dir = Path(bin_dir)
        self.port = free_port()
        self.data_dir = Path(tempfile.mkdtemp(prefix="potret-pgfault-"))
        shutil.chown(self.data_dir, "postgres")

    def _run(self, *args):
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True, timeout=120)

    def init(self):
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.start()
        self._run(str(self.bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-qc", "CREATE DATABASE potret")

    def start(self):
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.data_dir / "server.log"), "-o", options, "-w", "start")

    def stop(self):
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop")

    def destroy(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/potret"


def production_env(database_url, workdir, **extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "fault-test-" + "q" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "CACHE_DIR": str(workdir / "cache"),
            "LOG_LEVEL": "WARNING",
            **extra,
        }
    )
    return env


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300, check=True
    )


def start_gunicorn(env, port, log):
    """Start gunicorn writing to the open file `log` and wait until /health/ returns 200."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    run_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"}
    log_path = log.name
    process = subprocess.Popen([str(gunicorn), "--config", "gunicorn.conf.py"], cwd=REPO_ROOT, env=run_env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log_path}")
        if fetch(base + "/health/")[0] == 200:
            return process, base
        time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"gunicorn did not answer within 60 s; see {log_path}")


def fetch(url, timeout=15):
    """Return (status, body text, headers) for a GET, with status 0 when the server did not respond."""
    request = urllib.request.Request(url, headers={"Accept-Language": "id"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310  (loopback URL built here)
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace"), dict(error.headers)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, "", {}
