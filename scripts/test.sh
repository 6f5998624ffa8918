#!/usr/bin/env bash
# Install what the test suite needs into .venv and run the whole suite with pytest.
# Uses SQLite and Wagtail's database search backend unless DATABASE_URL / SEARCH_BACKEND say otherwise.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/leaders -x
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-packages.sh
scripts/install.sh dev

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
exit $status
