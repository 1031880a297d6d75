// Who may read and write a lesson's Q&A, or a cohort's board. Members: a live enrolment in the course, or its staff (owner,
// co-instructors, admins: lib/learning/course-staff; and the mentors of its cohorts). Everyone else reads
// only free-preview lessons' threads, and of a paid course's other lessons learns nothing, not even that a
// thread exists (the routes answer 404).
import { db } from "../db/client";
import type { CurrentUser } from "../auth/session/policy";
import { PUBLISHED_LESSON } from "../content/published";
import { isLiveEnrollment } from "../enrolment/rules";
import { courseStaffWhere } from "../learning/course-staff";
import { isCohortMember } from "../cohorts/queries";
import { cohortStaffRole } from "../cohorts/staff";

type AccessCourse = { id: string; slug: string; title: string; instructorId: string };
type AccessLesson = { id: string; courseId: string; kind: string; freePreview: boolean; slug: string; title: string };

/** Where a thread lives and what the viewer may do there: a lesson's Q&A or a cohort's board. */
export type PlaceAccess = {
  course: AccessCourse;
  lesson: AccessLesson | null;
  cohort: { id: string; title: string } | null;
  member: boolean;
  staff: boolean;
  canRead: boolean;
};

export type LessonAccess = PlaceAccess & { lesson: AccessLesson; cohort: null };
export type CohortAccess = PlaceAccess & { lesson: null; cohort: { id: string; title: string } };

/** Course staff for Q&A: owner, co-instructor, admin, or mentor of one of its cohorts. */
export async function isQaStaff(user: Pick<CurrentUser, "id" | "role">, courseId: string): Promise<boolean> {
  if (user.role === "ADMIN") return true;
  const [teaching, mentoring] = await Promise.all([
    user.role === "INSTRUCTOR" ? db.course.count({ where: { id: courseId, ...courseStaffWhere(user) } }) : 0,
    db.cohortMentor.count({ where: { userId: user.id, cohort: { courseId } } }),
  ]);
  return teaching + mentoring > 0;
}

export async function isCourseMember(user: Pick<CurrentUser, "id" | "role">, courseId: string) {
  const enrollment = await db.enrollment.findUnique({
    where: { userId_courseId: { userId: user.id, courseId } },
    select: { status: true },
  });
  const staff = await isQaStaff(user, courseId);
  return { member: staff || isLiveEnrollment(enrollment), staff };
}

/** The lesson (published, in a published course) and what the viewer may do with its Q&A; null: not found. */
export async function lessonAccess(
  user: Pick<CurrentUser, "id" | "role"> | null,
  lessonId: string,
): Promise<LessonAccess | null> {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON, course: { status: "PUBLISHED" } },
    select: {
      id: true,
      courseId: true,
      kind: true,
      freePreview: true,
      slug: true,
      title: true,
      course: { select: { id: true, slug: true, title: true, instructorId: true } },
    },
  });
  if (!lesson) return null;
  const { member, staff } = user ? await isCourseMember(user, lesson.courseId) : { member: false, staff: false };
  const { course, ...rest } = lesson;
  return { lesson: rest, cohort: null, course, member, staff, canRead: member || lesson.freePreview };
}

/**
 * A cohort's board: its members (a live enrolment in that cohort) and its staff (the course's owner and
 * co-instructors, admins, and this cohort's mentors; a mentor of another cohort is not staff here). Everyone
 * else: null, as for no cohort.
 */
export async function cohortAccess(
  user: Pick<CurrentUser, "id" | "role"> | null,
  cohortId: string,
): Promise<CohortAccess | null> {
  if (!user) return null;
  const [role, member, cohort] = await Promise.all([
    cohortStaffRole(user, cohortId),
    isCohortMember(user.id, cohortId),
    db.cohort.findUnique({
      where: { id: cohortId },
      select: { id: true, title: true, course: { select: { id: true, slug: true, title: true, instructorId: true } } },
    }),
  ]);
  if (!cohort || (role === null && !member)) return null;
  return {
    course: cohort.course,
    lesson: null,
    cohort: { id: cohort.id, title: cohort.title },
    member: true,
    staff: role !== null,
    canRead: true,
  };
}

/** The access of the place a post lives in (its lesson or its cohort). */
export function placeAccess(
  user: Pick<CurrentUser, "id" | "role"> | null,
  place: { lessonId: string | null; cohortId: string | null },
): Promise<PlaceAccess | null> {
  if (place.cohortId) return cohortAccess(user, place.cohortId);
  if (place.lessonId) return lessonAccess(user, place.lessonId);
  return Promise.resolve(null);
}
