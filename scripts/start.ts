// `npm start`: build if the sources changed, prepare the database, serve on APP_URL's port.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { env } from "../lib/env";
import { DEMO_ACCOUNTS, DEMO_MENTOR, DEMO_PASSWORD } from "../prisma/demo-accounts";
import { BUILD_MODE_FILE, buildApp, buildExerciseAssets, buildMode } from "./build";
import { exitOnDatabaseError, prepareDatabase } from "./prepare-db";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIfStale() {
  buildExerciseAssets();
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const builtMode = existsSync(BUILD_MODE_FILE) ? readFileSync(BUILD_MODE_FILE, "utf8") : null;
  const fresh = env().START_BUILD === "if-missing" || builtAt > Math.max(...SOURCES.map(newestMtime));
  if (builtAt && fresh && builtMode === buildMode()) return;
  console.log("Building the app (first start or sources changed)…");
  buildApp();
}

async function main() {
  const config = env();
  const port = String(config.PORT ?? (new URL(config.APP_URL).port || "3000"));
  console.log(
    config.DATABASE_URL
      ? "Database: PostgreSQL from DATABASE_URL"
      : `Database: embedded PGlite in ${config.PGLITE_DIR}`,
  );
  await prepareDatabase();
  buildIfStale();
  const server = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/serve.ts", port],
    {
      stdio: ["ignore", "pipe", "inherit"],
      // The server shuts itself down if this process dies without passing on a signal (kill -9): left running,
      // it would hold the embedded database while a restarted `npm start` tries to open it.
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        SERVE_PARENT_PID: String(process.pid),
      },
    },
  );
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nBackend Academy is running at ${config.APP_URL}\n\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
      for (const account of DEMO_ACCOUNTS) {
        // The mentor is a learner account linked to cohorts: named for what it is for.
        const label = account.email === DEMO_MENTOR.email ? "mentor" : account.role.toLowerCase();
        console.log(`  ${label.padEnd(10)} ${account.email}`);
      }
      console.log("");
    }
  });
  // A signal to this process (npm passes SIGTERM/SIGINT on to it: package.json's start script execs it, so no shell
  // sits between them) goes to the server, which drains; this process stays until the server has exited, and
  // leaves with its code, so npm start ends when the server is done, with the server's own exit code.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));
}

main().catch(exitOnDatabaseError);
