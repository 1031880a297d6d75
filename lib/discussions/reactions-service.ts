// Votes, the accepted answer, follows and reports: small writes, each checked against the caller's access.
import { invalidateLessonThreads } from "../cache/invalidate";
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { QaError, QaNotFoundError } from "./errors";
import { notify } from "./notify";
import { memberPostOrThrow, type Caller } from "./post-access";

export async function votePost(
  caller: Caller,
  postId: string,
  up: boolean,
): Promise<{ score: number; voted: boolean }> {
  const { post } = await memberPostOrThrow(caller, postId);
  if (post.authorId === caller.id) throw new QaError("You cannot vote for your own post.");
  if (post.deletedAt) throw new QaError("This post was deleted.");
  const voted = await db.$transaction(async (tx) => {
    // One vote per person and post is the primary key; the score moves only by rows really added or removed.
    const changed = up
      ? (await tx.qaVote.createMany({ data: [{ postId, userId: caller.id }], skipDuplicates: true })).count
      : -(await tx.qaVote.deleteMany({ where: { postId, userId: caller.id } })).count;
    const updated = changed
      ? await tx.qaPost.update({
          where: { id: postId },
          data: { score: { increment: changed } },
          select: { score: true },
        })
      : await tx.qaPost.findUniqueOrThrow({ where: { id: postId }, select: { score: true } });
    return { score: updated.score, voted: up };
  });
  if (post.lessonId) invalidateLessonThreads(post.lessonId);
  return voted;
}

/** The asker or course staff marks one answer as the accepted one (again on the same answer: unmarks it). */
export async function acceptAnswer(caller: Caller, answerId: string): Promise<{ acceptedAnswerId: string | null }> {
  const { post: answer, access } = await memberPostOrThrow(caller, answerId);
  if (!answer.questionId) throw new QaNotFoundError();
  if (answer.cohortId) throw new QaError("A cohort board's replies are not accepted as answers.");
  if (answer.deletedAt || answer.hiddenAt) throw new QaError("This answer can no longer be accepted.");
  const question = await db.qaPost.findUniqueOrThrow({
    where: { id: answer.questionId },
    select: { id: true, authorId: true, acceptedAnswerId: true },
  });
  if (question.authorId !== caller.id && !access.staff)
    throw new QaError("Only the person who asked, or the course's staff, can accept an answer.");
  const next = question.acceptedAnswerId === answer.id ? null : answer.id;
  await db.$transaction(async (tx) => {
    await tx.qaPost.update({ where: { id: question.id }, data: { acceptedAnswerId: next } });
    if (next && answer.authorId)
      await notify(tx, answer.authorId === caller.id ? [] : [{ userId: answer.authorId, kind: "ACCEPTED" }], {
        actorId: caller.id,
        postId: answer.id,
        courseId: answer.courseId,
      });
  });
  if (answer.lessonId) invalidateLessonThreads(answer.lessonId);
  await kickOutbox();
  return { acceptedAnswerId: next };
}

export async function setFollow(
  caller: Caller,
  questionId: string,
  mode: "follow" | "mute" | "none",
): Promise<{ mode: "follow" | "mute" | "none" }> {
  const { post } = await memberPostOrThrow(caller, questionId);
  if (post.questionId !== null) throw new QaNotFoundError();
  const key = { questionId_userId: { questionId, userId: caller.id } };
  if (mode === "none") await db.qaFollow.deleteMany({ where: { questionId, userId: caller.id } });
  else
    await db.qaFollow.upsert({
      where: key,
      create: { questionId, userId: caller.id, muted: mode === "mute" },
      update: { muted: mode === "mute" },
    });
  return { mode };
}

export async function reportPost(caller: Caller, postId: string, reason: string): Promise<{ reported: true }> {
  const { post } = await memberPostOrThrow(caller, postId);
  if (post.authorId === caller.id) throw new QaError("You cannot report your own post; edit or delete it instead.");
  const made = await db.qaReport.createMany({
    data: [{ postId, reporterId: caller.id, reason }],
    skipDuplicates: true,
  });
  if (made.count === 0) throw new QaError("You have already reported this post; the course's staff will look at it.");
  return { reported: true };
}
