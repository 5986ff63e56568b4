#!/usr/bin/env bash
# Prints the path of a Chromium for the end-to-end tests, installing Debian's package when it is
# missing and we may (test tools cannot download their own browsers on a closed network).
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[e2e] installing Debian's chromium package for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  echo /usr/bin/chromium; exit 0
fi
echo "[e2e] the end-to-end tests need Chromium: 'sudo apt-get install chromium', or set CHROMIUM_PATH" >&2
exit 1
