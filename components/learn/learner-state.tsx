"use client";
// The lesson page is cached HTML made for an anonymous visitor. In the browser, this provider asks
// /api/learn/lesson-state for the signed-in learner's part (ticks, percent, enrolment, and the lesson itself
// when it is behind enrolment) and the components below read it. Anonymous visitors make no request.
import { createContext, useActionState, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { claimViewerLoad, settleViewerClaim } from "@/components/auth/use-viewer";
import type { ActionResult } from "@/lib/auth/action";
import { hasSignedInHint } from "@/lib/auth/signed-in-hint";
import type { LessonContent } from "@/lib/learning/lesson-content";
import type { LearnerLessonView, LessonStateResponse } from "@/lib/learning/lesson-state";

/** "unknown" until the browser has looked for a session: the cached HTML is made in that state. */
export type LearnerStatus = "unknown" | "anonymous" | "loading" | "ready" | "failed";

type Answer = { lessonKey: string; status: "ready" | "anonymous" | "failed"; view: LearnerLessonView | null };

type LearnerContextValue = {
  status: LearnerStatus;
  view: LearnerLessonView;
  /** The lesson's content: from the cached page for free previews, from the learner's state otherwise. */
  content: LessonContent | null;
  refresh: () => void;
};

const LearnerContext = createContext<LearnerContextValue | null>(null);

type Props = { courseSlug: string; lessonSlug: string; lessonId: string; anonymous: LearnerLessonView; publicContent: LessonContent | null; children: ReactNode };

const noSubscription = () => () => {};

export function LearnerStateProvider({ courseSlug, lessonSlug, lessonId, anonymous, publicContent, children }: Props) {
  // null while hydrating the cached HTML (which was made without any visitor), then whether a session is hinted.
  const hinted = useSyncExternalStore(noSubscription, () => hasSignedInHint(document.cookie), () => null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reloads, setReloads] = useState(0);
  const claim = useRef({});
  const lessonKey = `${courseSlug}/${lessonSlug}`;

  // Our answer says who is signed in, so the header need not ask /api/me as well (see use-viewer.ts).
  useLayoutEffect(() => claimViewerLoad(claim.current), []);

  useEffect(() => {
    if (hinted === null) return;
    if (!hinted) {
      settleViewerClaim(claim.current, null);
      return;
    }
    let current = true;
    fetch(`/api/learn/lesson-state?${new URLSearchParams({ course: courseSlug, lesson: lessonSlug })}`, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as LessonStateResponse;
        settleViewerClaim(claim.current, body.viewer);
        if (current) setAnswer({ lessonKey, status: body.state ? "ready" : "anonymous", view: body.state });
      })
      .catch(() => {
        settleViewerClaim(claim.current, undefined);
        if (current) setAnswer((previous) => ({ lessonKey, status: "failed", view: previous?.lessonKey === lessonKey ? previous.view : null }));
      });
    return () => {
      current = false;
    };
  }, [hinted, courseSlug, lessonSlug, lessonKey, reloads]);

  const value = useMemo<LearnerContextValue>(() => {
    const answered = answer?.lessonKey === lessonKey ? answer : null;
    const status: LearnerStatus = hinted === null ? "unknown" : !hinted ? "anonymous" : (answered?.status ?? "loading");
    // While the next lesson's state loads, keep the course-wide part (ticks, percent) of the last answer.
    const base = (hinted && answer?.view) || anonymous;
    const view: LearnerLessonView = answered?.view
      ? answered.view
      : { ...base, lesson: { completed: base.completedIds.includes(lessonId), readable: base.readableIds.includes(lessonId), videoSeconds: 0, lastAttempt: null, content: null } };
    return { status, view, content: publicContent ?? (answered?.view ? answered.view.lesson.content : null), refresh: () => setReloads((n) => n + 1) };
  }, [hinted, answer, lessonKey, anonymous, lessonId, publicContent]);

  return (
    <LearnerContext.Provider value={value}>
      <div hidden data-testid="learner-state" data-status={value.status} />
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

type ProgressAction<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for an action that changes the learner's progress or enrolment: once it did (`changed`,
 * by default any success), the lesson page reloads the learner's state; `then` runs after every answer.
 */
export function useProgressAction<T>(action: ProgressAction<T>, options: { changed?: (result: ActionResult<T>) => boolean; then?: (result: ActionResult<T>) => void } = {}) {
  const refresh = useRefreshLearner();
  const { changed = (result) => result.ok, then } = options;
  return useActionState(async (previous: ActionResult<T> | null, form: FormData) => {
    const result = await action(previous, form);
    if (changed(result)) refresh();
    then?.(result);
    return result;
  }, null);
}
