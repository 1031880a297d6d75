"use client";
import { useCallback, useRef, useState, useTransition } from "react";
import { completeLessonAction } from "@/lib/learning/actions";

export type SaveState = { status: "idle" | "saving" | "saved" | "error"; message?: string; certificateId?: string | null };

/** Records a solved exercise once per page view; the server re-checks enrolment and ownership. */
export function useSaveSolved(lessonId: string, canSave: boolean, alreadyCompleted: boolean) {
  const [state, setState] = useState<SaveState>({ status: alreadyCompleted ? "saved" : "idle" });
  const sent = useRef(alreadyCompleted);
  const [, startTransition] = useTransition();
  const save = useCallback(() => {
    if (!canSave || sent.current) return;
    sent.current = true;
    setState({ status: "saving" });
    startTransition(async () => {
      const form = new FormData();
      form.set("lessonId", lessonId);
      form.set("method", "exercise");
      const result = await completeLessonAction(null, form);
      if (result.ok) setState({ status: "saved", certificateId: result.data.certificateIssuedNow ? result.data.certificateId : null });
      else {
        sent.current = false;
        setState({ status: "error", message: result.error });
      }
    });
  }, [canSave, lessonId]);
  return { saveState: state, save };
}
