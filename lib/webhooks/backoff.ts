// When a failed webhook delivery is tried again: 5 s, then four times longer each time up to 12 h between
// attempts, each pause shortened by up to a fifth at random (so endpoints that failed together do not all
// come back together), and never past 3 days after the event: then the delivery has failed for good.
export const WEBHOOK_RETRY_WINDOW_MS = 3 * 24 * 3_600_000;
const FIRST_DELAY_MS = 5_000;
const LONGEST_DELAY_MS = 12 * 3_600_000;
const JITTER = 0.2;

/** The pause after `failures` failed attempts (1 or more), before jitter. */
export function baseRetryDelayMs(failures: number): number {
  return Math.min(FIRST_DELAY_MS * 4 ** Math.max(0, failures - 1), LONGEST_DELAY_MS);
}

/**
 * The next attempt after `failures` failures of a delivery first queued at `createdAt`, or null when the window
 * is spent. `random` is a number in [0, 1) (Math.random in production; tests pass their own).
 */
export function nextWebhookAttemptAt(
  failures: number,
  createdAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const delay = baseRetryDelayMs(failures) * (1 - JITTER * random());
  const next = now.getTime() + Math.round(delay);
  return next > createdAt.getTime() + WEBHOOK_RETRY_WINDOW_MS ? null : new Date(next);
}
