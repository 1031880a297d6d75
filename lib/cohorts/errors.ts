import { DomainError } from "../actions/errors";

/** A refusal about a cohort that the person can act on. */
export class CohortError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "CohortError";
  }
}

/** The same answer for a cohort that does not exist and one the person is not a member of. */
export const NO_SUCH_COHORT_MESSAGE = "There is no cohort here, or you are not a member of it.";
