// The lesson's question list is memoised for a few seconds per lesson and order (lib/discussions/thread-list.ts):
// every write through the Q&A's actions shows on the very next view, hidden questions reach only their author and
// the course's staff, and a purge heard from another instance drops the lesson's lists.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { invalidateAfterRemotePurge } from "@/lib/cache/invalidate";
import * as qa from "@/lib/discussions/actions";
import { listThreads } from "@/lib/discussions/queries";
import type { ThreadSort } from "@/lib/discussions/rules";
import { registerPurgeBroadcast } from "@/lib/http/page-cache";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { asCaller, createQaCourse } from "./fixtures";

let t: TestDatabase;

const act = (
  action: { definition: Parameters<typeof runAction>[0] },
  user: { id: string; sessionVersion: number },
  input: Record<string, string>,
) => runAction(action.definition, input, scopeFor(claimsOf(user)));

type Person = Awaited<ReturnType<typeof createQaCourse>>["learner"];

async function ask(course: Awaited<ReturnType<typeof createQaCourse>>, user: Person, title: string) {
  const result = await act(qa.askQuestionAction, user, {
    lessonId: course.article.id,
    title,
    body: `Details of ${title.toLowerCase()}, long enough to post.`,
  });
  if (!result.ok) throw new Error(result.error + JSON.stringify(result.fieldErrors));
  return (result.data as { questionId: string }).questionId;
}

const titles = async (user: Person | null, lessonId: string, sort: ThreadSort = "newest") =>
  (await listThreads(user ? asCaller(user) : null, lessonId, sort))?.threads.map((x) => x.title) ?? null;

const find = async (user: Person, lessonId: string, id: string, sort: ThreadSort = "newest") =>
  (await listThreads(asCaller(user), lessonId, sort))?.threads.find((x) => x.id === id);

beforeAll(async () => {
  t = await useTestDatabase();
}, 120_000);

afterEach(() => registerPurgeBroadcast(undefined));

