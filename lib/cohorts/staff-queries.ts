// The staff view of a cohort: the roster with each member's attendance, and the sessions as staff edit them
// (the join link whatever the time, cancelled ones included).
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";

export type StaffSession = {
  id: string;
  title: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  joinUrl: string | null;
  recordingUrl: string | null;
  notes: string;
  cancelledAt: Date | null;
  updatedAt: Date;
};

export type RosterMember = {
  id: string;
  name: string | null;
  email: string;
  /** Session id → present (true), absent (false); a session missing here has nothing recorded. */
  attendance: Record<string, boolean>;
  attended: number;
};

export type CohortStaffView = {
  cohort: { id: string; title: string; timeZone: string; startsAt: Date; endsAt: Date };
  course: { slug: string; title: string };
  sessions: StaffSession[];
  roster: RosterMember[];
};

export async function getCohortStaffView(cohortId: string): Promise<CohortStaffView | null> {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      title: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      course: { select: { slug: true, title: true } },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          title: true,
          agenda: true,
          startsAt: true,
          endsAt: true,
          joinUrl: true,
          recordingUrl: true,
          notes: true,
          cancelledAt: true,
          updatedAt: true,
        },
      },
      enrollments: {
        where: { status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
        orderBy: { createdAt: "asc" },
        select: {
          user: {
            select: {
              id: true,
              name: true,
              email: true,
              cohortAttendance: {
                where: { session: { cohortId } },
                select: { sessionId: true, present: true },
              },
            },
          },
        },
      },
    },
  });
  if (!cohort) return null;
  const { enrollments, sessions, course, ...rest } = cohort;
  return {
    cohort: rest,
    course,
    sessions,
    roster: enrollments.map(({ user }) => {
      const attendance = Object.fromEntries(user.cohortAttendance.map((a) => [a.sessionId, a.present]));
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        attendance,
        attended: Object.values(attendance).filter(Boolean).length,
      };
    }),
  };
}

export type RunCohort = { cohortId: string; cohortTitle: string; courseTitle: string; startsAt: Date };

/** The cohorts a person mentors or whose course they teach, still running or to come (for the dashboard). */
export async function listCohortsIRun(userId: string, now: Date = new Date()): Promise<RunCohort[]> {
  const cohorts = await db.cohort.findMany({
    where: {
      endsAt: { gt: now },
      OR: [
        { mentors: { some: { userId } } },
        { course: { instructorId: userId } },
        { course: { coInstructors: { some: { userId } } } },
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, startsAt: true, course: { select: { title: true } } },
  });
  return cohorts.map((c) => ({
    cohortId: c.id,
    cohortTitle: c.title,
    courseTitle: c.course.title,
    startsAt: c.startsAt,
  }));
}
