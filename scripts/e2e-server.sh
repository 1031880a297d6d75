#!/usr/bin/env bash
# The server Playwright tests run against: the production build on a fresh, seeded embedded database.
set -euo pipefail
PORT="${1:-3100}"
# Every interface, so the attacker spec can reach it from a second host (a network namespace made by the test):
# the dev mailbox must refuse that host whatever the bind address is. `npm start` itself binds 127.0.0.1.
export PGLITE_DIR=".data/e2e-pglite-$PORT" APP_URL="http://localhost:$PORT" APP_ENV=test PORT HOST=0.0.0.0
# The build npm test made just before (or, run alone, the last one; `npm run build` after editing): never rebuilt
# here because someone edited a file in the meantime.
export START_BUILD=if-missing
# The webhooks spec runs its receiver on loopback (never allowed in production).
export WEBHOOK_ALLOW_LOOPBACK=true
# One JSON line per request would bury Playwright's own output: warnings and errors only.
export LOG_LEVEL="${LOG_LEVEL:-warn}"
unset DATABASE_URL
rm -rf "$PGLITE_DIR"
# The demo seed and the suite's account pool (tests/e2e/support/account-pool.ts): specs sign in with pool accounts
# instead of signing up, so a run stays under the production sign-up limit whatever the shards or workers.
# The seed is a process of ~15 s: with V8's default budget it re-optimised PGlite's start-up and seeding code it
# then threw away; with the sandbox's budget (lib/learning/sandbox/run-sandbox.ts) it took 19 s of CPU instead of
# 25 s, and both servers seed at once on 2 cores. The server below keeps V8's defaults, as in production.
npx --no-install tsx --wasm-tiering-budget=1000000000 --import ./scripts/server-only/register.mjs tests/e2e/support/seed-account-pool.ts
exec npx --no-install tsx --import ./scripts/server-only/register.mjs scripts/start.ts
