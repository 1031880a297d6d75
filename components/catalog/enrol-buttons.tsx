"use client";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { enrollAction, joinWaitlistAction } from "@/lib/learning/actions";
import { useProgressAction } from "@/components/learner/learner-state";

export function EnrolButton({
  courseSlug,
  label,
  startHref,
  className,
}: {
  courseSlug: string;
  label: string;
  startHref: string | null;
  className?: string;
}) {
  const router = useRouter();
  // Navigate from inside the action: the next page shows the enrolment (a lesson page reloads its learner state).
  const [state, formAction, pending] = useProgressAction(enrollAction, {
    then: (result) => {
      if (result.ok && startHref) router.push(startHref);
    },
  });
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <button
        type="submit"
        disabled={pending || state?.ok}
        className={clsx(BUTTON_BASE, BUTTON_STYLES.primary, "w-full")}
      >
        {pending ? "Enrolling…" : state?.ok ? "Enrolled — opening the first lesson…" : label}
      </button>
      {state && !state.ok && (
        <p role="alert" className="mt-2 text-sm text-rose-800 dark:text-rose-300">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function WaitlistButton({
  courseSlug,
  cohortId,
  label,
  className,
}: {
  courseSlug: string;
  cohortId: string;
  label: string;
  className?: string;
}) {
  const [state, formAction, pending] = useProgressAction(joinWaitlistAction);
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <input type="hidden" name="cohortId" value={cohortId} />
      <button
        type="submit"
        disabled={pending || state?.ok}
        className={clsx(BUTTON_BASE, BUTTON_STYLES.primary, "w-full")}
      >
        {pending ? "Joining…" : state?.ok ? "You are on the waitlist" : label}
      </button>
      <p role="status" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {state?.ok ? (
          `You are number ${state.data.position} in line. We will e-mail you if a seat opens.`
        ) : state ? (
          <span className="text-rose-800 dark:text-rose-300">{state.error}</span>
        ) : (
          "The cohort is full. We will e-mail you if a seat opens."
        )}
      </p>
    </form>
  );
}
