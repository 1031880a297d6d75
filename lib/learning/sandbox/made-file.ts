// A file the sandbox makes once and the server keeps under .cache/ (the PGlite base directory, Python's memory
// snapshot): made on first use by one trusted sandbox job, written whole under a temporary name and renamed, so
// a reader never sees half a file and two processes making it at once both leave a whole one.
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

const making = new Map<string, Promise<string>>();

/** The file's path, making it first with `make` when it is missing (one maker per file per process). */
export function ensureMadeFile(file: string, make: () => Promise<Buffer>): Promise<string> {
  if (existsSync(file)) return Promise.resolve(file);
  let pending = making.get(file);
  if (!pending) {
    pending = (async () => {
      const bytes = await make();
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, file);
      return file;
    })().finally(() => making.delete(file));
    making.set(file, pending);
  }
  return pending;
}
