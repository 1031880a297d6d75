// Every Q&A action and JSON route, called anonymously, with a revoked session, by a signed-in stranger to the
// paid course and by a refunded learner: each is refused (or answers 404 for a read) and writes nothing. Learners
// cannot hide; an instructor of another course cannot either. Fails when an exported action is missing here.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { runAction, type ActionAuth, type ActionDefinition } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import {
  cohortBoardDefinition,
  lessonThreadsDefinition,
  qaJson,
  similarQuestionsDefinition,
  threadDefinition,
} from "@/lib/discussions/definitions";
import * as notificationActions from "@/lib/notifications/actions";
import { oneClickUnsubscribeDefinition, unreadCountDefinition } from "@/lib/notifications/definitions";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { expectEveryActionCovered } from "../auth/matrix";
import { createQaCourse } from "./fixtures";

type AnyDefinition = ActionDefinition<z.ZodType, ActionAuth, unknown>;
type Case = { name: string; definition: AnyDefinition; input: () => Record<string, string>; read?: boolean };

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;
let questionId = "";
let answerId = "";
let boardThreadId = "";

const def = (action: { definition: unknown }) => action.definition as AnyDefinition;

const CASES: Case[] = [
  {
    name: "askQuestionAction",
    definition: def(qa.askQuestionAction),
    input: () => ({ lessonId: c.article.id, title: "Hijacked question", body: "Posted by someone outside." }),
  },
  {
    name: "answerQuestionAction",
    definition: def(qa.answerQuestionAction),
    input: () => ({ questionId, body: "Hijacked" }),
  },
  { name: "editPostAction", definition: def(qa.editPostAction), input: () => ({ postId: answerId, body: "Hijacked" }) },
  { name: "deletePostAction", definition: def(qa.deletePostAction), input: () => ({ postId: answerId }) },
  { name: "votePostAction", definition: def(qa.votePostAction), input: () => ({ postId: answerId, up: "true" }) },
  { name: "acceptAnswerAction", definition: def(qa.acceptAnswerAction), input: () => ({ answerId }) },
  { name: "followThreadAction", definition: def(qa.followThreadAction), input: () => ({ questionId, mode: "follow" }) },
  {
    name: "reportPostAction",
    definition: def(qa.reportPostAction),
    input: () => ({ postId: answerId, reason: "Hijacked" }),
  },
  {
    name: "setPostHiddenAction",
    definition: def(qa.setPostHiddenAction),
    input: () => ({ postId: answerId, hidden: "true", reason: "Hijacked" }),
  },
  {
    name: "startBoardThreadAction",
    definition: def(qa.startBoardThreadAction),
    input: () => ({ cohortId: c.cohort.id, title: "Hijacked board thread", body: "Posted by someone outside." }),
  },
  {
    name: "setThreadPinnedAction",
    definition: def(qa.setThreadPinnedAction),
    input: () => ({ questionId: boardThreadId, pinned: "true" }),
  },
  {
    name: "GET /cohorts/[id]/board",
    definition: cohortBoardDefinition as unknown as AnyDefinition,
    input: () => ({ cohortId: c.cohort.id }),
    read: true,
  },
  {
    name: "GET /api/discussions/threads/[questionId] (a cohort board's thread)",
    definition: threadDefinition as unknown as AnyDefinition,
    input: () => ({ questionId: boardThreadId }),
    read: true,
  },
  {
    name: "GET /api/discussions/threads",
    definition: lessonThreadsDefinition as unknown as AnyDefinition,
    input: () => ({ lessonId: c.article.id, sort: "newest" }),
    read: true,
  },
  {
    name: "GET /api/discussions/threads/[questionId]",
    definition: threadDefinition as unknown as AnyDefinition,
    input: () => ({ questionId }),
    read: true,
  },
  {
    name: "GET /api/discussions/similar",
    definition: similarQuestionsDefinition as unknown as AnyDefinition,
    input: () => ({ lessonId: c.article.id, q: "index" }),
    read: true,
  },
];

