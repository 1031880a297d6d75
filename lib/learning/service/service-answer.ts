// A small-service answer travels as one JSON object of the learner's editable files (path → source), in the
// same `answer` field as every other exercise. The files the learner may not edit are always the exercise's own.
import { z } from "zod";
import { serviceSolutionFiles, type ServiceExercise } from "../../content/service-schema";
import { LearningError } from "../errors";

const answerSchema = z.record(z.string(), z.string());

/** The project to run: the answer's editable files (a file left out stays at its starter) and the given ones. */
export function serviceAnswerFiles(exercise: Pick<ServiceExercise, "files">, answer: string): Record<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(answer);
  } catch {
    throw new LearningError("Your project's files could not be read. Reload the page and try again.");
  }
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success)
    throw new LearningError("Your project's files could not be read. Reload the page and try again.");
  const files: Record<string, string> = {};
  for (const file of exercise.files) {
    const sent = parsed.data[file.path];
    files[file.path] = file.editable ? (sent ?? file.starter) : (file.solution ?? file.starter);
  }
  return files;
}

/** The answer text for a set of files: only the editable ones, in the exercise's order. */
export function serviceAnswer(exercise: Pick<ServiceExercise, "files">, files: Record<string, string>): string {
  return JSON.stringify(
    Object.fromEntries(exercise.files.filter((f) => f.editable).map((f) => [f.path, files[f.path] ?? f.starter])),
  );
}

/** The model answer, and each known-wrong one (the model with the files it names replaced). */
export function serviceModelAnswer(exercise: Pick<ServiceExercise, "files">): string {
  return serviceAnswer(exercise, serviceSolutionFiles(exercise));
}
export function serviceWrongAnswers(
  exercise: Pick<ServiceExercise, "files" | "wrongSolutions">,
): { mistake: string; answer: string }[] {
  const model = serviceSolutionFiles(exercise);
  return exercise.wrongSolutions.map((w) => ({
    mistake: w.mistake,
    answer: serviceAnswer(exercise, { ...model, ...w.files }),
  }));
}
