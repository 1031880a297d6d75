// The cohort pages' statements kept on PGlite (lib/cohorts/kept-views.ts, lib/db/kept-rows.ts): a repeat view of the
// cohort home or the review queue runs none of them again; any change to what they read, made through the app or
// straight in SQL, counts from the very next view (a refund, an announcement, attendance, a submission and its
// review, a renamed mentor or learner, an archived project, a reset calendar link, a cancelled call); and the
// upcoming calls leave the queue an hour after they end with no change in the database. On PostgreSQL nothing is
// kept (and nothing notifies): the same answers, read each time.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { cohortHomeStateDefinition } from "@/lib/cohort-views/home-answer";
import { reviewQueueStateDefinition } from "@/lib/cohort-views/review-queue-answer";
import { bookReviewCallDefinition } from "@/lib/review-calls/definitions";
import { upcomingCallsOfCohort } from "@/lib/review-calls/queries";
import { countStatementRuns } from "@/tests/helpers/statement-runs";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { callSlot, createReviewCallCourse, memberWithSubmission } from "../review-calls/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Who = { id: string; sessionVersion: number };
const onPglite = process.env.TEST_DATABASE_URL === undefined;
const pgliteOf = (db: TestDatabase) => ("pglite" in db.jobs ? db.jobs.pglite : null);

async function homeOf(who: Who, cohortId: string) {
  const result = await runAction(cohortHomeStateDefinition, { cohortId }, scopeFor(claimsOf(who)));
  return result.ok ? result.data : { refused: result.error };
}

