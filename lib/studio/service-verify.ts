// Before a small-service exercise may be published, its model project must answer every request (visible and
// hidden) right, while the starter project and each known-wrong one must get at least one wrong. All of it runs
// in the server's exercise sandbox, as learners' projects do.
import { DomainError } from "../actions/errors";
import { checkService, type ExerciseCheck } from "../learning/exercise-check";
import type { ServiceLessonExercise } from "../learning/schema";
import { serviceAnswer, serviceModelAnswer, serviceWrongAnswers } from "../learning/service/service-answer";
import { serviceStarterFiles } from "../content/service-schema";

export type ServiceVerdict = { ok: true } | { ok: false; message: string };

async function attempt(exercise: ServiceLessonExercise, answer: string): Promise<ExerciseCheck | { error: string }> {
  try {
    return await checkService(exercise, answer, null, true);
  } catch (error) {
    return { error: error instanceof DomainError ? error.message : "the exercise sandbox could not run it" };
  }
}

export async function verifyServiceExercise(exercise: ServiceLessonExercise): Promise<ServiceVerdict> {
  const model = await attempt(exercise, serviceModelAnswer(exercise));
  if ("error" in model) return { ok: false, message: `the model project could not be run (${model.error}).` };
  if (!model.passed)
    return {
      ok: false,
      message: `the model project fails its own requests: ${model.failing.join("; ") || model.feedback}`,
    };
  const others = [
    { label: "the starter project", answer: serviceAnswer(exercise, serviceStarterFiles(exercise)) },
    ...serviceWrongAnswers(exercise).map((w) => ({
      label: `the known-wrong project “${w.mistake}”`,
      answer: w.answer,
    })),
  ];
  // Side by side: the sandbox's queue runs as many at once as the machine allows.
  const verdicts = await Promise.all(others.map(({ answer }) => attempt(exercise, answer)));
  const slipped = others.find((_, index) => {
    const verdict = verdicts[index]!;
    return !("error" in verdict) && verdict.passed;
  });
  if (slipped) return { ok: false, message: `${slipped.label} answers every request right; add a request it fails.` };
  return { ok: true };
}
