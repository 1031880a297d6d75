// Who runs next in the exercise sandbox. A pool sized from the machine's cores; each learner has at most one
// check running or waiting (a second is refused while the first is in flight), so one account flooding the
// queue holds one slot at most; the queue is bounded, and a refusal says when to try again.
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

export function poolSize(): number {
  return env().EXERCISE_SANDBOX_WORKERS ?? Math.max(2, os.availableParallelism());
}

type Waiter = { owner: string | null; start: () => void };

type QueueState = { running: number; waiting: Waiter[]; owners: Set<string> };

const state = processWide<QueueState>("exercise-check-queue", () => ({ running: 0, waiting: [], owners: new Set() }));

/** How many may wait behind the running checks before new ones are turned away. */
function queueLimit(): number {
  return poolSize() * 4;
}

function retryAfter(): number {
  return Math.max(1, Math.ceil(((state.waiting.length + 1) / poolSize()) * TYPICAL_CHECK_SECONDS));
}

/** Hands the finished check's slot straight to the next in line, so no newcomer can slip in between. */
function release(owner: string | null) {
  if (owner) state.owners.delete(owner);
  const next = state.waiting.shift();
  if (next) next.start();
  else state.running -= 1;
}

/**
 * Runs `work` when a slot is free. `owner` (a user id) may have one check in flight; system work (studio
 * verification, tests) passes null and only queues.
 */
export async function withSandboxSlot<T>(owner: string | null, work: () => Promise<T>): Promise<T> {
  if (owner && state.owners.has(owner))
    throw new SandboxBusyError("Your previous check is still running. Wait for its result, then try again.", 5);
  if (state.running >= poolSize() && state.waiting.length >= queueLimit()) {
    const seconds = retryAfter();
    throw new SandboxBusyError(`Checks are busy right now. Try again in ${seconds} s.`, seconds);
  }
  if (owner) state.owners.add(owner);
  if (state.running < poolSize()) state.running += 1;
  else await new Promise<void>((resolve) => state.waiting.push({ owner, start: resolve }));
  try {
    return await work();
  } finally {
    release(owner);
  }
}

/** For the status page and the benchmarks. */
export function sandboxQueueDepth(): { running: number; waiting: number; size: number } {
  return { running: state.running, waiting: state.waiting.length, size: poolSize() };
}
