"use client";
// The answer form of a question: under its thread on the lesson page and in the staff queue.
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { answerQuestionAction } from "@/lib/discussions/actions";
import { QA_BODY_MAX } from "@/lib/discussions/rules";
import { BUTTON, FIELD } from "./qa-styles";

type Props = {
  questionId: string;
  /** The form's accessible name. */
  label: string;
  className?: string;
  /** Runs after an accepted answer, before the form settles. */
  onAnswered: () => void | Promise<void>;
  /** A cohort board's thread takes replies, not answers. */
  noun?: "answer" | "reply";
};

export function AnswerForm({ questionId, label, className = "space-y-2", onAnswered, noun = "answer" }: Props) {
  const { result, pending, formProps } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const answer = await answerQuestionAction(previous, form);
    if (answer.ok) await onAnswered();
    return answer;
  });
  return (
    <form {...formProps} noValidate aria-label={label} className={className}>
      <input type="hidden" name="questionId" value={questionId} />
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Your {noun} (Markdown)
        <textarea name="body" rows={4} required maxLength={QA_BODY_MAX} className={`${FIELD} font-mono`} />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Posting…" : `Post ${noun}`}
        </button>
        {result && !result.ok && (
          <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">
            {result.fieldErrors ? Object.values(result.fieldErrors).flat()[0] : result.error}
          </p>
        )}
      </div>
    </form>
  );
}
