// Who may read and write a lesson's Q&A, or a cohort's board. A lesson's members: a live enrolment in the
// course, or its staff (owner, co-instructors, admins, and the mentors of its cohorts). Everyone else reads only
// free-preview lessons' threads, and of a paid course's other lessons learns nothing, not even that a thread
// exists (the routes answer 404). A board's: that cohort's members and staff (cohortAccess below).
import { db } from "../db/client";
import { preparedQuery, runPrepared } from "../db/prepared";
import type { CurrentUser } from "../auth/session/policy";
import { PUBLISHED_LESSON_SQL } from "../content/published";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
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

type LessonRow = AccessLesson & {
  courseSlug: string;
  courseTitle: string;
  instructorId: string;
  enrolled: boolean;
  teaching: boolean;
  mentoring: boolean;
};

// One statement per view (the thread list and thread routes run it each time): the published lesson of a
// published course, and the viewer's live enrolment, teaching (owner or co-instructor) and mentoring (of one
// of the course's cohorts). With no viewer ($2 null) the three are false. Prepared (lib/db/prepared.ts): on
// PGlite, planning it each time cost several times what running it does.
const LESSON_ACCESS = preparedQuery(
  "qa_lesson_access",
  2,
  `
  SELECT l.id, l."courseId", l.kind::text AS kind, l."freePreview", l.slug, l.title,
         c.slug AS "courseSlug", c.title AS "courseTitle", c."instructorId",
         EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."userId" = $2 AND e."courseId" = c.id
                   AND e.status::text IN (${LIVE_ENROLLMENT_STATUSES.map((status) => `'${status}'`).join(", ")})) AS enrolled,
         coalesce(c."instructorId" = $2, false)
           OR EXISTS (SELECT 1 FROM "CourseCoInstructor" ci WHERE ci."courseId" = c.id AND ci."userId" = $2) AS teaching,
         EXISTS (SELECT 1 FROM "CohortMentor" m JOIN "Cohort" h ON h.id = m."cohortId"
                  WHERE m."userId" = $2 AND h."courseId" = c.id) AS mentoring
    FROM "Lesson" l JOIN "Course" c ON c.id = l."courseId"
   WHERE l.id = $1 AND c.status::text = 'PUBLISHED' AND ${PUBLISHED_LESSON_SQL}`,
);

/** The lesson (published, in a published course) and what the viewer may do with its Q&A; null: not found. */
export async function lessonAccess(
  user: Pick<CurrentUser, "id" | "role"> | null,
  lessonId: string,
): Promise<LessonAccess | null> {
  const [row] = await runPrepared<LessonRow>(LESSON_ACCESS, [lessonId, user?.id ?? null]);
  if (!row) return null;
  // Staff: an admin; the owner or a co-instructor who is (still) an instructor; a mentor of one of its cohorts.
  const staff =
    user !== null && (user.role === "ADMIN" || (user.role === "INSTRUCTOR" && row.teaching) || row.mentoring);
  const member = staff || row.enrolled;
  return {
    lesson: {
      id: row.id,
      courseId: row.courseId,
      kind: row.kind,
      freePreview: row.freePreview,
      slug: row.slug,
      title: row.title,
    },
    cohort: null,
    course: { id: row.courseId, slug: row.courseSlug, title: row.courseTitle, instructorId: row.instructorId },
    member,
    staff,
    canRead: member || row.freePreview,
  };
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
