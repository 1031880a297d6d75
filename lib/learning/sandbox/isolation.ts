// The operating-system layer around each exercise run: bubblewrap gives the child its own network
// namespace (an isolated loopback and nothing else), its own process and IPC namespaces, an empty
// environment and a read-only view of only the files its engine needs; it runs as an unprivileged user
// where the host allows. Where the host cannot create namespaces (some container runtimes), runs go
// without this layer and the runtime layer (the engines in runner.mjs) holds alone: the app says so once
// at start and on /admin/status.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { env } from "../../env";
import { logger } from "../../observability/logger";
import { processWide } from "../../process-wide";

export type IsolationKind = "bubblewrap" | "none";
/** `asNobody`: the sandbox runs as the user nobody (only when the app runs as root and nobody can read its files). */
export type Isolation = { kind: IsolationKind; asNobody: boolean; reason: string | null; bwrap?: string };

const NOBODY = 65534;
const BWRAP_CANDIDATES = ["/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"];

/** Whether this process may hand the sandbox to the unprivileged `nobody` user (only root can). */
function canDropToNobody(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

const NOBODY_CREDENTIALS = { uid: NOBODY, gid: NOBODY };

/** The user the sandbox process runs as, for spawn(): nobody where detection found that works, else ourselves. */
export function sandboxCredentials(): { uid?: number; gid?: number } {
  return isolation().asNobody ? NOBODY_CREDENTIALS : {};
}

/** bubblewrap's arguments: new namespaces, no environment, read-only binds of `readable` only. */
export function bubblewrapArgs(readable: string[]): string[] {
  // The fresh /tmp comes first: an app installed under /tmp is bound on top of it, not hidden by it.
  const args = [
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--clearenv",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--tmpfs",
    "/tmp",
    "--ro-bind",
    "/usr",
    "/usr",
  ];
  // Debian and most distributions link /bin and /lib into /usr; elsewhere they are real directories.
  for (const dir of ["/bin", "/lib", "/lib64", "/lib32", "/sbin"]) args.push("--ro-bind-try", dir, dir);
  const node = process.execPath;
  if (!node.startsWith("/usr/")) args.push("--ro-bind", node, node);
  for (const file of readable) args.push("--ro-bind", file, file);
  args.push("--chdir", "/tmp");
  return args;
}

function bubblewrapPath(): string | null {
  return BWRAP_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Runs node inside the sandbox as it will run for a check: it must read the runner through the binds and see no
 * network interface but its own loopback. Null when it does; else why not.
 */
function probeBubblewrap(bwrap: string, credentials: { uid?: number; gid?: number }): string | null {
  const readable = sandboxReadablePaths(process.cwd());
  const runner = path.join(process.cwd(), "lib", "learning", "sandbox", "runner.mjs");
  const script = `require("fs").accessSync(${JSON.stringify(runner)}, require("fs").constants.R_OK);
    const up = Object.keys(require("os").networkInterfaces()).filter((name) => name !== "lo");
    process.stdout.write(up.length ? "iface " + up.join(",") : "ok");`;
  const result = spawnSync(bwrap, [...bubblewrapArgs(readable), "--", process.execPath, "-e", script], {
    env: {} as NodeJS.ProcessEnv,
    timeout: 15_000,
    encoding: "utf8",
    ...credentials,
  });
  if (result.error) return result.error.message;
  if (result.status !== 0) return (result.stderr || `exit ${result.status}`).trim().slice(0, 300);
  if (result.stdout !== "ok") return `the sandbox still sees network interfaces (${result.stdout})`;
  return null;
}

function detect(): Isolation {
  if (env().EXERCISE_SANDBOX_ISOLATION === "none")
    return { kind: "none", asNobody: false, reason: "turned off by EXERCISE_SANDBOX_ISOLATION=none" };
  const bwrap = bubblewrapPath();
  if (!bwrap)
    return {
      kind: "none",
      asNobody: false,
      reason: "bubblewrap is not installed (Debian: apt-get install bubblewrap)",
    };
  // As root, prefer the user nobody; if nobody cannot reach the app's files (an app under /root, say), the
  // sandbox runs as the app's own user, still in its own namespaces with a read-only view.
  if (canDropToNobody() && probeBubblewrap(bwrap, NOBODY_CREDENTIALS) === null)
    return { kind: "bubblewrap", asNobody: true, reason: null, bwrap };
  const failure = probeBubblewrap(bwrap, {});
  if (failure) return { kind: "none", asNobody: false, reason: `this host cannot create namespaces: ${failure}` };
  return {
    kind: "bubblewrap",
    bwrap,
    asNobody: false,
    reason: canDropToNobody()
      ? "the user nobody cannot read the app's files; the sandbox runs as the app's user"
      : null,
  };
}

const state = processWide("exercise-sandbox-isolation", () => ({ value: null as Isolation | null }));

/** What protects exercise runs on this host, decided once per process (and logged once). */
export function isolation(): Isolation {
  if (!state.value) {
    state.value = detect();
    if (state.value.kind === "none")
      logger().warn(
        { reason: state.value.reason },
        "exercise sandbox: no operating-system isolation on this host; the engines' own isolation holds alone",
      );
    else
      logger().info(
        { asNobody: state.value.asNobody, note: state.value.reason ?? undefined },
        "exercise sandbox: bubblewrap isolation (no network, read-only engine files)",
      );
  }
  return state.value;
}

/** The bubblewrap binary detection found (checked once, not per run). */
export function bubblewrapCommand(): string {
  return isolation().bwrap ?? "bwrap";
}

/** The engine files a job kind needs, relative to the app's root. */
export function sandboxReadablePaths(root: string, extra: string[] = []): string[] {
  const modules = path.join(root, "node_modules");
  return [
    path.join(root, "lib", "learning", "sandbox"),
    path.join(modules, "quickjs-emscripten-core"),
    path.join(modules, "@jitl"),
    path.join(modules, "pyodide"),
    path.join(modules, "@electric-sql", "pglite"),
    // sucrase, which strips a TypeScript project's types inside the sandbox, and what it loads.
    path.join(modules, "sucrase"),
    path.join(modules, "@jridgewell"),
    path.join(modules, "ts-interface-checker"),
    path.join(modules, "lines-and-columns"),
    ...extra,
  ].filter((p) => existsSync(p));
}
