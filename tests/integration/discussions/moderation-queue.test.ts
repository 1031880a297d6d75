// The moderation queue: reported posts reach the staff who may hide them and no one else (a cohort board's
// posts only that cohort's staff); hiding one from the queue settles its reports, tells its author and is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { moderationQueueDefinition } from "@/lib/discussions/definitions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createPerson, createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;
let admin: Awaited<ReturnType<typeof createPerson>>;
let boardMember: Awaited<ReturnType<typeof createPerson>>;
let otherMentor: Awaited<ReturnType<typeof createPerson>>;
let lessonAnswer = "";
let boardThread = "";

type User = { id: string; sessionVersion: number };
async function act(action: { definition: Parameters<typeof runAction>[0] }, user: User, input: Record<string, string>) {
  const result = await runAction(action.definition, input, scopeFor(claimsOf(user)));
  if (!result.ok) throw new Error(result.error);
  return result.data as { questionId?: string; answerId?: string };
}

const queueOf = async (user: User | null) => {
  const result = await runAction(moderationQueueDefinition, {}, scopeFor(user ? claimsOf(user) : null));
  return result.ok ? result.data.map((item) => item.postId) : null;
};

beforeAll(async () => {
  t = await useTestDatabase();
  c = await createQaCourse(t.db, { priceCents: 4900 });
  admin = await createPerson(t.db, "Ada Admin", "ADMIN");
  boardMember = await createPerson(t.db, "Bea Board");
  await t.db.enrollment.create({
    data: { userId: boardMember.id, courseId: c.course.id, cohortId: c.cohort.id, status: "ACTIVE" },
  });
  otherMentor = await createPerson(t.db, "Olli Othermentor");
  const other = await t.db.cohort.create({
    data: {
      courseId: c.course.id,
      title: "Other",
      startsAt: new Date(),
      endsAt: new Date(),
      seats: 5,
      timeZone: "UTC",
    },
  });
  await t.db.cohortMentor.create({ data: { cohortId: other.id, userId: otherMentor.id } });

  const { questionId } = await act(qa.askQuestionAction, c.learner, {
    lessonId: c.article.id,
    title: "How do I read EXPLAIN output?",
    body: "The cost numbers confuse me.",
  });
  lessonAnswer = (
    await act(qa.answerQuestionAction, c.classmate, { questionId: questionId!, body: "Buy my course at spam.example" })
  ).answerId!;
  await act(qa.reportPostAction, c.learner, { postId: lessonAnswer, reason: "Advertising" });
  boardThread = (
    await act(qa.startBoardThreadAction, boardMember, {
      cohortId: c.cohort.id,
      title: "Selling my notes <b>cheap</b>",
      body: "<script>alert(1)</script> DM me for notes.",
    })
  ).questionId!;
  await act(qa.reportPostAction, c.mentor, { postId: boardThread, reason: "Selling things" });
}, 120_000);

describe("moderation queue", () => {
  it("shows reported posts to the staff who may hide them, and nothing to anyone else", async () => {
    for (const user of [admin, c.coTeacher, c.mentor])
      expect(new Set(await queueOf(user))).toEqual(new Set([lessonAnswer, boardThread]));
    const owner = await t.db.user.findUniqueOrThrow({ where: { id: c.instructor.id } });
    expect(new Set(await queueOf(owner))).toEqual(new Set([lessonAnswer, boardThread]));
    // A mentor of another cohort moderates the course's lessons, not this cohort's board.
    expect(await queueOf(otherMentor)).toEqual([lessonAnswer]);
    for (const user of [c.learner, c.classmate, boardMember, c.outsider, c.refunded, c.otherTeacher])
      expect(await queueOf(user)).toEqual([]);
    expect(await queueOf(null)).toBeNull();
  });

  it("names the place, the thread and the reports; the words stay text", async () => {
    const result = await runAction(moderationQueueDefinition, {}, scopeFor(claimsOf(admin)));
    const board = result.ok ? result.data.find((item) => item.postId === boardThread) : undefined;
    expect(board).toMatchObject({
      kind: "question",
      thread: "Selling my notes <b>cheap</b>",
      excerpt: "<script>alert(1)</script> DM me for notes.",
      author: "Bea Board",
      place: `${c.course.title} · Spring board`,
      path: `/cohorts/${c.cohort.id}/board/${boardThread}`,
      reports: [expect.objectContaining({ reason: "Selling things", reporter: "Milo Mentor" })],
    });
  });

  it("hiding from the queue settles the reports, tells the author and is audited; a learner cannot hide", async () => {
    const refused = await runAction(
      qa.setPostHiddenAction.definition,
      { postId: lessonAnswer, hidden: "true", reason: "Not staff" },
      scopeFor(claimsOf(c.learner)),
    );
    expect(refused.ok).toBe(false);
    await act(qa.setPostHiddenAction, admin, { postId: lessonAnswer, hidden: "true", reason: "Advertising" });
    expect(await queueOf(admin)).toEqual([boardThread]);
    expect(await t.db.qaReport.findMany({ where: { postId: lessonAnswer }, select: { status: true } })).toEqual([
      { status: "HIDDEN" },
    ]);
    const told = await t.db.notification.findMany({ where: { userId: c.classmate.id, kind: "POST_HIDDEN" } });
    expect(told.map((n) => n.postId)).toEqual([lessonAnswer]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { targetId: lessonAnswer, action: "qa.post_hidden" } });
    expect(audit.meta).toMatchObject({ course: c.course.title, reason: "Advertising", post: "answer" });
  });
});
