// Scores a quiz submission against the answer key. Pure.

export type QuizKey = { id: string; multiple: boolean; choices: { id: string; correct: boolean }[] }[];
/** questionId -> chosen choice ids */
export type QuizAnswers = Record<string, string[]>;
export type QuizGrade = { score: number; passed: boolean; correct: Record<string, boolean> };

export function gradeQuiz(key: QuizKey, answers: QuizAnswers, passPercent: number): QuizGrade {
  const correct: Record<string, boolean> = {};
  for (const question of key) {
    const chosen = new Set(answers[question.id] ?? []);
    const right = new Set(question.choices.filter((c) => c.correct).map((c) => c.id));
    // A single-choice question with several ticks is wrong even if one of them is right.
    correct[question.id] = chosen.size === right.size && [...chosen].every((id) => right.has(id));
  }
  const total = key.length;
  const rightCount = Object.values(correct).filter(Boolean).length;
  const score = total === 0 ? 0 : Math.round((rightCount / total) * 100);
  return { score, passed: total > 0 && score >= passPercent, correct };
}

/** Every answered question must be one of the quiz's and name only its own choices. */
export function validateQuizAnswers(key: QuizKey, answers: QuizAnswers): string | null {
  for (const [questionId, choiceIds] of Object.entries(answers)) {
    const question = key.find((q) => q.id === questionId);
    if (!question) return "The quiz has changed since you opened it. Reload the page and try again.";
    if (!question.multiple && choiceIds.length > 1) return "Pick only one answer for single-choice questions.";
    if (choiceIds.some((id) => !question.choices.some((c) => c.id === id)))
      return "The quiz has changed since you opened it. Reload the page and try again.";
  }
  const unanswered = key.filter((q) => (answers[q.id] ?? []).length === 0).length;
  if (unanswered > 0)
    return unanswered === 1
      ? "Answer the last question before submitting."
      : `Answer all questions before submitting (${unanswered} left).`;
  return null;
}