// Notifications: anonymous and revoked callers are refused; the unsubscribe endpoints (public) refuse a token
// that is not signed for the account and category it names.
const NOTIFICATION_CASES: Case[] = [
  {
    name: "markNotificationsReadAction",
    definition: def(notificationActions.markNotificationsReadAction),
    input: () => ({}),
  },
  {
    name: "setMailPreferencesAction",
    definition: def(notificationActions.setMailPreferencesAction),
    input: () => ({ replies: "OFF", mentions: "OFF", moderation: "OFF" }),
  },
  {
    name: "unsubscribeAction",
    definition: def(notificationActions.unsubscribeAction),
    input: () => ({ token: `${c.learner.id}.replies.forged-signature` }),
  },
  {
    name: "GET /api/notifications/unread",
    definition: unreadCountDefinition as unknown as AnyDefinition,
    input: () => ({}),
  },
  {
    name: "POST /api/notifications/unsubscribe",
    definition: oneClickUnsubscribeDefinition as unknown as AnyDefinition,
    input: () => ({ token: `${c.learner.id}.mentions.forged-signature` }),
  },
];

const snapshot = async () => ({
  posts: await t.db.qaPost.findMany({ orderBy: { id: "asc" } }),
  votes: await t.db.qaVote.count(),
  follows: await t.db.qaFollow.findMany({ orderBy: [{ questionId: "asc" }, { userId: "asc" }] }),
  reports: await t.db.qaReport.count(),
  revisions: await t.db.qaRevision.count(),
  notifications: await t.db.notification.findMany({ orderBy: { id: "asc" } }),
  preferences: await t.db.notificationPreference.findMany({ orderBy: [{ userId: "asc" }, { category: "asc" }] }),
  audit: await t.db.auditLog.count(),
});

beforeAll(async () => {
  t = await useTestDatabase();
  c = await createQaCourse(t.db, { priceCents: 4900 });
  const asked = await runAction(
    def(qa.askQuestionAction),
    { lessonId: c.article.id, title: "Why is my index unused?", body: "EXPLAIN shows a sequential scan." },
    scopeFor(claimsOf(c.learner)),
  );
  questionId = (asked as { ok: true; data: { questionId: string } }).data.questionId;
  const answered = await runAction(
    def(qa.answerQuestionAction),
    { questionId, body: "The table is tiny." },
    scopeFor(claimsOf(c.classmate)),
  );
  answerId = (answered as { ok: true; data: { answerId: string } }).data.answerId;
  const started = await runAction(
    def(qa.startBoardThreadAction),
    { cohortId: c.cohort.id, title: "Week one index slides?", body: "Where are the slides on the index scan?" },
    scopeFor(claimsOf(c.mentor)),
  );
  boardThreadId = (started as { ok: true; data: { questionId: string } }).data.questionId;
}, 120_000);

/** A read is refused by answering 404 with nothing in it; a write by a refusal. */
async function expectRefused(testCase: Case, claims: Parameters<typeof scopeFor>[0]) {
  const result = await runAction(testCase.definition, testCase.input(), scopeFor(claims));
  if (testCase.read && result.ok) {
    const response = qaJson(result.data);
    expect(response.status).toBe(404);
    expect(JSON.stringify(await response.json())).not.toMatch(/index|scan|tiny/i);
    return;
  }
  expect(result.ok).toBe(false);
}

