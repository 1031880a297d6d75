// The prebuilt PGlite data directory (an empty, initialised cluster) that the server's sandbox and the
// browser's SQL worker load instead of running initdb. Made once per installed PGlite version, on first
// use or by `node scripts/build-exercise-assets.mjs`, and kept under .cache/.
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

export function pgliteBasePath(): string {
  return path.join(process.cwd(), ".cache", "exercise-assets", `pglite-base-${pgliteVersion()}.tar.gz`);
}

let making: Promise<string> | null = null;

/** The base data directory's path, making it first if needed (one sandbox run, a few seconds). */
export function ensurePgliteBase(): Promise<string> {
  const file = pgliteBasePath();
  if (existsSync(file)) return Promise.resolve(file);
  making ??= (async () => {
    const bytes = (await runInSandbox({ kind: "sql-base" })) as Uint8Array;
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
