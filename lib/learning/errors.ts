import { DomainError } from "../actions/errors";

/** A refusal the learner can act on; the action wrapper turns it into `{ ok: false, error }`. */
export class LearningError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = "LearningError";
  }
}
