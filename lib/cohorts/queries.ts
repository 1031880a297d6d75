// Reads for a cohort's members: the cohort home and the dashboard's cohort cards. Membership is a live
// enrolment in that cohort (lib/enrolment), so a refund or cancellation takes it away at once.
import { db } from "../db/client";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { preparedQuery, runKeptPrepared } from "../db/prepared";
import { COHORT_VIEW_ROWS } from "./kept-views";
import { sessionAccess, type SessionState } from "./session-access";
import { cohortAccess } from "./staff";
import type { StaffSession } from "./staff-queries";

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

/** A session as stored, which staff see whole (staff-queries.ts); members see it through toView. */
type SessionRow = Omit<StaffSession, "updatedAt">;

function toView(row: SessionRow, now: Date, attended: boolean | null): CohortSessionView {
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
  // The role does not matter for membership.
  return (await cohortAccess({ id: userId, role: "LEARNER" }, cohortId))?.member ?? false;
}

// The whole cohort home in one statement (the cohort, its course, mentors, sessions with the viewer's own
// attendance, the latest announcements), prepared (lib/db/prepared.ts): on PGlite the five reads Prisma made
// of it, each planned anew, cost several times what running them does.
const COHORT_HOME = preparedQuery(
  "cohort_home",
  2,
  `
  SELECT h.id, h.title, h."timeZone", h."startsAt", h."endsAt", c.slug AS "courseSlug", c.title AS "courseTitle",
         (SELECT coalesce(json_agg(u.name ORDER BY m."createdAt", m."userId"), '[]'::json)
            FROM "CohortMentor" m JOIN "User" u ON u.id = m."userId" WHERE m."cohortId" = h.id) AS mentors,
         (SELECT coalesce(json_agg(json_build_object(
                   'id', s.id, 'title', s.title, 'agenda', s.agenda, 'startsAt', s."startsAt", 'endsAt', s."endsAt",
                   'joinUrl', s."joinUrl", 'recordingUrl', s."recordingUrl", 'cancelledAt', s."cancelledAt",
                   'notes', s.notes, 'present', a.present) ORDER BY s."startsAt"), '[]'::json)
            FROM "CohortSession" s
            LEFT JOIN "CohortAttendance" a ON a."sessionId" = s.id AND a."userId" = $1
           WHERE s."cohortId" = h.id) AS sessions,
         (SELECT coalesce(json_agg(x ORDER BY x."createdAt" DESC, x.id DESC), '[]'::json)
            FROM (SELECT n.id, n.title, n.body, n."createdAt", u.name AS author
                    FROM "CohortAnnouncement" n LEFT JOIN "User" u ON u.id = n."authorId"
                   WHERE n."cohortId" = h.id
                   ORDER BY n."createdAt" DESC, n.id DESC LIMIT 20) x) AS announcements
    FROM "Cohort" h JOIN "Course" c ON c.id = h."courseId"
   WHERE h.id = $2`,
);

type JsonDate = string | Date;
type HomeRow = {
  id: string;
  title: string;
  timeZone: string;
  startsAt: JsonDate;
  endsAt: JsonDate;
  courseSlug: string;
  courseTitle: string;
  mentors: Array<string | null>;
  sessions: Array<
    Omit<SessionRow, "startsAt" | "endsAt" | "cancelledAt"> & {
      startsAt: JsonDate;
      endsAt: JsonDate;
      cancelledAt: JsonDate | null;
      present: boolean | null;
    }
  >;
  announcements: Array<{ id: string; title: string; body: string; createdAt: JsonDate; author: string | null }>;
};

/** A json column as the driver hands it over (parsed, or text). */
function parsedJson<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}

/**
 * The cohort home for a member (or, with `staff`, for the cohort's staff), or null for anyone else (who must not
 * learn whether the cohort exists). A caller that has read the membership already passes it as `member`.
 */
export async function getCohortHome(
  userId: string,
  cohortId: string,
  now: Date = new Date(),
  options: { staff?: boolean; member?: boolean } = {},
): Promise<CohortHome | null> {
  const member = options.member ?? (await isCohortMember(userId, cohortId));
  if (!member && !options.staff) return null;
  const [row] = await runKeptPrepared<HomeRow>(COHORT_VIEW_ROWS, COHORT_HOME, [userId, cohortId]);
  if (!row) return null;
  const sessions = parsedJson(row.sessions).map((session) =>
    toView(
      {
        ...session,
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
        cancelledAt: session.cancelledAt === null ? null : new Date(session.cancelledAt),
      },
      now,
      member ? session.present : null,
    ),
  );
  return {
    cohort: {
      id: row.id,
      title: row.title,
      timeZone: row.timeZone,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
    },
    course: { slug: row.courseSlug, title: row.courseTitle },
    mentors: parsedJson(row.mentors).filter((name): name is string => Boolean(name)),
    sessions,
    next: nextSession(sessions),
    announcements: parsedJson(row.announcements).map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      author: a.author,
      createdAt: new Date(a.createdAt),
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
