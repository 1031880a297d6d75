"use client";

import { useId, useState } from "react";
import { clsx } from "clsx";
import { FieldError, useFieldErrors } from "@/components/ui/form/form-controls";
import { INPUT_ERROR_STYLES, INPUT_STYLES } from "@/components/ui/form/form-styles";

/** IANA time zone picker with a one-click "use this device's zone". */
export function TimeZoneField({ defaultValue, zones }: { defaultValue: string; zones: string[] }) {
  const id = useId();
  const errors = useFieldErrors("timeZone");
  const [value, setValue] = useState(defaultValue);
  const [detected, setDetected] = useState<string | null>(null);

  function detect() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setDetected(zone);
    if (zone && zones.includes(zone)) setValue(zone);
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
        Time zone
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <select
          id={id}
          name="timeZone"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={`${id}-hint`}
          className={clsx(errors?.length ? INPUT_ERROR_STYLES : INPUT_STYLES, "sm:flex-1")}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={detect}
          className="rounded-lg px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 dark:text-brand-300 dark:ring-slate-700 dark:hover:bg-slate-800"
        >
          Use this device&apos;s time zone
        </button>
      </div>
      <p id={`${id}-hint`} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
        {detected ? `This device reports ${detected}. ` : ""}Lesson dates and consultation times are shown in this zone.
      </p>
      <FieldError errors={errors} />
    </div>
  );
}
