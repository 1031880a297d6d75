// Lesson Q&A against a real database: membership, tombstones, history, votes, acceptance, moderation,
// attempts that contain a solution, mentions, similar questions, the staff queue and the posting limit.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import * as qa from "@/lib/discussions/actions";
import { getThread, listThreads, similarQuestions } from "@/lib/discussions/queries";
import { unansweredForStaff } from "@/lib/discussions/staff-queue";
import { similarTsQuery } from "@/lib/discussions/rules";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { asCaller, createPerson, createQaCourse } from "./fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof createQaCourse>>;

const act = (
  action: { definition: Parameters<typeof runAction>[0] },
  user: { id: string; sessionVersion: number } | null,
  input: Record<string, string>,
) => runAction(action.definition, input, scopeFor(user ? claimsOf(user) : null));

async function ask(user: { id: string; sessionVersion: number }, input: Partial<Record<string, string>> = {}) {
  const result = await act(qa.askQuestionAction, user, {
    lessonId: c.article.id,
    title: "Why does my index not get used?",
    body: "I added an index on email but EXPLAIN still shows a sequential scan.",
    ...input,
  } as Record<string, string>);
  if (!result.ok) throw new Error(result.error + JSON.stringify(result.fieldErrors));
  return (result.data as { questionId: string }).questionId;
}

beforeAll(async () => {
  t = await useTestDatabase();
  c = await createQaCourse(t.db, { priceCents: 4900 });
}, 120_000);

