// The studio analytics' median time to a first answer: over a course's lesson questions, from asking to the first
// answer by someone else; unanswered ones count as asked, not in the median; deleted or hidden questions and
// cohort board threads are left out.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { firstAnswerMedianForStaff } from "@/lib/discussions/staff-queue";
import { getCourseAnalytics } from "@/lib/studio/analytics-service";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;

type User = { id: string; sessionVersion: number };
async function post(
  action: { definition: Parameters<typeof runAction>[0] },
  user: User,
  input: Record<string, string>,
) {
  const result = await runAction(action.definition, input, scopeFor(claimsOf(user)));
  if (!result.ok) throw new Error(result.error);
  return result.data as { questionId?: string; answerId?: string };
}

const ask = async (title: string) =>
  (await post(qa.askQuestionAction, c.learner, { lessonId: c.article.id, title, body: "Some details here." }))
    .questionId!;

/** Moves a question's asking time back so that its first answer came `minutes` after it. */
async function answeredAfter(questionId: string, minutes: number, answerer: User = c.classmate) {
  await post(qa.answerQuestionAction, answerer, { questionId, body: "An answer." });
  const row = await t.db.qaPost.findUniqueOrThrow({ where: { id: questionId }, select: { firstAnsweredAt: true } });
  await t.db.qaPost.update({
    where: { id: questionId },
    data: { createdAt: new Date(row.firstAnsweredAt!.getTime() - minutes * 60_000) },
  });
}

beforeAll(async () => {
  t = await useTestDatabase();
  c = await createQaCourse(t.db, { priceCents: 4900 });
}, 120_000);

describe("median time to first answer", () => {
  it("is null with no questions, then the median over answered lesson questions only", async () => {
    const owner = { id: c.instructor.id, role: "INSTRUCTOR" as const };
    expect((await getCourseAnalytics(owner, c.course.id)).qa).toEqual({
      questions: 0,
      answered: 0,
      medianSeconds: null,
    });
    await answeredAfter(await ask("First question on the article"), 10);
    await answeredAfter(await ask("Second question on the article"), 30);
    // The asker answering themselves does not answer the question.
    const selfAnswered = await ask("Third question, answered by its asker");
    await post(qa.answerQuestionAction, c.learner, { questionId: selfAnswered, body: "Found it myself." });
    // Left out: a deleted question, a hidden one, a cohort board's thread.
    const deleted = await ask("A question its asker deleted");
    await answeredAfter(deleted, 600);
    await post(qa.deletePostAction, c.learner, { postId: deleted });
    const hidden = await ask("A question staff hid as spam");
    await answeredAfter(hidden, 600);
    await t.db.qaPost.update({ where: { id: hidden }, data: { hiddenAt: new Date() } });
    const board = await post(qa.startBoardThreadAction, c.mentor, {
      cohortId: c.cohort.id,
      title: "A board thread, not a question",
      body: "Welcome to the cohort.",
    });
    await answeredAfter(board.questionId!, 600, c.coTeacher);

    const { qa: figures } = await getCourseAnalytics(owner, c.course.id);
    expect(figures).toEqual({ questions: 3, answered: 2, medianSeconds: 20 * 60 });
    // The staff queue's figure: the same median over the courses the person runs; nothing for others.
    expect(await firstAnswerMedianForStaff(owner)).toEqual({ answered: 2, medianSeconds: 20 * 60 });
    expect(await firstAnswerMedianForStaff({ id: c.mentor.id, role: "LEARNER" })).toEqual({
      answered: 2,
      medianSeconds: 20 * 60,
    });
    expect(await firstAnswerMedianForStaff({ id: c.otherTeacher.id, role: "INSTRUCTOR" })).toEqual({
      answered: 0,
      medianSeconds: null,
    });
  });
});
