// Starts runner.mjs in a child process for one submission and returns what it reports. The child gets
// no environment, reads only the engines it needs (Node's permission model), cannot compile code from
// strings, has a heap limit, and is killed when the time limit passes. At most two run at once, so a
// burst of submissions cannot take every core.
import { fork } from "node:child_process";
import path from "node:path";
import { DomainError } from "../../actions/errors";

const ROOT = process.cwd();
const RUNNER = path.join(ROOT, "lib", "learning", "sandbox", "runner.mjs");
export const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide") + path.sep;
const PGLITE_DIR = path.join(ROOT, "node_modules", "@electric-sql", "pglite");

export type SandboxJob =
  | { kind: "sql-base" }
  | { kind: "sql"; setup: string; statements: string[]; baseDataDir?: string }
  | { kind: "javascript"; source: string; functionName: string; tests: { name: string; args: unknown[] }[] }
  | { kind: "python"; harness: string; source: string; tests: string };

export class SandboxTimeoutError extends DomainError {
  constructor(seconds: number) {
    super(`Your answer ran for more than ${seconds} seconds and was stopped. Look for a loop that never ends.`);
    this.name = "SandboxTimeoutError";
  }
}

// Two limits: starting the engine (PGlite ~1 s, Pyodide 2–10 s on a busy 2-core machine, which the learner
// does not control) and then running the learner's code, which is what the message speaks of.
const LIMITS: Record<SandboxJob["kind"], { loadMs: number; runMs: number; heapMb: number }> = {
  "sql-base": { loadMs: 120_000, runMs: 120_000, heapMb: 256 },
  sql: { loadMs: 60_000, runMs: 15_000, heapMb: 256 },
  javascript: { loadMs: 30_000, runMs: 5_000, heapMb: 96 },
  python: { loadMs: 90_000, runMs: 10_000, heapMb: 256 },
};

function readPaths(job: SandboxJob): string[] {
  const paths = [RUNNER];
  if (job.kind === "sql" || job.kind === "sql-base")
    paths.push(`${PGLITE_DIR}${path.sep}*`, ...(job.kind === "sql" && job.baseDataDir ? [job.baseDataDir] : []));
  if (job.kind === "python") paths.push(`${PYODIDE_DIR}*`);
  return paths;
}

const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

type RunnerReply = { loaded: true } | { ok: true; value: unknown } | { ok: false; error: string };

function runOnce(job: SandboxJob): Promise<unknown> {
  const limits = LIMITS[job.kind];
  return new Promise((resolve, reject) => {
    // Started from the source tree at run time: the bundler must not try to include it.
    const child = fork(/* turbopackIgnore: true */ RUNNER, [], {
      env: {} as NodeJS.ProcessEnv,
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      execArgv: [
        "--experimental-permission",
        ...readPaths(job).map((p) => `--allow-fs-read=${p}`),
        "--disallow-code-generation-from-strings",
        `--max-old-space-size=${limits.heapMb}`,
        "--no-warnings",
      ],
    });
    let settled = false;
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      outcome();
    };
    const timeout = (ms: number, error: () => Error) => setTimeout(() => finish(() => reject(error())), ms);
    let timer = timeout(
      limits.loadMs,
      () => new Error(`exercise sandbox: the ${job.kind} engine did not start within ${limits.loadMs / 1000} s`),
    );
    child.on("message", (reply: RunnerReply) => {
      if ("loaded" in reply) {
        clearTimeout(timer);
        timer = timeout(limits.runMs, () => new SandboxTimeoutError(Math.round(limits.runMs / 1000)));
        return;
      }
      finish(() => (reply.ok ? resolve(reply.value) : reject(new Error(`exercise sandbox: ${reply.error}`))));
    });
    child.on("error", (error) => finish(() => reject(error)));
    child.on("exit", (code, signal) =>
      finish(() =>
        reject(
          /heap out of memory|Allocation failed/i.test(stderr)
            ? new DomainError(
                "Your answer used more memory than exercises may. Look for a list or string that grows without end.",
              )
            : new Error(`exercise sandbox exited (${code ?? signal}): ${stderr.slice(0, 500)}`),
        ),
      ),
    );
    child.send(job);
  });
}

/** Runs one job in a fresh sandbox process (queued behind at most two others). */
export function runInSandbox(job: SandboxJob): Promise<unknown> {
  return slot(() => runOnce(job));
}
