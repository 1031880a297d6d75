// The e2e servers: E2E_SERVERS of them (default 1) on consecutive ports from E2E_PORT (default 3100), each on its
// own fresh database (scripts/e2e-server.sh). Playwright runs one worker per server and each worker talks to its
// own (worker slot i, TEST_PARALLEL_INDEX, to port E2E_PORT + i): no two tests ever share a server at once, and
// Playwright hands the next spec file to whichever worker is free, so the two halves of `npm test` balance
// themselves. Read by playwright.config.ts (evaluated again in each worker) and by specs that need the port.

export const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SERVERS = Math.max(1, Number(process.env.E2E_SERVERS ?? 1));

/** The port of the server this worker talks to (the first server outside a worker). */
export function e2ePort(): number {
  return FIRST_PORT + (Number(process.env.TEST_PARALLEL_INDEX ?? 0) % SERVERS);
}
