// The key check's rows kept in memory on PGlite, where every query runs in WebAssembly on the server's one thread:
// profiled under load, the key-and-owner statement was ~0.5 ms of a course-list request's ~2.8 ms of CPU. What is kept is exactly what the
// statement returns, so every refusal (revoked, expired, disabled owner, lowered role) is still decided per request
// from it; it is dropped whole when the database says a key or an owner changed (the trigger of migration
// 20261206214946_api_key_principal_notify notifies `api_key_principals`). PGlite is one session in this process:
// the notice is handled before the writer's own statement returns, so the very next request reads afresh, as before.
// On PostgreSQL nothing is kept: the statement runs on the database server, off this thread, and a notice from
// another instance's write would arrive a moment late.
import type { PGlite } from "@electric-sql/pglite";
import { LRUCache } from "lru-cache";
import { processWide } from "../process-wide";

const CHANNEL = "api_key_principals";

type Kept = {
  /** The statement's rows by secret hash (their type is the caller's: one caller, lib/api-keys/service.ts). */
  rows: LRUCache<string, object>;
  /** Raised by every notice: a read that began before one must not keep what it read. */
  generation: number;
  /** Whether the notices are heard: without them nothing may be kept. */
  listening: Promise<boolean>;
};

// One per PGlite (a reopened database starts empty), shared by the server's and Next's copies of this module.
const keptOn = processWide("api-key-principals", () => new WeakMap<PGlite, Kept>());

function keptFor(pglite: PGlite): Kept {
  let kept = keptOn.get(pglite);
  if (!kept) {
    const fresh: Kept = { rows: new LRUCache({ max: 2_000 }), generation: 0, listening: Promise.resolve(false) };
    fresh.listening = pglite
      .listen(CHANNEL, () => {
        fresh.generation += 1;
        fresh.rows.clear();
      })
      .then(
        () => true,
        () => false,
      );
    keptOn.set(pglite, (kept = fresh));
  }
  return kept;
}

/**
 * The key-and-owner row for `secretHash`: kept from an earlier request while nothing changed, else `read` (and kept
 * when found). A key that does not exist is asked for every time.
 */
export async function keptKeyRow<Row extends object>(
  pglite: PGlite,
  secretHash: string,
  read: () => Promise<Row | undefined>,
): Promise<Row | undefined> {
  const kept = keptFor(pglite);
  // A LISTEN that failed leaves every request reading afresh, as on PostgreSQL, instead of failing them all.
  if (!(await kept.listening)) return read();
  const hit = kept.rows.get(secretHash) as Row | undefined;
  if (hit) return hit;
  const generation = kept.generation;
  const row = await read();
  if (row && generation === kept.generation) kept.rows.set(secretHash, row);
  return row;
}
