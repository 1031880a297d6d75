"use client";
// The member's calendar subscription: a webcal link for calendar apps, the address to paste elsewhere, and
// "Reset my link" for a link shared by mistake (the old one stops answering at once).
import { clsx } from "clsx";
import { useId, useState } from "react";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { ActionForm } from "@/components/ui/form/action-form";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { resetCalendarFeedAction } from "@/lib/cohorts/actions";

type Links = { webcalUrl: string; httpsUrl: string };

export function CalendarFeed({ cohortId, links: initial }: { cohortId: string; links: Links }) {
  const [links, setLinks] = useState(initial);
  const inputId = useId();
  return (
    <div className="mt-4 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-slate-700 dark:text-slate-300">
        Subscribe once and every session, change and cancellation appears in your calendar. Each session also comes as
        an invite by email, with reminders a day and an hour before.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <a href={links.webcalUrl} className={clsx(BUTTON_BASE, BUTTON_STYLES.primary)} data-testid="calendar-webcal">
          Subscribe in your calendar app
        </a>
      </div>
      <label htmlFor={inputId} className="mt-4 block text-sm font-medium text-slate-900 dark:text-slate-100">
        Or paste this address into your calendar (Google Calendar: “From URL”)
      </label>
      <input
        id={inputId}
        readOnly
        value={links.httpsUrl}
        onFocus={(event) => event.currentTarget.select()}
        className={clsx(INPUT_STYLES, "mt-1 font-mono text-xs")}
        data-testid="calendar-url"
      />
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        This address is yours: anyone who has it can read the schedule. If you shared it by mistake, reset it; the old
        address stops working at once.
      </p>
      <ActionForm
        action={resetCalendarFeedAction}
        submitLabel="Reset my link"
        variant="secondary"
        className="mt-3 space-y-3"
        successMessage="Your calendar link is new. Subscribe again with it; the old one no longer works."
        confirm={{
          title: "Reset your calendar link?",
          description:
            "Calendars subscribed with the current address stop receiving the sessions. You will subscribe again with the new one.",
          confirmLabel: "Reset the link",
        }}
        onSuccess={(data) => setLinks(data as Links)}
      >
        <input type="hidden" name="cohortId" value={cohortId} />
      </ActionForm>
    </div>
  );
}
