"use client";
import { useCallback, useState, useTransition } from "react";
import type { CodeLanguage } from "@/lib/content/schema";
import { checkExerciseAction, submitExerciseAction } from "@/lib/learning/actions";
import { useLearnerPreview } from "../learner-preview-context";
import { useRefreshLearner } from "../../learner/learner-state";

export type CheckState =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "passed"; feedback: string; saved: boolean; certificateId: string | null }
  | { status: "failed"; feedback: string; failing: string[] }
  | { status: "error"; message: string };

/**
 * Sends an answer to the server, which runs it in its sandbox and decides; the lesson is completed only
 * by that verdict. Enrolled learners' answers are saved (`submitExerciseAction`); visitors practising a
 * free-preview exercise get the same check with nothing saved (`checkExerciseAction`).
 */
export function useExerciseCheck(lessonId: string, canSave: boolean, onSolution: (solution: string) => void) {
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [, startTransition] = useTransition();
  const refreshLearner = useRefreshLearner();
  // In the studio's learner preview, a staff-only action checks the working copy and saves nothing.
  const preview = useLearnerPreview();
  const check = useCallback(
    (answer: string, language?: CodeLanguage) => {
      setState({ status: "checking" });
      startTransition(async () => {
        const form = new FormData();
        form.set("lessonId", lessonId);
        form.set("answer", answer);
        if (language) form.set("language", language);
        const result = await (preview?.exercise ?? (canSave ? submitExerciseAction : checkExerciseAction))(null, form);
        if (!result.ok) return setState({ status: "error", message: result.error });
        const { passed, feedback, failing, completion, solution } = result.data;
        if (solution) onSolution(solution);
        if (!passed) return setState({ status: "failed", feedback, failing });
        setState({
          status: "passed",
          feedback,
          saved: Boolean(completion),
          certificateId: completion?.certificateIssuedNow ? completion.certificateId : null,
        });
        if (completion) refreshLearner();
      });
    },
    [lessonId, canSave, onSolution, refreshLearner, preview],
  );
  return { checkState: state, check };
}
