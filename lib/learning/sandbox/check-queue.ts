// Who runs next in the exercise sandbox. A pool sized from the machine's cores; each learner runs one check at a
// time: a second waits behind the first (outside the pool), a third is refused while those are in flight, so one
// account flooding the queue holds one slot at most. The queue is bounded, and a refusal says when to retry.
import os from "node:os";
import { DomainError } from "../../actions/errors";
import { env } from "../../env";
import { processWide } from "../../process-wide";

/** A refusal the learner can act on by waiting: the action answers 429 with Retry-After. */
export class SandboxBusyError extends DomainError {
  override readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = "SandboxBusyError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Typical seconds one check holds a slot (Python's start-up dominates): the basis of Retry-After. */
const TYPICAL_CHECK_SECONDS = 4;

export type CheckQueue = {
  /**
   * Runs `work` when a slot is free. `owner` (a user id) may have one check in flight; system work (studio
   * verification, tests) passes null and only queues.
   */
  run<T>(owner: string | null, work: () => Promise<T>): Promise<T>;
  depth(): { running: number; waiting: number; size: number };
};

export function createCheckQueue(size: number, queueLimit = size * 4): CheckQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  // Per learner: checks in flight (at most two), and the end of the last one, which the next waits for.
  const owners = new Map<string, { inFlight: number; last: Promise<void> }>();

  /** Hands the finished check's slot straight to the next in line, so no newcomer can slip in between. */
  const releaseSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  const takeSlot = async () => {
    if (running < size) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };

  return {
    async run(owner, work) {
      const mine = owner ? (owners.get(owner) ?? { inFlight: 0, last: Promise.resolve() }) : null;
      if (mine && mine.inFlight >= 2)
        throw new SandboxBusyError("Your previous check is still running. Wait for its result, then try again.", 5);
      // The bound is for learners and visitors; system work (an author's publish check runs a dozen) only waits.
      if (mine && mine.inFlight === 0 && running >= size && waiting.length >= queueLimit) {
        const seconds = Math.max(1, Math.ceil(((waiting.length + 1) / size) * TYPICAL_CHECK_SECONDS));
        throw new SandboxBusyError(`Checks are busy right now. Try again in ${seconds} s.`, seconds);
      }
      let finished = () => {};
      if (owner && mine) {
        const before = mine.inFlight > 0 ? mine.last : null;
        mine.inFlight += 1;
        mine.last = new Promise<void>((resolve) => (finished = resolve));
        owners.set(owner, mine);
        if (before) await before;
      }
      await takeSlot();
      try {
        return await work();
      } finally {
        releaseSlot();
        if (owner && mine) {
          mine.inFlight -= 1;
          if (mine.inFlight === 0) owners.delete(owner);
          finished();
        }
      }
    },
    depth: () => ({ running, waiting: waiting.length, size }),
  };
}

export function poolSize(): number {
  return env().EXERCISE_SANDBOX_WORKERS ?? Math.max(2, os.availableParallelism());
}

/** The one queue of this process (made on first use: the server and Next's bundle share it). */
const shared = () => processWide("exercise-check-queue", () => createCheckQueue(poolSize()));

export function withSandboxSlot<T>(owner: string | null, work: () => Promise<T>): Promise<T> {
  return shared().run(owner, work);
}

/** For the status page and the benchmarks. */
export function sandboxQueueDepth(): { running: number; waiting: number; size: number } {
  return shared().depth();
}
