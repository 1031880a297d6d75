"use client";
// Course and lesson pages are cached HTML made for an anonymous visitor. In the browser, these providers ask
// /api/learn/course-state or /api/learn/lesson-state for the signed-in learner's part (ticks, percent,
// enrolment, and a lesson behind enrolment) and the components below read it. Anonymous visitors make no request.
import { createContext, useActionState, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import useSWR from "swr";
import { supplyViewer } from "@/components/auth/use-viewer";
import { fetchJson, useSignedInHint } from "@/components/data/personal-data";
import type { ActionResult } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/session/viewer";
import type { LessonContent } from "@/lib/learning/lesson-content";
import type { LearnerCourseView, LearnerLessonView } from "@/lib/learning/lesson-state";

/** "unknown" until the browser has looked for a session: the cached HTML is made in that state. */
export type LearnerStatus = "unknown" | "anonymous" | "loading" | "ready" | "failed";

type Answer<T> = { url: string; viewer: Viewer | null; state: T | null };

async function fetchAnswer<T>(url: string): Promise<Answer<T>> {
  const body = await fetchJson<{ viewer: Viewer | null; state: T | null }>(url);
  return { url, viewer: body.viewer, state: body.state };
}

/**
 * The learner's state at `url` (SWR) when a session is hinted; `refresh` asks again. While the next lesson's
 * state loads, `answer` still holds the last one (keepPreviousData), `answered` only this URL's.
 */
function useLearnerAnswer<T>(url: string) {
  const hinted = useSignedInHint();
  const { data, error, mutate } = useSWR<Answer<T>>(hinted ? url : null, fetchAnswer, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
    dedupingInterval: 0,
  });

  // Our answer says who is signed in, so the header need not ask /api/me as well (see use-viewer.ts).
  useEffect(() => {
    if (hinted === false) supplyViewer(null);
    else if (data?.url === url) supplyViewer(data.viewer);
    else if (error) supplyViewer(undefined);
  }, [hinted, data, error, url]);

  const answered = data?.url === url ? data : null;
  const status: LearnerStatus =
    hinted === null
      ? "unknown"
      : !hinted
        ? "anonymous"
        : answered
          ? answered.state
            ? "ready"
            : "anonymous"
          : error
            ? "failed"
            : "loading";
  const refresh = useCallback(() => void mutate(), [mutate]);
  return { hinted, answer: data ?? null, answered, status, refresh };
}

const RefreshContext = createContext<() => void>(noop);

/** What both providers put around their page: the refresh for progress actions and a status marker for tests. */
function LearnerScope({
  status,
  refresh,
  children,
}: {
  status: LearnerStatus;
  refresh: () => void;
  children: ReactNode;
}) {
  return (
    <RefreshContext.Provider value={refresh}>
      <div hidden data-testid="learner-state" data-status={status} />
      {children}
    </RefreshContext.Provider>
  );
}

type LearnerContextValue = {
  status: LearnerStatus;
  view: LearnerLessonView;
  /** The lesson's content: from the cached page for free previews, from the learner's state otherwise. */
  content: LessonContent | null;
  refresh: () => void;
};

const LearnerContext = createContext<LearnerContextValue | null>(null);

type Props = {
  courseSlug: string;
  lessonSlug: string;
  lessonId: string;
  anonymous: LearnerLessonView;
  publicContent: LessonContent | null;
  children: ReactNode;
};

export function LearnerStateProvider({ courseSlug, lessonSlug, lessonId, anonymous, publicContent, children }: Props) {
  const url = `/api/learn/lesson-state?${new URLSearchParams({ course: courseSlug, lesson: lessonSlug })}`;
  const { hinted, answer, answered, status, refresh } = useLearnerAnswer<LearnerLessonView>(url);

  const value = useMemo<LearnerContextValue>(() => {
    // While the next lesson's state loads, keep the course-wide part (ticks, percent) of the last answer.
    const base = (hinted && answer?.state) || anonymous;
    const view: LearnerLessonView = answered?.state
      ? answered.state
      : {
          ...base,
          lesson: {
            completed: base.completedIds.includes(lessonId),
            readable: base.readableIds.includes(lessonId),
            videoSeconds: 0,
            lastAttempt: null,
            exercise: null,
            quizOrder: null,
            content: null,
          },
        };
    return {
      status,
      view,
      content: publicContent ?? (answered?.state ? answered.state.lesson.content : null),
      refresh,
    };
  }, [hinted, answer, answered, status, anonymous, lessonId, publicContent, refresh]);

  return (
    <LearnerContext.Provider value={value}>
      <LearnerScope status={status} refresh={refresh}>
        {children}
      </LearnerScope>
    </LearnerContext.Provider>
  );
}

type CourseLearnerValue = { status: LearnerStatus; view: LearnerCourseView };

const CourseLearnerContext = createContext<CourseLearnerValue | null>(null);

/** The course page's provider: the learner's progress and call to action in this course. */
export function CourseStateProvider({
  courseSlug,
  anonymous,
  children,
}: {
  courseSlug: string;
  anonymous: LearnerCourseView;
  children: ReactNode;
}) {
  const { answered, status, refresh } = useLearnerAnswer<LearnerCourseView>(
    `/api/learn/course-state?${new URLSearchParams({ course: courseSlug })}`,
  );
  const value = useMemo<CourseLearnerValue>(
    () => ({ status, view: answered?.state ?? anonymous }),
    [status, answered, anonymous],
  );
  return (
    <CourseLearnerContext.Provider value={value}>
      <LearnerScope status={status} refresh={refresh}>
        {children}
      </LearnerScope>
    </CourseLearnerContext.Provider>
  );
}

export function useCourseLearner(): CourseLearnerValue {
  const value = useContext(CourseLearnerContext);
  if (!value) throw new Error("useCourseLearner needs a CourseStateProvider above it");
  return value;
}

export function useLearner(): LearnerContextValue {
  const value = useContext(LearnerContext);
  if (!value) throw new Error("useLearner needs a LearnerStateProvider above it");
  return value;
}

/** For buttons used on course and lesson pages: reloads the learner's state if there is one. */
export function useRefreshLearner(): () => void {
  return useContext(RefreshContext);
}

function noop() {}

type ProgressAction<T> = (previous: unknown, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState for an action that changes the learner's progress or enrolment: once it did (`changed`,
 * by default any success), the course or lesson page reloads the learner's state; `then` runs after every answer.
 */
export function useProgressAction<T>(
  action: ProgressAction<T>,
  options: { changed?: (result: ActionResult<T>) => boolean; then?: (result: ActionResult<T>) => void } = {},
) {
  const refresh = useRefreshLearner();
  const { changed = (result) => result.ok, then } = options;
  return useActionState(async (previous: ActionResult<T> | null, form: FormData) => {
    const result = await action(previous, form);
    if (changed(result)) refresh();
    then?.(result);
    return result;
  }, null);
}
