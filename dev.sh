#!/usr/bin/env bash
# Set Consentinel up if needed, then run the demo or the tests.
#
#   bash dev.sh demo [consentinel demo options]   # venv + package + browser, then `consentinel demo`
#   bash dev.sh fast [pytest options]             # venv + package only, then the fast tier:
#                                                 #   pytest -m "not browser and not npm" (no browser,
#                                                 #   no npm, no network)
#   bash dev.sh test [pytest options]             # venv, browser, fonts, npm; ruff; the fast tier
#                                                 #   (stops there if it fails); then the browser/npm
#                                                 #   tier: pytest -m "browser or npm"
#
# pytest options (paths, -k, -x, -q ...) go to every tier run. pytest's exit code 5 (no tests
# collected) in one tier is not a failure when the other tier ran tests (e.g. `-k` picked only
# unit tests); both tiers empty is a failure, so a run that tested nothing never passes.
#
# Idempotent: a second run only checks. What it may install, and where:
#   .venv/                 Python virtual environment with the package (editable) and test extras
#   a browser              Playwright's own Chromium where its download works, else the system
#                          package manager's chromium (apt-get; sudo when not root)
#   fonts-noto-cjk         so Chinese pages render in screenshots (apt, best effort)
#   nodejs + npm (test)    the end-to-end tests install real consent managers from npm
#   chromium-driver (test) chromedriver for the Selenium adapter's tests (apt, best effort)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
venv="$here/.venv"
py="$venv/bin/python"

say() { printf '[dev.sh] %s\n' "$*" >&2; }
die() { printf '[dev.sh] error: %s\n' "$*" >&2; exit 2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root for: $* (run as root or install sudo)"; fi
}

apt_updated=""
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >&2 || return 1; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >&2
}

ensure_python() {
  local base=""
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      base="$candidate"; break
    fi
  done
  [ -n "$base" ] || die "Python 3.11 or newer is needed (e.g. apt-get install python3)"
  if [ ! -x "$py" ]; then
    say "creating virtual environment in .venv with $($base --version)"
    if ! "$base" -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      say "python venv module missing; installing python3-venv"
      apt_install python3-venv || die "cannot create a venv: install python3-venv"
      "$base" -m venv "$venv"
    fi
  fi
  # Reinstall when pyproject.toml changed since the last install.
  local stamp="$venv/.consentinel-installed" want
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing consentinel and its test extras into .venv"
    "$py" -m pip install -q --upgrade pip >&2
    "$py" -m pip install -q -e ".[test]" >&2
    echo "$want" > "$stamp"
  fi
}

browser_found() {
  "$py" - <<'EOF' >/dev/null 2>&1
from playwright.sync_api import sync_playwright
from consentinel.gather.browser import find_browser
with sync_playwright() as p:
    find_browser(p)
EOF
}

ensure_browser() {
  browser_found && return 0
  say "no browser found; trying Playwright's own Chromium download"
  if "$py" -m playwright install chromium >&2 2>&1 && browser_found; then
    # Playwright's Chromium needs system libraries; install them where we can.
    if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null 2>&1; then
      as_root "$py" -m playwright install-deps chromium >&2 || true
    fi
    return 0
  fi
  say "Playwright's download is not available here; installing the system chromium package"
  apt_install chromium || apt_install chromium-browser ||
    die "no browser: install Chromium or Chrome, or set CONSENTINEL_BROWSER=/path/to/chrome"
  browser_found || die "chromium was installed but Consentinel still cannot find it; set CONSENTINEL_BROWSER"
}

ensure_cjk_fonts() {
  command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q . && return 0
  apt_install fonts-noto-cjk || say "warning: no CJK fonts; Chinese text will render as boxes in screenshots"
}

ensure_chromedriver() {
  command -v chromedriver >/dev/null 2>&1 && return 0
  apt_install chromium-driver || say "warning: no chromedriver; the Selenium tests will be skipped"
}

ensure_npm() {
  command -v npm >/dev/null 2>&1 && return 0
  say "installing nodejs and npm (the end-to-end tests install real consent managers from npm)"
  apt_install nodejs npm || die "npm is needed for the end-to-end tests: install Node.js and npm"
}

FAST_TIER="not browser and not npm"
SLOW_TIER="browser or npm"
NO_TESTS_COLLECTED=5

# Run one tier; prints nothing extra. Returns pytest's exit code.
run_tier() {
  local marker="$1"; shift
  local rc=0
  say "pytest -m \"$marker\""
  "$py" -m pytest -p no:cacheprovider -m "$marker" "$@" || rc=$?
  return "$rc"
}

run_fast_tier() {
  local rc=0
  run_tier "$FAST_TIER" "$@" || rc=$?
  [ "$rc" -eq "$NO_TESTS_COLLECTED" ] && die "no tests selected in the fast tier (pytest exit 5)"
  return "$rc"
}

run_both_tiers() {
  local fast=0 slow=0
  run_tier "$FAST_TIER" "$@" || fast=$?
  if [ "$fast" -ne 0 ] && [ "$fast" -ne "$NO_TESTS_COLLECTED" ]; then
    say "fast tier failed (exit $fast); the browser/npm tier was not run"
    return "$fast"
  fi
  run_tier "$SLOW_TIER" "$@" || slow=$?
  if [ "$fast" -eq "$NO_TESTS_COLLECTED" ] && [ "$slow" -eq "$NO_TESTS_COLLECTED" ]; then
    die "no tests selected in either tier (pytest exit 5)"
  fi
  [ "$slow" -eq "$NO_TESTS_COLLECTED" ] && return 0
  return "$slow"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  demo)
    ensure_python; ensure_browser; ensure_cjk_fonts
    exec "$venv/bin/consentinel" demo "$@"
    ;;
  fast)
    ensure_python
    export ALLURE_NO_ANALYTICS=true
    run_fast_tier "$@"
    ;;
  test)
    ensure_python; ensure_browser; ensure_cjk_fonts; ensure_chromedriver; ensure_npm
    export ALLURE_NO_ANALYTICS=true
    "$venv/bin/ruff" check . >&2 || die "ruff check failed"
    run_both_tiers "$@"
    ;;
  *)
    echo "usage: bash dev.sh demo|fast|test [args]" >&2
    exit 2
    ;;
esac
