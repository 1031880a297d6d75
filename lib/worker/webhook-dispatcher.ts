// The serving process's webhook deliverer: a fan-out's kick starts a round within a tenth of a second, a
// failure's retry is timed to its backoff, and the job runner's minute sweep (webhooks.sweep) catches whatever
// a crash left behind, on any instance. One round at a time per process.
import { logError } from "../observability/logger";
import { deliverDueWebhooks } from "../webhooks/deliver";
import { onWebhookKick } from "../webhooks/kick";
import { nextDeliveryDueAt } from "../webhooks/store";

const KICK_WINDOW_MS = 100;

export function startWebhookDispatcher(): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let kicked: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;

  const scheduleNext = async () => {
    const due = await nextDeliveryDueAt();
    clearTimeout(timer);
    if (!due || stopped) return;
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
        await deliverDueWebhooks();
      } while (again && !stopped);
      await scheduleNext();
    })()
      .catch((error: unknown) => logError(error, {}, "webhook delivery round failed; the minute sweep retries"))
      .finally(() => {
        running = null;
      });
  }

  onWebhookKick(() => {
    kicked ??= setTimeout(() => {
      kicked = undefined;
      round();
    }, KICK_WINDOW_MS);
  });
  round();
  return {
    stop: async () => {
      stopped = true;
      onWebhookKick(null);
      clearTimeout(timer);
      clearTimeout(kicked);
      await running;
    },
  };
}
