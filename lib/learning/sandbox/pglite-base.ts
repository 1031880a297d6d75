// The prebuilt PGlite data directory (an empty, initialised cluster) that the server's sandbox and the
// browser's SQL worker load instead of running initdb. Made by the build (scripts/build-exercise-assets.ts,
// run by `npm run build` and `npm start`) once per PGlite version, kept under .cache/ and served by
// /api/learn/assets with immutable caching; made on first use only where no build ran (tests, `next dev`).
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
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

let making: Promise<string> | null = null;

/** The base data directory's path, making it first if needed (one sandbox run, a few seconds). */
export function ensurePgliteBase(): Promise<string> {
  const file = pgliteBasePath();
  if (existsSync(file)) return Promise.resolve(file);
  making ??= (async () => {
    const bytes = Buffer.from((await runInSandbox({ kind: "sql-base" })) as string, "base64");
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return file;
  })().finally(() => {
    making = null;
  });
  return making;
}
