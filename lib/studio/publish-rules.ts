// What a course needs before learners may see it. Pure: the service gathers the facts, this names the gaps.
import { courseFrontSchema } from "../content/schema";
import { issueSentence } from "./issue-sentences";
import type { LessonContent } from "./lesson-content";

export type PublishIssue = { message: string; href: string };

export type PublishCandidate = {
  id: string;
  /** The course's front matter as it would be exported (lib/content courseFrontSchema input). */
  front: Record<string, unknown>;
  modules: {
    id: string;
    title: string;
    lessons: { id: string; title: string; content: LessonContent | null }[];
  }[];
  /** Lesson id → why its SQL solution does not run (from the server-side check). */
  sqlFailures: Map<string, string>;
  /** Lesson id → why its code exercise is not solvable as written (solution, starter, wrong solutions run). */
  codeFailures?: Map<string, string>;
};

const settingsHref = (courseId: string) => `/studio/courses/${courseId}#settings`;
const lessonHref = (courseId: string, lessonId: string) => `/studio/courses/${courseId}/lessons/${lessonId}`;

function lessonIssues(
  courseId: string,
  lesson: PublishCandidate["modules"][number]["lessons"][number],
  sqlFailure: string | undefined,
  codeFailure: string | undefined,
): PublishIssue[] {
  const href = lessonHref(courseId, lesson.id);
  const content = lesson.content;
  if (!content)
    return [{ message: `“${lesson.title}” has content that no longer reads; open it and save again.`, href }];
  const issues: PublishIssue[] = [];
  if (content.kind !== "quiz" && content.body.trim() === "" && content.kind !== "video")
    issues.push({ message: `“${lesson.title}” has no text yet.`, href });
  if (content.kind === "quiz") {
    const questions = content.quiz?.questions ?? [];
    if (questions.length === 0) issues.push({ message: `The quiz “${lesson.title}” has no questions.`, href });
    questions.forEach((question, index) => {
      if (!question.choices.some((choice) => choice.correct))
        issues.push({ message: `Question ${index + 1} of “${lesson.title}” has no correct answer.`, href });
    });
  }
  if (content.kind === "sql" && sqlFailure)
    issues.push({ message: `The SQL exercise “${lesson.title}” cannot be solved: ${sqlFailure}`, href });
  if (content.kind === "code") {
    type Variant = { solution?: string; functionName?: string; tests?: unknown[] | string };
    const stored = content.exercise as (Variant & { languages?: Variant[] }) | undefined;
    // An exercise offered in several languages is checked language by language.
    // A "write the tests" exercise has no tests of its own: its model suite and mutants are checked in the sandbox.
    const writesTests = (stored as { task?: unknown } | undefined)?.task === "write-tests";
    for (const exercise of writesTests ? [] : (stored?.languages ?? [stored])) {
      if (!exercise?.tests?.length) issues.push({ message: `The code exercise “${lesson.title}” has no tests.`, href });
      if (exercise?.functionName && exercise.solution && !exercise.solution.includes(exercise.functionName))
        issues.push({ message: `The solution of “${lesson.title}” does not define ${exercise.functionName}.`, href });
    }
    if (codeFailure && !issues.some((issue) => issue.href === href))
      issues.push({ message: `The code exercise “${lesson.title}” cannot be published: ${codeFailure}`, href });
  }
  return issues;
}

/** Every reason the course cannot be published yet, each with a link to where it is fixed; empty when ready. */
export function publishIssues(candidate: PublishCandidate): PublishIssue[] {
  const issues: PublishIssue[] = [];
  const front = courseFrontSchema.safeParse(candidate.front);
  if (!front.success) {
    for (const issue of front.error.issues)
      issues.push({
        message: issueSentence(issue, candidate.front),
        href: settingsHref(candidate.id),
      });
  } else {
    if (front.data.format === "cohort" && front.data.cohorts.length === 0)
      issues.push({
        message: "A cohort course needs at least one cohort with dates.",
        href: settingsHref(candidate.id),
      });
    if (!/^[a-z]{3}$/.test(front.data.currency))
      issues.push({ message: "Choose a currency for the price.", href: settingsHref(candidate.id) });
  }
  const withLessons = candidate.modules.filter((m) => m.lessons.length > 0);
  if (withLessons.length === 0)
    issues.push({ message: "Add at least one module with a lesson.", href: `/studio/courses/${candidate.id}#outline` });
  for (const mod of candidate.modules) {
    if (mod.lessons.length === 0 && withLessons.length > 0)
      issues.push({
        message: `The module “${mod.title}” has no lessons; add one or delete it.`,
        href: `/studio/courses/${candidate.id}#outline`,
      });
    for (const lesson of mod.lessons)
      issues.push(
        ...lessonIssues(
          candidate.id,
          lesson,
          candidate.sqlFailures.get(lesson.id),
          candidate.codeFailures?.get(lesson.id),
        ),
      );
  }
  return issues;
}
