import { DomainError } from "../actions/errors";

export class ReviewCallError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "ReviewCallError";
  }
}

/** The same answer for a submission that does not exist, is not the person's, or whose project takes no call. */
export const NO_REVIEW_CALL_MESSAGE = "There is no review call to book here, or it is not yours to book.";
export const SLOT_TAKEN_MESSAGE = "That time was just taken — pick another.";
