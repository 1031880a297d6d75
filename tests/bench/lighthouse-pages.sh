#!/usr/bin/env bash
# Lighthouse performance (phone and desktop) of public pages on a running server, with the home page and the
# catalogue beside them: on a shared machine the absolute figures move with the load, the comparison holds.
# Not part of CI. Usage: bash tests/bench/lighthouse-pages.sh http://localhost:3210 [/consultation ...]
# Needs Chromium (CHROME_PATH, default /usr/bin/chromium); lighthouse@12.2.3 is the last release for Node 20.
set -euo pipefail
BASE="${1:?base URL, e.g. http://localhost:3210}"
shift
PAGES=("${@:-/consultation}")
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="$(mktemp -d)"
run() {
  npx --yes lighthouse@12.2.3 "$BASE$1" --only-categories=performance --output=json --output-path="$OUT/report.json" \
    --chrome-flags="--headless --no-sandbox" --quiet $2
  node -e 'const r = require(process.argv[1]); const a = r.audits;
    console.log(process.argv[2].padEnd(24), process.argv[3].padEnd(8), "score", Math.round(r.categories.performance.score * 100),
      "TBT", Math.round(a["total-blocking-time"].numericValue), "ms  LCP", Math.round(a["largest-contentful-paint"].numericValue), "ms")' \
    "$OUT/report.json" "$1" "${3}"
}
for page in "${PAGES[@]}" / /courses; do
  run "$page" "" phone
  run "$page" "--preset=desktop" desktop
done
rm -rf "$OUT"
