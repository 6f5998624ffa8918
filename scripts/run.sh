#!/usr/bin/env bash
# Set up the site on SQLite with demo content and serve it on http://127.0.0.1:8000.
# The admin account is "admin"; its password comes from ADMIN_PASSWORD or is generated and printed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install.sh
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.dev}
.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py collectstatic --no-input -v0
.venv/bin/python manage.py setup_site --hostname 127.0.0.1 --port 8000
.venv/bin/python manage.py load_demo_content
.venv/bin/python manage.py setup_translation
.venv/bin/python manage.py setup_editorial
.venv/bin/python manage.py ensure_admin
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
