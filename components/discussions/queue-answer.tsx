"use client";
// Answering a question straight from the staff queue; on success the page reloads its list.
import { useRouter } from "next/navigation";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { answerQuestionAction } from "@/lib/discussions/actions";
import { QA_BODY_MAX } from "@/lib/discussions/rules";
import { BUTTON, FIELD } from "./qa-styles";

export function QueueAnswer({ questionId, title }: { questionId: string; title: string }) {
  const router = useRouter();
  const { result, pending, formProps } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const answer = await answerQuestionAction(previous, form);
    if (answer.ok) router.refresh();
    return answer;
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-brand-300">Answer here</summary>
      <form {...formProps} noValidate aria-label={`Answer: ${title}`} className="mt-2 space-y-2">
        <input type="hidden" name="questionId" value={questionId} />
        <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          Your answer (Markdown)
          <textarea name="body" rows={4} required maxLength={QA_BODY_MAX} className={`${FIELD} font-mono`} />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={BUTTON}>
            {pending ? "Posting…" : "Post answer"}
          </button>
          {result && !result.ok && (
            <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">
              {result.fieldErrors ? Object.values(result.fieldErrors).flat()[0] : result.error}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
