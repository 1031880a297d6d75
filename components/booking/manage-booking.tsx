"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import type { ActionResult } from "@/lib/actions/result";
import { SlotPicker } from "./slot-picker";
import { timeLabel } from "./zone-dates";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
type Props = {
  token: string;
  topic: string;
  advisorId: string;
  timeZone: string;
  cancelAction: Action;
  rescheduleAction: Action;
};

/** Reschedule (pick a new time, then confirm) or cancel; nothing changes until a button is pressed. */
export function ManageBooking({ token, topic, advisorId, timeZone, cancelAction, rescheduleAction }: Props) {
  const [startsAt, setStartsAt] = useState<string | null>(null);
  return (
    <div className="space-y-10">
      <section aria-labelledby="reschedule-heading" className="space-y-4">
        <h2 id="reschedule-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
          Reschedule
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Times are shown in {timeZone}.</p>
        <SlotPicker
          topic={topic}
          advisorId={advisorId}
          timeZone={timeZone}
          hour12={false}
          selected={startsAt}
          onSelect={setStartsAt}
          manageToken={token}
        />
        <ActionForm
          action={rescheduleAction}
          submitLabel={startsAt ? `Move to ${timeLabel(startsAt, timeZone, false)}` : "Move to the chosen time"}
          pendingLabel="Moving…"
          successMessage="Moved. We’ve emailed you a new invite and a new link; this page’s link no longer works."
        >
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="startsAt" value={startsAt ?? ""} />
        </ActionForm>
      </section>
      <section
        aria-labelledby="cancel-heading"
        className="space-y-4 rounded-2xl border border-rose-200 p-6 dark:border-rose-900"
      >
        <h2 id="cancel-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
          Cancel
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Your advisor is told, and the time is freed for someone else.
        </p>
        <ActionForm
          action={cancelAction}
          submitLabel="Cancel consultation"
          pendingLabel="Cancelling…"
          variant="danger"
          successMessage="Cancelled. We’ve emailed you and your advisor."
        >
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      </section>
    </div>
  );
}
