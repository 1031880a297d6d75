// The prebuilt PGlite data directory (an empty, initialised cluster) that the server's sandbox and the
// browser's SQL worker load instead of running initdb. Made by the build (scripts/build-exercise-assets.ts,
// run by `npm run build` and `npm start`) once per PGlite version, kept under .cache/ and served by
// /api/learn/assets with immutable caching; made on first use only where no build ran (tests, `next dev`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { ensureMadeFile } from "./made-file";
import { runInSandbox } from "./run-sandbox";

let version: string | null = null;

export function pgliteVersion(): string {
  version ??= (
    JSON.parse(
      readFileSync(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
    ) as { version: string }
  ).version;
  return version;
}

// Bumped when the way the directory is made changes (2: one database, checkpointed), so browsers, which cache
// it for a year, fetch the new one.
const BASE_REVISION = 2;

/** The base directory's version: the PGlite version and how it was made. Part of its file name and URL. */
export function pgliteBaseVersion(): string {
  return `${pgliteVersion()}-r${BASE_REVISION}`;
}

export function pgliteBasePath(): string {
  return path.join(process.cwd(), ".cache", "exercise-assets", `pglite-base-${pgliteBaseVersion()}.tar.gz`);
}

/** The base data directory's path, making it first if needed (one sandbox run, a few seconds). */
export function ensurePgliteBase(): Promise<string> {
  return ensureMadeFile(pgliteBasePath(), async () =>
    Buffer.from((await runInSandbox({ kind: "sql-base" })) as string, "base64"),
  );
}
