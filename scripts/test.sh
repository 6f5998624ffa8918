#!/usr/bin/env bash
# Install what the test suite needs into .venv and run the whole suite with pytest.
# Uses SQLite and Wagtail's database search backend unless DATABASE_URL / SEARCH_BACKEND say otherwise.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/leaders -x
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-packages.sh
scripts/install.sh dev

# The browser tests drive Debian's chromium (Playwright never downloads a browser here)
# and inject axe-core, pinned in package.json and package-lock.json.
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium from Debian packages"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } ||
    echo "Could not install chromium: the browser tests will skip, or fail when CI is set"
fi
npm ci --no-audit --no-fund --silent

set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
exit $status
