// Counts the prepared statements a piece of code runs on PGlite (lib/db/prepared.ts runs them as EXECUTE), by
// name: how the kept-rows tests see that a repeat read ran nothing. Undone by vi.restoreAllMocks().
import type { PGlite } from "@electric-sql/pglite";
import { vi } from "vitest";

/** Runs so far of the statements whose name (`ba_…`) starts with one of `prefixes`, by name. */
export function countStatementRuns(pglite: PGlite, ...prefixes: string[]): Record<string, number> {
  const exec = pglite.exec.bind(pglite);
  const runs: Record<string, number> = {};
  vi.spyOn(pglite, "exec").mockImplementation(async (sql, options) => {
    const name = /^EXECUTE (ba_\w+)/.exec(sql)?.[1];
    if (name && prefixes.some((prefix) => name.startsWith(prefix))) runs[name] = (runs[name] ?? 0) + 1;
    return exec(sql, options);
  });
  return runs;
}
