// Submitting and reviewing projects on the real database: every attempt kept, the deadline and late policy,
// uploads checked by their bytes and size (a refusal leaves no row and no file), 30 learners submitting at
// once near the deadline, two reviewers saving one review at once (one wins, the other hears why), the
// learner's mail through the outbox, the resubmit-and-pass loop, and a refund ending access to submissions.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { projectDeadline } from "@/lib/cohorts/cohort-days";
import {
  projectPageDefinition,
  saveReviewDefinition,
  submissionFileDefinition,
  submitProjectDefinition,
} from "@/lib/projects/definitions";
import { reviewQueueStateDefinition } from "@/lib/cohort-views/review-queue-answer";
import { DEADLINE_PASSED_MESSAGE, NO_SUCH_PROJECT_MESSAGE, REVIEW_CHANGED_MESSAGE } from "@/lib/projects/errors";
import { submitProject } from "@/lib/projects/submit-service";
import { setFileStorage } from "@/lib/storage/file-storage";
import { setWebhookDelivery } from "@/lib/payments/provider/test-events";
import { useTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { deliverTestProviderEventsInProcess } from "../payments/fixtures";
import { buySeat, refundInFull } from "../cohorts/fixtures";
import { addMember, createProjectCourse, pdfFile, useTemporaryUploads } from "./fixtures";

let t: TestDatabase;
let uploads: string;
type Who = { id: string; sessionVersion: number };
const as = (who: Who) => scopeFor(claimsOf(who));

beforeAll(async () => {
  t = await useTestDatabase();
  uploads = useTemporaryUploads();
  deliverTestProviderEventsInProcess();
});
afterAll(() => {
  setWebhookDelivery(null);
  setFileStorage(undefined);
});

const review = (submissionId: string, baseVersion: number, scores: string, outcome: string, comment = "") => ({
  submissionId,
  baseVersion: String(baseVersion),
  scores,
  outcome,
  comment,
});

describe("submitting", () => {
  it("keeps every attempt, and refuses an attempt after the deadline of a closed project", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const member = await addMember(t.db, course, april.id);
    const input = { projectId: projects.text.id, cohortId: april.id, textAnswer: "First try", notes: "" };
    expect(await runAction(submitProjectDefinition, input, as(member))).toMatchObject({
      ok: true,
      data: { attempt: 1 },
    });
    expect(await runAction(submitProjectDefinition, { ...input, textAnswer: "Second try" }, as(member))).toMatchObject({
      ok: true,
      data: { attempt: 2, late: false },
    });
    const deadline = projectDeadline(april.startsAt, april.timeZone, projects.text.deadlineDay);
    const parsed = { ...input, repositoryUrl: "", file: undefined, textAnswer: "Too late" };
    await expect(submitProject(member, parsed, () => new Date(deadline.getTime() + 1))).rejects.toThrow(
      DEADLINE_PASSED_MESSAGE,
    );
    const accepted = await submitProject(member, { ...parsed, textAnswer: "Just in time" }, () => deadline);
    expect(accepted.attempt).toBe(3);
    const rows = await t.db.projectSubmission.findMany({ where: { userId: member.id }, orderBy: { attempt: "asc" } });
    expect(rows.map((row) => row.textAnswer)).toEqual(["First try", "Second try", "Just in time"]);
  });

  it("accepts a late attempt, marked late, when the project's policy allows it", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    await t.db.courseProject.update({ where: { id: projects.text.id }, data: { latePolicy: "ACCEPT_LATE" } });
    const member = await addMember(t.db, course, april.id);
    const deadline = projectDeadline(april.startsAt, april.timeZone, projects.text.deadlineDay);
    const late = await submitProject(
      member,
      { projectId: projects.text.id, cohortId: april.id, textAnswer: "Late", notes: "", repositoryUrl: "" },
      () => new Date(deadline.getTime() + 60_000),
    );
    expect(late).toMatchObject({ attempt: 1, late: true });
  });

  it("asks for what the project's kind needs", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const member = await addMember(t.db, course, april.id);
    const base = { cohortId: april.id, notes: "" };
    expect(
      await runAction(submitProjectDefinition, { ...base, projectId: projects.repository.id }, as(member)),
    ).toMatchObject({
      ok: false,
      fieldErrors: { repositoryUrl: ["Enter an https:// link to your repository."] },
    });
    expect(
      await runAction(
        submitProjectDefinition,
        { ...base, projectId: projects.repository.id, repositoryUrl: "ftp://x" },
        as(member),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { repositoryUrl: ["Enter the repository as an https:// link."] } });
    expect(
      await runAction(submitProjectDefinition, { ...base, projectId: projects.upload.id }, as(member)),
    ).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Choose a zip or PDF file."] },
    });
    expect(await t.db.projectSubmission.count({ where: { userId: member.id } })).toBe(0);
  });

  it("stores a PDF checked by its bytes; refuses a mistyped or oversized file with nothing written", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const member = await addMember(t.db, course, april.id);
    const filesBefore = readdirSync(uploads).length;
    const send = (file: File) =>
      runAction(submitProjectDefinition, { projectId: projects.upload.id, cohortId: april.id, file }, as(member));

    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      "project.zip",
    );
    expect(await send(png)).toMatchObject({ ok: false, error: "That file is not a zip or a PDF." });
    expect(await send(new File(["just text, named .pdf"], "report.pdf"))).toMatchObject({
      ok: false,
      error: "That file is not a zip or a PDF.",
    });
    expect(await send(pdfFile("huge.pdf", 5 * 1024 * 1024))).toMatchObject({
      ok: false,
      error: "That file is too large: uploads may be up to 5 MB.",
    });
    expect(await t.db.projectSubmission.count({ where: { userId: member.id } })).toBe(0);
    expect(readdirSync(uploads).length).toBe(filesBefore);

    const ok = await send(pdfFile("My report (final).pdf"));
    expect(ok).toMatchObject({ ok: true, data: { attempt: 1 } });
    const row = await t.db.projectSubmission.findFirstOrThrow({ where: { userId: member.id } });
    expect(row).toMatchObject({ fileName: "My-report-final-.pdf", fileMime: "application/pdf" });
    const file = await runAction(submissionFileDefinition, { submissionId: row.id }, as(member));
    expect(file).toMatchObject({ ok: true, data: { mime: "application/pdf", name: "My-report-final-.pdf" } });
    expect(readdirSync(uploads).length).toBe(filesBefore + 2); // the bytes and their type
  });

  it("takes 30 learners submitting at once near the deadline, each twice, losing none", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const learners = await Promise.all(
      Array.from({ length: 30 }, (_, i) => addMember(t.db, course, april.id, `rush${i}`)),
    );
    const deadline = projectDeadline(april.startsAt, april.timeZone, projects.text.deadlineDay);
    const justBefore = () => new Date(deadline.getTime() - 1_000);
    const results = await Promise.allSettled(
      learners.flatMap((learner) =>
        ["a", "b"].map((answer) =>
          submitProject(
            learner,
            {
              projectId: projects.text.id,
              cohortId: april.id,
              textAnswer: `${learner.name} ${answer}`,
              notes: "",
              repositoryUrl: "",
            },
            justBefore,
          ),
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await t.db.projectSubmission.findMany({ where: { projectId: projects.text.id, cohortId: april.id } });
    expect(rows).toHaveLength(60);
    for (const learner of learners)
      expect(
        rows
          .filter((r) => r.userId === learner.id)
          .map((r) => r.attempt)
          .sort(),
      ).toEqual([1, 2]);
    // One second later the same rush is refused, whole.
    const after = await Promise.allSettled(
      learners
        .slice(0, 10)
        .map((learner) =>
          submitProject(
            learner,
            { projectId: projects.text.id, cohortId: april.id, textAnswer: "late", notes: "", repositoryUrl: "" },
            () => new Date(deadline.getTime() + 1),
          ),
        ),
    );
    expect(after.every((r) => r.status === "rejected" && String(r.reason).includes(DEADLINE_PASSED_MESSAGE))).toBe(
      true,
    );
    expect(await t.db.projectSubmission.count({ where: { projectId: projects.text.id, cohortId: april.id } })).toBe(60);
  });
});

