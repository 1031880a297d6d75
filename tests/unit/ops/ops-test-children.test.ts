// The ops tests' process registry (tests/integration/ops/servers/children.ts): a process started by a worker that
// died without cleaning up is killed by the teardown, and only that process.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !spawnSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).stdout.startsWith("Z");
  } catch {
    return false;
  }
};

describe("the ops tests' leftover processes", () => {
  it("are killed by the teardown after the worker that started them died with SIGKILL", async () => {
    const run = randomUUID();
    // A stand-in worker: notes a long sleep as its child, prints its pid, then dies without running exit handlers.
    const worker = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `const { spawn } = await import("node:child_process");
         const { trackChild } = await import("./tests/integration/ops/servers/children.ts");
         const child = trackChild(spawn("sleep", ["300"], { stdio: "ignore", detached: true }));
         console.log(child.pid);
         process.kill(process.pid, "SIGKILL");`,
      ],
      { env: { ...process.env, OPS_CHILDREN_RUN: run }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => worker.once("exit", resolve));
    const orphan = Number(output.trim());
    expect(orphan).toBeGreaterThan(0);
    expect(alive(orphan)).toBe(true);

    process.env.OPS_CHILDREN_RUN = run;
    const { killLeftovers } = await import("@/tests/integration/ops/servers/children");
    expect(killLeftovers()).toEqual([orphan]);
    await expect.poll(() => alive(orphan)).toBe(false);
    expect(killLeftovers()).toEqual([]);
  });
});
