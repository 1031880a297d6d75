// Every process the ops tests start (app servers, nginx, redis-server, `npm start`) is noted here, so that none
// outlives the run: a `beforeAll` that times out never gets the child it was waiting for, and a leftover server
// once held its port into the next run (EADDRINUSE). The worker kills what is left on exit; vitest's global
// teardown (children-teardown.ts) kills what a worker that died could not, from the pid files.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const RUN_DIR = path.join(tmpdir(), `academy-ops-children-${process.env.OPS_CHILDREN_RUN ?? "default"}`);
const alive = new Set<ChildProcess>();

/** Notes a started process until it exits. */
export function trackChild(child: ChildProcess): ChildProcess {
  if (!child.pid) return child;
  const pid = child.pid;
  mkdirSync(RUN_DIR, { recursive: true });
  // The command line is kept so the teardown never kills an unrelated process that reused the pid.
  writeFileSync(path.join(RUN_DIR, String(pid)), commandLine(pid) ?? "");
  alive.add(child);
  child.once("exit", () => {
    alive.delete(child);
    rmSync(path.join(RUN_DIR, String(pid)), { force: true });
  });
  return child;
}

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return null;
  }
}

process.once("exit", () => {
  for (const child of alive) child.kill("SIGKILL");
});

/** Kills every noted process still running (the one it was noted as) and forgets them; returns their pids. */
export function killLeftovers(): number[] {
  let names: string[];
  try {
    names = readdirSync(RUN_DIR);
  } catch {
    return [];
  }
  const killed: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    const noted = readFileSync(path.join(RUN_DIR, name), "utf8");
    const now = commandLine(pid);
    if (now !== null && now === noted) {
      try {
        process.kill(pid, "SIGKILL");
        killed.push(pid);
      } catch {
        // Gone between the read and the kill.
      }
    }
    rmSync(path.join(RUN_DIR, name), { force: true });
  }
  rmSync(RUN_DIR, { recursive: true, force: true });
  return killed;
}
