// The limits and the pure decisions built on them; the store lives in rate-limit.ts.

export type RateLimitPolicy = { points: number; durationSeconds: number };

export const RATE_LIMITS = {
  /** Every sign-in attempt from one address (generous: shared offices and schools). */
  "sign-in-ip": { points: 100, durationSeconds: 15 * 60 },
  /** Failed sign-ins for one email address; cleared by a successful sign-in or password reset. */
  "sign-in-email": { points: 5, durationSeconds: 15 * 60 },
  "sign-up-ip": { points: 20, durationSeconds: 60 * 60 },
  "password-reset-email": { points: 3, durationSeconds: 15 * 60 },
  "password-reset-ip": { points: 30, durationSeconds: 15 * 60 },
  "magic-link-email": { points: 3, durationSeconds: 15 * 60 },
  "magic-link-ip": { points: 30, durationSeconds: 15 * 60 },
  "verify-email-resend": { points: 3, durationSeconds: 15 * 60 },
  "verify-email-ip": { points: 30, durationSeconds: 15 * 60 },
  /** Current-password checks on the profile page (password and email change, account deletion). */
  "password-check-user": { points: 5, durationSeconds: 15 * 60 },
  /** Quiz submissions per learner and quiz: enough to retry, too few to search the answer key. */
  "quiz-attempt-user": { points: 6, durationSeconds: 10 * 60 },
  /** Exercise checks run a sandbox on the server (about a second each): per learner, and per address. */
  "exercise-check-user": { points: 40, durationSeconds: 10 * 60 },
  "exercise-check-ip": { points: 60, durationSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** What the store reports after a consume or a read. */
export type RateLimitState = { consumedPoints: number; msBeforeNext: number };

export function decideRateLimit(policy: RateLimitPolicy, state: RateLimitState | null): RateLimitDecision {
  if (!state || state.consumedPoints <= policy.points) {
    return { allowed: true, remaining: Math.max(0, policy.points - (state?.consumedPoints ?? 0)) };
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
}

/** For a read that must not spend a point: blocked once the allowance is used up. */
export function decideWithoutConsuming(policy: RateLimitPolicy, state: RateLimitState | null): RateLimitDecision {
  if (!state || state.consumedPoints < policy.points) {
    return { allowed: true, remaining: Math.max(0, policy.points - (state?.consumedPoints ?? 0)) };
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
}

/** "in 45 seconds", "in 1 minute", "in 15 minutes", "in 2 hours": for the sentence a form shows. */
export function describeRetryAfter(seconds: number): string {
  if (seconds < 60) return `in ${Math.max(1, Math.ceil(seconds))} second${Math.ceil(seconds) === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hour${hours === 1 ? "" : "s"}`;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many attempts. Please try again ${describeRetryAfter(retryAfterSeconds)}.`;
}
