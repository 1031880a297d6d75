"use client";
import { useEffect } from "react";
import { recordLessonViewAction } from "@/lib/learning/actions";

/** Remembers this lesson as the learner's place in the course, after the page has rendered. */
export function LessonViewTracker({ lessonId }: { lessonId: string }) {
  useEffect(() => {
    const form = new FormData();
    form.set("lessonId", lessonId);
    void recordLessonViewAction(null, form);
  }, [lessonId]);
  return null;
}