describe("reviewing", () => {
  it("lists the latest waiting attempts oldest first, flags overdue ones", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    const [first, second] = [
      await addMember(t.db, course, april.id, "first"),
      await addMember(t.db, course, april.id, "second"),
    ];
    const submit = (who: Who, text: string) =>
      runAction(
        submitProjectDefinition,
        { projectId: projects.text.id, cohortId: april.id, textAnswer: text },
        as(who),
      );
    const a = await submit(first, "one");
    await submit(second, "two");
    await submit(first, "one, again");
    if (!a.ok) throw new Error(a.error);
    // The second learner's waited three days.
    await t.db.projectSubmission.updateMany({
      where: { userId: second.id },
      data: { createdAt: new Date(Date.now() - 3 * 86_400_000) },
    });
    const queue = await runAction(reviewQueueStateDefinition, { cohortId: april.id }, as(mentor));
    expect(queue).toMatchObject({ ok: true });
    if (!queue.ok) return;
    expect(queue.data.queue.items.map((item) => [item.learner, item.attempt, item.overdue])).toEqual([
      ["second", 1, true],
      ["first", 2, false],
    ]);
  });

  it("two reviewers saving at once: one wins, the other is told and nothing of theirs is written", async () => {
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
    const id = sent.data.id;

    const [x, y] = await Promise.all([
      runAction(saveReviewDefinition, review(id, 0, "2,1", "CHANGES_REQUESTED", "From mentor"), as(mentor)),
      runAction(saveReviewDefinition, review(id, 0, "2,1", "CHANGES_REQUESTED", "From co-mentor"), as(coMentor)),
    ]);
    const results = [x, y];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ ok: false, error: REVIEW_CHANGED_MESSAGE }),
    ]);
    const saved = await t.db.projectReview.findUniqueOrThrow({ where: { submissionId: id } });
    expect(saved.version).toBe(1);
    expect(saved.comment).toBe(x.ok ? "From mentor" : "From co-mentor");

    // Both now edit version 1 at once: again one wins.
    const [p, q] = await Promise.all([
      runAction(saveReviewDefinition, review(id, 1, "1,1", "CHANGES_REQUESTED", "Edit A"), as(mentor)),
      runAction(saveReviewDefinition, review(id, 1, "2,0", "CHANGES_REQUESTED", "Edit B"), as(coMentor)),
    ]);
    expect([p, q].filter((r) => r.ok)).toHaveLength(1);
    expect([p, q].find((r) => !r.ok)).toMatchObject({ error: REVIEW_CHANGED_MESSAGE });
    const edited = await t.db.projectReview.findUniqueOrThrow({ where: { submissionId: id } });
    expect(edited).toMatchObject({ version: 2, comment: p.ok ? "Edit A" : "Edit B" });
    // A stale screen (version 1) is refused too.
    expect(await runAction(saveReviewDefinition, review(id, 1, "2,1", "PASSED"), as(mentor))).toMatchObject({
      ok: false,
      error: REVIEW_CHANGED_MESSAGE,
    });
  });

  it("changes requested → the learner is mailed and resubmits → passed; a pass under the mark is refused", async () => {
    const { course, april, projects, mentor } = await createProjectCourse(t.db);
    const member = await addMember(t.db, course, april.id);
    const submit = (text: string) =>
      runAction(
        submitProjectDefinition,
        { projectId: projects.text.id, cohortId: april.id, textAnswer: text },
        as(member),
      );
    const first = await submit("Draft");
    if (!first.ok) throw new Error(first.error);
    expect(await runAction(saveReviewDefinition, review(first.data.id, 0, "1,1", "PASSED"), as(mentor))).toMatchObject({
      ok: false,
      error: expect.stringContaining("under the pass mark of 4"),
    });
    expect(await t.db.projectReview.count({ where: { submissionId: first.data.id } })).toBe(0);
    expect(
      await runAction(
        saveReviewDefinition,
        review(first.data.id, 0, "1,1", "CHANGES_REQUESTED", "Add **tests**."),
        as(mentor),
      ),
    ).toMatchObject({ ok: true, data: { outcome: "CHANGES_REQUESTED", points: 3 } });
    const mails = await t.db.emailOutbox.findMany({ where: { to: member.email, kind: "project-review" } });
    expect(mails.map((m) => m.subject)).toEqual([`${projects.text.title}: changes requested`]);

    const second = await submit("With tests");
    if (!second.ok) throw new Error(second.error);
    expect(second.data.attempt).toBe(2);
    expect(
      await runAction(saveReviewDefinition, review(second.data.id, 0, "2,1", "PASSED", "Good."), as(mentor)),
    ).toMatchObject({
      ok: true,
      data: { outcome: "PASSED", points: 5 },
    });
    const page = await runAction(
      projectPageDefinition,
      { cohortId: april.id, projectId: projects.text.id },
      as(member),
    );
    if (!page.ok) throw new Error(page.error);
    expect(page.data.history.map((h) => [h.attempt, h.status, h.review?.points])).toEqual([
      [2, "PASSED", 5],
      [1, "CHANGES_REQUESTED", 3],
    ]);
    expect(page.data.history[1]!.reviewHtml).toContain("<strong>tests</strong>");
    expect(await submit("Once more")).toMatchObject({ ok: false, error: expect.stringContaining("passed already") });
  });
});

