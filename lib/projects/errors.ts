import { DomainError } from "../actions/errors";

export class ProjectError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "ProjectError";
  }
}

/** The same answer for a project or submission that does not exist and one the person may not see. */
export const NO_SUCH_PROJECT_MESSAGE = "There is no project here, or it is not yours to open.";
export const REVIEW_CHANGED_MESSAGE =
  "Another reviewer saved this review while you were editing it. Reload to see their scores, then save yours again.";
export const DEADLINE_PASSED_MESSAGE = "The deadline for this project has passed, so it no longer takes submissions.";
