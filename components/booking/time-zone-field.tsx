"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";

const noSubscription = () => () => undefined;
let zoneList: string[] | undefined;
const browserZones = () => (zoneList ??= Intl.supportedValuesOf("timeZone"));
const NO_ZONES: string[] = [];
const serverZones = () => NO_ZONES;

type Props = {
  value: string;
  onChange: (zone: string) => void;
  hour12: boolean;
  onHour12Change: (value: boolean) => void;
};

/** A searchable list of IANA zones (typed with suggestions) and the 12/24-hour choice. */
export function TimeZoneField({ value, onChange, hour12, onHour12Change }: Props) {
  const id = useId();
  const zones = useSyncExternalStore(noSubscription, browserZones, serverZones);
  // What the person is typing; null shows the chosen zone.
  const [draft, setDraft] = useState<string | null>(null);
  const known = (zone: string) => zones.includes(zone) || zone === "UTC";
  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
          Your time zone
        </label>
        <input
          id={id}
          list={`${id}-zones`}
          value={draft ?? value}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setDraft(event.target.value);
            if (known(event.target.value)) onChange(event.target.value);
          }}
          onBlur={() => setDraft(null)}
          className={`mt-1.5 ${INPUT_STYLES}`}
        />
        <datalist id={`${id}-zones`}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
          Detected from your browser. Type to search, e.g. “America/Los_Angeles” or “Europe/Berlin”.
        </p>
      </div>
      <fieldset className="pb-6">
        <legend className="sr-only">Clock</legend>
        <div className="flex rounded-lg ring-1 ring-slate-300 dark:ring-slate-700">
          {[false, true].map((twelve) => (
            <label
              key={String(twelve)}
              className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700 first:rounded-l-lg last:rounded-r-lg has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 dark:text-slate-200 dark:has-[:checked]:bg-brand-400 dark:has-[:checked]:text-slate-950"
            >
              <input
                type="radio"
                name={`${id}-clock`}
                className="sr-only"
                checked={hour12 === twelve}
                onChange={() => onHour12Change(twelve)}
              />
              {twelve ? "12-hour" : "24-hour"}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
