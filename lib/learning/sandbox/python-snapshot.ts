// Python's memory snapshot: the interpreter's whole memory right after Pyodide started in the sandbox's empty
// realm, before any learner code. A check loads it instead of starting Python again: about 0.5 s of CPU instead
// of about 2.7 s on this project's 2-core machines, the largest part of a Python check. Made once by a trusted
// sandbox job (no learner code in it) and kept under .cache/, read-only to every later sandbox; named by the
// Pyodide version and the realm's own code, so an upgrade or a change of the realm makes a new one.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { ensureMadeFile } from "./made-file";

const ROOT = process.cwd();
let name: string | null = null;

function snapshotName(): string {
  if (!name) {
    const pyodide = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "pyodide", "package.json"), "utf8")) as {
      version: string;
    };
    const realm = readFileSync(path.join(ROOT, "lib", "learning", "sandbox", "engines", "pyodide-realm.mjs"));
    const realmHash = createHash("sha256").update(realm).digest("hex").slice(0, 12);
    name = `python-snapshot-${pyodide.version}-${realmHash}.bin`;
  }
  return name;
}

export function pythonSnapshotPath(): string {
  return path.join(ROOT, ".cache", "exercise-assets", snapshotName());
}

/**
 * The snapshot's path, made first by `makeInSandbox` (the sandbox's "python-snapshot" job, which answers the
 * snapshot gzipped and base64-encoded) when missing.
 */
export function ensurePythonSnapshot(makeInSandbox: () => Promise<unknown>): Promise<string> {
  return ensureMadeFile(pythonSnapshotPath(), async () =>
    gunzipSync(Buffer.from((await makeInSandbox()) as string, "base64")),
  );
}
