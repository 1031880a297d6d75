import { describe, expect, it } from "vitest";
import { lifecycle, onShutdown, runShutdownHooks } from "@/lib/ops/lifecycle";

describe("runShutdownHooks", () => {
  it("stops hooks in reverse order, bounds each, and reports failures without stopping the rest", async () => {
    lifecycle().shutdownHooks.length = 0;
    const ran: string[] = [];
    onShutdown("first", async () => void ran.push("first"));
    onShutdown("hangs", () => new Promise<void>(() => {}));
    onShutdown("fails", async () => {
      throw new Error("boom");
    });
    onShutdown("last", async () => void ran.push("last"));
    const failures: string[] = [];
    const started = Date.now();
    await runShutdownHooks(100, (name, error) => failures.push(`${name}: ${(error as Error).message}`));
    expect(ran).toEqual(["last", "first"]);
    expect(failures).toEqual(["fails: boom", "hangs: did not stop within 100 ms"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
