// Starts runner.mjs in a fresh child process for one job and returns what it reports. Two layers, each
// holding alone: the operating system's (isolation.ts: bubblewrap, no network, read-only engine files, user
// nobody) and the runtime's (runner.mjs: learner code only inside QuickJS, an empty V8 realm for Pyodide, or
// PGlite). Around both, limits enforced from here: wall time (the child is killed), memory (its resident size
// is watched and it is killed past the limit), CPU seconds and process count (rlimits via prlimit).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { DomainError } from "../../actions/errors";
import { withSandboxSlot } from "./check-queue";
import { bubblewrapArgs, bubblewrapCommand, isolation, sandboxCredentials, sandboxReadablePaths } from "./isolation";
import { ensurePythonSnapshot } from "./python-snapshot";
import { logger } from "../../observability/logger";

const ROOT = process.cwd();
const RUNNER = path.join(ROOT, "lib", "learning", "sandbox", "runner.mjs");
export const PYODIDE_DIR = path.join(ROOT, "node_modules", "pyodide") + path.sep;

export type SandboxJob =
  | { kind: "sql-base" }
  | { kind: "sql"; setup: string; statements: string[]; baseDataDir?: string }
  | { kind: "javascript"; source: string; functionName: string; tests: { name: string; args: unknown[] }[] }
  | {
      kind: "python";
      program: string;
      args: string[];
      /** Python's memory snapshot to start from (python-snapshot.ts). */
      snapshot?: string;
    }
  | { kind: "python-snapshot" }
  | {
      /** A Python service with a database: PGlite loaded from the base directory, then the schema. */
      kind: "python-service";
      program: string;
      files: Record<string, string>;
      entry: string;
      requests: unknown[];
      database: { path: string; schema: string };
      baseDataDir?: string;
      snapshot?: string;
    }
  | { kind: "javascript-suite"; prelude: string; subjects: string[]; suite: string; subjectMs: number }
  | {
      kind: "javascript-service";
      files: Record<string, string>;
      entry: string;
      requests: unknown[];
      /** A project with a database: a fresh PGlite for the run, loaded from the base directory, then the schema. */
      database?: { path: string; schema: string };
      baseDataDir?: string;
    };

export class SandboxTimeoutError extends DomainError {
  constructor(seconds: number) {
    super(`Your answer ran for more than ${seconds} seconds and was stopped. Look for a loop that never ends.`);
    this.name = "SandboxTimeoutError";
  }
}

export class SandboxMemoryError extends DomainError {
  constructor() {
    super("Your answer used more memory than exercises may. Look for a list or string that grows without end.");
    this.name = "SandboxMemoryError";
  }
}

/** Characters of reply read from a child: an answer cannot flood the server with output. */
const REPLY_LIMIT = 8 * 1024 * 1024;
/** Python's memory snapshot (about 31 MB) comes back gzipped and base64-encoded: about 9 MB. */
const SNAPSHOT_REPLY_LIMIT = 32 * 1024 * 1024;

// Two time limits: starting the engine (PGlite ~1 s, Pyodide 2–10 s on a busy 2-core machine, which the
// learner does not control) and then running the learner's code, which is what the message speaks of.
const LIMITS: Record<SandboxJob["kind"], { loadMs: number; runMs: number; memoryMb: number }> = {
  "sql-base": { loadMs: 120_000, runMs: 120_000, memoryMb: 1024 },
  sql: { loadMs: 60_000, runMs: 15_000, memoryMb: 768 },
  javascript: { loadMs: 30_000, runMs: 5_000, memoryMb: 256 },
  python: { loadMs: 90_000, runMs: 10_000, memoryMb: 768 },
  "python-snapshot": { loadMs: 120_000, runMs: 120_000, memoryMb: 1024 },
  // Python and PostgreSQL (PGlite) in one process.
  "python-service": { loadMs: 90_000, runMs: 10_000, memoryMb: 1024 },
  // A learner's suite against the reference and each mutant, each with its own limit (SUITE_SUBJECT_MS).
  "javascript-suite": { loadMs: 30_000, runMs: 20_000, memoryMb: 256 },
  // A learner's multi-file service answering a suite of requests in one instance.
  "javascript-service": { loadMs: 30_000, runMs: 5_000, memoryMb: 256 },
};
/** A service with a database also holds PostgreSQL (PGlite), as a SQL exercise does. */
const SERVICE_WITH_DATABASE = { loadMs: 60_000, runMs: 10_000, memoryMb: 768 };
const limitsOf = (job: SandboxJob) =>
  job.kind === "javascript-service" && job.database ? SERVICE_WITH_DATABASE : LIMITS[job.kind];

