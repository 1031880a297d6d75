// The files the exercise workers load in the browser, by a fixed allow-list. Their URLs carry the
// package version, so they are cached for a year and a new version is a new URL.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { ensurePgliteBase, pgliteBaseVersion } from "./sandbox/pglite-base";
import { PYODIDE_DIR } from "./sandbox/run-sandbox";

const PYODIDE_FILES: Record<string, string> = {
  "pyodide.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

let pyodideVersionCache: string | null = null;
export async function pyodideVersion(): Promise<string> {
  if (!pyodideVersionCache) {
    const { readFile } = await import("node:fs/promises");
    pyodideVersionCache = (
      JSON.parse(await readFile(path.join(PYODIDE_DIR, "package.json"), "utf8")) as { version: string }
    ).version;
  }
  return pyodideVersionCache;
}

async function fileResponse(file: string, contentType: string): Promise<Response> {
  const info = await stat(file);
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream;
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(info.size),
      "Cache-Control": IMMUTABLE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** /api/learn/assets/pyodide/<version>/<file> and /api/learn/assets/pglite/<version>/base.tar.gz */
export async function exerciseAssetResponse(parts: string[]): Promise<Response> {
  const [engine, version, name, ...rest] = parts;
  if (rest.length > 0 || !name) return notFound();
  if (engine === "pyodide" && version === (await pyodideVersion()) && Object.hasOwn(PYODIDE_FILES, name))
    return fileResponse(path.join(PYODIDE_DIR, name), PYODIDE_FILES[name]!);
  if (engine === "pglite" && version === pgliteBaseVersion() && name === "base.tar.gz")
    return fileResponse(await ensurePgliteBase(), "application/gzip");
  return notFound();
}

/** Where the browser's exercise workers find their engines (versioned URLs, see above). */
export type ExerciseAssets = { pyodide: string; pgliteBase: string };

export async function exerciseAssetUrls(): Promise<ExerciseAssets> {
  return {
    pyodide: `/api/learn/assets/pyodide/${await pyodideVersion()}/`,
    pgliteBase: `/api/learn/assets/pglite/${pgliteBaseVersion()}/base.tar.gz`,
  };
}
