"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { clsx } from "clsx";
import { submitQuizAction } from "@/lib/learning/actions";
import { orderChoices } from "@/lib/learning/quiz-shuffle";
import { PREVIEW_NOTHING_SAVED, useLearnerPreview } from "./learner-preview-context";
import { useProgressAction } from "../learner/learner-state";

export type QuizQuestionView = {
  id: string;
  promptHtml: string;
  multiple: boolean;
  choices: { id: string; html: string }[];
};

type Props = {
  lessonId: string;
  passPercent: number;
  questions: QuizQuestionView[];
  /** This learner's choice order for the attempt (null for visitors: the page's own shuffled order). */
  order: Record<string, string[]> | null;
  canSubmit: boolean;
  lastAttempt: { score: number; passed: boolean } | null;
};

export function QuizForm({ lessonId, passPercent, questions, order, canSubmit, lastAttempt }: Props) {
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  // Every attempt changes the learner's state (the next attempt's order, the attempt count): reload it.
  // In the studio's learner preview, the attempt is graded by a staff-only action that records nothing.
  const preview = useLearnerPreview();
  const [state, formAction, pending] = useProgressAction(preview?.quiz ?? submitQuizAction, {
    changed: (result) => result.ok && !preview,
  });
  const [reviewing, setReviewing] = useState(true);
  // The order the learner answered in stays on screen while they review, even after the next one arrives.
  const [submittedOrder, setSubmittedOrder] = useState<Record<string, string[]> | null>(null);
  const [, startTransition] = useTransition();
  const graded = reviewing && state?.ok ? state.data : null;
  const byQuestion = new Map(graded?.questions.map((q) => [q.id, q]));
  const shownOrder = graded ? (submittedOrder ?? order) : order;

  const choose = (questionId: string, choiceId: string, multiple: boolean, checked: boolean) => {
    setAnswers((current) => {
      const previous = current[questionId] ?? [];
      const next = multiple
        ? checked
          ? [...previous, choiceId]
          : previous.filter((id) => id !== choiceId)
        : [choiceId];
      return { ...current, [questionId]: next };
    });
  };

  return (
    <form
      // onSubmit rather than `action`: React resets a form after an action, which would clear the ticks shown during review.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setReviewing(true);
        setSubmittedOrder(order);
        startTransition(() => formAction(data));
      }}
      className="mt-10 space-y-6"
      aria-label="Quiz"
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="answers" value={JSON.stringify(answers)} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {questions.length} questions · pass mark {passPercent}%
        {lastAttempt && ` · your last score: ${lastAttempt.score}%${lastAttempt.passed ? " (passed)" : ""}`}
      </p>
      {questions.map((question, index) => {
        const result = byQuestion.get(question.id);
        const promptId = `q-${question.id}`;
        return (
          <div
            key={question.id}
            role="group"
            aria-labelledby={promptId}
            className={clsx(
              "rounded-2xl border p-5",
              !result && "border-slate-200 dark:border-slate-800",
              result?.correct && "border-emerald-300 bg-emerald-50/60 dark:border-emerald-800 dark:bg-emerald-950/30",
              result && !result.correct && "border-rose-300 bg-rose-50/60 dark:border-rose-800 dark:bg-rose-950/30",
            )}
          >
            <div
              id={promptId}
              className="prose max-w-none text-slate-900 prose-slate dark:text-slate-100 dark:prose-invert"
            >
              <p className="!mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
                Question {index + 1} {question.multiple ? "· choose all that apply" : ""}
              </p>
              <div dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
            </div>
            <ul className="mt-4 space-y-2">
              {orderChoices(question.choices, shownOrder?.[question.id]).map((choice) => {
                const checked = (answers[question.id] ?? []).includes(choice.id);
                const isCorrect = result?.correctChoiceIds.includes(choice.id);
                return (
                  <li key={choice.id}>
                    <label
                      className={clsx(
                        "flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 text-sm",
                        checked
                          ? "border-brand-400 bg-brand-50 dark:border-brand-600 dark:bg-brand-950/50"
                          : "border-slate-200 bg-white hover:border-slate-300 dark:border-slate-700 dark:bg-slate-900",
                        result && isCorrect && "!border-emerald-500",
                        result && checked && !isCorrect && "!border-rose-500 !bg-rose-50 dark:!bg-rose-950/40",
                      )}
                    >
                      <input
                        type={question.multiple ? "checkbox" : "radio"}
                        name={`choice-${question.id}`}
                        value={choice.id}
                        checked={checked}
                        disabled={!canSubmit || pending}
                        onChange={(event) => choose(question.id, choice.id, question.multiple, event.target.checked)}
                        className="mt-1 size-4 accent-brand-600"
                      />
                      <span
                        className="quiz-choice min-w-0 flex-1 text-slate-800 dark:text-slate-200"
                        dangerouslySetInnerHTML={{ __html: choice.html }}
                      />
                      {result && isCorrect && (
                        <span className="shrink-0 text-xs font-semibold text-emerald-800 dark:text-emerald-300">
                          Correct answer
                        </span>
                      )}
                      {result && checked && !isCorrect && (
                        <span className="shrink-0 text-xs font-semibold text-rose-800 dark:text-rose-300">
                          Your answer
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
            {result && (
              <div className="mt-4 text-sm">
                <p
                  className={
                    result.correct
                      ? "font-semibold text-emerald-800 dark:text-emerald-300"
                      : "font-semibold text-rose-800 dark:text-rose-300"
                  }
                >
                  {result.correct ? "✓ Correct" : "✗ Not quite"}
                </p>
                {result.explanation && <p className="mt-1 text-slate-700 dark:text-slate-300">{result.explanation}</p>}
              </div>
            )}
          </div>
        );
      })}

      <div aria-live="polite">
        {state && !state.ok && (
          <p className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 dark:bg-rose-950/50 dark:text-rose-100">
            {state.error}
          </p>
        )}
        {graded && (
          <div
            data-testid="quiz-result"
            className={clsx(
              "rounded-2xl px-5 py-4",
              graded.passed
                ? "bg-emerald-50 text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
                : "bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100",
            )}
          >
            <p className="text-lg font-semibold">
              {graded.passed
                ? `Passed with ${graded.score}%`
                : `You scored ${graded.score}% — the pass mark is ${graded.passPercent}%.`}
            </p>
            <p className="mt-1 text-sm">
              {preview
                ? graded.passed
                  ? `${PREVIEW_NOTHING_SAVED} A learner would see the explanations above and complete the lesson.`
                  : `${PREVIEW_NOTHING_SAVED} A learner sees the answers once they pass, or after their third attempt.`
                : graded.passed
                  ? "Lesson complete. Read the explanations above, then carry on."
                  : graded.questions.length > 0
                    ? "Read the explanations above and try again: your best attempt counts."
                    : "Review the lesson and try again: the choices come in a new order each attempt. The correct answers and explanations are shown once you pass, or after your third attempt."}
            </p>
            {graded.certificateIssuedNow && graded.certificateId && (
              <p className="mt-2 text-sm font-semibold">
                You finished the course!{" "}
                <Link href={`/certificates/${graded.certificateId}`} className="underline">
                  See your certificate
                </Link>
                .
              </p>
            )}
          </div>
        )}
      </div>

      {canSubmit ? (
        graded && !graded.passed ? (
          <button
            type="button"
            onClick={() => {
              setAnswers({});
              setReviewing(false);
            }}
            className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
          >
            Try again
          </button>
        ) : (
          !graded?.passed && (
            <button
              type="submit"
              disabled={pending}
              className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
            >
              {pending ? "Checking…" : "Submit answers"}
            </button>
          )
        )
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Enrol in the course to take the quiz and save your score.
        </p>
      )}
    </form>
  );
}
