// Asking, answering, editing and deleting: checks first, then one transaction per write.
import { invalidateLessonThreads } from "../cache/invalidate";
import { db } from "../db/client";
import { kickOutbox } from "../outbox/kick";
import { lessonAccess } from "./access";
import { QaError, QaNotFoundError } from "./errors";
import { memberPostOrThrow, spendPostingAllowance, type Caller } from "./post-access";
import { isExerciseKind } from "./rules";
import { emitDiscussionEvent } from "../webhooks/domain-events";
import { recordPostEvents } from "./notify";

export type AskInput = { lessonId: string; title: string; body: string; attachAttempt: boolean };

export async function askQuestion(caller: Caller, input: AskInput): Promise<{ questionId: string }> {
  const access = await lessonAccess(caller, input.lessonId);
  if (!access?.canRead) throw new QaNotFoundError();
  if (!access.member) throw new QaError("Enrol in this course to ask a question. You can read the questions here.");
  let attempt: { attemptCode: string; attemptLanguage: string | null; attemptSolves: boolean } | null = null;
  if (input.attachAttempt) {
    if (!isExerciseKind(access.lesson.kind)) throw new QaError("Only an exercise has an attempt to attach.");
    const progress = await db.lessonProgress.findUnique({
      where: { userId_lessonId: { userId: caller.id, lessonId: access.lesson.id } },
      select: { lastAnswer: true, lastLanguage: true, completedAt: true },
    });
    if (!progress?.lastAnswer?.trim())
      throw new QaError("Submit your attempt once (Run or Check) before attaching it, or untick the box.");
    attempt = {
      attemptCode: progress.lastAnswer.slice(0, 20_000),
      attemptLanguage: progress.lastLanguage,
      attemptSolves: progress.completedAt !== null,
    };
  }
  await spendPostingAllowance(caller.id);
  const asked = await db.$transaction(async (tx) => {
    const question = await tx.qaPost.create({
      data: {
        courseId: access.course.id,
        lessonId: access.lesson.id,
        authorId: caller.id,
        title: input.title,
        body: input.body,
        ...attempt,
      },
      select: { id: true },
    });
    await tx.qaFollow.create({ data: { questionId: question.id, userId: caller.id } });
    await recordPostEvents(tx, { postId: question.id, questionId: question.id, actorId: caller.id, access });
    await emitDiscussionEvent(tx, question.id);
    return { questionId: question.id };
  });
  invalidateLessonThreads(access.lesson.id);
  await kickOutbox();
  return asked;
}

export async function answerQuestion(
  caller: Caller,
  input: { questionId: string; body: string },
): Promise<{ answerId: string }> {
  const { post: question, access } = await memberPostOrThrow(caller, input.questionId);
  if (question.questionId !== null) throw new QaNotFoundError();
  if (question.deletedAt || question.hiddenAt) throw new QaError("This question is closed: it can take no answers.");
  await spendPostingAllowance(caller.id);
  const answered = await db.$transaction(async (tx) => {
    const answer = await tx.qaPost.create({
      data: {
        courseId: question.courseId,
        lessonId: question.lessonId,
        cohortId: question.cohortId,
        questionId: question.id,
        authorId: caller.id,
        body: input.body,
      },
      select: { id: true, createdAt: true },
    });
    await tx.qaPost.update({ where: { id: question.id }, data: { answerCount: { increment: 1 } } });
    if (question.authorId !== caller.id) {
      // The first answer by someone other than the asker takes the question off the staff's unanswered queue.
      await tx.qaPost.updateMany({
        where: { id: question.id, firstAnsweredAt: null },
        data: { firstAnsweredAt: answer.createdAt },
      });
    }
    await tx.qaFollow.upsert({
      where: { questionId_userId: { questionId: question.id, userId: caller.id } },
      create: { questionId: question.id, userId: caller.id },
      update: {},
    });
    await recordPostEvents(tx, { postId: answer.id, questionId: question.id, actorId: caller.id, access });
    await emitDiscussionEvent(tx, answer.id);
    return { answerId: answer.id };
  });
  if (question.lessonId) invalidateLessonThreads(question.lessonId);
  await kickOutbox();
  return answered;
}

export async function editPost(
  caller: Caller,
  input: { postId: string; title?: string; body: string },
): Promise<{ editedAt: Date }> {
  const { post } = await memberPostOrThrow(caller, input.postId);
  if (post.authorId !== caller.id) throw new QaError("You can edit only your own posts.");
  if (post.deletedAt) throw new QaError("This post was deleted; it cannot be edited.");
  const title = post.questionId === null ? (input.title ?? post.title) : null;
  if (title === post.title && input.body === post.body) return { editedAt: new Date() };
  const editedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.qaRevision.create({
      data: { postId: post.id, editorId: caller.id, title: post.title, body: post.body },
    });
    await tx.qaPost.update({ where: { id: post.id }, data: { title, body: input.body, editedAt } });
  });
  if (post.lessonId) invalidateLessonThreads(post.lessonId);
  return { editedAt };
}

/** Deleting your own post leaves a tombstone: the thread keeps its shape, the words and their history go. */
export async function deleteOwnPost(caller: Caller, postId: string): Promise<{ deleted: true }> {
  const { post } = await memberPostOrThrow(caller, postId);
  if (post.authorId !== caller.id) throw new QaError("You can delete only your own posts.");
  if (post.deletedAt) return { deleted: true };
  await db.$transaction(async (tx) => {
    const gone = await tx.qaPost.updateMany({
      where: { id: post.id, deletedAt: null },
      data: {
        deletedAt: new Date(),
        body: "",
        title: post.questionId === null ? "" : null,
        attemptCode: null,
        attemptLanguage: null,
      },
    });
    if (gone.count === 0) return;
    await tx.qaRevision.deleteMany({ where: { postId: post.id } });
    await tx.notification.deleteMany({ where: { postId: post.id } });
    if (post.questionId) {
      await tx.qaPost.update({ where: { id: post.questionId }, data: { answerCount: { decrement: 1 } } });
      await tx.qaPost.updateMany({
        where: { id: post.questionId, acceptedAnswerId: post.id },
        data: { acceptedAnswerId: null },
      });
    }
  });
  if (post.lessonId) invalidateLessonThreads(post.lessonId);
  return { deleted: true };
}
