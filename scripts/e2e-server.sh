#!/usr/bin/env bash
# The server Playwright tests run against: the production build on a fresh, seeded embedded database.
set -euo pipefail
export PGLITE_DIR=.data/e2e-pglite APP_URL=http://localhost:3100 APP_ENV=test PORT=3100
unset DATABASE_URL
rm -rf "$PGLITE_DIR"
exec npx --no-install tsx scripts/start.ts
