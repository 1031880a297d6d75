// The curriculum's quizzes, whatever courses prisma/content holds: no answer position that a pattern could
// game (choices are also shuffled for learners, but the source should not lean either), and every question
// has at least one right and one wrong choice.
import { describe, expect, it } from "vitest";
import { loadCurriculum } from "@/lib/content/load-curriculum";

const MAX_SHARE = 0.4;
const courses = loadCurriculum();

function quizQuestions(course: (typeof courses)[number]) {
  return course.modules.flatMap((m) =>
    m.lessons.flatMap((l) => (l.quiz?.questions ?? []).map((q) => ({ ...q, where: `${course.slug}/${l.slug}` }))),
  );
}

describe.each(courses.map((c) => [c.slug, c] as const))("quizzes of %s", (_slug, course) => {
  const questions = quizQuestions(course);

  it("every question has a right and a wrong choice, and single-answer questions exactly one right", () => {
    for (const q of questions) {
      const right = q.choices.filter((c) => c.correct).length;
      expect(right, `${q.where}: "${q.prompt.slice(0, 50)}" has no correct choice`).toBeGreaterThan(0);
      expect(right, `${q.where}: "${q.prompt.slice(0, 50)}" has no wrong choice`).toBeLessThan(q.choices.length);
      if (!q.multiple)
        expect(right, `${q.where}: "${q.prompt.slice(0, 50)}" is single-answer with ${right} correct choices`).toBe(1);
    }
  });

  it(`no position holds the correct choice of more than ${MAX_SHARE * 100}% of the single-answer questions`, () => {
    const single = questions.filter((q) => !q.multiple);
    if (single.length < 3) return expect(single.length).toBeLessThan(3);
    const counts = new Map<number, number>();
    for (const q of single) {
      const position = q.choices.findIndex((c) => c.correct);
      counts.set(position, (counts.get(position) ?? 0) + 1);
    }
    for (const [position, count] of counts)
      expect(count / single.length, `position ${position + 1}: ${count} of ${single.length}`).toBeLessThanOrEqual(
        MAX_SHARE,
      );
  });

  it("multi-answer questions do not all list their correct choices first", () => {
    const multi = questions.filter((q) => q.multiple);
    const frontLoaded = multi.filter((q) => {
      const right = q.choices.filter((c) => c.correct).length;
      return q.choices.slice(0, right).every((c) => c.correct);
    });
    expect(
      multi.length === 0 || frontLoaded.length / multi.length <= 0.5,
      `${frontLoaded.length} of ${multi.length} multi-answer questions list the right choices first`,
    ).toBe(true);
  });
});
