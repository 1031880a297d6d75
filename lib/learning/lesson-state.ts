// One signed-in learner's view of one lesson page, for /api/learn/lesson-state. The page itself is cached
// HTML made for an anonymous visitor; this is what the browser lays over it.
import type { CurrentUser } from "../auth/session-policy";
import { toViewer, type Viewer } from "../auth/viewer";
import { getCourseOrNull, getLessonOrNull, type CourseDetail } from "../catalog/queries";
import type { EnrolCta } from "../catalog/enrol-cta";
import { buildCourseView, type CourseView } from "./course-view";
import { getLessonContent, type LessonContent } from "./lesson-content";
import { EMPTY_LEARNER_STATE, getLearnerCourseState, getLessonState } from "./queries";

/** The per-visitor part of a lesson page; sets become arrays to travel as JSON. */
export type LearnerLessonView = {
  enrolled: boolean;
  percent: number | null;
  completedIds: string[];
  readableIds: string[];
  resumeHref: string | null;
  startHref: string | null;
  cta: EnrolCta;
  certificateId: string | null;
  lesson: {
    completed: boolean;
    readable: boolean;
    videoSeconds: number;
    lastAttempt: { score: number; passed: boolean } | null;
    /** Only for lessons the cached page cannot hold: readable by this learner and not a free preview. */
    content: LessonContent | null;
  };
};

export type LessonStateResponse = { viewer: Viewer | null; state: LearnerLessonView | null };

export function toLearnerLessonView(view: CourseView, lessonId: string, extra: Omit<LearnerLessonView["lesson"], "completed" | "readable">): LearnerLessonView {
  return {
    enrolled: view.enrolled,
    percent: view.percent,
    completedIds: [...view.completedIds],
    readableIds: [...view.readableIds],
    resumeHref: view.resumeHref,
    startHref: view.startHref,
    cta: view.cta,
    certificateId: view.certificateId,
    lesson: { completed: view.completedIds.has(lessonId), readable: view.readableIds.has(lessonId), ...extra },
  };
}

/** What an anonymous visitor sees: the state the cached page is rendered with. */
export function anonymousLessonView(course: CourseDetail, lessonId: string): LearnerLessonView {
  return toLearnerLessonView(buildCourseView(course, EMPTY_LEARNER_STATE, false), lessonId, { videoSeconds: 0, lastAttempt: null, content: null });
}

/** null when the course or lesson does not exist (or is not published). */
export async function getLearnerLessonView(user: CurrentUser, courseSlug: string, lessonSlug: string): Promise<LearnerLessonView | null> {
  const course = await getCourseOrNull(courseSlug);
  const lesson = course ? await getLessonOrNull(course.id, lessonSlug) : null;
  if (!course || !lesson) return null;
  const state = await getLearnerCourseState(user.id, course.id);
  const view = buildCourseView(course, state, true);
  const readable = view.readableIds.has(lesson.id);
  const [saved, content] = await Promise.all([
    view.enrolled && (lesson.kind === "VIDEO" || lesson.kind === "QUIZ") ? getLessonState(user.id, lesson.id) : null,
    readable && !lesson.freePreview ? getLessonContent(lesson) : null,
  ]);
  return toLearnerLessonView(view, lesson.id, { videoSeconds: saved?.videoSeconds ?? 0, lastAttempt: saved?.lastAttempt ? { score: saved.lastAttempt.score, passed: saved.lastAttempt.passed } : null, content });
}

export async function getLessonStateResponse(user: CurrentUser | null, courseSlug: string, lessonSlug: string): Promise<LessonStateResponse | null> {
  if (!user) return { viewer: null, state: null };
  const state = await getLearnerLessonView(user, courseSlug, lessonSlug);
  return state ? { viewer: toViewer(user), state } : null;
}
