"""Structured logging: one JSON object per line, with secrets redacted.

The formatter writes a fixed set of record attributes plus the ids that callers pass in
`extra` (page_id, user_id, status_code, ...). It never serialises the request object, so
POST bodies, cookies and headers cannot reach the log through Django's own error records.
"""

import datetime
import hashlib
import json
import logging
import re

# Extra attributes copied into the JSON line when a caller sets them.
EXTRA_FIELDS = (
    "event",
    "action",
    "page_id",
    "revision_id",
    "user_id",
    "status_code",
    "method",
    "path",
    "duration_ms",
    "error",
)

# key=value or "key": "value" pairs whose value must never be written to a log.
SECRET_PATTERN = re.compile(
    r"""(?P<key>password\d?|passwd|secret(?:_key)?|token|csrfmiddlewaretoken|sessionid|csrftoken|authorization|api_key)"""
    r"""(?P<sep>["']?\s*[:=]\s*["']?)(?P<value>[^\s&,;"'}]+)""",
    re.IGNORECASE,
)
REDACTED = "[redacted]"


def redact(text):
    """Replace the value of every secret-looking key=value pair in `text`."""
    return SECRET_PATTERN.sub(lambda match: f"{match['key']}{match['sep']}{REDACTED}", text)


class JsonLinesFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        for field in EXTRA_FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                entry[field] = redact(str(value)) if isinstance(value, str) else value
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class RedactSecretsFilter(logging.Filter):
    """Redact secrets in the message of records that go to non-JSON handlers too."""

    def filter(self, record):
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


def axes_client_str(username, ip_address, user_agent, path_info, request):
    """Describe a login attempt for django-axes' log lines without the typed username.

    People paste passwords into the username field by mistake, so the log gets a short
    SHA-256 fingerprint that still groups attempts on one account.
    """
    fingerprint = hashlib.sha256((username or "").encode("utf-8")).hexdigest()[:12] if username else "-"
    return f"username_sha256={fingerprint} ip_address={ip_address} path={path_info}"
