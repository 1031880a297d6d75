// Process lifecycle shared by scripts/serve.ts and the app's bundle (one process-wide record): whether the
// instance is draining, what must stop before the database closes (the job runner), and what readiness needs.
import { processWide } from "../process-wide";

type Hook = { name: string; run: () => Promise<void> };
type Check = { name: string; check: () => Promise<boolean> };
type Lifecycle = {
  draining: boolean;
  startedAt: number;
  shutdownHooks: Hook[];
  readinessChecks: Check[];
  databaseReachable: boolean;
  /** Set by the database monitor (lib/ops/db-monitor.ts): asks it to probe now. */
  probeDatabase?: () => void;
};

export function lifecycle(): Lifecycle {
  return processWide<Lifecycle>("lifecycle", () => ({
    draining: false,
    startedAt: Date.now(),
    shutdownHooks: [],
    readinessChecks: [],
    databaseReachable: true,
  }));
}

/** Runs on SIGTERM after in-flight requests finished and before the database closes (e.g. `boss.stop()`). */
export function onShutdown(name: string, run: () => Promise<void>) {
  lifecycle().shutdownHooks.push({ name, run });
}

/** A condition /api/ready requires besides the database (e.g. "jobs": the runner has started). */
export function registerReadinessCheck(name: string, check: () => Promise<boolean>) {
  const checks = lifecycle().readinessChecks;
  const existing = checks.findIndex((entry) => entry.name === name);
  if (existing >= 0) checks.splice(existing, 1);
  checks.push({ name, check });
}

/** Runs every shutdown hook, each bounded, in reverse order of registration; reports failures, never throws. */
export async function runShutdownHooks(
  timeoutMs: number,
  report: (name: string, error: unknown) => void,
): Promise<void> {
  for (const hook of [...lifecycle().shutdownHooks].reverse()) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not stop within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([hook.run(), timeout]);
    } catch (error) {
      report(hook.name, error);
    } finally {
      clearTimeout(timer);
    }
  }
}
