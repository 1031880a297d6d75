// The serving process's deliverer: a commit's kick starts a delivery round within a tenth of a second (after the
// response, not in it; kicks in that window share one round, so a burst of writes costs a few rounds, not one
// each), a failure's retry is timed to its backoff, and the job runner's minute sweep (outbox.sweep) catches
// whatever a crash or an outage left behind, on any instance. One round at a time per process.
import { logError } from "../observability/logger";
import { onOutboxKick } from "../outbox/kick";
import { nextDueAt } from "../outbox/store";
import { deliverOutbox } from "./outbox-delivery";

export type OutboxDispatcher = { stop: () => Promise<void> };

/** How long a kick waits for others to join its round. */
const KICK_WINDOW_MS = 100;

export function startOutboxDispatcher(): OutboxDispatcher {
  let running: Promise<void> | null = null;
  let kicked: NodeJS.Timeout | undefined;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const scheduleNext = async () => {
    const due = await nextDueAt();
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
        await deliverOutbox();
      } while (again && !stopped);
      await scheduleNext();
    })()
      .catch((error: unknown) => logError(error, {}, "outbox delivery round failed; the minute sweep retries"))
      .finally(() => {
        running = null;
      });
  }

  onOutboxKick(async () => {
    kicked ??= setTimeout(() => {
      kicked = undefined;
      round();
    }, KICK_WINDOW_MS);
  });
  round();
  return {
    stop: async () => {
      stopped = true;
      onOutboxKick(null);
      clearTimeout(timer);
      clearTimeout(kicked);
      await running;
    },
  };
}
