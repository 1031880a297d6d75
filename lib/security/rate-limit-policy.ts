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
  /** "You already have an account" mails to one address (sign-up with a taken email). */
  "account-exists-email": { points: 3, durationSeconds: 60 * 60 },
  /** Anonymous catalogue searches that reach the database (a repeated search is answered from memory, free). */
  "catalog-search-ip": { points: 60, durationSeconds: 60 },
  /** Reviews and replies written by one account. */
  "review-write-user": { points: 10, durationSeconds: 60 * 60 },
  /** Current-password checks on the profile page (password and email change, account deletion). */
  "password-check-user": { points: 5, durationSeconds: 15 * 60 },
  /** Checkout sessions started (and coupon codes tried) by one learner. */
  "checkout-user": { points: 20, durationSeconds: 15 * 60 },
  "coupon-check-user": { points: 20, durationSeconds: 15 * 60 },
  /**
   * Public consultation booking: per client address, per prospect mailbox (case and +tag folded), and per
   * advisor and client, sized so that one client can neither fill an advisor's calendar nor mail many people.
   */
  "booking-ip": { points: 6, durationSeconds: 24 * 60 * 60 },
  "booking-email": { points: 10, durationSeconds: 24 * 60 * 60 },
  "booking-advisor-client": { points: 3, durationSeconds: 24 * 60 * 60 },
  "booking-manage-ip": { points: 30, durationSeconds: 15 * 60 },
  "booking-slots-ip": { points: 600, durationSeconds: 15 * 60 },
  /** Quiz submissions per learner and quiz: enough to retry, too few to search the answer key. */
  "quiz-attempt-user": { points: 6, durationSeconds: 10 * 60 },
  /** Exercise checks run a sandbox on the server (about a second each): per learner, and per address. */
  "exercise-check-user": { points: 40, durationSeconds: 10 * 60 },
  "exercise-check-ip": { points: 60, durationSeconds: 10 * 60 },
  /** Public API (/api/v1): requests per key, and per address on the endpoints that need no key. */
  "api-key": { points: 1200, durationSeconds: 60 },
  "api-public-ip": { points: 120, durationSeconds: 60 },
  /** Lesson Q&A questions and answers per account an hour; a day-old account posts under the lower one. */
  "qa-post-user": { points: 30, durationSeconds: 60 * 60 },
  "qa-post-new-user": { points: 5, durationSeconds: 60 * 60 },
  /** Edits, votes, follows and reports per account (cheap, but each a write). */
  "qa-react-user": { points: 120, durationSeconds: 10 * 60 },
  /** Similar-question look-ups while typing (debounced in the form). */
  "qa-similar-user": { points: 120, durationSeconds: 60 },
  /** Notification unsubscribe links used from one address (a signed token; this only slows guessing). */
  "unsubscribe-ip": { points: 30, durationSeconds: 15 * 60 },
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

/**
 * The subject a bucket counts: buckets named `*-ip` count networks, not addresses. An IPv6 client usually
 * holds a whole /64 and can pick any address in it, so IPv6 addresses count by their first 64 bits.
 */
export function rateLimitSubject(bucket: string, key: string): string {
  if (!bucket.endsWith("-ip") || !key.includes(":")) return key;
  const prefix = ipv6Prefix64(key);
  return prefix ? `${prefix}::/64` : key;
}

/** The first four hextets of an IPv6 address, normalised (no leading zeros, "::" expanded), or null. */
export function ipv6Prefix64(address: string): string | null {
  const bare = address
    .replace(/^\[|\]$/g, "")
    .split("%")[0]!
    .toLowerCase();
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/.test(bare)) return null; // an IPv4 client on a dual-stack socket
  if (!/^[0-9a-f:]+$/.test(bare) || (bare.match(/::/g)?.length ?? 0) > 1) return null;
  const [head, tail] = bare.includes("::") ? bare.split("::") : [bare, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 1) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (groups.some((group) => group.length === 0 || group.length > 4)) return null;
  return groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":");
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
