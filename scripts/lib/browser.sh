#!/usr/bin/env bash
# Debian's Chromium and a CJK font for the browser tests. Sourced by test-all.sh.
# Idempotent: installs with apt only what is missing. Never Playwright's browser download (it fails here).

BROWSER_BIN="${E2E_CHROMIUM:-/usr/bin/chromium}"

cjk_font_present() {
  compgen -G '/usr/share/fonts/opentype/noto/NotoSansCJK-*' >/dev/null && return 0
  command -v fc-list >/dev/null && fc-list 2>/dev/null | grep -q 'Noto Sans CJK'
}

browser_install_if_missing() {
  local missing=()
  [ -x "$BROWSER_BIN" ] || missing+=(chromium)
  cjk_font_present || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "› Chromium ($BROWSER_BIN) and the Noto CJK font are present"
    return 0
  fi
  echo "› Missing for the browser tests: ${missing[*]} — installing with apt"
  if [ "$(id -u)" != "0" ]; then
    echo "Installing ${missing[*]} needs root: run as root, or first: sudo apt-get install -y chromium fonts-noto-cjk" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq >/dev/null || return 1
  # Both, so a half-installed pair is completed too (apt keeps what is already there).
  timeout 600 apt-get install -y -qq chromium fonts-noto-cjk >/dev/null || return 1
  [ -x "$BROWSER_BIN" ] || { echo "Chromium is still missing at $BROWSER_BIN after apt-get install" >&2; return 1; }
  cjk_font_present || { echo "The Noto CJK font is still missing after apt-get install" >&2; return 1; }
  echo "› Installed: $("$BROWSER_BIN" --version 2>/dev/null || echo chromium)"
}
