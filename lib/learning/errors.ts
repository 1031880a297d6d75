/** A refusal the learner can act on; actions turn it into `{ ok: false, error }`. */
export class LearningError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LearningError";
  }
}
