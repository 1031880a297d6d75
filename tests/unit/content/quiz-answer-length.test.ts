// The curriculum's single-answer quiz questions must not give their answer away by length: a learner who always
// picks the longest option should not do much better than chance. With three or four options, chance alone makes
// the correct one the longest in roughly 25-33 % of questions; the check allows up to 35 % over the whole
// curriculum, counting ties as "longest" (a correct option as long as the longest distractor is still a clue).
// Each course is held to a looser bound: a course of 12-20 questions varies more by chance, but one where the
// longest option wins half the time teaches its learners to pick by length.
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";

const MAX_SHARE = 0.35;
const MAX_COURSE_SHARE = 0.5;
/** Below this many single-answer questions a course's share says little; the overall bound still counts them. */
const MIN_COURSE_QUESTIONS = 6;

type Question = { course: string; where: string; prompt: string; choices: { text: string; correct: boolean }[] };

function singleAnswerQuestions(): Question[] {
  return loadCurriculum().flatMap((course) =>
    course.modules.flatMap((m) =>
      m.lessons.flatMap((l) =>
        (l.quiz?.questions ?? [])
          .map((q, i) => ({ ...q, course: course.slug, where: `${course.slug}/${m.slug}/${l.slug} Q${i + 1}` }))
          .filter((q) => !q.multiple),
      ),
    ),
  );
}

/** The correct choice is at least as long as every other choice. */
function correctIsLongest(q: Pick<Question, "choices">): boolean {
  const right = q.choices.find((c) => c.correct);
  if (!right) return false;
  return q.choices.every((c) => c.correct || right.text.length >= c.text.length);
}

function describeOffenders(offenders: Question[]): string {
  return offenders
    .map((q) => {
      const right = q.choices.find((c) => c.correct)!;
      const longestOther = Math.max(...q.choices.filter((c) => !c.correct).map((c) => c.text.length));
      return `  ${q.where} (${right.text.length} vs ${longestOther}): "${q.prompt.replace(/\s+/g, " ").slice(0, 70)}"`;
    })
    .join("\n");
}

describe("quiz answer length", () => {
  const questions = singleAnswerQuestions();

  it("measures the rule the way it is meant: ties count as longest, a shorter correct choice does not", () => {
    const choices = (right: string, ...others: string[]) => [
      { text: right, correct: true },
      ...others.map((text) => ({ text, correct: false })),
    ];
    expect(correctIsLongest({ choices: choices("longest one", "short", "mid size") })).toBe(true);
    expect(correctIsLongest({ choices: choices("tie", "abc", "x") })).toBe(true);
    expect(correctIsLongest({ choices: choices("short", "much longer", "x") })).toBe(false);
  });

  it("the curriculum has single-answer questions to measure", () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it(`the correct choice is the longest (or tied) in at most ${MAX_SHARE * 100}% of single-answer questions`, () => {
    const offenders = questions.filter((q) => correctIsLongest(q));
    const share = offenders.length / questions.length;
    expect(
      share,
      `${offenders.length} of ${questions.length} single-answer questions (${(share * 100).toFixed(1)}%) have the ` +
        `correct choice as the longest or tied; shorten it or give a distractor a real misconception:\n` +
        describeOffenders(offenders),
    ).toBeLessThanOrEqual(MAX_SHARE);
  });

  it(`in no course is the correct choice the longest (or tied) in more than ${MAX_COURSE_SHARE * 100}% of its questions`, () => {
    const courses = new Map<string, Question[]>();
    for (const q of questions) courses.set(q.course, [...(courses.get(q.course) ?? []), q]);
    const over = [...courses]
      .filter(([, list]) => list.length >= MIN_COURSE_QUESTIONS)
      .map(([course, list]) => ({ course, list, offenders: list.filter((q) => correctIsLongest(q)) }))
      .filter(({ list, offenders }) => offenders.length / list.length > MAX_COURSE_SHARE);
    expect(
      over.map(({ course, list, offenders }) => `${course}: ${offenders.length} of ${list.length}`),
      over.map(({ course, offenders }) => `${course}:\n${describeOffenders(offenders)}`).join("\n"),
    ).toEqual([]);
  });
});
