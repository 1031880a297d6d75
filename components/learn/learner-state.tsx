"use client";
// The lesson page is cached HTML made for an anonymous visitor. In the browser, this provider asks
// /api/learn/lesson-state for the signed-in learner's part (ticks, percent, enrolment, and the lesson itself
// when it is behind enrolment) and the components below read it. Anonymous visitors make no request.
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { claimViewerLoad, settleViewerClaim } from "@/components/auth/use-viewer";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import type { LessonContent } from "@/lib/learning/lesson-content";
import type { LearnerLessonView, LessonStateResponse } from "@/lib/learning/lesson-state";

export type LearnerStatus = "anonymous" | "loading" | "ready" | "failed";

type Loaded = { lessonSlug: string; view: LearnerLessonView };

type LearnerContextValue = {
  status: LearnerStatus;
  view: LearnerLessonView;
  /** The lesson's content: from the cached page for free previews, from the learner's state otherwise. */
  content: LessonContent | null;
  refresh: () => void;
};

const LearnerContext = createContext<LearnerContextValue | null>(null);

type Props = { courseSlug: string; lessonSlug: string; lessonId: string; anonymous: LearnerLessonView; publicContent: LessonContent | null; children: ReactNode };

export function LearnerStateProvider({ courseSlug, lessonSlug, lessonId, anonymous, publicContent, children }: Props) {
  const [status, setStatus] = useState<LearnerStatus>("anonymous");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    if (!hasSignedInHint(document.cookie)) {
      setLoaded(null);
      setStatus("anonymous");
      settleViewerClaim(generation, null);
      return;
    }
    setStatus("loading");
    try {
      const response = await fetch(`/api/learn/lesson-state?${new URLSearchParams({ course: courseSlug, lesson: lessonSlug })}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as LessonStateResponse;
      settleViewerClaim(generation, body.viewer);
      if (mine !== generation.current) return;
      setLoaded(body.state ? { lessonSlug, view: body.state } : null);
      setStatus(body.state ? "ready" : "anonymous");
    } catch {
      settleViewerClaim(generation, undefined);
      if (mine === generation.current) setStatus("failed");
    }
  }, [courseSlug, lessonSlug]);

  // Our answer says who is signed in, so the header need not ask /api/me as well (see use-viewer.ts).
  useLayoutEffect(() => claimViewerLoad(generation), []);

  useEffect(() => {
    void load();
  }, [load]);

  const value = useMemo<LearnerContextValue>(() => {
    // While the next lesson's state loads, keep the course-wide part (ticks, percent) of the last answer.
    const base = loaded?.view ?? anonymous;
    const current = loaded?.lessonSlug === lessonSlug;
    const view: LearnerLessonView = current
      ? base
      : { ...base, lesson: { completed: base.completedIds.includes(lessonId), readable: base.readableIds.includes(lessonId), videoSeconds: 0, lastAttempt: null, content: null } };
    return { status, view, content: publicContent ?? (current ? view.lesson.content : null), refresh: () => void load() };
  }, [status, loaded, anonymous, lessonSlug, lessonId, publicContent, load]);

  return (
    <LearnerContext.Provider value={value}>
      <div hidden data-testid="learner-state" data-status={status} />
      {children}
    </LearnerContext.Provider>
  );
}

export function useLearner(): LearnerContextValue {
  const value = useContext(LearnerContext);
  if (!value) throw new Error("useLearner needs a LearnerStateProvider above it");
  return value;
}

/** For buttons used both inside and outside lesson pages: reloads the learner's state if there is one. */
export function useRefreshLearner(): () => void {
  return useContext(LearnerContext)?.refresh ?? noop;
}

function noop() {}
