// The exercise sandbox's queue: slots from the pool, one check in flight per learner, a bounded wait, and the
// slot handed straight to the next in line.
import { describe, expect, it } from "vitest";
import { createCheckQueue, SandboxBusyError } from "@/lib/learning/sandbox/check-queue";

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, work: async () => opened };
}

describe("exercise check queue", () => {
  it("runs a learner's second check after the first, and refuses a third while those are in flight", async () => {
    const queue = createCheckQueue(2);
    const first = gate();
    const order: string[] = [];
    const running = queue.run("ana", async () => {
      order.push("first");
      await first.work();
    });
    const second = queue.run("ana", async () => {
      order.push("second");
    });
    const third = queue.run("ana", async () => "third");
    await expect(third).rejects.toBeInstanceOf(SandboxBusyError);
    await expect(third).rejects.toThrow("Your previous check is still running");
    // The second waits for the first, although a pool slot is free.
    expect(order).toEqual(["first"]);
    expect(queue.depth()).toMatchObject({ running: 1, waiting: 0 });
    first.open();
    await Promise.all([running, second]);
    expect(order).toEqual(["first", "second"]);
    await expect(queue.run("ana", async () => "again")).resolves.toBe("again");
  });

  it("keeps a slot for another learner while one account floods the queue", async () => {
    const queue = createCheckQueue(2);
    const slow = gate();
    const flood = [
      queue.run("flooder", slow.work),
      ...Array.from({ length: 9 }, () => queue.run("flooder", slow.work)),
    ];
    const outcomes = Promise.allSettled(flood);
    // The honest learner is not behind the flood: their check starts at once and finishes first.
    await expect(queue.run("honest", async () => "checked")).resolves.toBe("checked");
    expect(queue.depth()).toMatchObject({ running: 1, waiting: 0 });
    slow.open();
    const settled = await outcomes;
    // One ran, one waited behind it, the other eight were refused.
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(2);
    expect(settled.filter((s) => s.status === "rejected")).toHaveLength(8);
  });

  it("queues beyond the pool, runs the waiting in order, and turns away past the bound with a time to retry", async () => {
    const queue = createCheckQueue(1, 2);
    const gates = [gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) =>
      queue.run(`learner-${i}`, async () => {
        order.push(i);
        await g.work();
      }),
    );
    expect(queue.depth()).toEqual({ running: 1, waiting: 2, size: 1 });
    const refused = queue.run("one-too-many", async () => undefined);
    await expect(refused).rejects.toThrow(/Checks are busy right now\. Try again in \d+ s\./);
    await refused.catch((error: SandboxBusyError) => expect(error.retryAfterSeconds).toBeGreaterThan(0));
    // System work (an author's publish check) is never turned away: it waits its turn.
    const system = queue.run(null, async () => "verified");
    expect(queue.depth().waiting).toBe(3);
    for (const g of gates) g.open();
    await Promise.all(runs);
    await expect(system).resolves.toBe("verified");
    expect(order).toEqual([0, 1, 2]);
    expect(queue.depth()).toEqual({ running: 0, waiting: 0, size: 1 });
  });

  it("hands a freed slot to the one waiting, so a newcomer cannot take it in between", async () => {
    const queue = createCheckQueue(1);
    const first = gate();
    const a = queue.run(null, first.work);
    let waitingStarted = false;
    const b = queue.run(null, async () => {
      waitingStarted = true;
    });
    first.open();
    await a;
    // The slot went to b before any newcomer: the pool never runs more than its size.
    const c = queue.run(null, async () => queue.depth().running);
    await b;
    expect(waitingStarted).toBe(true);
    await expect(c).resolves.toBe(1);
  });
});
