"use client";
// Inside the studio's "Preview as a learner", the lesson's quiz and exercise send their answers to the
// studio's preview actions (staff only, nothing recorded) instead of the learner's. Elsewhere this is null.
import { createContext, useContext, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { ExerciseSubmission } from "@/lib/learning/exercise-submission";
import type { QuizSubmission } from "@/lib/learning/mutations";

type Action<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;
export type LearnerPreviewActions = { quiz: Action<QuizSubmission>; exercise: Action<ExerciseSubmission> };

const PreviewContext = createContext<LearnerPreviewActions | null>(null);

export function LearnerPreviewProvider({ actions, children }: { actions: LearnerPreviewActions; children: ReactNode }) {
  return <PreviewContext.Provider value={actions}>{children}</PreviewContext.Provider>;
}

/** The preview's actions, or null on a learner's page. */
export function useLearnerPreview(): LearnerPreviewActions | null {
  return useContext(PreviewContext);
}

export const PREVIEW_NOTHING_SAVED = "Preview: nothing you do here is saved.";