describe("lesson Q&A authorization matrix", () => {
  it("covers every exported Q&A action", () => {
    expectEveryActionCovered(qa, CASES);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: refuses visitors, revoked sessions, strangers and refunded learners, writing nothing`, async () => {
      const before = await snapshot();
      await expectRefused(testCase, null);
      await expectRefused(testCase, { sub: c.learner.id, sv: c.learner.sessionVersion - 1 });
      await expectRefused(testCase, claimsOf(c.outsider));
      await expectRefused(testCase, claimsOf(c.refunded));
      await expectRefused(testCase, claimsOf(c.otherTeacher));
      // The course's live learner is not in the cohort: its board does not exist for them.
      if (/board|Pinned/i.test(testCase.name)) await expectRefused(testCase, claimsOf(c.learner));
      expect(await snapshot()).toEqual(before);
    });
  }

  it("covers every exported notification action", () => {
    expectEveryActionCovered(notificationActions, NOTIFICATION_CASES);
  });

  for (const testCase of NOTIFICATION_CASES) {
    it(`${testCase.name}: refuses visitors, revoked sessions and forged tokens, writing nothing`, async () => {
      const before = await snapshot();
      expect((await runAction(testCase.definition, testCase.input(), scopeFor(null))).ok).toBe(false);
      const revoked = { sub: c.learner.id, sv: c.learner.sessionVersion - 1 };
      expect((await runAction(testCase.definition, testCase.input(), scopeFor(revoked))).ok).toBe(false);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("a person marks only their own notifications read", async () => {
    const theirs = await t.db.notification.findFirstOrThrow({ where: { userId: c.learner.id } });
    const result = await runAction(
      def(notificationActions.markNotificationsReadAction),
      { id: theirs.id },
      scopeFor(claimsOf(c.classmate)),
    );
    expect(result.ok).toBe(true);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("members may not do staff's or authors' work: a learner cannot hide, edit or delete another's post", async () => {
    const before = await snapshot();
    for (const [action, input] of [
      [qa.setPostHiddenAction, { postId: answerId, hidden: "true", reason: "Not staff" }],
      [qa.editPostAction, { postId: answerId, body: "Someone else's words" }],
      [qa.deletePostAction, { postId: answerId }],
      [qa.acceptAnswerAction, { answerId }],
    ] as const) {
      expect((await runAction(def(action), input, scopeFor(claimsOf(c.outsider)))).ok).toBe(false);
      expect((await runAction(def(action), input, scopeFor(claimsOf(c.refunded)))).ok).toBe(false);
    }
    for (const [action, input] of [
      [qa.setPostHiddenAction, { postId: answerId, hidden: "true", reason: "Not staff" }],
      [qa.editPostAction, { postId: answerId, body: "Someone else's words" }],
      [qa.deletePostAction, { postId: answerId }],
    ] as const) {
      expect((await runAction(def(action), input, scopeFor(claimsOf(c.learner)))).ok).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a cohort board's member cannot pin; a mentor of another cohort of the course finds no thread to pin", async () => {
    const boardMember = await t.db.user.create({
      data: { email: `board-member-${Date.now()}@example.test`, name: "Bo Member", emailVerified: new Date() },
    });
    await t.db.enrollment.create({
      data: { userId: boardMember.id, courseId: c.course.id, cohortId: c.cohort.id, status: "ACTIVE" },
    });
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
    const otherMentor = await t.db.user.create({
      data: { email: `other-mentor-${Date.now()}@example.test`, name: "Oz Mentor", emailVerified: new Date() },
    });
    await t.db.cohortMentor.create({ data: { cohortId: other.id, userId: otherMentor.id } });
    const before = await snapshot();
    const pin = { questionId: boardThreadId, pinned: "true" };
    expect(await runAction(def(qa.setThreadPinnedAction), pin, scopeFor(claimsOf(boardMember)))).toMatchObject({
      ok: false,
      error: "Only the cohort's staff can pin or unpin threads.",
    });
    expect(await runAction(def(qa.setThreadPinnedAction), pin, scopeFor(claimsOf(otherMentor)))).toMatchObject({
      ok: false,
      error: "This question could not be found. Reload the page.",
    });
    const board = { cohortId: c.cohort.id };
    expect((await runAction(cohortBoardDefinition, board, scopeFor(claimsOf(otherMentor)))).ok).toBe(false);
    expect((await runAction(cohortBoardDefinition, board, scopeFor(claimsOf(boardMember)))).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});
