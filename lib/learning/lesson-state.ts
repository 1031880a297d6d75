// One signed-in learner's view of a course page or a lesson page, for /api/learn/course-state and
// /api/learn/lesson-state. The pages themselves are cached HTML made for an anonymous visitor; this is what
// the browser lays over them.
import type { CurrentUser } from "../auth/session/policy";
import { toViewer, type Viewer } from "../auth/session/viewer";
import { getCourseOrNull, getLessonOrNull, type CourseDetail, type LessonDetail } from "../catalog/queries";
import type { EnrolCta } from "../catalog/enrol-cta";
import { buildCourseView, type CourseView } from "./course-view";
import { isCourseStaff } from "./course-staff";
import { getLessonContent, type LessonContent } from "./lesson-content";
import { EMPTY_LEARNER_STATE, getLessonViewRecord, type LessonViewRecord } from "./queries";
import { attemptSeed, quizChoiceOrder } from "./quiz-shuffle";
import { getQuizView } from "./quiz-view";
import { CODE_LANGUAGES, codeVariants, type CodeLanguage } from "../content/schema";
import { exerciseSolution } from "./exercise-check";
import { isService, isWriteTests, parseLessonExercise, type LessonExercise } from "./schema";
import { serviceFileDrafts, type ServiceFileDrafts } from "./service/service-drafts";

/** The per-visitor part of a course page; sets become arrays to travel as JSON. */
export type LearnerCourseView = {
  enrolled: boolean;
  percent: number | null;
  completedIds: string[];
  readableIds: string[];
  resumeHref: string | null;
  startHref: string | null;
  cta: EnrolCta;
  certificateId: string | null;
};

/**
 * The learner's last submitted answer to an exercise (and its language when the exercise offers several),
 * and the model solution once they have solved it: for an exercise in several languages, in each of them.
 */
export type SavedExercise = {
  lastAnswer: string | null;
  lastLanguage: CodeLanguage | null;
  solution: string | null;
  solutionsByLanguage: Partial<Record<CodeLanguage, string>>;
  /** A small-service project's files as the learner last typed them, on any device (path → source, saved at). */
  serviceFiles?: ServiceFileDrafts;
};

/** The per-visitor part of a lesson page. */
export type LearnerLessonView = LearnerCourseView & {
  lesson: {
    completed: boolean;
    readable: boolean;
    videoSeconds: number;
    lastAttempt: { score: number; passed: boolean } | null;
    /** The learner's last submitted answer to this exercise, and the solution once they have solved it. */
    exercise: SavedExercise | null;
    /** questionId → choice ids: this learner's order for their next quiz attempt. */
    quizOrder: Record<string, string[]> | null;
    /** Only for lessons the cached page cannot hold: readable by this learner and not a free preview. */
    content: LessonContent | null;
    /** For the course's staff who are not enrolled: the studio's "Preview as a learner" of this lesson. */
    staffPreviewHref?: string;
    /** A cohort course's lesson not released yet: when it opens (ISO instant); its content is not sent. */
    opensAt?: string | null;
  };
};

export type CourseStateResponse = { viewer: Viewer | null; state: LearnerCourseView | null };
export type LessonStateResponse = { viewer: Viewer | null; state: LearnerLessonView | null };
/** What a route sends: the body, and who it was for (null: answered as anonymous). */
export type StateAnswer<Body> = { user: CurrentUser | null; body: Body };

export function toLearnerCourseView(view: CourseView): LearnerCourseView {
  return {
    enrolled: view.enrolled,
    percent: view.percent,
    completedIds: [...view.completedIds],
    readableIds: [...view.readableIds],
    resumeHref: view.resumeHref,
    startHref: view.startHref,
    cta: view.cta,
    certificateId: view.certificateId,
  };
}

export function toLearnerLessonView(
  view: CourseView,
  lessonId: string,
  extra: Omit<LearnerLessonView["lesson"], "completed" | "readable">,
): LearnerLessonView {
  return {
    ...toLearnerCourseView(view),
    lesson: {
      completed: view.completedIds.has(lessonId),
      readable: view.readableIds.has(lessonId),
      opensAt: view.dripOpensAt.get(lessonId)?.toISOString() ?? null,
      ...extra,
    },
  };
}

/** What an anonymous visitor sees of a course: the state its cached page is rendered with. */
export function anonymousCourseView(course: CourseDetail): LearnerCourseView {
  return toLearnerCourseView(buildCourseView(course, EMPTY_LEARNER_STATE, false));
}

