// The curriculum's single-answer quiz questions must not give their answer away by length: a learner who always
// picks the longest option should not do much better than chance. With three or four options, chance alone makes
// the correct one the longest in roughly 25-33 % of questions; the check allows up to 35 %, counting ties as
// "longest" (a correct option as long as the longest distractor is still a clue).
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";

const MAX_SHARE = 0.35;

type Question = { where: string; prompt: string; choices: { text: string; correct: boolean }[] };

function singleAnswerQuestions(): Question[] {
  return loadCurriculum().flatMap((course) =>
    course.modules.flatMap((m) =>
      m.lessons.flatMap((l) =>
        (l.quiz?.questions ?? [])
          .map((q, i) => ({ ...q, where: `${course.slug}/${m.slug}/${l.slug} Q${i + 1}` }))
          .filter((q) => !q.multiple),
      ),
    ),
  );
}

/** The correct choice is at least as long as every other choice. */
function correctIsLongest(q: Question): boolean {
  const right = q.choices.find((c) => c.correct);
  if (!right) return false;
  return q.choices.every((c) => c.correct || right.text.length >= c.text.length);
}

describe("quiz answer length", () => {
  const questions = singleAnswerQuestions();

  it("the curriculum has single-answer questions to measure", () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it(`the correct choice is the longest (or tied) in at most ${MAX_SHARE * 100}% of single-answer questions`, () => {
    const offenders = questions.filter(correctIsLongest);
    const share = offenders.length / questions.length;
    const list = offenders
      .map((q) => {
        const right = q.choices.find((c) => c.correct)!;
        const longestOther = Math.max(...q.choices.filter((c) => !c.correct).map((c) => c.text.length));
        return `  ${q.where} (${right.text.length} vs ${longestOther}): "${q.prompt.replace(/\s+/g, " ").slice(0, 70)}"`;
      })
      .join("\n");
    expect(
      share,
      `${offenders.length} of ${questions.length} single-answer questions (${(share * 100).toFixed(1)}%) have the ` +
        `correct choice as the longest or tied; shorten it or give a distractor a real misconception:\n${list}`,
    ).toBeLessThanOrEqual(MAX_SHARE);
  });
});
