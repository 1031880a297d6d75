import { DomainError } from "../actions/errors";

/** A refusal about buying or refunding that the person can act on. */
export class PaymentError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "PaymentError";
  }
}

export const SOLD_OUT_MESSAGE = "This cohort is sold out. Join the waitlist and we will e-mail you if a seat opens.";
