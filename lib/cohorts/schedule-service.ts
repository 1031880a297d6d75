// The studio's schedule editor: the course's instructors (and admins) add one live session or a weekly series
// to a cohort, and cancel the rest of a series. Mentors run sessions (edit, cancel one, attendance) but do not
// plan the schedule. New rows need no mail of their own: the calendar job sends each member a REQUEST for every
// future session it has not invited them to, with the session's UID, and a cancel bumps SEQUENCE so it sends
// the CANCEL (send-invites.ts). Receivers hear cohort.session.scheduled / .cancelled from the same transaction.
import { randomUUID } from "node:crypto";
import type { ZodError } from "zod";
import { INVALID_FIELDS_MESSAGE } from "../actions/result";
import { fieldErrorsOf } from "../actions/run-action";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { kickOutbox } from "../outbox/kick";
import { emitCohortSessionEvent } from "../webhooks/domain-events";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { sessionDay, sessionTimes } from "./format";
import { expandRecurrence, recurrenceSchema } from "./recurrence";
import type { AddSeriesInput, AddSessionInput } from "./schedule-schema";
import { instantIn } from "./local-input";
import { cohortStaffRole, type CohortUser } from "./staff";

type Tx = Prisma.TransactionClient;
type NewSession = { startsAt: Date; endsAt: Date };
/** Whose zone and clock a refusal names times in: the signed-in planner's saved ones (the cohort's zone without). */
type PlannerClock = { timeZone?: string; hour12?: boolean };

export const TAKEN_MESSAGE = "Another session of this cohort starts at that moment: choose another time.";

/** The cohort, for its course's instructors and admins; anyone else hears the same as for no cohort. */
export async function plannerCohortOrThrow(user: CohortUser, cohortId: string) {
  const role = await cohortStaffRole(user, cohortId);
  if (role !== "admin" && role !== "instructor") throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  return db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { id: true, title: true, timeZone: true, startsAt: true, endsAt: true, courseId: true },
  });
}

/**
 * Writes the sessions and their events in one transaction: all or none. A start another live session of the cohort
 * holds is named in the refusal. A start a cancelled session holds takes that row back with the new details (its
 * SEQUENCE bumped): members' calendars got a CANCEL for its UID, and the next REQUEST with a higher SEQUENCE puts
 * the event back, where a second event at the same time would sit beside the cancelled one.
 */
async function insertSessions(
  cohort: { id: string; timeZone: string },
  details: { title: string; agenda: string; joinUrl: string },
  sessions: NewSession[],
  seriesId: string | null,
  viewer: PlannerClock,
): Promise<string[]> {
  try {
    const ids = await db.$transaction(async (tx: Tx) => {
      const taken = await tx.cohortSession.findMany({
        where: { cohortId: cohort.id, startsAt: { in: sessions.map((s) => s.startsAt) } },
        orderBy: { startsAt: "asc" },
        select: { id: true, startsAt: true, endsAt: true, cancelledAt: true },
      });
      const live = taken.find((row) => row.cancelledAt === null);
      if (live) throw takenError(live, cohort.timeZone, viewer);
      const cancelledByStart = new Map(taken.map((row) => [row.startsAt.getTime(), row.id]));
      const fields = { title: details.title, agenda: details.agenda, joinUrl: details.joinUrl || null, seriesId };
      const revived = [];
      for (const s of sessions.filter((s) => cancelledByStart.has(s.startsAt.getTime())))
        revived.push(
          await tx.cohortSession.update({
            where: { id: cancelledByStart.get(s.startsAt.getTime())! },
            data: { ...fields, endsAt: s.endsAt, cancelledAt: null, sequence: { increment: 1 } },
            select: { id: true, startsAt: true },
          }),
        );
      const created = await tx.cohortSession.createManyAndReturn({
        data: sessions
          .filter((s) => !cancelledByStart.has(s.startsAt.getTime()))
          .map((s) => ({ ...fields, cohortId: cohort.id, startsAt: s.startsAt, endsAt: s.endsAt })),
        select: { id: true, startsAt: true },
      });
      const rows = [...revived, ...created].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (const row of rows) await emitCohortSessionEvent(tx, "cohort.session.scheduled", row.id);
      return rows.map((row) => row.id);
    });
    await kickOutbox();
    return ids;
  } catch (error) {
    // Two editors adding the same time at once: the unique (cohortId, startsAt) lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new CohortError(TAKEN_MESSAGE, { startsAt: ["Another session starts then."] });
    throw error;
  }
}

/**
 * Names the session in the planner's zone and clock, as the rest of the pages show times; where the cohort's zone
 * differs, its wall time too, since the form's start is entered in the cohort's zone.
 */
