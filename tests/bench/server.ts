import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";

/** Starts `npm start` (build if stale, migrate, seed, serve) on its own port and a freshly seeded database. */
export async function startBenchServer(port: number): Promise<{ url: string; stop: () => void }> {
  // One database per port, so two benches on one machine (on their own ports) do not remove each other's.
  const BENCH_DB = `.data/bench-pglite-${port}`;
  rmSync(BENCH_DB, { recursive: true, force: true });
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
