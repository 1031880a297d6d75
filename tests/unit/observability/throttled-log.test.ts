import { describe, expect, it } from "vitest";
import { throttledLog } from "@/lib/observability/throttled-log";

/** A throttled log on a clock the test moves, and the lines it let through. */
function recorder() {
  const clock = { now: 0 };
  const lines: string[] = [];
  const log = throttledLog(
    (line) => lines.push(line),
    30_000,
    () => clock.now,
  );
  return { clock, lines, log };
}

describe("throttledLog", () => {
  it("logs a repeating message once per window, then says how often it was left out", () => {
    const { clock, lines, log } = recorder();
    log("job runner: connect ECONNREFUSED");
    for (let i = 0; i < 14; i += 1) {
      clock.now += 2_000;
      log("job runner: connect ECONNREFUSED");
    }
    expect(lines).toEqual(["job runner: connect ECONNREFUSED"]);
    clock.now = 30_000;
    log("job runner: connect ECONNREFUSED");
    expect(lines).toEqual([
      "job runner: connect ECONNREFUSED",
      "job runner: connect ECONNREFUSED (repeated 14 times in the 30 s before)",
    ]);
  });

  it("keeps different messages apart, and a message that stopped repeating logs plainly again", () => {
    const { clock, lines, log } = recorder();
    log("a");
    log("b");
    log("a");
    clock.now = 60_000;
    log("b");
    expect(lines).toEqual(["a", "b", "b"]);
  });

  it("forgets varying messages instead of growing without end", () => {
    const { lines, log } = recorder();
    for (let i = 0; i < 250; i += 1) log(`timeout on connection ${i}`);
    log("timeout on connection 0");
    expect(lines).toHaveLength(251);
  });
});
