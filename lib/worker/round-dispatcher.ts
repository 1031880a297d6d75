// A serving process's deliverer of queued work (the outbox's effects, the webhooks' deliveries): a kick starts a
// round within a tenth of a second (after the response, not in it; kicks in that window share one round, so a burst
// of writes costs a few rounds, not one each), a failure's retry is timed to its backoff, and the job runner's
// minute sweep catches whatever a crash or an outage left behind, on any instance. One round at a time per process.
import { logError } from "../observability/logger";

export type RoundDispatcher = { stop: () => Promise<void> };

/** How long a kick waits for others to join its round. */
const KICK_WINDOW_MS = 100;

export function startRoundDispatcher(queue: {
  /** Delivers what is due now. */
  deliver: () => Promise<unknown>;
  /** When the next waiting item falls due (a retry's backoff), if any. */
  nextDueAt: () => Promise<Date | null>;
  /** Registers (or, with null, removes) the listener a commit's kick calls. */
  onKick: (listener: (() => void) | null) => void;
  /** Logged when a round fails; the minute sweep retries. */
  failure: string;
}): RoundDispatcher {
  let running: Promise<void> | null = null;
  let kicked: NodeJS.Timeout | undefined;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const scheduleNext = async () => {
    const due = await queue.nextDueAt();
    clearTimeout(timer);
    if (!due || stopped) return;
    // A little past the due moment, so the claim's "due by now" sees it on this clock.
    timer = setTimeout(round, Math.max(0, due.getTime() - Date.now()) + 50);
    timer.unref();
  };

  function round(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await queue.deliver();
      } while (again && !stopped);
      await scheduleNext();
    })()
      .catch((error: unknown) => logError(error, {}, queue.failure))
      .finally(() => {
        running = null;
      });
  }

  queue.onKick(() => {
    kicked ??= setTimeout(() => {
      kicked = undefined;
      round();
    }, KICK_WINDOW_MS);
  });
  round();
  return {
    stop: async () => {
      stopped = true;
      queue.onKick(null);
      clearTimeout(timer);
      clearTimeout(kicked);
      await running;
    },
  };
}
