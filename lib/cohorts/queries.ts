// Reads for a cohort's members: the cohort home and the dashboard's cohort cards. Membership is a live
// enrolment in that cohort (lib/enrolment), so a refund or cancellation takes it away at once.
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { sessionAccess, type SessionState } from "./session-access";

export type CohortSessionView = {
  id: string;
  title: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  state: SessionState;
  /** Only while the session is joinable; null otherwise, whatever the row holds. */
  joinUrl: string | null;
  /** Only once the session has ended. */
  recordingUrl: string | null;
  joinOpensAt: Date;
};

export type CohortHome = {
  cohort: { id: string; title: string; timeZone: string; startsAt: Date; endsAt: Date };
  course: { slug: string; title: string };
  mentors: string[];
  sessions: CohortSessionView[];
  /** The first session not yet over and not cancelled. */
  next: CohortSessionView | null;
  now: Date;
};

const SESSION_SELECT = {
  id: true,
  title: true,
  agenda: true,
  startsAt: true,
  endsAt: true,
  joinUrl: true,
  recordingUrl: true,
  cancelledAt: true,
} as const;

function toView(
  row: { id: string; title: string; agenda: string; startsAt: Date; endsAt: Date } & Parameters<
    typeof sessionAccess
  >[0],
  now: Date,
): CohortSessionView {
  const access = sessionAccess(row, now);
  return {
    id: row.id,
    title: row.title,
    agenda: row.agenda,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    ...access,
  };
}

function nextSession(sessions: CohortSessionView[]): CohortSessionView | null {
  return sessions.find((s) => s.state === "upcoming" || s.state === "joinable") ?? null;
}

export async function isCohortMember(userId: string, cohortId: string): Promise<boolean> {
  const count = await db.enrollment.count({
    where: { userId, cohortId, status: { in: [...LIVE_ENROLLMENT_STATUSES] } },
  });
  return count > 0;
}

/** The cohort home for a member, or null for anyone else (who must not learn whether the cohort exists). */
export async function getCohortHome(
  userId: string,
  cohortId: string,
  now: Date = new Date(),
): Promise<CohortHome | null> {
  if (!(await isCohortMember(userId, cohortId))) return null;
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      title: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      course: { select: { slug: true, title: true } },
      mentors: { orderBy: { createdAt: "asc" }, select: { user: { select: { name: true } } } },
      sessions: { orderBy: { startsAt: "asc" }, select: SESSION_SELECT },
    },
  });
  if (!cohort) return null;
  const sessions = cohort.sessions.map((row) => toView(row, now));
  return {
    cohort: {
      id: cohort.id,
      title: cohort.title,
      timeZone: cohort.timeZone,
      startsAt: cohort.startsAt,
      endsAt: cohort.endsAt,
    },
    course: cohort.course,
    mentors: cohort.mentors.map((m) => m.user.name).filter((name): name is string => Boolean(name)),
    sessions,
    next: nextSession(sessions),
    now,
  };
}

export type DashboardCohort = {
  cohortId: string;
  cohortTitle: string;
  courseTitle: string;
  courseSlug: string;
  next: { title: string; startsAt: Date; endsAt: Date } | null;
};

/** The learner's live cohort enrolments, each with its next session (for the dashboard). */
export async function listMyCohorts(userId: string, now: Date = new Date()): Promise<DashboardCohort[]> {
  const enrolments = await db.enrollment.findMany({
    where: { userId, status: { in: [...LIVE_ENROLLMENT_STATUSES] }, cohortId: { not: null } },
    orderBy: { createdAt: "desc" },
    select: {
      course: { select: { slug: true, title: true } },
      cohort: {
        select: {
          id: true,
          title: true,
          sessions: {
            where: { cancelledAt: null, endsAt: { gt: now } },
            orderBy: { startsAt: "asc" },
            take: 1,
            select: { title: true, startsAt: true, endsAt: true },
          },
        },
      },
    },
  });
  return enrolments.flatMap(({ course, cohort }) =>
    cohort
      ? [
          {
            cohortId: cohort.id,
            cohortTitle: cohort.title,
            courseTitle: course.title,
            courseSlug: course.slug,
            next: cohort.sessions[0] ?? null,
          },
        ]
      : [],
  );
}
