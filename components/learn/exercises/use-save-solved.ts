"use client";
import { useCallback, useRef, useState, useTransition } from "react";
import { completeLessonAction } from "@/lib/learning/actions";
import { useRefreshLearner } from "../learner-state";

export type SaveState = { status: "idle" | "saving" | "saved" | "error"; message?: string; certificateId?: string | null };

/**
 * Records a solved exercise once per page view; the server re-checks enrolment and ownership.
 * `canSave` and `alreadyCompleted` may change after mount, when the learner's state arrives.
 */
export function useSaveSolved(lessonId: string, canSave: boolean, alreadyCompleted: boolean) {
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const sent = useRef(false);
  const [, startTransition] = useTransition();
  const refreshLearner = useRefreshLearner();
  const save = useCallback(() => {
    if (!canSave || alreadyCompleted || sent.current) return;
    sent.current = true;
    setState({ status: "saving" });
    startTransition(async () => {
      const form = new FormData();
      form.set("lessonId", lessonId);
      form.set("method", "exercise");
      const result = await completeLessonAction(null, form);
      if (result.ok) {
        setState({ status: "saved", certificateId: result.data.certificateIssuedNow ? result.data.certificateId : null });
        refreshLearner();
      }
      else {
        sent.current = false;
        setState({ status: "error", message: result.error });
      }
    });
  }, [canSave, alreadyCompleted, lessonId, refreshLearner]);
  return { saveState: alreadyCompleted && state.status === "idle" ? { status: "saved" as const } : state, save };
}
