// The review queue a page at a time on the real database: each learner's latest waiting attempt, oldest first,
// REVIEW_QUEUE_PAGE a page, "Next page" after the last one shown, counts for the whole queue; an unknown cursor
// or one from another cohort starts at the oldest.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { REVIEW_QUEUE_PAGE } from "@/lib/projects/queries";
import { reviewQueueStateDefinition } from "@/lib/cohort-views/review-queue-answer";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { addMember, createProjectCourse } from "./fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

// Pinned instants: the queue's order is by submission time, never the clock's.
const FIRST = Date.parse("2027-04-20T09:00:00Z");
const minutes = (n: number) => new Date(FIRST + n * 60_000);
const LEARNERS = REVIEW_QUEUE_PAGE + 7;

describe("the review queue's pages", () => {
  it("lists the oldest page first, then the rest after the last one shown, counting every waiting attempt", async () => {
    const { course, january, april, projects, mentor } = await createProjectCourse(t.db);
    const learners = [];
    for (let i = 0; i < LEARNERS; i++) learners.push(await addMember(t.db, course, april.id, `learner ${i}`));
    await t.db.projectSubmission.createMany({
      data: learners.flatMap((learner, i) => [
        // Every learner's first attempt; every fifth sent it again (its first no longer waits), every seventh
        // has been passed already.
        {
          projectId: projects.text.id,
          cohortId: april.id,
          userId: learner.id,
          attempt: 1,
          textAnswer: "one",
          status: i % 7 === 3 ? ("PASSED" as const) : ("WAITING" as const),
          createdAt: minutes(i),
        },
        ...(i % 5 === 0
          ? [
              {
                projectId: projects.text.id,
                cohortId: april.id,
                userId: learner.id,
                attempt: 2,
                textAnswer: "two",
                createdAt: minutes(1000 + i),
              },
            ]
          : []),
      ]),
    });
    const expected = await t.db.projectSubmission.findMany({
      where: {
        cohortId: april.id,
        OR: [
          { attempt: 2 },
          { attempt: 1, status: "WAITING", userId: { in: learners.filter((_, i) => i % 5).map((l) => l.id) } },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(REVIEW_QUEUE_PAGE);
    const as = scopeFor(claimsOf(mentor));

    const first = await runAction(reviewQueueStateDefinition, { cohortId: april.id }, as);
    if (!first.ok) throw new Error(first.error);
    expect(first.data.queue.waiting).toBe(expected.length);
    expect(first.data.queue.before).toBe(0);
    expect(first.data.queue.items.map((item) => item.id)).toEqual(
      expected.slice(0, REVIEW_QUEUE_PAGE).map((e) => e.id),
    );
    expect(first.data.queue.nextAfter).toBe(expected[REVIEW_QUEUE_PAGE - 1]!.id);

    const second = await runAction(
      reviewQueueStateDefinition,
      { cohortId: april.id, after: first.data.queue.nextAfter! },
      as,
    );
    if (!second.ok) throw new Error(second.error);
    expect(second.data.queue.waiting).toBe(expected.length);
    expect(second.data.queue.before).toBe(REVIEW_QUEUE_PAGE);
    expect(second.data.queue.items.map((item) => item.id)).toEqual(expected.slice(REVIEW_QUEUE_PAGE).map((e) => e.id));
    expect(second.data.queue.items.map((item) => item.attempt)).toContain(2);
    expect(second.data.queue.nextAfter).toBeNull();

    // A cursor the cohort does not hold (unknown, or another cohort's submission) starts at the oldest.
    const elsewhere = await addMember(t.db, course, january.id, "january learner");
    const other = await t.db.projectSubmission.create({
      data: { projectId: projects.text.id, cohortId: january.id, userId: elsewhere.id, attempt: 1, textAnswer: "x" },
    });
    for (const after of ["no-such-submission", other.id]) {
      const page = await runAction(reviewQueueStateDefinition, { cohortId: april.id, after }, as);
      if (!page.ok) throw new Error(page.error);
      expect(page.data.queue.before).toBe(0);
      expect(page.data.queue.items[0]!.id).toBe(expected[0]!.id);
    }
  });

  it("refuses a cursor that is not an id", async () => {
    const { april, mentor } = await createProjectCourse(t.db);
    const result = await runAction(
      reviewQueueStateDefinition,
      { cohortId: april.id, after: "x".repeat(65) },
      scopeFor(claimsOf(mentor)),
    );
    expect(result).toMatchObject({ ok: false });
  });
});
