import { describe, expect, it } from "vitest";
import { throttledLog } from "@/lib/observability/throttled-log";

describe("throttledLog", () => {
  it("logs a repeating message once per window, then says how often it was left out", () => {
    let now = 0;
    const lines: string[] = [];
    const log = throttledLog(
      (line) => lines.push(line),
      30_000,
      () => now,
    );
    log("job runner: connect ECONNREFUSED");
    for (let i = 0; i < 14; i += 1) {
      now += 2_000;
      log("job runner: connect ECONNREFUSED");
    }
    expect(lines).toEqual(["job runner: connect ECONNREFUSED"]);
    now = 30_000;
    log("job runner: connect ECONNREFUSED");
    expect(lines).toEqual([
      "job runner: connect ECONNREFUSED",
      "job runner: connect ECONNREFUSED (repeated 14 times in the 30 s before)",
    ]);
  });

  it("keeps different messages apart, and a message that stopped repeating logs plainly again", () => {
    let now = 0;
    const lines: string[] = [];
    const log = throttledLog(
      (line) => lines.push(line),
      30_000,
      () => now,
    );
    log("a");
    log("b");
    log("a");
    now = 60_000;
    log("b");
    expect(lines).toEqual(["a", "b", "b"]);
  });

  it("forgets varying messages instead of growing without end", () => {
    const lines: string[] = [];
    const log = throttledLog(
      (line) => lines.push(line),
      30_000,
      () => 0,
    );
    for (let i = 0; i < 250; i += 1) log(`timeout on connection ${i}`);
    log("timeout on connection 0");
    expect(lines).toHaveLength(251);
  });
});
