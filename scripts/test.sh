#!/usr/bin/env bash
# `npm test`: typecheck, lint, migration drift, unit + integration tests, then e2e on a production build.
set -euo pipefail
# Each stage says how long the one before it took, and the total at the end: CI must stay under 25 minutes.
stage_started=$SECONDS
step() {
  [ -n "${stage_name:-}" ] && printf '\033[2m   (%s took %d s)\033[0m\n' "$stage_name" $((SECONDS - stage_started))
  stage_name="$1"
  stage_started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$1"
}
trap 'trap - EXIT; [ -n "${stage_name:-}" ] && printf "   (%s took %d s; npm test so far %d s)\n" "$stage_name" $((SECONDS - stage_started)) "$SECONDS"' EXIT

step "generate Prisma client"
node scripts/prisma-generate.mjs >/dev/null
step "typecheck"
npx --no-install tsc --noEmit
step "lint and format"
npx --no-install eslint . --max-warnings=0
npx --no-install prettier --check . >/dev/null || { npx --no-install prettier --check . ; echo "Run npm run format to fix the formatting."; exit 1; }
step "migration drift"
npx --no-install tsx --import ./scripts/server-only/register.mjs scripts/db.ts drift
step "unit and integration tests"
npx --no-install vitest run
step "production build"
NEXT_TELEMETRY_DISABLED=1 npm run build --silent
step "ops: whole servers (shutdown, metrics, logs, Redis outage, kill -9; outage, two instances and a read replica when TEST_DATABASE_URL is set)"
npx --no-install vitest run --config vitest.ops.config.ts
step "end-to-end tests (Chromium)"
# Two shards at once, each against its own fresh server and embedded database: the suite signs up more accounts
# than one address may in an hour (20, lib/security/rate-limit-policy.ts), and each server keeps its own count.
# The build above serves both (start.ts finds it current). Each line says its shard; both run to the end.
pids=()
for shard in 1 2; do
  (
    set -o pipefail
    E2E_PORT=$((3099 + shard)) CI="${CI:-}" npx --no-install playwright test --shard="$shard/2" 2>&1 | sed -u "s/^/[e2e $shard\/2] /"
  ) &
  pids+=("$!")
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
[ "$failed" -eq 0 ] || { echo "End-to-end tests failed (see the [e2e n/2] lines above)."; exit 1; }
