"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/form/action-form";
import { FormAlert } from "@/components/ui/form/form-controls";
import { ButtonLink } from "@/components/ui/button-link";
import type { ActionResult } from "@/lib/actions/result";
import { formatInZone } from "@/lib/booking/format";
import { SlotPicker } from "./slot-picker";
import { timeLabel } from "./zone-dates";

type Action = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;
type Props = {
  token: string;
  topic: string;
  advisorId: string;
  timeZone: string;
  hour12: boolean;
  /** "Topic with Advisor", and the booked time as the server wrote it. */
  summary: string;
  when: string;
  changesClose: string;
  cancelAction: Action;
  rescheduleAction: Action;
};

type Outcome = { kind: "moved"; when: string } | { kind: "cancelled" } | null;

function movedTo(data: unknown): string | null {
  const startsAt = typeof data === "object" && data && "startsAt" in data ? data.startsAt : null;
  return typeof startsAt === "string" ? startsAt : null;
}

/**
 * Reschedule (pick a new time, then confirm) or cancel; nothing changes until a button is pressed. After either,
 * this page's link is dead: the page shows what is true now and offers nothing tied to the old link.
 */
export function ManageBooking(props: Props) {
  const { token, topic, advisorId, timeZone, hour12, summary, cancelAction, rescheduleAction } = props;
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const when = outcome?.kind === "moved" ? outcome.when : props.when;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-slate-700 dark:text-slate-200" aria-live="polite">
          {summary}: <strong data-testid="booking-when">{when}</strong>
          {outcome?.kind === "cancelled" ? " (cancelled)" : ""}
        </p>
        {outcome ? null : (
          <p className="text-sm text-slate-600 dark:text-slate-400">You can change it until {props.changesClose}.</p>
        )}
      </div>
      {outcome ? (
        <div className="space-y-6">
          <FormAlert tone="success">
            {outcome.kind === "moved"
              ? "Moved. We’ve emailed you a new invite and a new link: use that link for any further change (this page’s link no longer works)."
              : "Cancelled. We’ve emailed you and your advisor, and the time is free for someone else."}
          </FormAlert>
          {outcome.kind === "cancelled" ? (
            <ButtonLink href="/consultation">Book another consultation</ButtonLink>
          ) : null}
        </div>
      ) : (
        <>
          <section aria-labelledby="reschedule-heading" className="space-y-4">
            <h2 id="reschedule-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
              Reschedule
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">Times are shown in {timeZone}.</p>
            <SlotPicker
              topic={topic}
              advisorId={advisorId}
              timeZone={timeZone}
              hour12={hour12}
              selected={startsAt}
              onSelect={setStartsAt}
              manageToken={token}
            />
            <ActionForm
              action={rescheduleAction}
              submitLabel={startsAt ? `Move to ${timeLabel(startsAt, timeZone, hour12)}` : "Move to the chosen time"}
              pendingLabel="Moving…"
              onSuccess={(data) => {
                const iso = movedTo(data);
                setOutcome({ kind: "moved", when: iso ? formatInZone(new Date(iso), timeZone, hour12) : when });
              }}
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
              confirm={{
                title: "Cancel this consultation?",
                description: `${summary}, ${when}. Your advisor is told and the time goes to someone else; this cannot be undone.`,
                confirmLabel: "Cancel consultation",
              }}
              onSuccess={() => setOutcome({ kind: "cancelled" })}
            >
              <input type="hidden" name="token" value={token} />
            </ActionForm>
          </section>
        </>
      )}
    </div>
  );
}
