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
