#!/usr/bin/env bash
# Install the Debian packages the test suite drives: GNU gettext (the catalogue check runs
# makemessages) and Chromium (the browser tests). Skips what is present; needs root for apt-get.
set -euo pipefail

missing=()
command -v xgettext >/dev/null 2>&1 || missing+=(gettext)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
