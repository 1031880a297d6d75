// When a failed delivery is tried again: 5 s, 20 s, 80 s, 5 min, 21 min, 1 h 25, then every 2 h, and after the
// eighth failure the message is dead (kept, shown on /admin/status, retried only by a person).
export const MAX_DELIVERY_ATTEMPTS = 8;
const FIRST_DELAY_MS = 5_000;
const LONGEST_DELAY_MS = 2 * 3_600_000;

/** The pause before attempt `attempts + 1`, after `attempts` failures (1 or more). */
export function retryDelayMs(attempts: number): number {
  if (attempts < 1) return 0;
  return Math.min(FIRST_DELAY_MS * 4 ** (attempts - 1), LONGEST_DELAY_MS);
}

/** What a failure does to a message: its next attempt, or dead when it had its last. */
export function afterFailure(attempts: number, now: Date): { dead: true } | { dead: false; nextAttemptAt: Date } {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { dead: true };
  return { dead: false, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
