"use client";
// Asking a question: title and Markdown body; on an exercise, the learner may attach their last submitted
// attempt (the server copies it). While the title and body are typed, similar questions of the course show.
import { useEffect, useState } from "react";
import useSWR from "swr";
import { fetchJson } from "@/components/data/personal-data";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import type { ActionResult } from "@/lib/actions/result";
import { askQuestionAction } from "@/lib/discussions/actions";
import { QA_BODY_MAX } from "@/lib/discussions/rules";
import { BUTTON, FIELD } from "./qa-styles";
import { TitleField } from "./title-field";

type Similar = { id: string; title: string; lessonSlug: string; lessonTitle: string; answered: boolean }[];

function useDebounced(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function AskForm({
  lessonId,
  courseSlug,
  exercise,
  onAsked,
}: {
  lessonId: string;
  courseSlug: string;
  exercise: boolean;
  onAsked: (questionId: string) => void;
}) {
  const [draft, setDraft] = useState("");
  const typed = useDebounced(draft, 350);
  const similarKey =
    typed.trim().length >= 4 ? `/api/discussions/similar?${new URLSearchParams({ lessonId, q: typed })}` : null;
  const { data: similar } = useSWR<ActionResult<Similar>>(similarKey, fetchJson, { keepPreviousData: true });
  const { result, values, pending, formProps } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const answer = await askQuestionAction(previous, form);
    if (answer.ok) {
      setDraft("");
      onAsked(answer.data.questionId);
    }
    return answer;
  });
  const error = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  const suggestions = similarKey && similar?.ok ? similar.data : [];
  return (
    <form
      {...formProps}
      noValidate
      aria-label="Ask a question"
      className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800"
      onInput={(event) => {
        const form = event.currentTarget;
        const title = (form.elements.namedItem("title") as HTMLInputElement | null)?.value ?? "";
        const body = (form.elements.namedItem("body") as HTMLTextAreaElement | null)?.value ?? "";
        setDraft(`${title} ${body.slice(0, 200)}`);
      }}
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <TitleField
        label="Your question in one line"
        errorId="qa-title-error"
        defaultValue={values?.title}
        error={error("title")}
      />
      {suggestions.length > 0 && (
        <div aria-live="polite" className="rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800/60">
          <p className="font-medium text-slate-800 dark:text-slate-200">Similar questions in this course</p>
          <ul className="mt-1 list-disc space-y-1 pl-5" data-testid="similar-questions">
            {suggestions.map((q) => (
              <li key={q.id}>
                <a
                  href={`/courses/${courseSlug}/lessons/${q.lessonSlug}#question-${q.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                >
                  {q.title}
                </a>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  ({q.lessonTitle}
                  {q.answered ? ", answered" : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Details (Markdown; code in ``` blocks)
        <textarea
          name="body"
          required
          rows={5}
          maxLength={QA_BODY_MAX}
          defaultValue={typeof values?.body === "string" ? values.body : ""}
          aria-invalid={error("body") ? true : undefined}
          className={`${FIELD} font-mono`}
        />
      </label>
      {error("body") && <p className="text-sm text-rose-800 dark:text-rose-300">{error("body")}</p>}
      {exercise && (
        <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          <input type="checkbox" name="attachAttempt" className="accent-brand-600" />
          Attach my last submitted attempt
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Posting…" : "Post question"}
        </button>
        {result && !result.ok && !result.fieldErrors && (
          <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">
            {result.error}
          </p>
        )}
      </div>
    </form>
  );
}
