"use client";
import Link from "next/link";
import { completeLessonAction } from "@/lib/learning/actions";
import { useProgressAction } from "../learner/learner-state";

type Props = { lessonId: string; completed: boolean; nextHref: string | null };

/** "Mark as complete" at the end of a reading or video lesson. */
export function MarkCompleteButton({ lessonId, completed, nextHref }: Props) {
  const [state, formAction, pending] = useProgressAction(completeLessonAction);
  const done = completed || state?.ok === true;
  const certificateId = state?.ok && state.data.certificateIssuedNow ? state.data.certificateId : null;
  return (
    <div className="mt-10 flex flex-wrap items-center gap-4 rounded-2xl border border-slate-200 bg-slate-50 px-5 py-4 dark:border-slate-800 dark:bg-slate-900/60">
      {done ? (
        <p className="flex-1 text-sm font-semibold text-emerald-800 dark:text-emerald-300" role="status">
          ✓ You completed this lesson.
          {certificateId && (
            <>
              {" "}
              That finishes the course —{" "}
              <Link href={`/certificates/${certificateId}`} className="underline">
                see your certificate
              </Link>
              .
            </>
          )}
        </p>
      ) : (
        <form action={formAction} className="flex flex-1 flex-wrap items-center gap-4" id="mark-complete-form">
          <input type="hidden" name="lessonId" value={lessonId} />
          <input type="hidden" name="method" value="read" />
          <p className="flex-1 text-sm text-slate-700 dark:text-slate-300">
            Finished reading? Mark the lesson complete to track your progress.
          </p>
          <button
            type="submit"
            disabled={pending}
            className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
          >
            {pending ? "Saving…" : "Mark as complete"}
          </button>
        </form>
      )}
      {done && nextHref && (
        <Link
          href={nextHref}
          className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400"
        >
          Next lesson →
        </Link>
      )}
      {state && !state.ok && <p className="w-full text-sm text-rose-800 dark:text-rose-300">{state.error}</p>}
    </div>
  );
}
