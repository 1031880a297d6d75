import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

const benchDb = (port: number) => `.data/bench-pglite-${port}`;
/** Where seed-qa.ts writes the seeded lesson's id for the Q&A rows. */
export const benchQaFile = (port: number) => `${benchDb(port)}.qa.json`;
/** Where seed-cohort.ts writes the seeded cohort's id for the cohort rows. */
export const benchCohortFile = (port: number) => `${benchDb(port)}.cohort.json`;

/**
 * Migrates and seeds the bench database, then adds the Q&A rows' questions and notifications (seed-qa.ts) and
 * the cohort rows' 500 members (seed-cohort.ts), before the server opens it (PGlite: one process at a time);
 * start.ts then finds it ready and only serves.
 */
function prepareBenchDatabase(dir: string, port: number) {
  const env = { ...process.env, PGLITE_DIR: dir };
  const scripts = [
    ["scripts/prepare-db.ts"],
    ["tests/bench/seed-qa.ts", benchQaFile(port)],
    ["tests/bench/seed-cohort.ts", benchCohortFile(port)],
  ];
  for (const script of scripts) {
    const run = spawnSync("npx", ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", ...script], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (run.status !== 0) throw new Error(`bench: ${script[0]} failed (exit ${run.status})`);
  }
}

/** Starts `npm start` (build if stale, migrate, seed, serve) on its own port and a freshly seeded database. */
export async function startBenchServer(port: number): Promise<{ url: string; stop: () => void }> {
  // One database per port, so two benches on one machine (on their own ports) do not remove each other's.
  const BENCH_DB = benchDb(port);
  rmSync(BENCH_DB, { recursive: true, force: true });
  prepareBenchDatabase(BENCH_DB, port);
  const child: ChildProcess = spawn(
    "npx",
    ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/start.ts"],
    {
      env: {
        ...process.env,
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        PGLITE_DIR: BENCH_DB,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const url = `http://localhost:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  };
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error("bench server did not become healthy within 5 minutes");
}