describe("a refund", () => {
  it("ends the learner's access to the project, their submissions and their files at once", async () => {
    const { course, april, projects } = await createProjectCourse(t.db);
    const bought = await buySeat(t.db, course, april.id, "buyer");
    const me = bought.learner;
    const sent = await runAction(
      submitProjectDefinition,
      { projectId: projects.upload.id, cohortId: april.id, file: pdfFile() },
      as(me),
    );
    if (!sent.ok) throw new Error(sent.error);
    expect(await runAction(submissionFileDefinition, { submissionId: sent.data.id }, as(me))).toMatchObject({
      ok: true,
    });
    await refundInFull(bought.paymentIntent, bought.payment.amountCents);
    const refused = { ok: false, error: NO_SUCH_PROJECT_MESSAGE };
    expect(await runAction(submissionFileDefinition, { submissionId: sent.data.id }, as(me))).toMatchObject(refused);
    expect(
      await runAction(projectPageDefinition, { cohortId: april.id, projectId: projects.upload.id }, as(me)),
    ).toMatchObject(refused);
    expect(
      await runAction(
        submitProjectDefinition,
        { projectId: projects.upload.id, cohortId: april.id, file: pdfFile() },
        as(me),
      ),
    ).toMatchObject(refused);
    expect(await t.db.projectSubmission.count({ where: { userId: me.id } })).toBe(1);
  });
});
