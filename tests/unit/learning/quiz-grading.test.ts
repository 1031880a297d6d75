import { describe, expect, it } from "vitest";
import { gradeQuiz, validateQuizAnswers, type QuizKey } from "@/lib/learning/quiz-grading";

const key: QuizKey = [
  {
    id: "q1",
    multiple: false,
    choices: [
      { id: "a", correct: true },
      { id: "b", correct: false },
    ],
  },
  {
    id: "q2",
    multiple: true,
    choices: [
      { id: "c", correct: true },
      { id: "d", correct: true },
      { id: "e", correct: false },
    ],
  },
  {
    id: "q3",
    multiple: false,
    choices: [
      { id: "f", correct: false },
      { id: "g", correct: true },
    ],
  },
];

describe("gradeQuiz", () => {
  it("scores all-correct answers 100 and passes", () => {
    expect(gradeQuiz(key, { q1: ["a"], q2: ["d", "c"], q3: ["g"] }, 70)).toEqual({
      score: 100,
      passed: true,
      correct: { q1: true, q2: true, q3: true },
    });
  });

  it("needs every correct choice and no wrong one on multiple-choice questions", () => {
    expect(gradeQuiz(key, { q1: ["a"], q2: ["c"], q3: ["g"] }, 70).correct.q2).toBe(false);
    expect(gradeQuiz(key, { q1: ["a"], q2: ["c", "d", "e"], q3: ["g"] }, 70).correct.q2).toBe(false);
  });

  it("rounds the score and compares it with the pass mark inclusively", () => {
    const twoOfThree = gradeQuiz(key, { q1: ["a"], q2: ["c", "d"], q3: ["f"] }, 67);
    expect(twoOfThree).toMatchObject({ score: 67, passed: true });
    expect(gradeQuiz(key, { q1: ["a"], q2: ["c", "d"], q3: ["f"] }, 70).passed).toBe(false);
  });

  it("never passes an empty quiz", () => {
    expect(gradeQuiz([], {}, 0)).toEqual({ score: 0, passed: false, correct: {} });
  });
});

describe("validateQuizAnswers", () => {
  it("requires an answer to every question", () => {
    expect(validateQuizAnswers(key, { q1: ["a"], q2: ["c"] })).toBe("Answer the last question before submitting.");
    expect(validateQuizAnswers(key, { q1: ["a"] })).toBe("Answer all questions before submitting (2 left).");
  });

  it("rejects foreign questions or choices and several ticks on a single-choice question", () => {
    expect(validateQuizAnswers(key, { q1: ["c"], q2: ["c"], q3: ["g"] })).toMatch(/quiz has changed/);
    expect(validateQuizAnswers(key, { qX: ["a"], q1: ["a"], q2: ["c"], q3: ["g"] })).toMatch(/quiz has changed/);
    expect(validateQuizAnswers(key, { q1: ["a", "b"], q2: ["c"], q3: ["g"] })).toBe(
      "Pick only one answer for single-choice questions.",
    );
    expect(validateQuizAnswers(key, { q1: ["a"], q2: ["c"], q3: ["g"] })).toBeNull();
  });
});
