// Course progress, resume point and sequential gating over the ordered lesson list. Pure.
import type { LessonKind } from "../db/generated/enums";

export type OrderedLesson = { id: string; slug: string };

export type CourseProgress = { completed: number; total: number; percent: number };

export function courseProgress(lessons: OrderedLesson[], completedIds: ReadonlySet<string>): CourseProgress {
  const total = lessons.length;
  const completed = lessons.filter((l) => completedIds.has(l.id)).length;
  // Floor, so 100% is shown only when every lesson is done.
  const percent = total === 0 ? 0 : Math.floor((completed / total) * 100);
  return { completed, total, percent };
}

/**
 * Where "Continue" leads: the first unfinished lesson in course order, so a lesson skipped earlier is
 * never jumped over by one opened later; null when everything is done.
 */
export function resumeLesson<L extends OrderedLesson>(lessons: L[], completedIds: ReadonlySet<string>): L | null {
  return lessons.find((l) => !completedIds.has(l.id)) ?? null;
}

/** With sequential gating a lesson opens once every lesson before it is complete. */
export function lockedLessonIds(
  lessons: OrderedLesson[],
  completedIds: ReadonlySet<string>,
  sequential: boolean,
): Set<string> {
  const locked = new Set<string>();
  if (!sequential) return locked;
  const firstOpen = lessons.findIndex((l) => !completedIds.has(l.id));
  if (firstOpen === -1) return locked;
  for (const lesson of lessons.slice(firstOpen + 1)) if (!completedIds.has(lesson.id)) locked.add(lesson.id);
  return locked;
}

export type CompletionMethod = "read" | "quiz" | "exercise";

/** Reading lessons are marked by hand; quizzes complete by passing, exercises by solving. */
export function completionMethodFor(kind: LessonKind): CompletionMethod {
  if (kind === "QUIZ") return "quiz";
  if (kind === "SQL_EXERCISE" || kind === "CODE_EXERCISE") return "exercise";
  return "read";
}
