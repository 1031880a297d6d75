#!/usr/bin/env bash
# The end-to-end tests drive the system Chromium (playwright.config.ts: CHROMIUM_PATH, else /usr/bin/chromium).
# Missing: installed from the distribution with apt-get when this user may (root, or sudo without a password),
# as .ci/run does; otherwise this stops at once and prints the one command to run.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, which is not an executable file. Point it at Chromium, or unset it." >&2
  exit 1
fi
packages="chromium fonts-liberation"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and this system has no apt-get. Install Chromium with your package manager, then run" >&2
  echo "the tests with CHROMIUM_PATH set to it, e.g.: CHROMIUM_PATH=\$(command -v chromium) npm test" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "Chromium is missing (needed by the end-to-end tests). Install it, then run npm test again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y $packages" >&2
  exit 1
fi
echo "Installing Chromium from the distribution (apt-get install $packages)…"
"${as_root[@]}" apt-get update -qq
# shellcheck disable=SC2086 # the package list is meant to split into words
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
[ -x "$browser" ] || { echo "apt-get finished but $browser is still missing." >&2; exit 1; }