describe("the memoised lesson question list", () => {
  it("shows every write on the next view, in every order, to everyone", async () => {
    const c = await createQaCourse(t.db);
    const lessonId = c.article.id;
    const first = await ask(c, c.classmate, "First question about joins");
    // Each order is in the memo now, as each viewer sees it.
    for (const sort of ["newest", "top", "unanswered"] as const) {
      expect(await titles(c.learner, lessonId, sort)).toEqual(["First question about joins"]);
      expect(await titles(c.coTeacher, lessonId, sort)).toEqual(["First question about joins"]);
    }
    const mine = await ask(c, c.learner, "My own new question");
    for (const sort of ["newest", "top", "unanswered"] as const)
      expect(await titles(c.learner, lessonId, sort)).toContain("My own new question");
    expect(await titles(c.classmate, lessonId)).toEqual(["My own new question", "First question about joins"]);

    expect(await act(qa.answerQuestionAction, c.learner, { questionId: first, body: "Try an index." })).toMatchObject({
      ok: true,
    });
    expect((await find(c.classmate, lessonId, first))?.answerCount).toBe(1);
    expect(await titles(c.learner, lessonId, "unanswered")).toEqual([
      "My own new question",
      "First question about joins",
    ]);

    expect(await act(qa.votePostAction, c.classmate, { postId: mine, up: "true" })).toMatchObject({ ok: true });
    expect((await find(c.learner, lessonId, mine, "top"))?.score).toBe(1);

    const [answer] = await t.db.qaPost.findMany({ where: { questionId: first }, select: { id: true } });
    expect(await act(qa.acceptAnswerAction, c.classmate, { answerId: answer!.id })).toMatchObject({ ok: true });
    expect((await find(c.learner, lessonId, first))?.accepted).toBe(true);

    expect(
      await act(qa.editPostAction, c.learner, { postId: mine, title: "My question, retitled", body: "New details." }),
    ).toMatchObject({ ok: true });
    expect(await titles(c.classmate, lessonId)).toEqual(["My question, retitled", "First question about joins"]);

    expect(await act(qa.deletePostAction, c.learner, { postId: mine })).toMatchObject({ ok: true });
    // Deleted with no answers: it says nothing and leaves the list.
    expect(await titles(c.classmate, lessonId)).toEqual(["First question about joins"]);
  });

  it("a hidden question leaves everyone's list at once but its author's and the staff's, and comes back", async () => {
    const c = await createQaCourse(t.db);
    const lessonId = c.article.id;
    const spam = await ask(c, c.classmate, "Buy cheap followers now");
    await ask(c, c.learner, "How do I read a query plan?");
    expect(await titles(c.learner, lessonId)).toHaveLength(2);
    expect(
      await act(qa.setPostHiddenAction, c.mentor, { postId: spam, hidden: "true", reason: "Advertising" }),
    ).toMatchObject({ ok: true });
    expect(await titles(c.learner, lessonId)).toEqual(["How do I read a query plan?"]);
    expect((await find(c.classmate, lessonId, spam))?.state).toBe("hidden");
    expect((await find(c.coTeacher, lessonId, spam))?.state).toBe("hidden");
    expect((await find(c.mentor, lessonId, spam))?.state).toBe("hidden");
    expect(await titles(c.outsider, lessonId)).toBeNull();
    expect(
      await act(qa.setPostHiddenAction, c.mentor, { postId: spam, hidden: "false", reason: "Fine after all" }),
    ).toMatchObject({ ok: true });
    expect((await find(c.learner, lessonId, spam))?.state).toBe("visible");
  });

  it("keeps 50 in order: the viewer's own hidden questions take their place among the visible ones", async () => {
    const c = await createQaCourse(t.db);
    const lessonId = c.article.id;
    const hour = 3_600_000;
    const start = Date.now() - 100 * hour;
    const question = (i: number, authorId: string, hidden: boolean) => ({
      id: `memo${lessonId}${String(i).padStart(3, "0")}`,
      courseId: c.course.id,
      lessonId,
      authorId,
      title: `Question ${i}`,
      body: "Details.",
      score: i % 5,
      createdAt: new Date(start + i * hour),
      hiddenAt: hidden ? new Date() : null,
    });
    // 60 visible questions by the classmate; hidden: the learner's newest and oldest, and one of the classmate's.
    await t.db.qaPost.createMany({
      data: [
        ...Array.from({ length: 60 }, (_, i) => question(i + 1, c.classmate.id, false)),
        question(0, c.learner.id, true),
        question(61, c.learner.id, true),
        question(62, c.classmate.id, true),
      ],
    });
    const newest = (from: number, count: number) => Array.from({ length: count }, (_, i) => `Question ${from - i}`);
    expect(await titles(c.outsider, lessonId)).toBeNull();
    expect(await titles(c.refunded, lessonId)).toBeNull();
    const learnerView = await listThreads(asCaller(c.learner), lessonId, "newest");
    expect(learnerView?.threads).toHaveLength(50);
    // The learner: their newest hidden one first, then 49 visible; their oldest hidden one is not in the 50.
    expect(learnerView?.threads.map((x) => x.title)).toEqual(["Question 61", ...newest(60, 49)]);
    expect(learnerView?.threads[0]?.state).toBe("hidden");
    // The classmate: their hidden one first.
    expect(await titles(c.classmate, lessonId)).toEqual(["Question 62", ...newest(60, 49)]);
    // Staff: both newest hidden ones, then 48 visible.
    expect(await titles(c.coTeacher, lessonId)).toEqual(["Question 62", "Question 61", ...newest(60, 48)]);
    // Top: score, then newest first, hidden ones in their place.
    const top = (await listThreads(asCaller(c.learner), lessonId, "top"))?.threads ?? [];
    expect(top).toHaveLength(50);
    const keys = top.map((x) => [x.score, Date.parse(x.createdAt)] as const);
    for (let i = 1; i < keys.length; i += 1) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])).toBe(true);
    }
    expect(top.some((x) => x.title === "Question 61")).toBe(true);
    expect(top.some((x) => x.title === "Question 62")).toBe(false);
  });

  it("tells the other instances, and drops the lesson's lists when another instance's purge is heard", async () => {
    const c = await createQaCourse(t.db);
    const lessonId = c.article.id;
    const heard: string[] = [];
    registerPurgeBroadcast((prefix) => heard.push(prefix));
    await ask(c, c.learner, "Asked on this instance");
    expect(heard).toContain(`/api/discussions/threads?lessonId=${lessonId}`);
    expect(await titles(c.classmate, lessonId)).toEqual(["Asked on this instance"]);
    // Another instance's write reaches this one's database directly, and its purge through the bus.
    await t.db.qaPost.create({
      data: {
        courseId: c.course.id,
        lessonId,
        authorId: c.classmate.id,
        title: "Asked on another instance",
        body: "Details.",
      },
    });
    invalidateAfterRemotePurge(`/api/discussions/threads?lessonId=${lessonId}`);
    expect(await titles(c.learner, lessonId)).toEqual(["Asked on another instance", "Asked on this instance"]);
  });
});
