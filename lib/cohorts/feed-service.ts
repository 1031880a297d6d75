// A member's calendar feed: one row per member and cohort, its URL signed with the app's secret. Resetting the
// link replaces the row's nonce, so the old URL stops answering at once; so does a refund (members only).
import { appUrl } from "../accounts/urls";
import { getAuthSecret } from "../auth/secret";
import { db } from "../db/client";
import { preparedQuery, runKeptPrepared } from "../db/prepared";
import { LIVE_ENROLLMENT_STATUSES } from "../enrolment/rules";
import { buildCohortFeed } from "./calendar";
import { calendarCohort } from "./cohort-mail";
import { createFeedToken, newFeedNonce, verifyFeedToken } from "./feed-token";
import { COHORT_VIEW_ROWS } from "./kept-views";
import { isCohortMember } from "./queries";

export type CalendarFeedLinks = { webcalUrl: string; httpsUrl: string };

function linksFor(feed: { id: string; nonce: string }): CalendarFeedLinks {
  const httpsUrl = appUrl(`/calendar/${createFeedToken(getAuthSecret(), feed.id, feed.nonce)}/cohort.ics`);
  return { httpsUrl, webcalUrl: httpsUrl.replace(/^https?:/, "webcal:") };
}

// Every cohort home view asks for the links: membership and the feed row in one prepared statement, so a
// view reads once and only the first one writes.
const MEMBER_FEED = preparedQuery(
  "cohort_member_feed",
  2,
  `
  SELECT f.id, f.nonce
    FROM "Cohort" h
    JOIN "Enrollment" e ON e."userId" = $1 AND e."courseId" = h."courseId" AND e."cohortId" = h.id
    LEFT JOIN "CohortCalendarFeed" f ON f."cohortId" = h.id AND f."userId" = e."userId"
   WHERE h.id = $2
     AND e.status::text IN (${LIVE_ENROLLMENT_STATUSES.map((status) => `'${status}'`).join(", ")})
   LIMIT 1`,
);

/** The member's feed links (made on first ask), or null for anyone who is not a member of the cohort. */
export async function calendarFeedLinks(userId: string, cohortId: string): Promise<CalendarFeedLinks | null> {
  const [member] = await runKeptPrepared<{ id: string | null; nonce: string | null }>(COHORT_VIEW_ROWS, MEMBER_FEED, [
    userId,
    cohortId,
  ]);
  if (!member) return null;
  if (member.id && member.nonce) return linksFor({ id: member.id, nonce: member.nonce });
  // Not create-and-catch: two first views at once must both succeed, and a unique violation would abort on PostgreSQL.
  await db.cohortCalendarFeed.createMany({ data: [{ userId, cohortId, nonce: newFeedNonce() }], skipDuplicates: true });
  const feed = await db.cohortCalendarFeed.findUniqueOrThrow({
    where: { cohortId_userId: { cohortId, userId } },
    select: { id: true, nonce: true },
  });
  return linksFor(feed);
}

/** "Reset my link": a new nonce, so every URL given out before stops answering. Members only (null otherwise). */
export async function resetCalendarFeed(userId: string, cohortId: string): Promise<CalendarFeedLinks | null> {
  if (!(await isCohortMember(userId, cohortId))) return null;
  const feed = await db.cohortCalendarFeed.upsert({
    where: { cohortId_userId: { cohortId, userId } },
    create: { userId, cohortId, nonce: newFeedNonce() },
    update: { nonce: newFeedNonce() },
    select: { id: true, nonce: true },
  });
  return linksFor(feed);
}

/**
 * The feed's iCalendar text for a token, or null (one answer for a forged, reset, unknown or ex-member's link,
 * so a URL tells nobody anything once it stops working).
 */
export async function readCalendarFeed(token: string): Promise<string | null> {
  const claim = verifyFeedToken(getAuthSecret(), token);
  if (!claim) return null;
  const feed = await db.cohortCalendarFeed.findUnique({
    where: { id: claim.feedId },
    select: { nonce: true, userId: true, cohortId: true },
  });
  if (!feed || feed.nonce !== claim.nonce) return null;
  if (!(await isCohortMember(feed.userId, feed.cohortId))) return null;
  const cohort = await db.cohort.findUnique({
    where: { id: feed.cohortId },
    select: {
      id: true,
      title: true,
      course: { select: { title: true } },
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          title: true,
          agenda: true,
          startsAt: true,
          endsAt: true,
          sequence: true,
          cancelledAt: true,
        },
      },
    },
  });
  if (!cohort) return null;
  return buildCohortFeed(calendarCohort(cohort), cohort.sessions);
}
