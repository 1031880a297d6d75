import { describe, expect, it } from "vitest";
import { gradePreviewQuiz, previewQuestions } from "@/lib/studio/preview-quiz";

const quiz = {
  passPercent: 50,
  questions: [
    {
      prompt: "Which is a verb?",
      multiple: false,
      explanation: "GET is an HTTP method.",
      choices: [
        { text: "GET", correct: true },
        { text: "URL", correct: false },
      ],
    },
    {
      prompt: "Which are safe?",
      multiple: true,
      explanation: "",
      choices: [
        { text: "GET", correct: true },
        { text: "HEAD", correct: true },
        { text: "POST", correct: false },
      ],
    },
  ],
};

describe("preview quiz", () => {
  it("names questions and choices by position, so the page and the grading agree", () => {
    expect(previewQuestions(quiz).map((q) => [q.id, q.choices.map((c) => c.id)])).toEqual([
      ["q1", ["q1c1", "q1c2"]],
      ["q2", ["q2c1", "q2c2", "q2c3"]],
    ]);
  });

  it("keeps the key on the server when the attempt fails", () => {
    expect(gradePreviewQuiz(quiz, { q1: ["q1c2"], q2: ["q2c3"] })).toMatchObject({
      passed: false,
      score: 0,
      questions: [],
    });
  });

  it("returns the key and explanations on a pass, and never a completion", () => {
    const result = gradePreviewQuiz(quiz, { q1: ["q1c1"], q2: ["q2c1"] });
    expect(result).toMatchObject({ passed: true, score: 50, completed: false, certificateId: null });
    expect("questions" in result && result.questions[0]).toEqual({
      id: "q1",
      correct: true,
      correctChoiceIds: ["q1c1"],
      explanation: "GET is an HTTP method.",
    });
  });

  it("refuses unanswered questions with the learner's sentence", () => {
    expect(gradePreviewQuiz(quiz, { q1: ["q1c1"] })).toEqual({ error: "Answer the last question before submitting." });
  });
});
