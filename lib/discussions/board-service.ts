// Writes on a cohort's board: starting a general thread (members and the cohort's staff), pinning one (staff).
// Answers, votes, reports, mentions and follows go through the same services as a lesson's questions.
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { cohortAccess } from "./access";
import { QaError, QaNotFoundError } from "./errors";
import { emitDiscussionEvent } from "../webhooks/domain-events";
import { recordPostEvents } from "./notify";
import { readablePostOrThrow, spendPostingAllowance, type Caller } from "./post-access";

export async function startBoardThread(
  caller: Caller,
  input: { cohortId: string; title: string; body: string },
): Promise<{ questionId: string }> {
  const access = await cohortAccess(caller, input.cohortId);
  if (!access) throw new QaNotFoundError();
  await spendPostingAllowance(caller.id);
  const started = await db.$transaction(async (tx) => {
    const thread = await tx.qaPost.create({
      data: {
        courseId: access.course.id,
        cohortId: access.cohort.id,
        authorId: caller.id,
        title: input.title,
        body: input.body,
      },
      select: { id: true },
    });
    await tx.qaFollow.create({ data: { questionId: thread.id, userId: caller.id } });
    await recordPostEvents(tx, { postId: thread.id, questionId: thread.id, actorId: caller.id, access });
    await emitDiscussionEvent(tx, thread.id);
    return { questionId: thread.id };
  });
  await kickOutbox();
  return started;
}

/** Pins or unpins a board thread; the same request twice changes nothing (the first pin's time is kept). */
export async function setThreadPinned(
  caller: Caller,
  input: { questionId: string; pinned: boolean },
): Promise<{ pinned: boolean }> {
  const { post, access } = await readablePostOrThrow(caller, input.questionId);
  if (post.questionId !== null || !post.cohortId) throw new QaError("Only a cohort board's threads can be pinned.");
  if (!access.staff) throw new QaError("Only the cohort's staff can pin or unpin threads.");
  if (input.pinned && (post.deletedAt || post.hiddenAt))
    throw new QaError("A deleted or hidden thread cannot be pinned.");
  await db.qaPost.updateMany({
    where: { id: post.id, pinnedAt: input.pinned ? null : { not: null } },
    data: { pinnedAt: input.pinned ? new Date() : null },
  });
  return { pinned: input.pinned };
}
