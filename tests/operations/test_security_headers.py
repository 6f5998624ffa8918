"""Security headers on the public site and the admin, and a clean `check --deploy`."""

import os
import subprocess
import sys

import pytest

from .conftest import REPO_ROOT


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_public_csp_forbids_inline_script(client, site_tree):
    response = client.get("/id/")

    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_public_pages_carry_security_headers(client, site_tree):
    response = client.get("/id/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin" or response["Referrer-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_gets_relaxed_csp(client, superuser):
    client.force_login(superuser)

    response = client.get("/admin/")

    assert response.status_code == 200
    directives = csp_directives(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_error_pages_carry_csp(client, site_tree):
    response = client.get("/id/halaman-yang-tidak-ada/")

    assert response.status_code == 404
    assert "Content-Security-Policy" in response


def production_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "SECRET_KEY", "ALLOWED_HOSTS"))}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **extra})
    return env


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )


def test_check_deploy_has_no_warnings(tmp_path):
    secret = "k" * 20 + "R8f!zQ2@wL9#mV4$xT7%pB1^nC6&hJ3*dS5(eG0)yU"
    env = production_env(SECRET_KEY=secret, ALLOWED_HOSTS="example.org", CACHE_DIR=str(tmp_path))

    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_start_without(missing, tmp_path):
    values = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.org", "CACHE_DIR": str(tmp_path)}
    values.pop(missing)

    result = run_manage("check", env=production_env(**values))

    assert result.returncode != 0
    assert f"{missing} is required in production" in result.stderr
