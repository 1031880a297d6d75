"use client";
// Publishing: either the course goes live (and its pages are refreshed everywhere), or the list of what is
// missing, each with a link to the place to fix it.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { FormAlert } from "@/components/ui/form/form-controls";
import type { PublishResult } from "@/lib/studio/publish-service";
import { callAction, type StudioAction } from "./call-action";

export function PublishPanel({
  courseId,
  status,
  pendingDrafts,
  action,
}: {
  courseId: string;
  status: string;
  pendingDrafts: number;
  action: StudioAction<PublishResult>;
}) {
  const router = useRouter();
  const [result, setResult] = useState<PublishResult | { ok: false; error: string } | null>(null);
  const [pending, setPending] = useState(false);
  const publish = async () => {
    setPending(true);
    const answer = await callAction(action, { courseId });
    setPending(false);
    setResult(answer.ok ? answer.data : { ok: false, error: answer.error });
    if (answer.ok && answer.data.ok) router.refresh();
  };
  const summary =
    status === "PUBLISHED"
      ? pendingDrafts
        ? `${pendingDrafts} lesson(s) have unpublished changes. Learners see the published version until you publish again.`
        : "Learners see the current version. Nothing waits to be published."
      : "This course is a draft: only you and its co-instructors can see it.";
  return (
    <section
      aria-labelledby="publish-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="publish-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
        Publish
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="publish-summary">
        {summary}
      </p>
      <button
        type="button"
        onClick={publish}
        disabled={pending}
        className={`${BUTTON_BASE} ${BUTTON_STYLES.primary} mt-4`}
      >
        {pending ? "Checking and publishing…" : status === "PUBLISHED" ? "Publish changes" : "Publish course"}
      </button>
      <div className="mt-4" aria-live="polite">
        {result && "error" in result ? <FormAlert>{result.error}</FormAlert> : null}
        {result && !("error" in result) && result.ok ? (
          <FormAlert tone="success">
            Published. {result.lessonsPublished} lesson(s) updated; learners see it now.
          </FormAlert>
        ) : null}
        {result && !("error" in result) && !result.ok ? (
          <div
            role="alert"
            className="rounded-lg bg-rose-50 p-4 text-sm text-rose-900 ring-1 ring-rose-200 dark:bg-rose-950/60 dark:text-rose-100 dark:ring-rose-900"
          >
            <p className="font-semibold">Not published yet. Fix these first:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {result.issues.map((issue) => (
                <li key={issue.message}>
                  <Link href={issue.href} className="underline underline-offset-2">
                    {issue.message}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
