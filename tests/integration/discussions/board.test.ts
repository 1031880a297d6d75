// Cohort boards against a real database: a thread lives on one cohort's board, read and written by that
// cohort's members and staff only (a mentor of another cohort, a learner of the course outside the cohort and
// strangers find nothing); the cohort's announcements show as pinned staff posts without being copied; staff
// pin and unpin; mentions reach only the cohort; titles and bodies cannot inject markup; a question's title edit
// keeps the old title in its history.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { getBoard } from "@/lib/discussions/board";
import { cohortBoardDefinition } from "@/lib/discussions/definitions";
import { getThread, listThreads, similarQuestions } from "@/lib/discussions/queries";
import { similarTsQuery } from "@/lib/discussions/rules";
import { unansweredForStaff } from "@/lib/discussions/staff-queue";
import { notificationTarget } from "@/lib/notifications/mail";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { asCaller, createPerson, createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;
let autumn: { id: string };
let member: Awaited<ReturnType<typeof createPerson>>;
let peer: Awaited<ReturnType<typeof createPerson>>;
let autumnMember: Awaited<ReturnType<typeof createPerson>>;
let autumnMentor: Awaited<ReturnType<typeof createPerson>>;

type User = { id: string; sessionVersion: number };
const act = (
  action: { definition: Parameters<typeof runAction>[0] },
  user: User | null,
  input: Record<string, string>,
) => runAction(action.definition, input, scopeFor(user ? claimsOf(user) : null));

async function start(user: User, title: string, body: string, cohortId = c.cohort.id) {
  const result = await act(qa.startBoardThreadAction, user, { cohortId, title, body });
  if (!result.ok) throw new Error(result.error + JSON.stringify(result.fieldErrors));
  return (result.data as { questionId: string }).questionId;
}

beforeAll(async () => {
  t = await useTestDatabase();
  c = await createQaCourse(t.db, { priceCents: 4900 });
  autumn = await t.db.cohort.create({
    data: {
      courseId: c.course.id,
      title: "Autumn",
      startsAt: new Date("2026-09-01T09:00:00Z"),
      endsAt: new Date("2026-12-01T09:00:00Z"),
      seats: 10,
      timeZone: "UTC",
    },
  });
  member = await createPerson(t.db, "Mara Member");
  peer = await createPerson(t.db, "Piet Peer");
  autumnMember = await createPerson(t.db, "Ava Autumn");
  autumnMentor = await createPerson(t.db, "Abel Autumnmentor");
  for (const [user, cohortId] of [
    [member, c.cohort.id],
    [peer, c.cohort.id],
    [autumnMember, autumn.id],
  ] as const)
    await t.db.enrollment.create({
      data: { userId: user.id, courseId: c.course.id, cohortId, status: "ACTIVE", source: "PURCHASE" },
    });
  await t.db.cohortMentor.create({ data: { cohortId: autumn.id, userId: autumnMentor.id } });
}, 120_000);

describe("cohort boards", () => {
  it("members and the cohort's staff read and write; everyone else finds no board and no thread", async () => {
    const questionId = await start(
      member,
      "Study group on Thursday evenings?",
      "Anyone up for a call after the session?",
    );
    const answered = await act(qa.answerQuestionAction, c.mentor, { questionId, body: "Yes, I will join at 19:00." });
    expect(answered.ok).toBe(true);
    // A board's replies are not answers to accept.
    const replyId = (answered as { ok: true; data: { answerId: string } }).data.answerId;
    expect(await act(qa.acceptAnswerAction, member, { answerId: replyId })).toMatchObject({
      ok: false,
      error: "A cohort board's replies are not accepted as answers.",
    });
    expect((await getThread(asCaller(member), questionId))?.question.canAccept).toBe(false);
    for (const user of [member, peer, c.mentor, c.coTeacher]) {
      const board = await getBoard(asCaller(user), c.cohort.id);
      expect(board?.threads.map((th) => th.title)).toContain("Study group on Thursday evenings?");
      expect((await getThread(asCaller(user), questionId))?.answers).toHaveLength(1);
    }
    // The course's learner outside the cohort, the other cohort's member and mentor, strangers: nothing.
    for (const user of [c.learner, autumnMember, autumnMentor, c.outsider, c.refunded, c.otherTeacher]) {
      expect(await getBoard(asCaller(user), c.cohort.id)).toBeNull();
      expect(await getThread(asCaller(user), questionId)).toBeNull();
      const read = await runAction(cohortBoardDefinition, { cohortId: c.cohort.id }, scopeFor(claimsOf(user)));
      expect(read.ok).toBe(false);
      for (const [action, input] of [
        [
          qa.startBoardThreadAction,
          { cohortId: c.cohort.id, title: "Let me in please", body: "Posting from outside." },
        ],
        [qa.answerQuestionAction, { questionId, body: "From outside" }],
        [qa.votePostAction, { postId: questionId, up: "true" }],
        [qa.reportPostAction, { postId: questionId, reason: "From outside" }],
        [qa.setThreadPinnedAction, { questionId, pinned: "true" }],
      ] as const) {
        const result = await act(action, user, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toBe("This question could not be found. Reload the page.");
      }
    }
    // A board's threads are not a lesson's questions, nor in the staff's unanswered queue.
    expect((await listThreads(asCaller(c.learner), c.article.id, "newest"))?.threads).toHaveLength(0);
    expect((await unansweredForStaff(asCaller(c.mentor))).map((q) => q.id)).not.toContain(questionId);
    expect(await notificationTarget(t.db, questionId)).toEqual({
      thread: "Study group on Thursday evenings?",
      path: `/cohorts/${c.cohort.id}/board/${questionId}`,
    });
    // Nor among a lesson's similar questions, even for a member of the cohort typing the same words.
    expect(
      await similarQuestions(asCaller(member), c.article.id, similarTsQuery("study group thursday evenings")),
    ).toEqual([]);
    // The other cohort's board is its own.
    expect((await getBoard(asCaller(autumnMember), autumn.id))?.threads).toEqual([]);
  });

  it("shows the cohort's announcements as pinned staff posts, read from the announcements, not copied", async () => {
    const posts = await t.db.qaPost.count();
    await t.db.cohortAnnouncement.create({
      data: { cohortId: c.cohort.id, authorId: c.mentor.id, title: "Room change", body: "Session 3 moves online." },
    });
    const board = await getBoard(asCaller(member), c.cohort.id);
    expect(board?.announcements).toEqual([
      expect.objectContaining({ title: "Room change", body: "Session 3 moves online.", author: "Milo Mentor" }),
    ]);
    expect(await t.db.qaPost.count()).toBe(posts);
    expect((await getBoard(asCaller(autumnMember), autumn.id))?.announcements).toEqual([]);
  });

  it("the cohort's staff pin and unpin; a learner cannot; pinned threads list first", async () => {
    const older = await start(peer, "Slides from week one, please?", "Where can I find the week one slides?");
    const newer = await start(member, "Pairing partner wanted for SQL", "Looking for someone to pair on joins.");
    const refused = await act(qa.setThreadPinnedAction, member, { questionId: older, pinned: "true" });
    expect(refused).toMatchObject({ ok: false, error: "Only the cohort's staff can pin or unpin threads." });
    expect((await t.db.qaPost.findUniqueOrThrow({ where: { id: older } })).pinnedAt).toBeNull();

    expect((await act(qa.setThreadPinnedAction, c.mentor, { questionId: older, pinned: "true" })).ok).toBe(true);
    let board = await getBoard(asCaller(member), c.cohort.id);
    expect(board?.pinned.map((th) => th.id)).toEqual([older]);
    expect(board?.threads.map((th) => th.id)).not.toContain(older);
    expect(board?.threads[0]?.id).toBe(newer);
    expect((await getThread(asCaller(member), older))?.question.pinned).toBe(true);

    // A lesson's question cannot be pinned, even by staff.
    const lessonQuestion = await act(qa.askQuestionAction, c.learner, {
      lessonId: c.article.id,
      title: "A lesson question to pin?",
      body: "This one lives under a lesson.",
    });
    const lessonQuestionId = (lessonQuestion as { ok: true; data: { questionId: string } }).data.questionId;
    expect(
      await act(qa.setThreadPinnedAction, c.coTeacher, { questionId: lessonQuestionId, pinned: "true" }),
    ).toMatchObject({
      ok: false,
      error: "Only a cohort board's threads can be pinned.",
    });

    expect((await act(qa.setThreadPinnedAction, c.coTeacher, { questionId: older, pinned: "false" })).ok).toBe(true);
    board = await getBoard(asCaller(member), c.cohort.id);
    expect(board?.pinned).toEqual([]);
  });

  it("concurrent pins of one thread keep the first pin's time and pin it once", async () => {
    const thread = await start(member, "Office hours this week?", "When are the office hours this week?");
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        act(qa.setThreadPinnedAction, i % 2 ? c.mentor : c.coTeacher, { questionId: thread, pinned: "true" }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const pinned = await getBoard(asCaller(member), c.cohort.id);
    expect(pinned?.pinned.filter((th) => th.id === thread)).toHaveLength(1);
  });

  it("@mentions on a board reach the cohort's members, not the course's other learners", async () => {
    const before = await t.db.notification.count({ where: { kind: "MENTION" } });
    await start(member, "Who is presenting on Friday?", "@Piet Peer and @Lena Learner, are you presenting?");
    const mentions = await t.db.notification.findMany({ where: { kind: "MENTION" }, orderBy: { createdAt: "asc" } });
    expect(mentions.slice(before).map((n) => n.userId)).toEqual([peer.id]);
  });

  it("titles and bodies cannot inject markup; a title edit keeps the old title in the history", async () => {
    const title = `<img src=x onerror="alert(1)"> and <script>alert(2)</script> sneaky`;
    const questionId = await start(
      member,
      title,
      `Hi <script>alert(3)</script> [x](javascript:alert(4)) <b onclick="x()">b</b>`,
    );
    const thread = await getThread(asCaller(peer), questionId);
    // The title is text (React escapes it); the body's HTML is sanitised.
    expect(thread?.question.title).toBe(title);
    expect(thread?.question.html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    const board = await getBoard(asCaller(peer), c.cohort.id);
    expect(board?.threads.find((th) => th.id === questionId)?.title).toBe(title);

    const edited = await act(qa.editPostAction, member, {
      postId: questionId,
      title: "A clearer title for this thread",
      body: "Hi, the same question in better words.",
    });
    expect(edited.ok).toBe(true);
    const after = await getThread(asCaller(peer), questionId);
    expect(after?.question).toMatchObject({ title: "A clearer title for this thread", edited: true });
    const history = await t.db.qaRevision.findMany({ where: { postId: questionId } });
    expect(history.map((r) => r.title)).toEqual([title]);
    // A title too short is refused with a sentence, and nothing changes.
    const short = await act(qa.editPostAction, member, { postId: questionId, title: "Hm", body: "Still fine here." });
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Write at least 8 characters in your question's title."] },
    });
    expect(await t.db.qaRevision.count({ where: { postId: questionId } })).toBe(1);
  });
});
