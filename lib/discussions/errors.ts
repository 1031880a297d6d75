import { DomainError } from "../actions/errors";

export class QaError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = "QaError";
  }
}

/** A post or lesson the caller may not see: the same words whether it exists or not. */
export class QaNotFoundError extends QaError {
  constructor() {
    super("This question could not be found. Reload the page.");
    this.name = "QaNotFoundError";
  }
}

/** The hourly posting allowance is spent: the action answers 429 with Retry-After. */
export class QaRateLimitedError extends DomainError {
  override readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = "QaRateLimitedError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