function takenError(taken: NewSession, cohortZone: string, viewer: PlannerClock): CohortError {
  const timeZone = viewer.timeZone || cohortZone;
  const hour12 = viewer.hour12 ?? false;
  const times = (zone: string) => sessionTimes(taken.startsAt, taken.endsAt, zone, hour12);
  const inCohortZone = timeZone === cohortZone ? "" : `; ${times(cohortZone)} in the cohort's zone, ${cohortZone}`;
  const when = `${sessionDay(taken.startsAt, timeZone)}, ${times(timeZone)} (${timeZone}${inCohortZone})`;
  return new CohortError(`Another session of this cohort already starts on ${when}: choose another time.`, {
    startsAt: ["Another session starts then."],
  });
}

function refuseThePast(first: Date, now: Date, field: string) {
  if (first.getTime() <= now.getTime())
    throw new CohortError("That start has passed: choose a time in the future.", {
      [field]: ["Choose a time in the future."],
    });
}

export async function addCohortSession(
  user: CohortUser & PlannerClock,
  input: AddSessionInput,
  now: Date = new Date(),
) {
  const cohort = await plannerCohortOrThrow(user, input.cohortId);
  const startsAt = instantIn(input.startsAt, cohort.timeZone);
  refuseThePast(startsAt, now, "startsAt");
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  const [sessionId] = await insertSessions(cohort, input, [{ startsAt, endsAt }], null, user);
  return { cohortId: cohort.id, sessionId: sessionId!, created: 1 };
}

export async function addCohortSeries(user: CohortUser & PlannerClock, input: AddSeriesInput, now: Date = new Date()) {
  const cohort = await plannerCohortOrThrow(user, input.cohortId);
  const rule = {
    weekdays: input.weekdays,
    time: input.time,
    durationMinutes: input.durationMinutes,
    timeZone: cohort.timeZone,
    from: input.from,
    ...(input.count !== undefined ? { count: input.count } : {}),
    ...(input.until !== undefined ? { until: input.until } : {}),
  };
  const checked = recurrenceSchema.safeParse(rule);
  if (!checked.success) throw seriesError(checked.error);
  const occurrences = expandRecurrence(rule);
  if (occurrences.length === 0)
    throw new CohortError("No session falls between those dates: choose a later last date or other weekdays.", {
      until: ["No chosen weekday falls on or before this date."],
    });
  refuseThePast(occurrences[0]!.startsAt, now, "from");
  const seriesId = randomUUID();
  const ids = await insertSessions(cohort, input, occurrences, seriesId, user);
  return { cohortId: cohort.id, seriesId, created: ids.length };
}

/** The fields say what to change (under each field), the form's alert the same as any refused form. */
function seriesError(error: ZodError): CohortError {
  return new CohortError(INVALID_FIELDS_MESSAGE, fieldErrorsOf(error) as Record<string, string[]>);
}

/**
 * Cancels this session and every later one of its series that has not ended; sessions already cancelled stay
 * as they were (two cancels at once: each session is cancelled, and reported, once).
 */
export async function cancelSeriesFrom(user: CohortUser, sessionId: string, now: Date = new Date()) {
  const session = await db.cohortSession.findUnique({
    where: { id: sessionId },
    select: { id: true, cohortId: true, seriesId: true, startsAt: true },
  });
  if (!session) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  await plannerCohortOrThrow(user, session.cohortId);
  if (!session.seriesId)
    throw new CohortError("This session is not part of a series: cancel it on its own.", {
      sessionId: ["Not part of a series."],
    });
  const seriesId = session.seriesId;
  const cancelled = await db.$transaction(async (tx: Tx) => {
    const rows = await tx.cohortSession.updateManyAndReturn({
      where: {
        cohortId: session.cohortId,
        seriesId,
        startsAt: { gte: session.startsAt },
        endsAt: { gt: now },
        cancelledAt: null,
      },
      data: { cancelledAt: now, sequence: { increment: 1 } },
      select: { id: true, startsAt: true },
    });
    rows.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const row of rows) await emitCohortSessionEvent(tx, "cohort.session.cancelled", row.id);
    return rows.length;
  });
  await kickOutbox();
  return { cohortId: session.cohortId, seriesId, cancelled };
}

/** The schedule editor's page: the cohort, its course, and every session (cancelled ones too), earliest first. */
export async function getCohortSchedule(user: CohortUser, cohortId: string) {
  const cohort = await plannerCohortOrThrow(user, cohortId);
  const [course, sessions] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: cohort.courseId }, select: { id: true, title: true } }),
    db.cohortSession.findMany({
      where: { cohortId },
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
        seriesId: true,
      },
    }),
  ]);
  return { cohort, course, sessions };
}
export type CohortSchedule = Awaited<ReturnType<typeof getCohortSchedule>>;
