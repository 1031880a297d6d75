// A lesson's quiz as the learner's preview shows and grades it. Pure. A draft's questions have no database
// ids yet, so each question and choice gets one from its position ("q2", "q2c1"): the page and the grading
// read the same content, so the ids agree.
import type { QuizFront } from "../content/schema";
import { gradeQuiz, validateQuizAnswers, type QuizAnswers, type QuizKey } from "../learning/quiz-grading";

export type PreviewQuestion = {
  id: string;
  prompt: string;
  multiple: boolean;
  explanation: string;
  choices: { id: string; text: string; correct: boolean }[];
};

export function previewQuestions(quiz: QuizFront): PreviewQuestion[] {
  return quiz.questions.map((q, qi) => ({
    id: `q${qi + 1}`,
    prompt: q.prompt,
    multiple: q.multiple,
    explanation: q.explanation,
    choices: q.choices.map((c, ci) => ({ id: `q${qi + 1}c${ci + 1}`, text: c.text, correct: c.correct })),
  }));
}

/** The answer to a preview attempt: a learner's first attempt, with nothing recorded. */
export type PreviewQuizResult = {
  completed: false;
  courseCompleted: false;
  certificateId: null;
  certificateIssuedNow: false;
  score: number;
  passed: boolean;
  passPercent: number;
  attempts: number;
  questions: { id: string; correct: boolean; correctChoiceIds: string[]; explanation: string }[];
};

/** Grades like a learner's attempt; the key goes back only on a pass, as on a learner's first attempt. */
export function gradePreviewQuiz(quiz: QuizFront, answers: QuizAnswers): { error: string } | PreviewQuizResult {
  const questions = previewQuestions(quiz);
  const key: QuizKey = questions;
  const problem = validateQuizAnswers(key, answers);
  if (problem) return { error: problem };
  const grade = gradeQuiz(key, answers, quiz.passPercent);
  return {
    completed: false,
    courseCompleted: false,
    certificateId: null,
    certificateIssuedNow: false,
    score: grade.score,
    passed: grade.passed,
    passPercent: quiz.passPercent,
    attempts: 1,
    questions: grade.passed
      ? questions.map((q) => ({
          id: q.id,
          correct: grade.correct[q.id] ?? false,
          correctChoiceIds: q.choices.filter((c) => c.correct).map((c) => c.id),
          explanation: q.explanation,
        }))
      : [],
  };
}
