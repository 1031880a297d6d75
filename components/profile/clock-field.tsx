"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { clsx } from "clsx";
import { FieldError, useFieldErrors } from "@/components/ui/form/form-controls";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "@/components/ui/form/form-styles";

type Clock = "12" | "24";

/** Whether this browser's language writes a 12-hour clock ("en-US" yes, "en-GB" no). */
function browserClock(): Clock {
  try {
    const hour12 = new Intl.DateTimeFormat(navigator.language || "en", { hour: "numeric" }).resolvedOptions().hour12;
    return hour12 ? "12" : "24";
  } catch {
    return "24";
  }
}

const noSubscription = () => () => undefined;

/**
 * 12- or 24-hour clock for every session and deadline time. Someone who never chose sees the server's 24 h on
 * pages; here the field starts at their browser's own clock, so the first save keeps what they are used to.
 */
export function ClockField({ defaultValue }: { defaultValue: boolean | null }) {
  const id = useId();
  const errors = useFieldErrors("hour12");
  const [chosen, setChosen] = useState<Clock | null>(defaultValue === null ? null : defaultValue ? "12" : "24");
  // The browser's clock, read only in the browser (the server renders 24 h; the language never changes meanwhile).
  const detected = useSyncExternalStore(noSubscription, browserClock, () => "24" as const);
  const value = chosen ?? detected;

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        Clock
      </label>
      <select
        id={id}
        name="hour12"
        value={value}
        onChange={(event) => setChosen(event.target.value === "12" ? "12" : "24")}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint`}
        className={clsx(errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES, "mt-1.5 w-full")}
      >
        <option value="24">24-hour (18:00)</option>
        <option value="12">12-hour (6:00 PM)</option>
      </select>
      <p id={`${id}-hint`} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
        Live session times and project deadlines are written with this clock.
      </p>
      <FieldError errors={errors} />
    </div>
  );
}