type RunnerReply = { loaded: true } | { ok: true; value: unknown } | { ok: false; error: string; timedOut?: boolean };

function nodeArgs(readable: string[]): string[] {
  return [
    "--experimental-permission",
    // A folder's contents are named with a trailing * (Node 20's permission model).
    ...readable.map((p) => `--allow-fs-read=${statSync(p).isDirectory() ? path.join(p, "*") : p}`),
    "--max-old-space-size=192",
    // A check's process lives a second or two: V8's default budget recompiled the engines' start-up code
    // (PGlite, Pyodide's snapshot, QuickJS's shims) with its optimising compiler on the way, work that ended
    // with the process. A larger budget leaves that code to the baseline compiler and still optimises a loop
    // that runs on. Measured per check on 2 cores (CPU s): SQL 2.2 → 1.3, Python 1.05 → 0.9, JavaScript
    // 0.45 → 0.2; a 3-million-step Python loop 3.5 → 1.9 s, the same loop in QuickJS and in SQL no slower.
    "--wasm-tiering-budget=1000000000",
    "--no-warnings",
    RUNNER,
  ];
}

/** The prepared files a job reads besides the engines: PGlite's base directory, Python's snapshot. */
function preparedFiles(job: SandboxJob): string[] {
  const files =
    job.kind === "sql" || job.kind === "javascript-service"
      ? [job.baseDataDir]
      : job.kind === "python"
        ? [job.snapshot]
        : job.kind === "python-service"
          ? [job.baseDataDir, job.snapshot]
          : [];
  return files.filter((file): file is string => file !== undefined);
}

/** The command that starts the runner: inside bubblewrap where the host allows, under rlimits always. */
function command(job: SandboxJob, cpuSeconds: number): { file: string; args: string[] } {
  const readable = sandboxReadablePaths(ROOT, preparedFiles(job));
  const node = [process.execPath, ...nodeArgs(readable)];
  // No core files, no files written, a CPU-time ceiling, and few processes (threads count as processes).
  const limits = ["prlimit", `--cpu=${cpuSeconds}`, "--core=0", "--fsize=0", "--nproc=256", "--"];
  const wrapped = existsSync("/usr/bin/prlimit") ? [...limits, ...node] : node;
  if (isolation().kind === "bubblewrap")
    return { file: bubblewrapCommand(), args: [...bubblewrapArgs(readable), "--", ...wrapped] };
  return { file: wrapped[0]!, args: wrapped.slice(1) };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc); 0 where unreadable. */
function residentMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      for (const task of readFileSync(`/proc/${current}/task/${current}/children`, "utf8").split(" "))
        if (task.trim()) stack.push(Number(task));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

