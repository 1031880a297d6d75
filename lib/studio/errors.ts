import { DomainError } from "../actions/errors";

/** A studio refusal the instructor can act on. */
export class StudioError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "StudioError";
  }
}

export const EDITED_ELSEWHERE =
  "This lesson was edited elsewhere (another tab or a co-instructor) since you opened it. Compare the two versions, then save again.";
