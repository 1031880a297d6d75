import { describe, expect, it } from "vitest";
import { attemptSeed, orderChoices, quizChoiceOrder, seededShuffle } from "@/lib/learning/quiz-shuffle";
import { gradeQuiz } from "@/lib/learning/quiz-grading";

const QUESTIONS = Array.from({ length: 12 }, (_, q) => ({
  id: `q${q}`,
  multiple: false,
  choices: ["a", "b", "c", "d"].map((c, i) => ({ id: `q${q}${c}`, correct: i === 0 })),
}));

describe("quiz shuffling", () => {
  it("is stable for one learner's attempt (a reload shows the same order)", () => {
    const seed = attemptSeed("learner-1", "lesson-1", 0);
    expect(quizChoiceOrder(QUESTIONS, seed)).toEqual(quizChoiceOrder(QUESTIONS, seed));
  });

  it("differs between learners and between attempts", () => {
    const one = quizChoiceOrder(QUESTIONS, attemptSeed("learner-1", "lesson-1", 0));
    expect(quizChoiceOrder(QUESTIONS, attemptSeed("learner-2", "lesson-1", 0))).not.toEqual(one);
    expect(quizChoiceOrder(QUESTIONS, attemptSeed("learner-1", "lesson-1", 1))).not.toEqual(one);
  });

  it("keeps every choice exactly once", () => {
    for (const [questionId, order] of Object.entries(quizChoiceOrder(QUESTIONS, "seed"))) {
      expect([...order].sort()).toEqual(
        QUESTIONS.find((q) => q.id === questionId)!
          .choices.map((c) => c.id)
          .sort(),
      );
    }
  });

  it("spreads the correct choice over the positions (no position holds it much more than a quarter of the time)", () => {
    const positions = [0, 0, 0, 0];
    for (let learner = 0; learner < 200; learner++) {
      const order = quizChoiceOrder(QUESTIONS, attemptSeed(`learner-${learner}`, "lesson", 0));
      for (const question of QUESTIONS) positions[order[question.id]!.indexOf(`${question.id}a`)]! += 1;
    }
    const total = 200 * QUESTIONS.length;
    for (const count of positions) {
      expect(count / total).toBeGreaterThan(0.2);
      expect(count / total).toBeLessThan(0.3);
    }
  });

  it("grading is by choice id, whatever order the learner saw", () => {
    const order = quizChoiceOrder(QUESTIONS, "seed");
    const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, [`${q.id}a`]]));
    expect(gradeQuiz(QUESTIONS, answers, 100)).toMatchObject({ score: 100, passed: true });
    // Picking the first choice shown is right only where the shuffle put the right one first.
    const firstShown = Object.fromEntries(QUESTIONS.map((q) => [q.id, [order[q.id]![0]!]]));
    const expected = QUESTIONS.filter((q) => order[q.id]![0] === `${q.id}a`).length;
    expect(gradeQuiz(QUESTIONS, firstShown, 100).score).toBe(Math.round((expected / QUESTIONS.length) * 100));
  });

  it("orderChoices applies an order and leaves unknown choices at the end", () => {
    const choices = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(orderChoices(choices, ["c", "a"]).map((c) => c.id)).toEqual(["c", "a", "b"]);
    expect(orderChoices(choices, undefined)).toBe(choices);
    expect(seededShuffle([], "x")).toEqual([]);
  });
});
