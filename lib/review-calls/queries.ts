// What the project page and the mentor's review screen show of review calls.
import { groupByLocalDate } from "../booking/slots";
import { findOpenSlots } from "../booking/queries";
import type { CohortUser } from "../cohorts/staff";
import { db } from "../db/client";
import { COHORT_VIEW_ROWS } from "../cohorts/kept-views";
import { preparedQuery, runKeptPrepared } from "../db/prepared";
import { callableSubmissionOrThrow, callMentorsOf } from "./access";
import { liveCallOf } from "./service";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead the page offers times (the mentor's own horizon may be shorter). */
export const CALL_DAYS = 14;

const callSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  name: true,
  advisorId: true,
  advisor: { select: { videoUrl: true, changeCutoffHours: true, user: { select: { name: true } } } },
} as const;

function describeCall(
  call: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    name: string;
    advisorId: string;
    advisor: { videoUrl: string; changeCutoffHours: number; user: { name: string | null } };
  },
  now: Date,
) {
  const changesCloseAt = new Date(call.startsAt.getTime() - call.advisor.changeCutoffHours * 60 * 60 * 1000);
  return {
    id: call.id,
    startsAt: call.startsAt,
    endsAt: call.endsAt,
    learnerName: call.name,
    mentorId: call.advisorId,
    mentorName: call.advisor.user.name ?? "Your mentor",
    joinUrl: call.advisor.videoUrl,
    changesCloseAt,
    canChange: now < changesCloseAt,
  };
}

/**
 * The learner's panel for their submission: the cohort's mentors who take calls, the live call if any, and the
 * chosen mentor's free times over the next two weeks, by date in the learner's zone.
 */
export async function getReviewCallPanel(
  user: CohortUser & { timeZone: string },
  input: { submissionId: string; mentorId?: string },
  now: Date = new Date(),
) {
  const submission = await callableSubmissionOrThrow(user, input.submissionId);
  const mentors = await callMentorsOf(submission.cohortId);
  const live = await liveCallOf(submission);
  const call = live
    ? describeCall(await db.booking.findUniqueOrThrow({ where: { id: live.id }, select: callSelect }), now)
    : null;
  const mentorId = call?.mentorId ?? mentors.find((m) => m.id === input.mentorId)?.id ?? mentors[0]?.id ?? null;
  const slots = mentorId
    ? await findOpenSlots({
        topic: "OTHER",
        advisorId: mentorId,
        from: now,
        to: new Date(now.getTime() + CALL_DAYS * DAY_MS),
        now,
        purpose: "review-call",
        ignoreBookingId: call?.id,
      })
    : [];
  const offered = slots.filter((slot) => slot.start !== call?.startsAt.getTime());
  const days = [...groupByLocalDate(offered, user.timeZone)].map(([date, list]) => ({
    date,
    slots: list.map((slot) => new Date(slot.start).toISOString()),
  }));
  return { submissionId: submission.id, mentors, mentorId, call, days };
}

/**
 * The calls booked about a learner's work on the submission's project (this attempt or an earlier one), for
 * its cohort's staff (the caller has checked they are).
 */
export async function callsForSubmission(submissionId: string, now: Date = new Date()) {
  const submission = await db.projectSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: { userId: true, projectId: true },
  });
  const calls = await db.booking.findMany({
    where: { status: "CONFIRMED", submission: { userId: submission.userId, projectId: submission.projectId } },
    orderBy: { startsAt: "asc" },
    select: callSelect,
  });
  return calls.map((call) => describeCall(call, now));
}

/** The review queue lists at most this many upcoming calls. */
const UPCOMING_CALLS = 50;

// The cohort's upcoming review calls in one prepared statement (lib/db/prepared.ts), read on every view of the
// review queue: through Prisma the same read (the booking with its advisor, the advisor's user, the submission
// and its project) cost ~7 ms a view on PGlite, planned anew each time. $2 is the earliest end (ISO time).
const UPCOMING_CALLS_OF_COHORT = preparedQuery(
  "cohort_upcoming_calls",
  2,
  `
  SELECT b.id, b."startsAt", b."endsAt", b.name, b."advisorId", a."videoUrl", a."changeCutoffHours",
         au.name AS "advisorName", s.id AS "submissionId", p.title AS "projectTitle"
    FROM "Booking" b
    JOIN "ProjectSubmission" s ON s.id = b."submissionId" AND s."cohortId" = $1
    JOIN "CourseProject" p ON p.id = s."projectId"
    JOIN "Advisor" a ON a.id = b."advisorId"
    JOIN "User" au ON au.id = a."userId"
   WHERE b.status = 'CONFIRMED' AND b."endsAt" > $2::timestamptz
   ORDER BY b."startsAt", b.id
   LIMIT ${UPCOMING_CALLS}`,
);

type UpcomingCallRow = {
  id: string;
  startsAt: Date | string;
  endsAt: Date | string;
  name: string;
  advisorId: string;
  videoUrl: string;
  changeCutoffHours: number;
  advisorName: string | null;
  submissionId: string;
  projectTitle: string;
};

const CALL_SHOWN_AFTER_END_MS = 60 * 60 * 1000;

/** The cohort's upcoming review calls (from an hour ago on), soonest first, for its staff's review queue. */
export async function upcomingCallsOfCohort(cohortId: string, now: Date = new Date()) {
  const from = new Date(now.getTime() - CALL_SHOWN_AFTER_END_MS).toISOString();
  // Kept by cohort: until the first listed call is an hour over, later reads would list the same calls.
  const rows = await runKeptPrepared<UpcomingCallRow>(COHORT_VIEW_ROWS, UPCOMING_CALLS_OF_COHORT, [cohortId, from], {
    keyedBy: [cohortId],
    now: now.getTime(),
    until: (listed) =>
      Math.min(...listed.map((row) => new Date(row.endsAt).getTime() + CALL_SHOWN_AFTER_END_MS), Infinity),
  });
  return rows.map((row) => ({
    ...describeCall(
      {
        id: row.id,
        startsAt: new Date(row.startsAt),
        endsAt: new Date(row.endsAt),
        name: row.name,
        advisorId: row.advisorId,
        advisor: {
          videoUrl: row.videoUrl,
          changeCutoffHours: Number(row.changeCutoffHours),
          user: { name: row.advisorName },
        },
      },
      now,
    ),
    submissionId: row.submissionId,
    projectTitle: row.projectTitle,
  }));
}
