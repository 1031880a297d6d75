import { DomainError } from "../actions/errors";

/** A refusal about a consultation the person can act on. */
export class BookingError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "BookingError";
  }
}
