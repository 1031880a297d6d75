import type { ResultSet } from "@/lib/learning/result-compare";

/**
 * `boot` loads PGlite from the prebuilt data directory (sent as soon as the lesson opens); `init` adds the
 * exercise's setup, booting first if no `boot` came. `requestedAt` is when the page asked for the boot
 * (epoch milliseconds): the worker reports how long its own start took from there.
 */
export type SqlWorkerRequest =
  | { type: "boot"; baseDataDir: string; requestedAt: number }
  | { type: "init"; setup: string; baseDataDir: string }
  | { type: "run"; id: number; sql: string };

/** Milliseconds of each start-up phase, for the e2e timing report. */
export type SqlStartup = { workerMs: number; dataDirMs: number; engineMs: number; setupMs: number };

export type SqlWorkerResponse =
  | { type: "ready"; startupMs: number; phases: SqlStartup }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; result: ResultSet }
  | { type: "error"; id: number; message: string };
