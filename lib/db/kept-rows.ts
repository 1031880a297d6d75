// Rows a read returned, kept in memory on PGlite until the database says they may have changed. On PGlite every
// query runs in WebAssembly on the server's one thread, so a statement repeated on every request (a key check, a
// cohort page's answer) costs that thread each time; a trigger on the tables a statement reads notifies a channel
// (`pg_notify`), and the notice drops everything kept for it. PGlite is one session in this process: the notice is
// handled before the writer's own statement (or its COMMIT) returns, so the very next read reads afresh.
// On PostgreSQL nothing is kept: the statement runs on the database server, off this thread, and a notice from
// another instance's write would arrive a moment late.
import type { PGlite } from "@electric-sql/pglite";
import { LRUCache } from "lru-cache";
import { processWide } from "../process-wide";

/** What is kept for one channel: its name in the database's triggers, and how many reads it keeps at most. */
export type RowKeeper = { channel: string; max: number };

/** A kept value, and the span of clock readings it answers for (always, unless its read compared with the clock). */
type Entry = { value: unknown; from: number; until: number };

/**
 * For a read that also compares with the clock: the reading it used (epoch milliseconds), and until when (exclusive)
 * what it returned stays the answer. A later read with a reading in [now, until) gets it; any other reads afresh.
 */
export type KeptClock<Value> = { now: number; until: (value: Value) => number };

type Kept = {
  values: LRUCache<string, Entry>;
  /** Raised by every notice: a read that began before one must not keep what it read. */
  generation: number;
  /** Whether the notices are heard: without them nothing may be kept. */
  listening: Promise<boolean>;
};

// One per channel and PGlite (a reopened database starts empty), shared by the server's and Next's copies of this
// module.
const keptOn = processWide("kept-rows", () => new Map<string, WeakMap<PGlite, Kept>>());

function keptFor(keeper: RowKeeper, pglite: PGlite): Kept {
  let byDatabase = keptOn.get(keeper.channel);
  if (!byDatabase) keptOn.set(keeper.channel, (byDatabase = new WeakMap()));
  let kept = byDatabase.get(pglite);
  if (!kept) {
    const fresh: Kept = { values: new LRUCache({ max: keeper.max }), generation: 0, listening: Promise.resolve(false) };
    fresh.listening = pglite
      .listen(keeper.channel, () => {
        fresh.generation += 1;
        fresh.values.clear();
      })
      .then(
        () => true,
        () => false,
      );
    byDatabase.set(pglite, (kept = fresh));
  }
  return kept;
}

/**
 * What `read` returns for `key`: kept from an earlier read while nothing changed, else read (and kept unless it is
 * undefined, which is asked for every time).
 */
export async function keptRows<Value>(
  keeper: RowKeeper,
  pglite: PGlite,
  key: string,
  read: () => Promise<Value>,
  clock?: KeptClock<Value>,
): Promise<Value> {
  const kept = keptFor(keeper, pglite);
  // A LISTEN that failed leaves every read reading afresh, as on PostgreSQL, instead of failing them all.
  if (!(await kept.listening)) return read();
  const hit = kept.values.get(key);
  if (hit && (!clock || (hit.from <= clock.now && clock.now < hit.until))) return hit.value as Value;
  const generation = kept.generation;
  const value = await read();
  if (value !== undefined && generation === kept.generation) {
    const span = clock
      ? { from: clock.now, until: clock.until(value) }
      : { from: Number.NEGATIVE_INFINITY, until: Number.POSITIVE_INFINITY };
    kept.values.set(key, { value, ...span });
  }
  return value;
}
