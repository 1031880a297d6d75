// Accounts the e2e suite signs in with instead of signing up through the UI: the production sign-up limit
// (20 an hour from one address, lib/security/rate-limit-policy.ts) stays as it is, and only the specs about
// signing up sign up. scripts/e2e-server.sh seeds the pool (seed-account-pool.ts) into each fresh database.
// No Playwright import here: the seed script loads this file too.

export const PASSWORD = "lantern quartz meadow";

/** Playwright worker processes a run may start (a failed test replaces its worker), and accounts per worker. */
export const POOL_WORKERS = 24;
export const POOL_ACCOUNTS_PER_WORKER = 24;

/** The `n`th pool account of the worker process numbered `workerIndex` (TEST_WORKER_INDEX). */
export function poolEmail(workerIndex: number, n: number): string {
  if (workerIndex >= POOL_WORKERS || n >= POOL_ACCOUNTS_PER_WORKER)
    throw new Error(
      `the e2e account pool has ${POOL_ACCOUNTS_PER_WORKER} accounts for each of ${POOL_WORKERS} workers ` +
        `(asked for #${n} of worker ${workerIndex}): raise the sizes in tests/e2e/support/account-pool.ts`,
    );
  return `e2e-pool-w${workerIndex}-${n}@example.test`;
}
