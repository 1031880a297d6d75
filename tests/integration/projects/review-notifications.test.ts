// Issue 25: a mentor's saved review reaches the learner's bell (/notifications) as well as their mail: one
// notice per saved decision, linking to the project's page, written with the review. A classmate in the same
// cohort sees none; a review that loses the optimistic lock notifies no one; the notice sends no second mail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { saveReviewDefinition, submitProjectDefinition } from "@/lib/projects/definitions";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { setFileStorage } from "@/lib/storage/file-storage";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { addMember, createProjectCourse, useTemporaryUploads } from "./fixtures";

let t: TestDatabase;
type Who = { id: string; sessionVersion: number };
const as = (who: Who) => scopeFor(claimsOf(who));

beforeAll(async () => {
  t = await useTestDatabase();
  useTemporaryUploads();
  deliverTestProviderEventsInProcess();
});
afterAll(() => {
  setWebhookDelivery(null);
  setFileStorage(undefined);
});

const review = (submissionId: string, baseVersion: number, scores: string, outcome: string) => ({
  submissionId,
  baseVersion: String(baseVersion),
  scores,
  outcome,
  comment: "See the rubric.",
});

describe(`project review notifications (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("the learner's bell shows each saved review with a link to the project; a classmate's shows nothing", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    await t.db.user.update({ where: { id: mentor.id }, data: { name: "Mara Mentor" } });
    const member = await addMember(t.db, course, april.id, "member");
    const classmate = await addMember(t.db, course, april.id, "classmate");
    const submitted = await runAction(
      submitProjectDefinition,
      { projectId: projects.text.id, cohortId: april.id, textAnswer: "My answer" },
      as(member),
    );
    if (!submitted.ok) throw new Error(submitted.error);
    expect(await unreadCount(member.id)).toBe(0);

    const saved = await runAction(
      saveReviewDefinition,
      review(submitted.data.id, 0, "1,1", "CHANGES_REQUESTED"),
      as(mentor),
    );
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    // A save based on a version nobody has any more loses, and with it its notice.
    expect(
      await runAction(saveReviewDefinition, review(submitted.data.id, 0, "2,1", "PASSED"), as(mentor)),
    ).toMatchObject({ ok: false });

    expect(await unreadCount(member.id)).toBe(1);
    const [notice, ...rest] = await listNotifications(member.id);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      sentence: `Mara Mentor reviewed your project “${projects.text.title}”`,
      href: `/cohorts/${april.id}/projects/${projects.text.id}`,
      read: false,
    });
    expect(await listNotifications(classmate.id)).toEqual([]);
    expect(await unreadCount(classmate.id)).toBe(0);
    expect(await listNotifications(mentor.id)).toEqual([]);

    // Correcting the review is a new decision: a second notice.
    expect(
      await runAction(saveReviewDefinition, review(submitted.data.id, 1, "2,1", "PASSED"), as(mentor)),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await unreadCount(member.id)).toBe(2);

    // The review's own mail is the only mail: the notices are written as mailed, so no instant or digest repeat.
    const mails = await t.db.emailOutbox.findMany({ where: { to: member.email } });
    expect(mails.map((m) => m.kind).sort()).toEqual(["project-review", "project-review"]);
    expect(await t.db.notification.count({ where: { userId: member.id, mailedAt: null } })).toBe(0);
  });

  it("two mentors saving the first review at once: the learner gets one notice, the winner's", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    const coMentor = await addMember(t.db, course, april.id, "co-mentor");
    await t.db.enrollment.deleteMany({ where: { userId: coMentor.id } });
    await t.db.cohortMentor.create({ data: { cohortId: april.id, userId: coMentor.id } });
    const member = await addMember(t.db, course, april.id);
    const sent = await runAction(
      submitProjectDefinition,
      { projectId: projects.text.id, cohortId: april.id, textAnswer: "Mine" },
      as(member),
    );
    if (!sent.ok) throw new Error(sent.error);
    const results = await Promise.all(
      [mentor, coMentor].map((who) =>
        runAction(saveReviewDefinition, review(sent.data.id, 0, "2,1", "PASSED"), as(who)),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = await t.db.projectReview.findUniqueOrThrow({ where: { submissionId: sent.data.id } });
    const notices = await t.db.notification.findMany({ where: { userId: member.id } });
    expect(notices.map((n) => ({ kind: n.kind, actorId: n.actorId, submissionId: n.submissionId }))).toEqual([
      { kind: "PROJECT_REVIEWED", actorId: winner.reviewerId, submissionId: sent.data.id },
    ]);
  });
});
