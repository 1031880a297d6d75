// Build step: the files the exercise sandbox makes once per engine version and keeps under .cache/: the prebuilt
// PGlite data directory (an empty, initialised cluster) that the browser's SQL worker and the server's sandbox
// load instead of running initdb, and Python's memory snapshot that the server's Python checks start from. Run by
// `npm run build` and by `npm start` before `next build`; each is made once and then only when its engine changes.
import { existsSync } from "node:fs";
import { ensurePgliteBase, pgliteBasePath } from "../lib/learning/sandbox/pglite-base";
import { pythonSnapshotPath } from "../lib/learning/sandbox/python-snapshot";
import { preparePythonSnapshot } from "../lib/learning/sandbox/run-sandbox";

for (const [file, make] of [
  [pgliteBasePath(), ensurePgliteBase],
  [pythonSnapshotPath(), preparePythonSnapshot],
] as const) {
  if (existsSync(file)) {
    console.log(`exercise assets: ${file} is up to date`);
  } else {
    const started = performance.now();
    await make();
    console.log(`exercise assets: made ${file} in ${Math.round(performance.now() - started)} ms`);
  }
}
