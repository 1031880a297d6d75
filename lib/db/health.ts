import { db } from "./client";

/** One round trip to the database, for the health and readiness endpoints. */
export async function pingDatabase(): Promise<{ up: true; latencyMs: number } | { up: false }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { up: false };
  }
}
