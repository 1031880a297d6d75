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
  /** Staff notes, shown once the session has ended. */
  notes: string;
  /** The viewer's own attendance (members): true present, false absent, null not recorded. */
  attended: boolean | null;
};

export type CohortAnnouncementView = {
  id: string;
  title: string;
  body: string;
  author: string | null;
  createdAt: Date;
};

export type CohortHome = {
  cohort: { id: string; title: string; timeZone: string; startsAt: Date; endsAt: Date };
  course: { slug: string; title: string };
  mentors: string[];
  sessions: CohortSessionView[];
  /** The first session not yet over and not cancelled. */
  next: CohortSessionView | null;
  announcements: CohortAnnouncementView[];
  /** A member, or the cohort's staff (mentor, instructor, admin) looking at the members' page. */
  viewer: "member" | "staff";
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
  notes: true,
} as const;

function toView(
  row: { id: string; title: string; agenda: string; startsAt: Date; endsAt: Date; notes: string } & Parameters<
    typeof sessionAccess
  >[0],
  now: Date,
  attended: boolean | null,
): CohortSessionView {
  const access = sessionAccess(row, now);
  return {
    id: row.id,
    title: row.title,
    agenda: row.agenda,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    ...access,
    notes: access.state === "ended" ? row.notes : "",
    attended,
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

/**
 * The cohort home for a member (or, with `staff`, for the cohort's staff), or null for anyone else (who must not
 * learn whether the cohort exists).
 */
export async function getCohortHome(
  userId: string,
  cohortId: string,
  now: Date = new Date(),
  options: { staff?: boolean } = {},
): Promise<CohortHome | null> {
  const member = await isCohortMember(userId, cohortId);
  if (!member && !options.staff) return null;
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
      sessions: {
        orderBy: { startsAt: "asc" },
        select: { ...SESSION_SELECT, attendance: { where: { userId }, select: { present: true } } },
      },
      announcements: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 20,
        select: { id: true, title: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!cohort) return null;
  const sessions = cohort.sessions.map((row) => toView(row, now, member ? (row.attendance[0]?.present ?? null) : null));
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
    announcements: cohort.announcements.map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      author: a.author?.name ?? null,
      createdAt: a.createdAt,
    })),
    viewer: member ? "member" : "staff",
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