describe("lesson Q&A", () => {
  it("a member asks, a classmate answers: the thread reads in order and the asker is told", async () => {
    const questionId = await ask(c.learner);
    const answered = await act(qa.answerQuestionAction, c.classmate, {
      questionId,
      body: "Is the table tiny? The planner prefers a scan then.",
    });
    expect(answered.ok).toBe(true);
    const thread = await getThread(asCaller(c.learner), questionId);
    expect(thread?.question.title).toBe("Why does my index not get used?");
    expect(thread?.question.author).toBe("Lena Learner");
    expect(thread?.answers).toHaveLength(1);
    expect(thread?.answers[0]?.html).toContain("planner prefers a scan");
    expect(thread?.question.follow).toBe("follow");
    const notes = await t.db.notification.findMany({ where: { userId: c.learner.id } });
    expect(notes.map((n) => n.kind)).toEqual(["REPLY"]);
    // The answerer is not told about their own answer.
    expect(await t.db.notification.count({ where: { userId: c.classmate.id } })).toBe(0);
  });

  it("a paid lesson's threads do not exist for a non-member, a refunded learner or a visitor", async () => {
    const questionId = await ask(c.learner, { title: "A private question about joins" });
    for (const user of [c.outsider, c.refunded, c.otherTeacher]) {
      expect(await listThreads(asCaller(user), c.article.id, "newest")).toBeNull();
      expect(await getThread(asCaller(user), questionId)).toBeNull();
      const refused = await act(qa.answerQuestionAction, user, { questionId, body: "Let me in" });
      expect(refused).toMatchObject({ ok: false, error: "This question could not be found. Reload the page." });
    }
    expect(await listThreads(null, c.article.id, "newest")).toBeNull();
    expect(await getThread(null, questionId)).toBeNull();
    // Staff of every kind read and answer: owner, co-instructor, cohort mentor.
    for (const user of [c.instructor, c.coTeacher, c.mentor]) {
      expect((await getThread(asCaller(user), questionId))?.viewer).toMatchObject({ member: true, staff: true });
    }
  });

  it("a free-preview lesson: visitors read, only members post", async () => {
    const free = await createQaCourse(t.db, { priceCents: 4900, freePreviewFirst: true });
    const r = await runAction(
      qa.askQuestionAction.definition,
      { lessonId: free.article.id, title: "A public question here", body: "Visible to visitors of the preview." },
      scopeFor(claimsOf(free.learner)),
    );
    expect(r.ok).toBe(true);
    const visitor = await listThreads(null, free.article.id, "newest");
    expect(visitor?.threads.map((x) => x.title)).toEqual(["A public question here"]);
    expect(visitor?.viewer).toMatchObject({ signedIn: false, canPost: false });
    const outsider = await runAction(
      qa.askQuestionAction.definition,
      { lessonId: free.article.id, title: "Can I ask too please", body: "I have not enrolled in this course." },
      scopeFor(claimsOf(free.outsider)),
    );
    expect(outsider).toMatchObject({ ok: false, error: expect.stringContaining("Enrol in this course") });
    // The paid lesson next to it stays closed.
    expect(await listThreads(null, free.exercise.id, "newest")).toBeNull();
  });

  it("an attached attempt that passed shows only to the asker, staff and those who solved it", async () => {
    await t.db.lessonProgress.create({
      data: {
        userId: c.learner.id,
        courseId: c.course.id,
        lessonId: c.exercise.id,
        lastAnswer: "SELECT email FROM users WHERE id = 1; -- the model solution",
        completedAt: new Date(),
      },
    });
    const result = await act(qa.askQuestionAction, c.learner, {
      lessonId: c.exercise.id,
      title: "My query passes but is it idiomatic?",
      body: "It passes the checks; could it be simpler?",
      attachAttempt: "on",
    });
    expect(result.ok).toBe(true);
    const questionId = (result as { data: { questionId: string } }).data.questionId;
    const asker = await getThread(asCaller(c.learner), questionId);
    expect(asker?.question.attempt).toMatchObject({ locked: false, code: expect.stringContaining("model solution") });
    const classmate = await getThread(asCaller(c.classmate), questionId);
    expect(classmate?.question.attempt).toEqual({ locked: true });
    expect(JSON.stringify(classmate)).not.toContain("model solution");
    expect((await getThread(asCaller(c.mentor), questionId))?.question.attempt).toMatchObject({ locked: false });
    await t.db.lessonProgress.create({
      data: { userId: c.classmate.id, courseId: c.course.id, lessonId: c.exercise.id, completedAt: new Date() },
    });
    expect((await getThread(asCaller(c.classmate), questionId))?.question.attempt).toMatchObject({ locked: false });
    // Nothing to attach on an article, nor without a submission.
    const none = await act(qa.askQuestionAction, c.classmate, {
      lessonId: c.article.id,
      title: "Attaching on an article",
      body: "This lesson has no exercise at all.",
      attachAttempt: "on",
    });
    expect(none).toMatchObject({ ok: false, error: "Only an exercise has an attempt to attach." });
  });

  it("edit keeps history and marks edited; deleting leaves a tombstone and forgets the words", async () => {
    const questionId = await ask(c.learner, { title: "Draft title for editing" });
    const answer = await act(qa.answerQuestionAction, c.classmate, { questionId, body: "First version of my answer." });
    const answerId = (answer as { data: { answerId: string } }).data.answerId;
    expect((await act(qa.editPostAction, c.learner, { postId: answerId, body: "Hijacked" })).ok).toBe(false);
    expect((await act(qa.editPostAction, c.classmate, { postId: answerId, body: "Second version." })).ok).toBe(true);
    const revisions = await t.db.qaRevision.findMany({ where: { postId: answerId } });
    expect(revisions.map((r) => r.body)).toEqual(["First version of my answer."]);
    let thread = await getThread(asCaller(c.learner), questionId);
    expect(thread?.answers[0]).toMatchObject({ edited: true, html: expect.stringContaining("Second version.") });

    expect((await act(qa.deletePostAction, c.learner, { postId: answerId })).ok).toBe(false);
    expect((await act(qa.deletePostAction, c.classmate, { postId: answerId })).ok).toBe(true);
    thread = await getThread(asCaller(c.learner), questionId);
    expect(thread?.answers[0]).toMatchObject({ state: "deleted", html: null, author: "" });
    const row = await t.db.qaPost.findUniqueOrThrow({ where: { id: answerId } });
    expect(row.body).toBe("");
    expect(await t.db.qaRevision.count({ where: { postId: answerId } })).toBe(0);
    expect(await t.db.notification.count({ where: { postId: answerId } })).toBe(0);
    expect((await t.db.qaPost.findUniqueOrThrow({ where: { id: questionId } })).answerCount).toBe(0);
  });

  it("one vote per person; no vote for yourself; the asker or staff accept", async () => {
    const questionId = await ask(c.learner, { title: "Which isolation level for counters?" });
    const answer = await act(qa.answerQuestionAction, c.classmate, {
      questionId,
      body: "Use an atomic UPDATE, any level.",
    });
    const answerId = (answer as { data: { answerId: string } }).data.answerId;
    expect(await act(qa.votePostAction, c.learner, { postId: answerId, up: "true" })).toMatchObject({
      ok: true,
      data: { score: 1 },
    });
    expect(await act(qa.votePostAction, c.learner, { postId: answerId, up: "true" })).toMatchObject({
      ok: true,
      data: { score: 1 },
    });
    expect(await act(qa.votePostAction, c.mentor, { postId: answerId, up: "true" })).toMatchObject({
      data: { score: 2 },
    });
    expect(await act(qa.votePostAction, c.classmate, { postId: answerId, up: "true" })).toMatchObject({ ok: false });
    expect(await act(qa.votePostAction, c.mentor, { postId: answerId, up: "false" })).toMatchObject({
      data: { score: 1 },
    });

    const stranger = await act(qa.acceptAnswerAction, c.outsider, { answerId });
    expect(stranger).toMatchObject({ ok: false, error: "This question could not be found. Reload the page." });
    const notAsker = await act(qa.acceptAnswerAction, c.classmate, { answerId });
    expect(notAsker).toMatchObject({ ok: false, error: expect.stringContaining("Only the person who asked") });
    expect(await act(qa.acceptAnswerAction, c.learner, { answerId })).toMatchObject({
      ok: true,
      data: { acceptedAnswerId: answerId },
    });
    const thread = await getThread(asCaller(c.classmate), questionId);
    expect(thread?.answers[0]).toMatchObject({ id: answerId, accepted: true });
    expect(await t.db.notification.count({ where: { userId: c.classmate.id, kind: "ACCEPTED" } })).toBe(1);
    // Staff may accept too (here: toggling it off).
    expect(await act(qa.acceptAnswerAction, c.mentor, { answerId })).toMatchObject({
      ok: true,
      data: { acceptedAnswerId: null },
    });
  });

  it("staff answers notify followers with a badge; muted followers hear nothing; @mentions notify members", async () => {
    const questionId = await ask(c.learner, { title: "Should I vacuum after a bulk delete?" });
    await act(qa.followThreadAction, c.classmate, { questionId, mode: "follow" });
    await act(qa.followThreadAction, c.outsider, { questionId, mode: "follow" });
    const before = await t.db.notification.count();
    await act(qa.answerQuestionAction, c.coTeacher, {
      questionId,
      body: "Autovacuum will do it; @Carl has seen this too. @Nobody",
    });
    const made = await t.db.notification.findMany({ orderBy: { createdAt: "asc" }, skip: before });
    expect(made.map((n) => [n.userId, n.kind]).sort()).toEqual(
      [
        [c.learner.id, "REPLY"],
        [c.classmate.id, "STAFF_ANSWER"],
      ].sort(),
    );
    const thread = await getThread(asCaller(c.learner), questionId);
    expect(thread?.answers[0]?.authorIsStaff).toBe(true);

    await act(qa.followThreadAction, c.learner, { questionId, mode: "mute" });
    const muted = await t.db.notification.count();
    await act(qa.answerQuestionAction, c.classmate, { questionId, body: "Thanks @Cora, and @lenalearner see above." });
    expect(await t.db.notification.count()).toBe(muted + 1);
    expect(await t.db.notification.findFirst({ orderBy: { createdAt: "desc" } })).toMatchObject({
      userId: c.coTeacher.id,
      kind: "MENTION",
    });
  });

  it("reports reach staff; staff hide with an audit naming post and course, the author is told; learners cannot hide", async () => {
    const questionId = await ask(c.classmate, { title: "Spam spam spam spam" });
    expect((await act(qa.reportPostAction, c.learner, { postId: questionId, reason: "Advertising" })).ok).toBe(true);
    expect(await act(qa.reportPostAction, c.learner, { postId: questionId, reason: "Again" })).toMatchObject({
      ok: false,
    });
    const learnerHide = await act(qa.setPostHiddenAction, c.learner, {
      postId: questionId,
      hidden: "true",
      reason: "I dislike it",
    });
    expect(learnerHide).toMatchObject({ ok: false, error: "Only the course's staff can hide or restore posts." });
    expect(await t.db.qaPost.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ hiddenAt: null });

    const hidden = await act(qa.setPostHiddenAction, c.coTeacher, {
      postId: questionId,
      hidden: "true",
      reason: "Advertising",
    });
    expect(hidden).toMatchObject({ ok: true });
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "qa.post_hidden", targetId: questionId } });
    expect(audit.meta).toMatchObject({ course: c.course.title, thread: "Spam spam spam spam", reason: "Advertising" });
    expect(await t.db.qaReport.findFirstOrThrow({ where: { postId: questionId } })).toMatchObject({ status: "HIDDEN" });
    expect(await t.db.notification.count({ where: { userId: c.classmate.id, kind: "POST_HIDDEN" } })).toBe(1);
    expect(await getThread(asCaller(c.learner), questionId)).toBeNull();
    // Nor can a member act on it by id.
    const voteHidden = await act(qa.votePostAction, c.learner, { postId: questionId, up: "true" });
    expect(voteHidden).toMatchObject({ ok: false, error: "This question could not be found. Reload the page." });
    expect((await getThread(asCaller(c.classmate), questionId))?.question.state).toBe("hidden");
    const list = await listThreads(asCaller(c.learner), c.article.id, "newest");
    expect(list?.threads.some((x) => x.id === questionId)).toBe(false);
    expect(
      await act(qa.setPostHiddenAction, c.mentor, { postId: questionId, hidden: "false", reason: "Fine after all" }),
    ).toMatchObject({ ok: true });
    expect(await t.db.auditLog.count({ where: { action: "qa.post_restored", targetId: questionId } })).toBe(1);
  });

  it("titles, bodies and links cannot inject markup; links are nofollow ugc; foreign images become links", async () => {
    const questionId = await ask(c.learner, {
      title: `<img src=x onerror=alert(1)> title`,
      body: [
        "<script>alert(1)</script> and <b onclick=alert(1)>bold</b>",
        "[click](javascript:alert(1)) [docs](https://www.postgresql.org/docs/)",
        "![tracker](https://evil.example/pixel.png) ![ours](/images/logo.png)",
        "@<img src=x onerror=alert(2)>",
      ].join("\n\n"),
    });
    const thread = await getThread(asCaller(c.classmate), questionId);
    const html = thread?.question.html ?? "";
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('href="https://www.postgresql.org/docs/" rel="nofollow ugc noopener"');
    expect(html).not.toContain('<img src="https://evil.example');
    expect(html).toContain('href="https://evil.example/pixel.png"');
    expect(html).toContain('<img src="/images/logo.png"');
    // Titles are plain text, shown through React (escaped): stored as typed.
    expect(thread?.question.title).toBe("<img src=x onerror=alert(1)> title");
  });

  it("suggests similar questions of the same course while typing", async () => {
    await ask(c.learner, {
      title: "Deadlock when two transactions update rows",
      body: "Two sessions update the same rows in opposite order.",
    });
    const other = await createQaCourse(t.db);
    await runAction(
      qa.askQuestionAction.definition,
      {
        lessonId: other.article.id,
        title: "Deadlock in another course",
        body: "This one belongs to a different course.",
      },
      scopeFor(claimsOf(other.learner)),
    );
    const found = await similarQuestions(
      asCaller(c.classmate),
      c.exercise.id,
      similarTsQuery("deadlocks transactions"),
    );
    expect(found?.map((q) => q.title)).toEqual(["Deadlock when two transactions update rows"]);
    expect(await similarQuestions(asCaller(c.outsider), c.exercise.id, similarTsQuery("deadlock"))).toBeNull();
  });

  it("the staff queue lists unanswered questions across the staff's courses, oldest first", async () => {
    const fresh = await createQaCourse(t.db);
    const ids = [];
    for (const title of ["First unanswered question", "Second unanswered question"]) {
      const r = await runAction(
        qa.askQuestionAction.definition,
        { lessonId: fresh.article.id, title, body: "Nobody has answered this one yet." },
        scopeFor(claimsOf(fresh.learner)),
      );
      ids.push((r as { data: { questionId: string } }).data.questionId);
    }
    const queueOf = async (user: Parameters<typeof asCaller>[0]) =>
      (await unansweredForStaff(asCaller(user))).filter((q) => q.course.slug === fresh.course.slug).map((q) => q.title);
    expect(await queueOf(fresh.coTeacher)).toEqual(["First unanswered question", "Second unanswered question"]);
    expect(await queueOf(fresh.mentor)).toEqual(["First unanswered question", "Second unanswered question"]);
    expect(await queueOf(fresh.otherTeacher)).toEqual([]);
    expect(await queueOf(fresh.learner)).toEqual([]);
    // An admin runs every course: the queue lists them too.
    const admin = await createPerson(t.db, "Adele Admin", "ADMIN");
    expect(await queueOf(admin)).toEqual(["First unanswered question", "Second unanswered question"]);
    // The asker's own follow-up does not answer it; anyone else's answer does.
    await runAction(
      qa.answerQuestionAction.definition,
      { questionId: ids[0]!, body: "Any ideas?" },
      scopeFor(claimsOf(fresh.learner)),
    );
    expect(await queueOf(fresh.instructor)).toEqual(["First unanswered question", "Second unanswered question"]);
    await runAction(
      qa.answerQuestionAction.definition,
      { questionId: ids[0]!, body: "Yes: read the plan." },
      scopeFor(claimsOf(fresh.instructor)),
    );
    expect(await queueOf(fresh.instructor)).toEqual(["Second unanswered question"]);
  });

  it("concurrent double votes and answers count once each (the keys and atomic counters, on PostgreSQL too)", async () => {
    const questionId = await ask(c.learner, { title: "A question for the race test" });
    const results = await Promise.all([
      act(qa.votePostAction, c.classmate, { postId: questionId, up: "true" }),
      act(qa.votePostAction, c.classmate, { postId: questionId, up: "true" }),
      act(qa.votePostAction, c.classmate, { postId: questionId, up: "true" }),
      act(qa.answerQuestionAction, c.mentor, { questionId, body: "One answer." }),
      act(qa.answerQuestionAction, c.coTeacher, { questionId, body: "Another answer." }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const row = await t.db.qaPost.findUniqueOrThrow({ where: { id: questionId } });
    expect(row).toMatchObject({ score: 1, answerCount: 2 });
    expect(await t.db.qaVote.count({ where: { postId: questionId } })).toBe(1);
  });

  it("an account younger than a day posts at most five times an hour", async () => {
    const newcomer = await createPerson(t.db, "Nina Newcomer", "LEARNER", { fresh: true });
    await t.db.enrollment.create({ data: { userId: newcomer.id, courseId: c.course.id, status: "ACTIVE" } });
    const results = [];
    for (let i = 0; i < 6; i += 1)
      results.push(
        await act(qa.askQuestionAction, newcomer, {
          lessonId: c.article.id,
          title: `Newcomer question ${i}`,
          body: "A question from a new account.",
        }),
      );
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
  });
});
