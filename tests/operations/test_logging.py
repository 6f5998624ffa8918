"""Structured logs record failures and page actions with ids and never a password."""

import json
import logging

import pytest
from django.conf import settings as django_settings

from operations.logs import JsonLinesFormatter, redact

PASSWORD = "Rahasia-Banget-2025!"


@pytest.fixture
def json_lines(caplog):
    """Return a function that formats the captured records the way production writes them."""
    caplog.set_level(logging.INFO)
    formatter = JsonLinesFormatter()

    def lines():
        return [formatter.format(record) for record in caplog.records]

    return lines


def test_login_post_leaves_no_password_in_logs(client, json_lines, settings, superuser):
    settings.AXES_ENABLED = True

    client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    client.post("/admin/login/", {"username": "admin", "password": PASSWORD + "x"})
    client.post("/admin/login/", {"username": PASSWORD, "password": PASSWORD}, HTTP_AUTHORIZATION=f"Basic {PASSWORD}")

    lines = json_lines()
    assert lines, "a failed login should be logged"
    for line in lines:
        assert PASSWORD not in line


def test_failed_request_logged_as_json(client, json_lines, db):
    client.get("/id/tidak-ada-halaman-ini/?token=abc123")

    entries = [json.loads(line) for line in json_lines()]
    failures = [entry for entry in entries if entry.get("event") == "request_failed"]
    assert failures
    assert failures[0]["status_code"] == 404
    assert failures[0]["path"] == "/id/tidak-ada-halaman-ini/"
    assert "abc123" not in json.dumps(entries)


def test_publish_and_withdrawal_logged_with_ids(json_lines, make_activity, superuser):
    page = make_activity("Wagub Membuka Musrenbang", publish=False)
    page.save_revision(user=superuser).publish(user=superuser)
    page.refresh_from_db()
    page.unpublish(user=superuser)

    entries = [json.loads(line) for line in json_lines()]
    actions = {entry["action"]: entry for entry in entries if entry.get("event") == "page_action"}
    assert actions["wagtail.publish"]["page_id"] == page.pk
    assert actions["wagtail.publish"]["user_id"] == superuser.pk
    assert actions["wagtail.unpublish"]["page_id"] == page.pk
    assert actions["wagtail.unpublish"]["user_id"] == superuser.pk


def test_caught_error_logged_with_exception(json_lines):
    logger = logging.getLogger("potret.test")
    try:
        raise ValueError(f"password={PASSWORD}")
    except ValueError:
        logger.exception("Import failed page_id=%s", 12, extra={"page_id": 12})

    line = json_lines()[-1]
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["page_id"] == 12
    assert "ValueError" in entry["exception"]
    assert PASSWORD not in line


@pytest.mark.parametrize(
    "text",
    [
        f"password={PASSWORD}",
        f'{{"password": "{PASSWORD}"}}',
        f"csrfmiddlewaretoken={PASSWORD}&next=/admin/",
        f"Authorization: {PASSWORD}",
        f"SECRET_KEY={PASSWORD}",
    ],
)
def test_redact_removes_secret_values(text):
    assert PASSWORD not in redact(text)


def test_production_logging_uses_json_formatter():
    handler = django_settings.LOGGING["handlers"]["console"]

    assert handler["formatter"] == "json"
    assert "redact_secrets" in handler["filters"]
