"use client";
import { clsx } from "clsx";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/ui/form/action-form";
import { FieldError, useFieldErrors } from "@/components/ui/form/form-controls";
import { bookReviewCallAction, cancelReviewCallAction } from "@/lib/review-calls/actions";

type Day = { date: string; label: string; slots: Array<{ start: string; label: string }> };

/** One radio per free time, grouped by the learner's local date. */
export function BookReviewCallForm({
  submissionId,
  mentorId,
  days,
  zoneLabel,
  moving,
}: {
  submissionId: string;
  mentorId: string;
  days: Day[];
  zoneLabel: string;
  moving: boolean;
}) {
  const router = useRouter();
  return (
    <ActionForm
      action={bookReviewCallAction}
      onSuccess={() => router.refresh()}
      submitLabel={moving ? "Move the call here" : "Book this time"}
      pendingLabel="Booking…"
      // One sentence for both: after the refresh that shows the call, `moving` is already true for a new booking.
      successMessage="Done. You and your mentor get a calendar invite for this time."
    >
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="mentorId" value={mentorId} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {moving ? "Or move it to another time" : "Free times"} ({zoneLabel}):
      </p>
      <SlotChoices days={days} />
    </ActionForm>
  );
}

const CHOICE =
  "cursor-pointer rounded-lg px-3 py-1.5 text-sm ring-1 ring-inset has-focus-visible:outline-2 has-focus-visible:outline-brand-500";

/** A day at a time: the days with free times as a row of choices, then the chosen day's times (a mentor free all
 * day offers dozens; five days of them at once were a wall of buttons). Choosing another day clears the time. */
function SlotChoices({ days }: { days: Day[] }) {
  const errors = useFieldErrors("startsAt");
  const [shownDate, setShownDate] = useState(days[0]?.date ?? "");
  const shown = days.find((day) => day.date === shownDate) ?? days[0];
  if (!shown) return null;
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Days with free times" className="flex flex-wrap gap-2">
        {days.map((day) => (
          <button
            key={day.date}
            type="button"
            aria-pressed={day.date === shown.date}
            onClick={() => setShownDate(day.date)}
            className={clsx(
              CHOICE,
              day.date === shown.date
                ? "bg-slate-900 text-white ring-slate-900 dark:bg-white dark:text-slate-950 dark:ring-white"
                : "text-slate-800 ring-slate-300 hover:bg-slate-50 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800",
            )}
          >
            {day.label}
          </button>
        ))}
      </div>
      <fieldset key={shown.date}>
        <legend className="text-sm font-semibold text-slate-900 dark:text-white">{shown.label}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {shown.slots.map((slot) => (
            <label
              key={slot.start}
              className={clsx(
                CHOICE,
                "text-slate-800 ring-slate-300 has-checked:bg-brand-600 has-checked:text-white has-checked:ring-brand-600 dark:text-slate-200 dark:ring-slate-700 dark:has-checked:bg-brand-500 dark:has-checked:text-slate-950",
              )}
            >
              <input type="radio" name="startsAt" value={slot.start} required className="sr-only" />
              {slot.label}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError errors={errors} />
    </div>
  );
}

export function CancelReviewCallForm({ submissionId }: { submissionId: string }) {
  const router = useRouter();
  return (
    <ActionForm
      action={cancelReviewCallAction}
      onSuccess={() => router.refresh()}
      submitLabel="Cancel the call"
      variant="danger"
      confirm={{
        title: "Cancel this review call?",
        description: "Your mentor is told and the time is freed. You can book another while the project is open.",
        confirmLabel: "Cancel the call",
      }}
    >
      <input type="hidden" name="submissionId" value={submissionId} />
    </ActionForm>
  );
}
