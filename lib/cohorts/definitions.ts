import type { ActionDefinition } from "../actions/run-action";
import { SIGNED_IN } from "../auth/action-access";
import { CohortError, NO_SUCH_COHORT_MESSAGE } from "./errors";
import { calendarFeedLinks, readCalendarFeed, resetCalendarFeed, type CalendarFeedLinks } from "./feed-service";
import { postAnnouncement } from "./announcements";
import {
  announcementSchema,
  attendanceSchema,
  cancelSessionSchema,
  cohortIdSchema,
  feedTokenSchema,
  joinSessionSchema,
  sessionEditSchema,
  sessionRecordSchema,
} from "./schema";
import { sendDueCohortInvites } from "./send-invites";
import { cancelSession, joinSession, saveSession, saveSessionRecord, setAttendance } from "./session-service";
import { cohortStaffRole } from "./staff";
import { getCohortStaffView, type CohortStaffView } from "./staff-queries";

/** The member's calendar feed links (made on first ask); anyone else, the same refusal as for no cohort. */
export const calendarFeedLinksDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const links = await calendarFeedLinks(user.id, cohortId);
    if (!links) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return links;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CalendarFeedLinks>;

/** "Reset my link": the old feed URL stops answering; the answer carries the new one. */
export const resetCalendarFeedDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const links = await resetCalendarFeed(user.id, cohortId);
    if (!links) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return links;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CalendarFeedLinks>;

/** GET /calendar/[token]/cohort.ics: public, the signed token is the credential; null answers 404. */
export const calendarFeedDefinition = {
  schema: feedTokenSchema,
  auth: "public",
  handler: async ({ token }) => readCalendarFeed(token),
} satisfies ActionDefinition<typeof feedTokenSchema, "public", string | null>;

/** GET /cohorts/[id]/sessions/[sessionId]/join: records a member's attendance, then sends them to the room. */
export const joinSessionDefinition = {
  schema: joinSessionSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId, sessionId }, { user }) => joinSession(user, cohortId, sessionId),
} satisfies ActionDefinition<typeof joinSessionSchema, typeof SIGNED_IN, { url: string }>;

/** GET /cohorts/[id]/staff: roster with attendance and the sessions editor, for the cohort's staff only. */
export const cohortStaffViewDefinition = {
  schema: cohortIdSchema,
  auth: SIGNED_IN,
  handler: async ({ cohortId }, { user }) => {
    const role = await cohortStaffRole(user, cohortId);
    const view = role ? await getCohortStaffView(cohortId) : null;
    if (!view) throw new CohortError(NO_SUCH_COHORT_MESSAGE);
    return view;
  },
} satisfies ActionDefinition<typeof cohortIdSchema, typeof SIGNED_IN, CohortStaffView>;

/** Mails the members' calendar updates after the answer (inline in tests). */
const mailCalendarUpdates = () => sendDueCohortInvites().then(() => undefined);

export const saveSessionDefinition = {
  schema: sessionEditSchema,
  auth: SIGNED_IN,
  handler: async (input, { user, defer }) => {
    const saved = await saveSession(user, input);
    if (saved.calendarChanged) await defer(mailCalendarUpdates);
    return saved;
  },
} satisfies ActionDefinition<
  typeof sessionEditSchema,
  typeof SIGNED_IN,
  { sessionId: string; cohortId: string; calendarChanged: boolean }
>;

export const cancelSessionDefinition = {
  schema: cancelSessionSchema,
  auth: SIGNED_IN,
  handler: async ({ sessionId }, { user, defer }) => {
    const cancelled = await cancelSession(user, sessionId);
    await defer(mailCalendarUpdates);
    return cancelled;
  },
} satisfies ActionDefinition<typeof cancelSessionSchema, typeof SIGNED_IN, { sessionId: string; cohortId: string }>;

export const saveSessionRecordDefinition = {
  schema: sessionRecordSchema,
  auth: SIGNED_IN,
  handler: async (input, { user }) => saveSessionRecord(user, input),
} satisfies ActionDefinition<typeof sessionRecordSchema, typeof SIGNED_IN, { sessionId: string; cohortId: string }>;

export const setAttendanceDefinition = {
  schema: attendanceSchema,
  auth: SIGNED_IN,
  handler: async (input, { user }) => setAttendance(user, input),
} satisfies ActionDefinition<typeof attendanceSchema, typeof SIGNED_IN, { sessionId: string; cohortId: string }>;

export const postAnnouncementDefinition = {
  schema: announcementSchema,
  auth: SIGNED_IN,
  handler: async (input, { user }) => postAnnouncement(user, input),
} satisfies ActionDefinition<
  typeof announcementSchema,
  typeof SIGNED_IN,
  { id: string; cohortId: string; mailed: number }
>;
