"use client";
// Questions, choices, which are correct, explanations and the pass mark of a quiz lesson.
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { QuizFront } from "@/lib/content/schema";
import { DANGER_BUTTON, SMALL_BUTTON } from "./call-action";

type Question = QuizFront["questions"][number];

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";

export function QuizEditor({
  quiz,
  onChange,
  errorsFor,
}: {
  quiz: QuizFront;
  onChange: (quiz: QuizFront) => void;
  errorsFor: (path: string) => string[];
}) {
  const setQuestion = (index: number, question: Question) =>
    onChange({ ...quiz, questions: quiz.questions.map((q, i) => (i === index ? question : q)) });
  const addQuestion = () =>
    onChange({
      ...quiz,
      questions: [
        ...quiz.questions,
        {
          prompt: "",
          multiple: false,
          explanation: "",
          choices: [
            { text: "", correct: true },
            { text: "", correct: false },
          ],
        },
      ],
    });
  const removeQuestion = (index: number) =>
    onChange({ ...quiz, questions: quiz.questions.filter((_, i) => i !== index) });

  return (
    <div className="space-y-5">
      <label className={clsx(LABEL, "max-w-xs")}>
        Pass mark (%)
        <input
          type="number"
          min={1}
          max={100}
          value={quiz.passPercent}
          onChange={(e) => onChange({ ...quiz, passPercent: Number(e.target.value) })}
          className={clsx("mt-1", INPUT_STYLES)}
        />
      </label>
      <Errors messages={errorsFor("quiz")} />
      {quiz.questions.map((question, qi) => {
        const n = qi + 1;
        return (
          <fieldset key={qi} className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Question {n}</legend>
            <label className={LABEL}>
              Question {n} prompt
              <input
                value={question.prompt}
                onChange={(e) => setQuestion(qi, { ...question, prompt: e.target.value })}
                className={clsx("mt-1", INPUT_STYLES)}
              />
            </label>
            <Errors messages={errorsFor(`quiz.questions.${qi}.prompt`)} />
            <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
              <input
                type="checkbox"
                checked={question.multiple}
                onChange={(e) => setQuestion(qi, { ...question, multiple: e.target.checked })}
                className="size-4"
              />
              Question {n} allows several answers
            </label>
            <ul className="space-y-2">
              {question.choices.map((choice, ci) => (
                <li key={ci} className="flex flex-wrap items-center gap-2">
                  <label className="min-w-48 flex-1 text-sm text-slate-900 dark:text-slate-100">
                    <span className="sr-only">Question {n}, </span>Choice {ci + 1}
                    <input
                      value={choice.text}
                      onChange={(e) =>
                        setQuestion(qi, {
                          ...question,
                          choices: question.choices.map((c, i) => (i === ci ? { ...c, text: e.target.value } : c)),
                        })
                      }
                      className={clsx("mt-1", INPUT_STYLES)}
                    />
                  </label>
                  <label className="flex items-center gap-1.5 pt-5 text-sm text-slate-900 dark:text-slate-100">
                    <input
                      type="checkbox"
                      checked={choice.correct}
                      onChange={(e) =>
                        setQuestion(qi, {
                          ...question,
                          choices: question.choices.map((c, i) =>
                            i === ci
                              ? { ...c, correct: e.target.checked }
                              : question.multiple
                                ? c
                                : { ...c, correct: e.target.checked ? false : c.correct },
                          ),
                        })
                      }
                      className="size-4"
                    />
                    Correct
                    <span className="sr-only">
                      {" "}
                      (question {n}, choice {ci + 1})
                    </span>
                  </label>
                  <button
                    type="button"
                    className={`${DANGER_BUTTON} mt-5`}
                    disabled={question.choices.length <= 2}
                    onClick={() =>
                      setQuestion(qi, { ...question, choices: question.choices.filter((_, i) => i !== ci) })
                    }
                  >
                    Remove
                    <span className="sr-only">
                      {" "}
                      choice {ci + 1} of question {n}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            <Errors messages={errorsFor(`quiz.questions.${qi}.choices`)} />
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() =>
                setQuestion(qi, { ...question, choices: [...question.choices, { text: "", correct: false }] })
              }
            >
              Add a choice<span className="sr-only"> to question {n}</span>
            </button>
            <label className={LABEL}>
              Question {n} explanation
              <textarea
                rows={2}
                value={question.explanation}
                onChange={(e) => setQuestion(qi, { ...question, explanation: e.target.value })}
                className={clsx("mt-1", INPUT_STYLES)}
              />
            </label>
            <button
              type="button"
              className={DANGER_BUTTON}
              disabled={quiz.questions.length <= 1}
              onClick={() => removeQuestion(qi)}
            >
              Remove question {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className={SMALL_BUTTON} onClick={addQuestion}>
        Add a question
      </button>
    </div>
  );
}

export function Errors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return <p className="text-sm text-rose-700 dark:text-rose-300">{messages.join(" ")}</p>;
}
