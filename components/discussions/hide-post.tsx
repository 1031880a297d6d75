"use client";
// Hiding a reported post from the moderation queue, with the reason its author is told.
import { useRouter } from "next/navigation";
import { useKeptActionState } from "@/components/ui/form/use-kept-action-state";
import { setPostHiddenAction } from "@/lib/discussions/actions";
import { QA_REPORT_REASON_MAX } from "@/lib/discussions/rules";
import { FIELD, QUIET } from "./qa-styles";

export function HidePost({ postId, label }: { postId: string; label: string }) {
  const router = useRouter();
  const { result, pending, formProps } = useKeptActionState(async (previous: unknown, form: FormData) => {
    const answer = await setPostHiddenAction(previous, form);
    if (answer.ok) router.refresh();
    return answer;
  });
  return (
    <form {...formProps} noValidate aria-label={`Hide: ${label}`} className="mt-3 space-y-2">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="hidden" value="true" />
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        Reason (the author is told)
        <textarea name="reason" rows={2} required maxLength={QA_REPORT_REASON_MAX} className={FIELD} />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={QUIET}>
          {pending ? "Hiding…" : "Hide post"}
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
