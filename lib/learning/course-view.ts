// Combines a course outline with one visitor's state into what the course and lesson pages show. Pure.
import { canReadLesson, flattenLessons, seatsLeft } from "../catalog/course-outline";
import { enrolCallToAction, type EnrolCta } from "../catalog/enrol-cta";
import { formatPrice } from "../catalog/labels";
import type { CourseDetail } from "../catalog/queries";
import { courseProgress, lockedLessonIds, resumeLesson } from "./progress";
import type { LearnerCourseState } from "./queries";
import { isLiveEnrollment } from "../enrolment/rules";
import { dripLockedLessons } from "./drip";

export type CourseView = {
  enrolled: boolean;
  percent: number | null;
  completedIds: ReadonlySet<string>;
  lockedIds: ReadonlySet<string>;
  readableIds: ReadonlySet<string>;
  resumeHref: string | null;
  startHref: string | null;
  cta: EnrolCta;
  certificateId: string | null;
  /** Lessons of a cohort course not released yet, with when they open (drip release). */
  dripOpensAt: ReadonlyMap<string, Date>;
};

type ViewLesson = { id: string; slug: string; title: string; minutes: number; freePreview: boolean };

/** What the view reads of a course: its outline, price, format and cohorts (a CourseDetail is one). */
export type CourseViewInput = Pick<CourseDetail, "slug" | "sequential" | "priceCents" | "currency" | "format"> & {
  modules: { releaseDay?: number | null; lessons: ViewLesson[] }[];
  cohorts: { id: string; startsAt: Date; seats: number; _count: { enrollments: number; payments?: number } }[];
};

export function buildCourseView(
  course: CourseViewInput,
  state: LearnerCourseState,
  signedIn: boolean,
  now = new Date(),
): CourseView {
  const lessons = flattenLessons(course.modules);
  const enrolled = isLiveEnrollment(state.enrollment);
  const completedIds = state.completedLessonIds;
  const dripOpensAt = dripLockedLessons(
    course.modules.map((m) => ({ releaseDay: m.releaseDay ?? null, lessons: m.lessons })),
    enrolled && course.format === "COHORT" ? (state.cohort ?? null) : null,
    now,
  );
  const lockedIds = enrolled ? lockedLessonIds(lessons, completedIds, course.sequential) : new Set<string>();
  for (const id of dripOpensAt.keys()) lockedIds.add(id);
  const readableIds = new Set(lessons.filter((l) => canReadLesson(l, enrolled, lockedIds)).map((l) => l.id));
  const progress = courseProgress(lessons, completedIds);
  const lessonHref = (slug: string) => `/courses/${course.slug}/lessons/${slug}`;
  const resume = enrolled ? resumeLesson(lessons, completedIds) : null;
  const resumeHref = resume ? lessonHref(resume.slug) : lessons[0] ? lessonHref(lessons[0].slug) : null;
  // The cohort the main button is about: the first with a seat (a full January points on to April), else the
  // next one, whose waitlist is offered.
  const upcoming = course.cohorts.filter((c) => c.startsAt > now);
  const cohort = upcoming.find((c) => seatsLeft(c) > 0) ?? upcoming[0] ?? null;
  const cta = enrolCallToAction({
    signedIn,
    enrolled,
    courseSlug: course.slug,
    priceLabel: formatPrice(course.priceCents, course.currency),
    isFree: course.priceCents === 0,
    isCohort: course.format === "COHORT",
    nextCohort: cohort ? { id: cohort.id, seatsLeft: seatsLeft(cohort) } : null,
    waitlisted: cohort ? state.waitlistedCohortIds.has(cohort.id) : false,
    paymentProcessing: state.paymentProcessing,
    resumeHref,
    started: progress.completed > 0 || Boolean(state.enrollment?.lastLessonId),
    completed: progress.total > 0 && progress.completed === progress.total,
  });
  return {
    enrolled,
    percent: enrolled ? progress.percent : null,
    completedIds,
    lockedIds,
    readableIds,
    resumeHref,
    startHref: lessons[0] ? lessonHref(lessons[0].slug) : null,
    cta,
    certificateId: state.certificateId,
    dripOpensAt,
  };
}
