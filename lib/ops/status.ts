// What the admin status page shows: this instance's version, uptime, database, migrations, queues, errors.
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { sandboxQueueDepth } from "../learning/sandbox/check-queue";
import { isolation } from "../learning/sandbox/isolation";
import { metrics } from "../observability/metrics";
import { recentErrors, type RecentError } from "../observability/logger";
import { listDead, outboxSummary, type DeadMessage, type OutboxSummary } from "../outbox/store";
import { lifecycle } from "./lifecycle";
import { checkReadiness, pendingMigrationNames } from "./readiness";

export type InstanceStatus = {
  version: string;
  uptimeSeconds: number;
  database: "PostgreSQL" | "PGlite (embedded)";
  pendingMigrations: string[] | null;
  checks: Record<string, boolean | string>;
  queueDepths: Record<string, number> | null;
  recentErrors: readonly RecentError[];
  exerciseSandbox: { isolation: string; running: number; waiting: number; size: number };
  /** Null while the database does not answer. */
  outbox: (OutboxSummary & { deadMessages: DeadMessage[] }) | null;
};

/** How exercise checks are isolated here, in a sentence for the status page. */
function describeIsolation(): string {
  const found = isolation();
  if (found.kind === "none") return `engines only (no operating-system layer: ${found.reason ?? "unknown reason"})`;
  const user = found.asNobody ? "user nobody" : `the app's user${found.reason ? ` (${found.reason})` : ""}`;
  return `bubblewrap: no network, read-only engine files, ${user}; engines isolated too`;
}

let version: string | undefined;

function appVersion(): string {
  try {
    version ??=
      (JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { version?: string }).version ??
      "unknown";
  } catch {
    version = "unknown";
  }
  return version;
}

export async function instanceStatus(): Promise<InstanceStatus> {
  const [readiness, pending, outbox] = await Promise.all([checkReadiness(), pendingMigrationNames(), outboxState()]);
  const source = metrics().sources.queueDepths;
  return {
    version: appVersion(),
    uptimeSeconds: Math.round((Date.now() - lifecycle().startedAt) / 1000),
    database: env().DATABASE_URL ? "PostgreSQL" : "PGlite (embedded)",
    pendingMigrations: pending,
    checks: readiness.checks,
    queueDepths: source ? await source().catch(() => null) : null,
    recentErrors: recentErrors(),
    exerciseSandbox: { isolation: describeIsolation(), ...sandboxQueueDepth() },
    outbox,
  };
}

async function outboxState(): Promise<InstanceStatus["outbox"]> {
  if (!lifecycle().databaseReachable) return null;
  try {
    const [summary, deadMessages] = await Promise.all([outboxSummary(), listDead()]);
    return { ...summary, deadMessages };
  } catch {
    return null;
  }
}

/** "3 d 4 h", "2 h 5 min", "42 s". */
export function formatUptime(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min`;
  return `${seconds} s`;
}
