// `npm run build`, and `npm start` when the sources changed: the exercise engines' prebuilt files, `next build`,
// then the mode the build was made for. next.config.ts fixes some headers at build time (HSTS in production),
// so `npm start` also rebuilds when the mode changes; recording it here lets a build made by `npm run build`
// (as `npm test` and CI make it) serve `npm start` and the e2e servers as it is.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

export const BUILD_MODE_FILE = path.join(".next", "BUILD_MODE");

/** Read raw, not through lib/env: an image is built without the secrets production refuses to start without. */
export function buildMode(): "production" | "non-production" {
  return process.env.APP_ENV === "production" ? "production" : "non-production";
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The exercise assets (a no-op when they exist, scripts/build-exercise-assets.ts). */
export function buildExerciseAssets() {
  run("npx", [
    "--no-install",
    "tsx",
    "--import",
    "./scripts/server-only/register.mjs",
    "scripts/build-exercise-assets.ts",
  ]);
}

export function buildApp() {
  run("npx", ["--no-install", "next", "build"]);
  writeFileSync(BUILD_MODE_FILE, buildMode());
}

if (process.argv[1]?.endsWith("build.ts")) {
  buildExerciseAssets();
  buildApp();
}
