// Who runs a cohort: the course's owner and co-instructors, the cohort's mentors, and admins. They may open the
// cohort home and its staff view, edit sessions, correct attendance and post announcements; a mentor only for
// the cohorts they are assigned to. (The same owner/co-instructor rule as the studio's, read here so that the
// learning domain can depend on cohorts for drip dates without a loop.)
import { preparedQuery, runKeptPrepared } from "../db/prepared";
import { COHORT_VIEW_ROWS } from "./kept-views";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";

export type CohortStaffRole = "admin" | "instructor" | "mentor";
export type CohortUser = { id: string; role: string };

/** Whether the cohort exists, and the user's live membership and staff role in it. */
export type CohortAccessRow = { member: boolean; staff: CohortStaffRole | null };

// One statement for every cohort page's access check (membership and staff role together), prepared
// (lib/db/prepared.ts): on PGlite, planning the three lookups each time cost more than running them. The
// enrolment is found by its (userId, courseId) key, not among the cohort's hundreds of members.
const COHORT_ACCESS = preparedQuery(
  "cohort_access",
  2,
  `
  SELECT EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."userId" = $1 AND e."courseId" = h."courseId" AND e."cohortId" = h.id
                   AND e.status::text IN (${LIVE_ENROLLMENT_STATUSES.map((status) => `'${status}'`).join(", ")})) AS member,
         coalesce(c."instructorId" = $1, false)
           OR EXISTS (SELECT 1 FROM "CourseCoInstructor" ci WHERE ci."courseId" = c.id AND ci."userId" = $1) AS teaching,
         EXISTS (SELECT 1 FROM "CohortMentor" m WHERE m."cohortId" = h.id AND m."userId" = $1) AS mentoring
    FROM "Cohort" h JOIN "Course" c ON c.id = h."courseId"
   WHERE h.id = $2`,
);

/** The user's membership and staff role in the cohort; null when there is no such cohort. */
export async function cohortAccess(user: CohortUser, cohortId: string): Promise<CohortAccessRow | null> {
  const [row] = await runKeptPrepared<{ member: boolean; teaching: boolean; mentoring: boolean }>(
    COHORT_VIEW_ROWS,
    COHORT_ACCESS,
    [user.id, cohortId],
  );
  if (!row) return null;
  const staff: CohortStaffRole | null =
    user.role === "ADMIN" ? "admin" : row.teaching ? "instructor" : row.mentoring ? "mentor" : null;
  return { member: row.member, staff };
}

export async function cohortStaffRole(user: CohortUser, cohortId: string): Promise<CohortStaffRole | null> {
  return (await cohortAccess(user, cohortId))?.staff ?? null;
}
