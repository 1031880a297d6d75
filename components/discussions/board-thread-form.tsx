"use client";
// Starting a thread on a cohort's board: a title and a Markdown post; the new thread opens on its own page.
import { useRouter } from "next/navigation";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { startBoardThreadAction } from "@/lib/discussions/actions";
import { QA_BODY_MAX } from "@/lib/discussions/rules";
import { BUTTON, FIELD } from "./qa-styles";
import { TitleField } from "./title-field";

export function BoardThreadForm({ cohortId }: { cohortId: string }) {
  const router = useRouter();
  const { result, values, pending, formProps } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const answer = await startBoardThreadAction(previous, form);
    if (answer.ok) router.push(`/cohorts/${cohortId}/board/${answer.data.questionId}`);
    return answer;
  });
  const error = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form
      {...formProps}
      noValidate
      aria-label="Start a thread"
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <input type="hidden" name="cohortId" value={cohortId} />
      <TitleField label="Title" errorId="board-title-error" defaultValue={values?.title} error={error("title")} />
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Your post (Markdown; code in ``` blocks; @name tells a member)
        <textarea
          name="body"
          required
          rows={4}
          maxLength={QA_BODY_MAX}
          defaultValue={typeof values?.body === "string" ? values.body : ""}
          aria-invalid={error("body") ? true : undefined}
          aria-describedby={error("body") ? "board-body-error" : undefined}
          className={`${FIELD} font-mono`}
        />
      </label>
      {error("body") && (
        <p id="board-body-error" className="text-sm text-rose-800 dark:text-rose-300">
          {error("body")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Posting…" : "Post thread"}
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
