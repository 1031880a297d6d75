// Course staff hide a post (or restore it) with a reason: audited in the same transaction, naming the post and
// its course, and the author is told. Open reports on the post are settled by the decision.
import { invalidateLessonThreads } from "../cache/invalidate";
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { recordAudit } from "../audit/record-audit";
import { QaError } from "./errors";
import { notify } from "./notify";
import { readablePostOrThrow, type Caller } from "./post-access";
import { authorLabel } from "./rules";

export async function setPostHidden(
  caller: Caller,
  input: { postId: string; hidden: boolean; reason: string },
  ip: string,
): Promise<{ hidden: boolean }> {
  const { post, access } = await readablePostOrThrow(caller, input.postId);
  if (!access.staff) throw new QaError("Only the course's staff can hide or restore posts.");
  if ((post.hiddenAt !== null) === input.hidden) return { hidden: input.hidden };
  await db.$transaction(async (tx) => {
    await tx.qaPost.update({ where: { id: post.id }, data: { hiddenAt: input.hidden ? new Date() : null } });
    await tx.qaReport.updateMany({
      where: { postId: post.id, status: "OPEN" },
      data: { status: input.hidden ? "HIDDEN" : "DISMISSED", resolvedAt: new Date() },
    });
    const author = post.authorId
      ? await tx.user.findUnique({ where: { id: post.authorId }, select: { name: true } })
      : null;
    const question = post.questionId
      ? await tx.qaPost.findUnique({ where: { id: post.questionId }, select: { title: true } })
      : post;
    await recordAudit(
      {
        actorId: caller.id,
        action: input.hidden ? "qa.post_hidden" : "qa.post_restored",
        targetType: "QaPost",
        targetId: post.id,
        ip,
        meta: {
          course: access.course.title,
          ...(access.lesson ? { lesson: access.lesson.title } : { cohort: access.cohort?.title ?? "" }),
          post: post.questionId ? "answer" : "question",
          thread: question?.title ?? "",
          author: authorLabel(author),
          reason: input.reason,
        },
      },
      tx,
    );
    if (post.authorId && post.authorId !== caller.id)
      await notify(tx, [{ userId: post.authorId, kind: input.hidden ? "POST_HIDDEN" : "POST_RESTORED" }], {
        actorId: caller.id,
        postId: post.id,
        courseId: post.courseId,
      });
  });
  if (post.lessonId) invalidateLessonThreads(post.lessonId);
  await kickOutbox();
  return { hidden: input.hidden };
}
