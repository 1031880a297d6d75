// Real app servers for the ops tests: the production build in .next served by scripts/serve.ts, each in its own
// process on a loopback port (3300–3399, or OPS_TEST_PORT_BASE + 0–99), on a database prepared (migrated and
// seeded) by scripts/prepare-db.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openPglite } from "@/lib/db/connection";
import { createScratchDatabase } from "@/tests/helpers/test-db";
import { trackChild } from "./children";

/** A test's port: `offset` above 3300, or above OPS_TEST_PORT_BASE (one checkout's runs beside another's). */
export function opsPort(offset: number): number {
  return Number(process.env.OPS_TEST_PORT_BASE ?? 3300) + offset;
}

export type AppServer = {
  port: number;
  base: string;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  /** Parsed JSON log lines so far. */
  logLines: () => Array<Record<string, unknown>>;
  /**
   * Resolves with the first JSON log line (already written or still to come) that `matches`: a test waits on the
   * server's own report of an event instead of on a clock. Rejects if the server exits or `timeoutMs` passes
   * (a safety net for a hung test, not a measurement).
   */
  waitForLog: (
    matches: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ) => Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

const READY_TIMEOUT_MS = 90_000;

/** Migrates and seeds the database `env` names (a PGlite dir or DATABASE_URL). */
export function prepareDatabase(env: Record<string, string>) {
  const result = spawnSync(
    "npx",
    ["--no-install", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/prepare-db.ts"],
    {
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  if (result.status !== 0) throw new Error(`prepare-db failed: ${result.stderr}${result.stdout}`);
}

/** A fresh PGlite directory, removed when `cleanup` runs. */
export function pgliteDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "ba-ops-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A scratch PostgreSQL database (TEST_DATABASE_URL's server), migrated and seeded. */
export async function seededPostgres(serverUrl: string) {
  const scratch = await createScratchDatabase(serverUrl);
  prepareDatabase({ DATABASE_URL: scratch.url });
  return scratch;
}

export async function startServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/server-only/register.mjs", "scripts/serve.ts", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        APP_ENV: "test",
        APP_URL: `http://localhost:${port}`,
        LOG_LEVEL: "info",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  trackChild(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const started = Date.now();
  while (!output.includes("Ready on")) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited early:\n${output}`);
    if (Date.now() - started > READY_TIMEOUT_MS) {
      child.kill("SIGKILL");
      throw new Error(`server on ${port} not ready in time:\n${output}`);
    }
    await sleep(100);
  }
  const logLines = () =>
    output
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const waitForLog: AppServer["waitForLog"] = (matches, timeoutMs = 30_000) =>
    new Promise((resolve, reject) => {
      const look = () => {
        const found = logLines().find(matches);
        if (!found) return false;
        finish();
        resolve(found);
        return true;
      };
      const onExit = () => {
        finish();
        reject(new Error(`server on ${port} exited before the awaited log line:\n${output}`));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`server on ${port} did not log the awaited line within ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        child.stdout.off("data", look);
        child.off("exit", onExit);
      };
      if (look()) return;
      child.stdout.on("data", look);
      child.once("exit", onExit);
    });
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    logLines,
    waitForLog,
    exited,
    stop,
  };
}

export type Sql = <T>(text: string, values?: unknown[]) => Promise<T[]>;

/** Runs `work` with SQL on a test's database (PGlite: only while no server holds the directory). */
export async function withSql<T>(target: { url?: string; dir?: string }, work: (sql: Sql) => Promise<T>): Promise<T> {
  if (target.url) {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return await work(async (text, values) => (await client.query(text, values)).rows);
    } finally {
      await client.end();
    }
  }
  const pglite = await openPglite(target.dir!);
  try {
    return await work(async <R>(text: string, values?: unknown[]) => (await pglite.query<R>(text, values)).rows);
  } finally {
    await pglite.close();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true or the time is up; returns whether it became true. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(everyMs);
  }
  return false;
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header carrying the session. */
export async function signIn(
  base: string,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: extraHeaders });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...extraHeaders, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in failed (HTTP ${response.status})`);
  return cookieHeader();
}
