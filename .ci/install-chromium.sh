#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/ContactSync.Web.Tests), which Playwright drives at
# /usr/bin/chromium; Playwright never downloads a browser. Skips when it is already there. Needs root (apt).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'apt-get install chromium' as root (or run this script as root)." >&2
  exit 1
fi
apt-get update -qq -o DPkg::Lock::Timeout=600
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium >/dev/null
/usr/bin/chromium --version || true