/** What an anonymous visitor sees of a lesson: the state its cached page is rendered with. */
export function anonymousLessonView(course: CourseDetail, lessonId: string): LearnerLessonView {
  return toLearnerLessonView(buildCourseView(course, EMPTY_LEARNER_STATE, false), lessonId, {
    videoSeconds: 0,
    lastAttempt: null,
    exercise: null,
    quizOrder: null,
    content: null,
  });
}

const ANONYMOUS = { user: null, body: { viewer: null, state: null } };

/** A signed-in learner's state in the course (and lesson); the caller has checked the session (getSession). */
async function learnerIn(user: CurrentUser | null, course: CourseDetail, lessonId: string | null) {
  if (!user) return null;
  const record = await getLessonViewRecord(user.id, course.id, lessonId);
  return { user, record, view: buildCourseView(course, record.course, true) };
}

/** `/api/learn/course-state`: null when the course does not exist (or is not published). */
export async function getCourseStateResponse(
  user: CurrentUser | null,
  courseSlug: string,
): Promise<StateAnswer<CourseStateResponse> | null> {
  const course = await getCourseOrNull(courseSlug);
  if (!course) return null;
  const learner = await learnerIn(user, course, null);
  if (!learner) return ANONYMOUS;
  return { user: learner.user, body: { viewer: toViewer(learner.user), state: toLearnerCourseView(learner.view) } };
}

/** `/api/learn/lesson-state`: null when the course or lesson does not exist (or is not published). */
export async function getLessonStateResponse(
  viewer: CurrentUser | null,
  courseSlug: string,
  lessonSlug: string,
): Promise<StateAnswer<LessonStateResponse> | null> {
  const course = await getCourseOrNull(courseSlug);
  const lesson = course ? await getLessonOrNull(course.id, lessonSlug) : null;
  if (!course || !lesson) return null;
  const learner = await learnerIn(viewer, course, lesson.id);
  if (!learner) return ANONYMOUS;
  const { user, record, view } = learner;
  const readable = view.readableIds.has(lesson.id);
  const content = readable && !lesson.freePreview ? await getLessonContent(lesson) : null;
  const saved = view.enrolled
    ? { videoSeconds: record.videoSeconds, lastAttempt: record.lastAttempt }
    : { videoSeconds: 0, lastAttempt: null };
  const extras =
    view.enrolled && readable
      ? await learnerExtras(lesson, user.id, record, view.completedIds.has(lesson.id))
      : { exercise: null, quizOrder: null };
  // Staff are not offered "Enrol" on their own course: they preview it as a learner in the studio instead.
  const staff = !view.enrolled && (await isCourseStaff(user, course.id));
  const staffPreview = staff ? { staffPreviewHref: `/studio/courses/${course.id}/lessons/${lesson.id}/preview` } : {};
  return {
    user,
    body: {
      viewer: toViewer(user),
      state: toLearnerLessonView(view, lesson.id, { ...saved, ...extras, content, ...staffPreview }),
    },
  };
}

/** The enrolled learner's own parts of an exercise or quiz lesson. */
async function learnerExtras(lesson: LessonDetail, userId: string, record: LessonViewRecord, completed: boolean) {
  if (lesson.kind === "QUIZ") {
    const questions = await getQuizView(lesson.id, lesson.version);
    return {
      exercise: null,
      quizOrder: quizChoiceOrder(questions, attemptSeed(userId, lesson.id, record.quizAttempts)),
    };
  }
  if (lesson.kind === "SQL_EXERCISE" || lesson.kind === "CODE_EXERCISE") {
    // The solution is the learner's to see once the server has accepted their answer.
    const parsed = parseLessonExercise(lesson.exercise);
    const exercise = completed ? parsed : null;
    const lastLanguage = CODE_LANGUAGES.find((l) => l === record.lastLanguage) ?? null;
    const saved: SavedExercise = {
      lastAnswer: record.lastAnswer,
      lastLanguage,
      solution: exercise ? exerciseSolution(exercise, lastLanguage) : null,
      solutionsByLanguage: exercise ? solutionsByLanguage(exercise) : {},
      ...(parsed && isService(parsed) ? { serviceFiles: await serviceFileDrafts(userId, lesson.id) } : {}),
    };
    return { exercise: saved, quizOrder: null };
  }
  return { exercise: null, quizOrder: null };
}

function solutionsByLanguage(exercise: LessonExercise): SavedExercise["solutionsByLanguage"] {
  if (exercise.type !== "code" || isWriteTests(exercise) || isService(exercise)) return {};
  return Object.fromEntries(codeVariants(exercise).map((v) => [v.language, v.solution]));
}
