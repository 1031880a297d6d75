#!/usr/bin/env bash
# The server Playwright tests run against: the production build on a fresh, seeded embedded database.
set -euo pipefail
PORT="${1:-3100}"
export PGLITE_DIR=".data/e2e-pglite-$PORT" APP_URL="http://localhost:$PORT" APP_ENV=test PORT
unset DATABASE_URL
rm -rf "$PGLITE_DIR"
exec npx --no-install tsx scripts/start.ts