async function queueOf(who: Who, cohortId: string) {
  const result = await runAction(reviewQueueStateDefinition, { cohortId }, scopeFor(claimsOf(who)));
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("the cohort pages' kept statements", () => {
  it.runIf(onPglite)("answer a repeat view on PGlite without running them again", async () => {
    const setup = await createReviewCallCourse(t.db);
    const { member } = await memberWithSubmission(t.db, setup);
    const cohortId = setup.april.id;
    // The first views read (and the home's first makes the member's calendar feed row, a write that drops what
    // was kept, so it reads again); after them, nothing.
    for (let n = 0; n < 2; n += 1) {
      await homeOf(member, cohortId);
      await queueOf(setup.mentor, cohortId);
    }
    // (Not the session check: this test's stand-in sign-in records a new session per call, which drops it.)
    const runs = countStatementRuns(pgliteOf(t)!, "ba_cohort", "ba_project_review");
    for (let n = 0; n < 4; n += 1) {
      expect(await homeOf(member, cohortId)).toMatchObject({ home: { viewer: "member" } });
      expect((await queueOf(setup.mentor, cohortId)).queue.waiting).toBe(1);
    }
    expect(runs).toEqual({});
    // The counter sees the statements when they do run.
    await t.db.cohortAnnouncement.create({
      data: { cohortId, authorId: setup.mentor.id, title: "Hello", body: "Hi." },
    });
    await homeOf(member, cohortId);
    expect(runs).toMatchObject({ ba_cohort_access: 1, ba_cohort_home: 1, ba_cohort_projects: 1 });
  });

  it("notify only where they are kept: PGlite has the triggers, PostgreSQL none (a notifying commit locks the database)", async () => {
    const [{ triggers }] = await t.db.$queryRawUnsafe<[{ triggers: number }]>(
      `SELECT count(*)::int AS triggers FROM pg_trigger WHERE tgname = 'academy_cohort_views'`,
    );
    if (onPglite) expect(triggers).toBe(14);
    else expect(triggers).toBe(0);
  });

  it("count every change to what they read from the very next view, through the app or straight in SQL", async () => {
    const setup = await createReviewCallCourse(t.db);
    const cohortId = setup.april.id;
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    await t.db.cohortSession.create({
      data: {
        cohortId,
        title: "Kick-off",
        startsAt: new Date("2027-04-12T16:00:00Z"),
        endsAt: new Date("2027-04-12T17:30:00Z"),
      },
    });
    const home = () => homeOf(member, cohortId);
    const queue = () => queueOf(setup.mentor, cohortId);
    const first = await home();
    if ("refused" in first) throw new Error(first.refused);
    expect((await queue()).queue.items.map((item) => item.id)).toEqual([submissionId]);
    // Kept from here on (the first view made the member's calendar feed row, which dropped what it had read).
    await home();

    await t.db.cohortAnnouncement.create({
      data: { cohortId, authorId: setup.mentor.id, title: "Room change", body: "Room 4 on Monday." },
    });
    expect(await home()).toMatchObject({ home: { announcements: [{ title: "Room change" }] } });

    const session = first.home.sessions[0]!;
    await t.db.$executeRawUnsafe(`UPDATE "CohortSession" SET "title" = 'Renamed' WHERE "id" = $1`, session.id);
    await t.db.$executeRawUnsafe(
      `INSERT INTO "CohortAttendance" ("sessionId", "userId", "present", "updatedAt") VALUES ($1, $2, true, now())`,
      session.id,
      member.id,
    );
    const renamed = await home();
    expect(!("refused" in renamed) && renamed.home.sessions.find((s) => s.id === session.id)).toMatchObject({
      title: "Renamed",
      attended: true,
    });

    await t.db.$executeRawUnsafe(`UPDATE "User" SET "name" = 'Renamed Mentor' WHERE "id" = $1`, setup.mentor.id);
    expect(await home()).toMatchObject({ home: { mentors: ["Renamed Mentor"] } });
    await t.db.$executeRawUnsafe(`UPDATE "User" SET "name" = 'Renamed Learner' WHERE "id" = $1`, member.id);
    expect((await queue()).queue.items[0]).toMatchObject({ learner: "Renamed Learner" });

    await t.db.$executeRawUnsafe(`UPDATE "ProjectSubmission" SET "status" = 'PASSED' WHERE "id" = $1`, submissionId);
    expect((await queue()).queue.waiting).toBe(0);
    expect(await home()).toMatchObject({
      projects: expect.arrayContaining([expect.objectContaining({ id: setup.projects.text.id, state: "PASSED" })]),
    });

    await t.db.$executeRawUnsafe(
      `UPDATE "CourseProject" SET "archivedAt" = now() WHERE "id" = $1`,
      setup.projects.upload.id,
    );
    const archived = await home();
    expect(!("refused" in archived) && archived.projects.map((p) => p.id)).not.toContain(setup.projects.upload.id);

    const feed = !("refused" in archived) && archived.feed;
    await t.db.$executeRawUnsafe(
      `UPDATE "CohortCalendarFeed" SET "nonce" = 'reset-by-hand' WHERE "userId" = $1`,
      member.id,
    );
    const reset = await home();
    expect(!("refused" in reset) && reset.feed).not.toEqual(feed);

    await t.db.$executeRawUnsafe(`UPDATE "Enrollment" SET "status" = 'REFUNDED' WHERE "userId" = $1`, member.id);
    expect(await home()).toEqual({ refused: expect.any(String) });
  });

  it("list a review call until an hour after it ends, and not once it is cancelled", async () => {
    const setup = await createReviewCallCourse(t.db);
    const cohortId = setup.april.id;
    const { member, submissionId } = await memberWithSubmission(t.db, setup);
    expect(await upcomingCallsOfCohort(cohortId)).toEqual([]);
    const startsAt = await callSlot(setup.mentorAdvisor.id);
    const booked = await runAction(
      bookReviewCallDefinition,
      { submissionId, mentorId: setup.mentorAdvisor.id, startsAt: startsAt.toISOString() },
      scopeFor(claimsOf(member)),
    );
    expect(booked).toMatchObject({ ok: true });
    const [call] = await upcomingCallsOfCohort(cohortId);
    expect(call).toMatchObject({ submissionId, startsAt });
    const hourAfterEnd = call!.endsAt.getTime() + 60 * 60 * 1000;
    expect(await upcomingCallsOfCohort(cohortId, new Date(hourAfterEnd - 1))).toHaveLength(1);
    expect(await upcomingCallsOfCohort(cohortId, new Date(hourAfterEnd))).toEqual([]);
    expect(await upcomingCallsOfCohort(cohortId)).toHaveLength(1);

    await t.db.$executeRawUnsafe(`UPDATE "Booking" SET "status" = 'CANCELLED' WHERE "submissionId" = $1`, submissionId);
    expect(await upcomingCallsOfCohort(cohortId)).toEqual([]);
  });
});
