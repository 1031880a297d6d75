#!/usr/bin/env bash
# Lighthouse (phone and desktop) of public pages on a running server, with the home page and the catalogue beside
# them: on a shared machine the absolute figures move with the load, the comparison holds. Prints the four
# category scores, TBT, LCP, CLS and the load average at the start of each run, and (with LH_DETAILS=1) every
# audit that cost points and the LCP element. LH_RUNS=3 runs each page three times; LH_COMPARE=0 leaves out the
# home page and the catalogue. Not part of CI.
# Usage: bash tests/bench/lighthouse-pages.sh http://localhost:3210 [/consultation ...]
# Needs Chromium (CHROME_PATH, default /usr/bin/chromium); lighthouse@12.2.3 is the last release for Node 20.
set -euo pipefail
BASE="${1:?base URL, e.g. http://localhost:3210}"
shift
PAGES=("${@:-/consultation}")
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT="$(mktemp -d)"
run() {
  local load
  load="$(cut -d" " -f1 /proc/loadavg)"
  npx --yes lighthouse@12.2.3 "$BASE$1" --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$OUT/report.json" --chrome-flags="--headless --no-sandbox" --quiet $2
  node -e 'const r = require(process.argv[1]); const a = r.audits; const c = r.categories;
    const score = (id) => Math.round(c[id].score * 100);
    console.log(process.argv[2].padEnd(24), process.argv[3].padEnd(8), "perf", score("performance"),
      "a11y", score("accessibility"), "bp", score("best-practices"), "seo", score("seo"),
      " TBT", Math.round(a["total-blocking-time"].numericValue), "ms  LCP", Math.round(a["largest-contentful-paint"].numericValue),
      "ms  CLS", a["cumulative-layout-shift"].numericValue.toFixed(3), " load", process.argv[4]);
    if (process.env.LH_DETAILS !== "1") process.exit(0);
    const lcp = a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    if (lcp) console.log("   LCP element:", lcp.snippet, "—", lcp.nodeLabel);
    for (const [id, cat] of Object.entries(c))
      for (const ref of cat.auditRefs) {
        const audit = a[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 0.9)
          console.log("  ", id.padEnd(15), ref.id, audit.score, audit.displayValue ?? "");
      }
    // Where the main thread went: the scripts that ran longest and the long tasks, by URL.
    const short = (url) => String(url).replace(/^https?:\/\/[^/]+/, "");
    for (const item of (a["bootup-time"]?.details?.items ?? []).slice(0, 5))
      console.log("   script", short(item.url), Math.round(item.scripting), "ms scripting,", Math.round(item.total), "ms total");
    for (const item of (a["long-tasks"]?.details?.items ?? []).slice(0, 5))
      console.log("   long task", short(item.url), Math.round(item.duration), "ms at", Math.round(item.startTime));' \
    "$OUT/report.json" "$1" "${3}" "$load"
}
[ "${LH_COMPARE:-1}" = 0 ] || PAGES+=(/ /courses)
for page in "${PAGES[@]}"; do
  for _ in $(seq "${LH_RUNS:-1}"); do
    run "$page" "" phone
    run "$page" "--preset=desktop" desktop
  done
done
rm -rf "$OUT"
