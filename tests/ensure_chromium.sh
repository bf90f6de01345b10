#!/bin/sh
# Install Debian's Chromium for the browser tests when we can; otherwise say so loudly.
# Without Chromium the browser tests are skipped, unless CARREFOUR_REQUIRE_BROWSER=1 (CI), where they fail.
CHROMIUM="${CARREFOUR_CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO="none"; fi
  if [ "$SUDO" != "none" ]; then
    echo "Installing Chromium for the browser tests (apt-get install -y chromium)..."
    $SUDO apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null 2>&1
  fi
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "" >&2
  echo "**********************************************************************" >&2
  echo "* WARNING: Chromium could not be installed ($CHROMIUM is missing).    *" >&2
  echo "* The browser tests will be SKIPPED. Install it with:                 *" >&2
  echo "*     sudo apt-get install -y chromium                                *" >&2
  echo "**********************************************************************" >&2
  echo "" >&2
fi
exit 0
