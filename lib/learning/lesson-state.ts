// One signed-in learner's view of one lesson page, for /api/learn/lesson-state. The page itself is cached
// HTML made for an anonymous visitor; this is what the browser lays over it.
import { checkSession, type CurrentUser, type SessionClaims } from "../auth/session-policy";
import { toViewer, type Viewer } from "../auth/viewer";
import { getCourseOrNull, getLessonOrNull, type CourseDetail } from "../catalog/queries";
import type { EnrolCta } from "../catalog/enrol-cta";
import { buildCourseView, type CourseView } from "./course-view";
import { getLessonContent, type LessonContent } from "./lesson-content";
import { EMPTY_LEARNER_STATE, getLessonViewRecord } from "./queries";

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

/**
 * What `/api/learn/lesson-state` answers for a decoded session (or none): null when the course or lesson does
 * not exist. The session is checked against the account row fetched in the same statement as the learner's
 * state, so a signed-in view costs one round trip; a session that no longer holds is answered as anonymous.
 */
export async function getLessonStateResponse(
  claims: SessionClaims | null,
  courseSlug: string,
  lessonSlug: string,
  now: Date = new Date(),
): Promise<{ user: CurrentUser | null; body: LessonStateResponse } | null> {
  const course = await getCourseOrNull(courseSlug);
  const lesson = course ? await getLessonOrNull(course.id, lessonSlug) : null;
  if (!course || !lesson) return null;
  if (!claims) return ANONYMOUS;
  const record = await getLessonViewRecord(claims.sub, course.id, lesson.id);
  const session = checkSession(claims, record.account, Math.floor(now.getTime() / 1000));
  if (!session.ok) return ANONYMOUS;
  const view = buildCourseView(course, record.course, true);
  const readable = view.readableIds.has(lesson.id);
  const content = readable && !lesson.freePreview ? await getLessonContent(lesson) : null;
  const saved = view.enrolled ? { videoSeconds: record.videoSeconds, lastAttempt: record.lastAttempt } : { videoSeconds: 0, lastAttempt: null };
  return { user: session.user, body: { viewer: toViewer(session.user), state: toLearnerLessonView(view, lesson.id, { ...saved, content }) } };
}

const ANONYMOUS = { user: null, body: { viewer: null, state: null } };
