// What /api/ready reports: the database answers and the server's gate lets requests through to it (never ready
// while the gate still answers 503), every migration in prisma/migrations is applied, every registered check
// passes (the job runner has started), and the instance is not draining for shutdown.
import { db } from "../db/client";
import { pingDatabase } from "../db/health";
import { readMigrations } from "../db/migrations/files";
import { lifecycle } from "./lifecycle";

export type Readiness = { ready: boolean; checks: Record<string, boolean | string> };

let onDisk: string[] | undefined;

/** Migration names on disk that the database has not finished applying; null when it cannot tell. */
export async function pendingMigrationNames(): Promise<string[] | null> {
  try {
    const applied = await db.$queryRaw<
      Array<{ migration_name: string }>
    >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    onDisk ??= readMigrations().map((entry) => entry.name);
    return onDisk.filter((name) => !done.has(name));
  } catch {
    return null;
  }
}

export async function checkReadiness(): Promise<Readiness> {
  const state = lifecycle();
  const checks: Record<string, boolean | string> = { accepting: !state.draining };
  const ping = await pingDatabase();
  // The app's pool reached the database while the monitor still holds it down: ask the monitor to look now, so
  // the gate opens at once; until it has, this instance is not ready.
  if (ping.up && !state.databaseReachable) state.probeDatabase?.();
  checks.database = ping.up && state.databaseReachable;
  if (checks.database) {
    const pending = await pendingMigrationNames();
    checks.migrations = pending === null ? false : pending.length === 0 ? true : `${pending.length} pending`;
  } else checks.migrations = false;
  for (const { name, check } of state.readinessChecks) checks[name] = await check().catch(() => false);
  return { ready: Object.values(checks).every((value) => value === true), checks };
}
