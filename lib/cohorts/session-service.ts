// What happens to a live session around and after it: a member joins through the app (attendance recorded,
// then the video room), staff edit it (a change members' calendars must follow bumps its SEQUENCE, and the
// invites job mails the update), cancel it, add the recording and notes, and correct attendance.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { kickOutbox } from "../outbox/kick";
import { emitCohortSessionEvent } from "../webhooks/domain-events";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { instantIn } from "./local-input";
import { isCohortMember } from "./queries";
import { sessionAccess } from "./session-access";
import { cohortStaffRole, type CohortUser } from "./staff";

export const NOT_STAFF_MESSAGE = "Only this cohort's mentors and the course's instructors can do that.";
export const JOIN_CLOSED_MESSAGE = "The join link opens 15 minutes before the session starts and closes when it ends.";

/** The session with its cohort, or the same refusal as for no cohort (never saying which part was wrong). */
async function sessionOrThrow(sessionId: string, cohortId?: string) {
  const session = await db.cohortSession.findUnique({
    where: { id: sessionId },
    include: { cohort: { select: { id: true, timeZone: true } } },
  });
  if (!session || (cohortId !== undefined && session.cohortId !== cohortId))
    throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  return session;
}

/** Staff of the session's cohort only; anyone else hears the same as for a session that does not exist. */
export async function staffSessionOrThrow(user: CohortUser, sessionId: string) {
  const session = await sessionOrThrow(sessionId);
  if (!(await cohortStaffRole(user, session.cohortId))) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  return session;
}

/**
 * A member (or staff) opens the join link through the app: inside the join window, a member's attendance is
 * recorded (the first join's time kept; a staff correction is not overwritten) and the room's address returned.
 */
export async function joinSession(user: CohortUser, cohortId: string, sessionId: string, now: Date = new Date()) {
  const member = await isCohortMember(user.id, cohortId);
  if (!member && !(await cohortStaffRole(user, cohortId))) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
  const session = await sessionOrThrow(sessionId, cohortId);
  const access = sessionAccess(session, now);
  if (access.state !== "joinable" || !access.joinUrl) throw new CohortError(JOIN_CLOSED_MESSAGE);
  if (member) {
    await db.$transaction(async (tx) => {
      await tx.cohortAttendance.createMany({
        data: [{ sessionId, userId: user.id, present: true, firstJoinAt: now }],
        skipDuplicates: true,
      });
      await tx.cohortAttendance.updateMany({
        where: { sessionId, userId: user.id, firstJoinAt: null },
        data: { firstJoinAt: now },
      });
    });
  }
  return { url: access.joinUrl };
}

export async function saveSession(
  user: CohortUser,
  input: { sessionId: string; title: string; agenda: string; startsAt: string; endsAt: string; joinUrl: string },
) {
  const session = await staffSessionOrThrow(user, input.sessionId);
  const startsAt = instantIn(input.startsAt, session.cohort.timeZone);
  const endsAt = instantIn(input.endsAt, session.cohort.timeZone);
  if (endsAt <= startsAt)
    throw new CohortError("The session ends before it starts: choose an end after the start.", {
      endsAt: ["Choose an end after the start."],
    });
  // Members' calendars follow the title, agenda and times; the room's link is not in the invite.
  const calendarChanged =
    session.title !== input.title ||
    session.agenda !== input.agenda ||
    session.startsAt.getTime() !== startsAt.getTime() ||
    session.endsAt.getTime() !== endsAt.getTime();
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.cohortSession.updateMany({
        where: { id: session.id, updatedAt: session.updatedAt },
        data: {
          title: input.title,
          agenda: input.agenda,
          startsAt,
          endsAt,
          joinUrl: input.joinUrl || null,
          ...(calendarChanged ? { sequence: { increment: 1 } } : {}),
        },
      });
      if (count === 0)
        throw new CohortError("Someone else changed this session meanwhile. Reload the page and edit it again.");
      // Receivers hear of changes members see (title, agenda, times); a new room link alone is not news.
      if (calendarChanged) await emitCohortSessionEvent(tx, "cohort.session.updated", session.id);
    });
    await kickOutbox();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new CohortError("Another session of this cohort starts at that moment: choose another start.", {
        startsAt: ["Another session starts then."],
      });
    throw error;
  }
  return { sessionId: session.id, cohortId: session.cohortId, calendarChanged };
}

export async function cancelSession(user: CohortUser, sessionId: string, now: Date = new Date()) {
  const session = await staffSessionOrThrow(user, sessionId);
  if (session.cancelledAt) return { sessionId, cohortId: session.cohortId };
  await db.$transaction(async (tx) => {
    const { count } = await tx.cohortSession.updateMany({
      where: { id: sessionId, cancelledAt: null },
      data: { cancelledAt: now, sequence: { increment: 1 } },
    });
    // Two cancels at once: only the one that cancelled tells the receivers.
    if (count === 1) await emitCohortSessionEvent(tx, "cohort.session.cancelled", sessionId);
  });
  await kickOutbox();
  return { sessionId, cohortId: session.cohortId };
}

export async function saveSessionRecord(
  user: CohortUser,
  input: { sessionId: string; recordingUrl: string; notes: string },
) {
  const session = await staffSessionOrThrow(user, input.sessionId);
  await db.cohortSession.update({
    where: { id: session.id },
    data: { recordingUrl: input.recordingUrl || null, notes: input.notes },
  });
  return { sessionId: session.id, cohortId: session.cohortId };
}

/** Staff mark a member present or absent (only a member of that cohort). */
export async function setAttendance(user: CohortUser, input: { sessionId: string; userId: string; present: boolean }) {
  const session = await staffSessionOrThrow(user, input.sessionId);
  if (!(await isCohortMember(input.userId, session.cohortId)))
    throw new CohortError("That person is not a member of this cohort.");
  await db.cohortAttendance.upsert({
    where: { sessionId_userId: { sessionId: session.id, userId: input.userId } },
    create: { sessionId: session.id, userId: input.userId, present: input.present, markedById: user.id },
    update: { present: input.present, markedById: user.id },
  });
  return { sessionId: session.id, cohortId: session.cohortId };
}
