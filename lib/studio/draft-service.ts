// Lesson drafts: saved over the published lesson until the course is published again. A save names the
// (lesson version, draft revision) it started from; anything newer in between is refused, never overwritten.
import { isDeepStrictEqual } from "node:util";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { getEditableLessonOrThrow, type StudioUser } from "./access";
import { EDITED_ELSEWHERE, StudioError } from "./errors";
import { asJsonColumn, parseStoredContent, type LessonContent } from "./lesson-content";
import { getLessonForEditing } from "./queries";
import { verifySqlExercises } from "./sql-verify";

export type DraftToken = { lessonVersion: number; revision: number };

/** Refuses an SQL exercise whose setup or solution does not run, at the field. */
async function assertSqlSolvable(content: LessonContent, previous: LessonContent) {
  if (content.kind !== "sql" || !content.exercise) return;
  if (previous.kind === "sql" && isDeepStrictEqual(previous.exercise, content.exercise)) return;
  const exercise = content.exercise as { setup: string; solution: string };
  const [verdict] = await verifySqlExercises([exercise]);
  if (verdict && !verdict.ok)
    throw new StudioError("The exercise's solution does not run. Fix it before saving.", {
      "content.exercise.solution": [`This SQL exercise cannot be solved: ${verdict.message}`],
    });
}

async function writeDraft(
  user: StudioUser,
  lessonId: string,
  token: DraftToken,
  content: LessonContent,
): Promise<DraftToken> {
  const json = asJsonColumn(content);
  try {
    return await db.$transaction(async (tx) => {
      const lesson = await tx.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { version: true } });
      if (lesson.version !== token.lessonVersion) throw new StudioError(EDITED_ELSEWHERE);
      if (token.revision === 0) {
        // No draft yet: the primary key makes a second "first draft" fail instead of overwriting the first.
        await tx.lessonDraft.create({ data: { lessonId, content: json, revision: 1, updatedById: user.id } });
        return { lessonVersion: lesson.version, revision: 1 };
      }
      const updated = await tx.lessonDraft.updateMany({
        where: { lessonId, revision: token.revision },
        data: { content: json, revision: token.revision + 1, updatedById: user.id },
      });
      if (updated.count !== 1) throw new StudioError(EDITED_ELSEWHERE);
      return { lessonVersion: lesson.version, revision: token.revision + 1 };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new StudioError(EDITED_ELSEWHERE);
    throw error;
  }
}

export async function saveDraft(user: StudioUser, input: DraftToken & { lessonId: string; content: LessonContent }) {
  await getEditableLessonOrThrow(user, input.lessonId);
  const current = await getLessonForEditing(user, input.lessonId);
  await assertSqlSolvable(input.content, current.content);
  return { token: await writeDraft(user, input.lessonId, input, input.content) };
}

/** Puts a published version back as the draft; it reaches learners with the next publish. */
export async function restoreVersion(user: StudioUser, input: DraftToken & { lessonId: string; number: number }) {
  await getEditableLessonOrThrow(user, input.lessonId);
  const version = await db.lessonVersion.findUnique({
    where: { lessonId_number: { lessonId: input.lessonId, number: input.number } },
    select: { content: true },
  });
  const content = version ? parseStoredContent(version.content) : null;
  if (!content) throw new StudioError("That version cannot be restored: it was not found or no longer reads.");
  return { token: await writeDraft(user, input.lessonId, input, content), content };
}

export async function discardDraft(user: StudioUser, input: { lessonId: string }) {
  const lesson = await getEditableLessonOrThrow(user, input.lessonId);
  const published = await db.lesson.findUniqueOrThrow({
    where: { id: lesson.id },
    select: { body: true, course: { select: { status: true } } },
  });
  // A lesson that was never published has nothing to fall back to: its draft is all it has.
  if (published.body === "" && (await db.lessonVersion.count({ where: { lessonId: lesson.id } })) === 0)
    throw new StudioError("This lesson has never been published; delete the lesson instead.");
  await db.lessonDraft.deleteMany({ where: { lessonId: lesson.id } });
  return { discarded: true };
}

/** The draft as stored now, for "compare" after an edited-elsewhere refusal. */
export async function currentDraft(user: StudioUser, lessonId: string) {
  const editing = await getLessonForEditing(user, lessonId);
  return { content: editing.content, token: editing.token };
}