function kill(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The child leads its own process group: everything it started goes with it.
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

function runOnce(job: SandboxJob): Promise<unknown> {
  const limits = limitsOf(job);
  const { file, args } = command(job, Math.ceil((limits.loadMs + limits.runMs) / 1000));
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(file, args, {
      env: {} as NodeJS.ProcessEnv,
      cwd: "/",
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
      ...sandboxCredentials(),
    });
    let settled = false;
    let stdout = "";
    let stderr = "";
    const replyLimit = job.kind === "python-snapshot" ? SNAPSHOT_REPLY_LIMIT : REPLY_LIMIT;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      kill(child);
      outcome();
    };
    const timeout = (ms: number, error: () => Error) => setTimeout(() => finish(() => reject(error())), ms);
    // What the log needs to tell a starved machine from an engine stuck in its start-up.
    let timer = timeout(
      limits.loadMs,
      () =>
        new Error(
          `exercise sandbox: the ${job.kind} engine did not start within ${limits.loadMs / 1000} s ` +
            `(load average ${loadavg()[0]!.toFixed(1)}; its stderr: ${stderr.slice(0, 300).trim() || "empty"})`,
        ),
    );
    const watch = setInterval(() => {
      if (child.pid && residentMb(child.pid) > limits.memoryMb) finish(() => reject(new SandboxMemoryError()));
    }, 100);
    const onReply = (reply: RunnerReply) => {
      if ("loaded" in reply) {
        clearTimeout(timer);
        timer = timeout(limits.runMs, () => new SandboxTimeoutError(Math.round(limits.runMs / 1000)));
        return;
      }
      if (reply.ok) finish(() => resolve(reply.value));
      else if (reply.timedOut) finish(() => reject(new SandboxTimeoutError(Math.round(limits.runMs / 1000))));
      else finish(() => reject(new Error(`exercise sandbox: ${reply.error}`)));
    };
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      // Only the new chunk is searched for the end of a line: a long reply is not scanned again per chunk.
      const searchFrom = stdout.length;
      stdout += chunk;
      if (stdout.length > replyLimit)
        return finish(() => reject(new DomainError("Your answer produced more output than exercises may.")));
      let newline = stdout.indexOf("\n", searchFrom);
      for (; newline !== -1; newline = stdout.indexOf("\n")) {
        const line = stdout.slice(0, newline);
        stdout = stdout.slice(newline + 1);
        try {
          onReply(JSON.parse(line) as RunnerReply);
        } catch {
          finish(() => reject(new Error("exercise sandbox: unreadable reply")));
        }
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    child.on("error", (error) => finish(() => reject(error)));
    // "close", not "exit": a child that wrote its reply and exited can be reported as exited before its last
    // output is read (seen under load: "exited (0)" with the reply still in the pipe). "close" comes after both.
    child.on("close", (code, signal) =>
      finish(() =>
        reject(
          /heap out of memory|Allocation failed|out of memory/i.test(stderr)
            ? new SandboxMemoryError()
            : signal === "SIGXCPU"
              ? new SandboxTimeoutError(Math.round(limits.runMs / 1000))
              : new Error(`exercise sandbox exited (${code ?? signal}): ${stderr.slice(0, 500)}`),
        ),
      ),
    );
    child.stdin!.on("error", () => undefined);
    child.stdin!.end(JSON.stringify({ ...job, runMs: limits.runMs, indexURL: PYODIDE_DIR }));
  });
}

/**
 * Runs one job in a fresh sandbox process once a slot is free. `owner` is the learner it is for (one check
 * each at a time); null for system work such as the studio's checks before publishing.
 */
export function runInSandbox(job: SandboxJob, owner: string | null = null): Promise<unknown> {
  return withSandboxSlot(owner, async () =>
    runOnce(job.kind === "python" || job.kind === "python-service" ? await withPythonSnapshot(job) : job),
  );
}

/**
 * A Python job with the interpreter's memory snapshot to start from (made on the first Python job when no build
 * made it). Without one (it could not be made) the job starts Python from scratch, as before.
 */
async function withPythonSnapshot(
  job: Extract<SandboxJob, { kind: "python" | "python-service" }>,
): Promise<SandboxJob> {
  if (Date.now() - snapshotFailedAt < SNAPSHOT_RETRY_MS) return job;
  const snapshot = await ensurePythonSnapshot(() => runOnce({ kind: "python-snapshot" })).catch((error: unknown) => {
    snapshotFailedAt = Date.now();
    logger().warn(
      { err: error },
      "exercise sandbox: Python's memory snapshot could not be made; starting Python afresh",
    );
    return undefined;
  });
  return snapshot ? { ...job, snapshot } : job;
}
/** After a failed attempt, Python jobs start afresh for a while rather than each trying again. */
const SNAPSHOT_RETRY_MS = 10 * 60_000;
let snapshotFailedAt = -Infinity;

/** Makes Python's memory snapshot now if it is missing (the build does, so no learner's first check waits). */
export function preparePythonSnapshot(): Promise<string> {
  return ensurePythonSnapshot(() => runInSandbox({ kind: "python-snapshot" }));
}
