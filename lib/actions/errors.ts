/**
 * The one refusal a service throws when the person can act on it: the wrappers turn it into
 * `{ ok: false, error, fieldErrors? }`. Domains subclass it only to name where it came from.
 */
export class DomainError extends Error {
  readonly fieldErrors?: Record<string, string[]>;
  /** Set on a refusal that waiting cures (a busy queue): the JSON routes answer 429 with Retry-After. */
  readonly retryAfterSeconds?: number;

  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "DomainError";
    this.fieldErrors = fieldErrors;
  }
}
