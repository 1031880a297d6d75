// The embedded database's directory lock (lib/db/pglite-lock.ts): PGlite lets a second process open a directory
// in use, so the app refuses it, reports a directory whose last holder died, and lets go when it closes.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/connection";
import { claimDataDir, DataDirInUseError } from "@/lib/db/pglite-lock";

const root = mkdtempSync(path.join(tmpdir(), "ba-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the embedded database's lock", () => {
  it("refuses a directory a running process holds", () => {
    const dir = path.join(root, "held");
    const holder = spawn("sleep", ["30"]);
    writeFileSync(`${dir}.lock`, String(holder.pid));
    try {
      expect(() => claimDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => claimDataDir(dir)).toThrow(`in use by process ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("says so when the last holder died without closing, then takes the directory", () => {
    const dir = path.join(root, "stale");
    const dead = spawnSync("true").pid;
    writeFileSync(`${dir}.lock`, String(dead));
    const warnings: string[] = [];
    const release = claimDataDir(dir, (message) => warnings.push(message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("was not closed cleanly");
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("is taken by opening the directory and released by closing it", async () => {
    const dir = path.join(root, "opened");
    const pglite = await openPglite(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await pglite.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  }, 60_000);
});
