// Build step: the prebuilt PGlite data directory (an empty, initialised cluster) that the browser's SQL worker
// and the server's sandbox load instead of running initdb. Run by `npm run build` and by `npm start` before
// `next build`; kept per PGlite version, so it is made once and then only when PGlite is upgraded.
import { existsSync } from "node:fs";
import { ensurePgliteBase, pgliteBasePath } from "../lib/learning/sandbox/pglite-base";

const file = pgliteBasePath();
if (existsSync(file)) {
  console.log(`exercise assets: ${file} is up to date`);
} else {
  const started = performance.now();
  await ensurePgliteBase();
  console.log(`exercise assets: made ${file} in ${Math.round(performance.now() - started)} ms`);
}
