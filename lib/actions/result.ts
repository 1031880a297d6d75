// The one result shape every server action and JSON endpoint answers with; components import it from here.
export type FieldErrors = Record<string, string[]>;

export type ResultCode = "UNAUTHENTICATED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID" | "FAILED" | "UNAVAILABLE";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number; code?: ResultCode };

export const INVALID_FIELDS_MESSAGE = "Please correct the highlighted fields.";

/** The database cannot be reached (an action's answer, and the server's gate's while it is closed). */
export const UNAVAILABLE_MESSAGE = "The service is briefly unavailable. Please try again in a few seconds.";

/** Largest request body a JSON endpoint reads (413 above it). */
export const MAX_BODY_BYTES = 16 * 1024;

export const TOO_LARGE_MESSAGE = "That request is too large. Shorten what you typed and try again.";
