#!/usr/bin/env bash
# `npm test`: typecheck, lint and format beside the production build, migration drift, unit + integration tests,
# the ops servers, then e2e on the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium first: installed when missing and this user may (root or passwordless sudo), else stop at once.
bash scripts/ensure-chromium.sh

# Each stage says how long it took, and the total at the end: CI must stay under 25 minutes. With STAGE_TIMES_FILE
# set (.ci/run does), each stage also appends "<seconds><TAB><name>" to it for CI's closing table.
stage_started=$SECONDS
stage_done() {
  [ -n "${stage_name:-}" ] || return 0
  local took=$((SECONDS - stage_started))
  printf '\033[2m   (%s took %d s)\033[0m\n' "$stage_name" "$took"
  [ -z "${STAGE_TIMES_FILE:-}" ] || printf '%d\t%s\n' "$took" "$stage_label" >>"$STAGE_TIMES_FILE"
  stage_name=""
}
# step "<short label for the table>" "<heading>"
step() {
  stage_done
  stage_label="$1"
  stage_name="${2:-$1}"
  stage_started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$stage_name"
}
trap 'trap - EXIT; stage_done; printf "   (npm test so far %d s)\n" "$SECONDS"' EXIT

step "prisma client" "generate Prisma client"
node scripts/prisma-generate.mjs >/dev/null
step "typecheck, lint, format, build" "typecheck, lint and format, beside the production build"
# Three at once on two cores: tsc, eslint then prettier, and the build, whose own type check is left to tsc (the
# same tsconfig.json; BUILD_TYPES_CHECKED_BESIDE, next.config.ts). Each one's output is printed after, whole.
# Not beside the tests: Turbopack traces the files the server reads under .data/, which the tests create and
# remove, and a build running beside them failed on that race ("Path .data/auth-secret could not be resolved").
tsc_log=$(mktemp)
build_log=$(mktemp)
BUILD_TYPES_CHECKED_BESIDE=1 NEXT_TELEMETRY_DISABLED=1 npm run build --silent >"$build_log" 2>&1 &
build_pid=$!
npx --no-install tsc --noEmit >"$tsc_log" 2>&1 &
tsc_pid=$!
lint_status=0
npx --no-install eslint . --max-warnings=0 || lint_status=1
npx --no-install prettier --check . >/dev/null || { npx --no-install prettier --check . ; echo "Run npm run format to fix the formatting."; lint_status=1; }
tsc_status=0
wait "$tsc_pid" || tsc_status=1
cat "$tsc_log"; rm -f "$tsc_log"
[ "$tsc_status" -eq 0 ] || echo "The typecheck failed (above)."
build_status=0
wait "$build_pid" || build_status=1
cat "$build_log"; rm -f "$build_log"
[ "$build_status" -eq 0 ] || echo "The production build failed (above)."
[ "$lint_status" -eq 0 ] && [ "$tsc_status" -eq 0 ] && [ "$build_status" -eq 0 ] || exit 1
step "migration drift"
npx --no-install tsx --import ./scripts/server-only/register.mjs scripts/db.ts drift
step "unit and integration, ops servers" "unit and integration tests, and beside them the ops servers"
# The ops servers (whole production servers: shutdown, metrics, logs, Redis outage, kill -9; outage, two instances
# and a read replica when TEST_DATABASE_URL is set) spend most of their time waiting for what they provoke (an
# outage noticed, a restart, a drain), so they run beside the unit and integration tests, which mostly compute.
# Their output is kept in a file and printed whole afterwards.
# With OPS_DATABASE_URL (and OPS_REDIS_URL) set, as .ci/run sets them, the files that can use a database server
# and Redis then run once more against those, in the same slot: they wait far more than they compute.
ops_log=$(mktemp)
(
  ops_started=$SECONDS
  status=0
  npx --no-install vitest run --config vitest.ops.config.ts || status=$?
  echo "   (ops servers took $((SECONDS - ops_started)) s)"
  if [ -n "${OPS_DATABASE_URL:-}" ]; then
    mapfile -t on_server < <(grep -l "TEST_DATABASE_URL" tests/integration/ops/servers/*.server-test.ts)
    printf '\n== ops servers on %s and Redis: %d files (the others always run on PGlite)\n' \
      "${OPS_DATABASE_URL%%\?*}" "${#on_server[@]}"
    again_started=$SECONDS
    TEST_DATABASE_URL=$OPS_DATABASE_URL TEST_REDIS_URL=${OPS_REDIS_URL:-} \
      npx --no-install vitest run --config vitest.ops.config.ts "${on_server[@]}" || status=$?
    echo "   (ops servers on the database server took $((SECONDS - again_started)) s)"
  fi
  exit "$status"
) >"$ops_log" 2>&1 &
ops_pid=$!
tests_status=0
npx --no-install vitest run || tests_status=1
ops_status=0
wait "$ops_pid" || ops_status=1
printf '\n\033[1m== ops: whole servers\033[0m\n'
cat "$ops_log"; rm -f "$ops_log"
[ "$tests_status" -eq 0 ] && [ "$ops_status" -eq 0 ] || exit 1
step "e2e" "end-to-end tests (Chromium)"
# Two workers, each with its own fresh server and embedded database (tests/e2e/support/servers.ts): Playwright gives
# the next spec file to whichever worker is free, so the halves balance themselves. Sign-up limits do not need
# the second server: specs sign in with seeded accounts (tests/e2e/support/account-pool.ts).
E2E_SERVERS=2 E2E_PORT=3100 CI="${CI:-}" npx --no-install playwright test
