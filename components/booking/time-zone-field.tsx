"use client";

import { useId, useState } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import type { Zone } from "@/lib/booking/zones";

type Props = {
  value: string;
  onChange: (zone: string) => void;
  hour12: boolean;
  onHour12Change: (value: boolean) => void;
};

type ZoneList = typeof import("@/lib/booking/zones");
let zoneList: Promise<ZoneList> | undefined;
// The list (aliases, cities, abbreviations) is fetched when the person first types, not with the page.
const loadZones = () => (zoneList ??= import("@/lib/booking/zones"));

/**
 * A zone search (a combobox: type a zone, city, country or abbreviation, then pick with the arrows and Enter or a
 * click) and the 12/24-hour choice. A current name is accepted even where the browser's own list is older.
 */
export function TimeZoneField({ value, onChange, hour12, onHour12Change }: Props) {
  const id = useId();
  // What the person is typing; null shows the chosen zone.
  const [draft, setDraft] = useState<string | null>(null);
  const [matches, setMatches] = useState<Zone[]>([]);
  const [zones, setZones] = useState<ZoneList | null>(null);
  const [active, setActive] = useState(0);
  const open = draft !== null && matches.length > 0;

  const search = async (text: string) => {
    const list = await loadZones();
    setZones(list);
    setMatches(list.searchZones(text));
    setActive(0);
    const exact = list.findZone(text);
    if (exact && text.includes("/")) onChange(exact.name);
  };
  const choose = (zone: Zone) => {
    onChange(zone.name);
    setDraft(null);
    setMatches([]);
  };

  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="relative min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
          Your time zone
        </label>
        <input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-zones`}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-zone-${active}` : undefined}
          value={draft ?? value}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onFocus={() => void loadZones()}
          onChange={(event) => {
            setDraft(event.target.value);
            void search(event.target.value);
          }}
          onKeyDown={(event) => {
            if (!open) return;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const step = event.key === "ArrowDown" ? 1 : -1;
              setActive((index) => (index + step + matches.length) % matches.length);
            } else if (event.key === "Enter") {
              event.preventDefault();
              choose(matches[active]!);
            } else if (event.key === "Escape") {
              setDraft(null);
              setMatches([]);
            }
          }}
          onBlur={() => {
            setDraft(null);
            setMatches([]);
          }}
          className={`mt-1.5 ${INPUT_STYLES}`}
        />
        <ul
          id={`${id}-zones`}
          role="listbox"
          aria-label="Time zones"
          hidden={!open}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-lg bg-white py-1 text-sm shadow-lg ring-1 ring-slate-300 dark:bg-slate-900 dark:ring-slate-700"
        >
          {matches.map((zone, index) => (
            <li
              key={zone.name}
              id={`${id}-zone-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(zone);
              }}
              className={clsx(
                "cursor-pointer px-3 py-2",
                index === active ? "bg-brand-50 dark:bg-brand-950" : "hover:bg-slate-50 dark:hover:bg-slate-800",
              )}
            >
              <span className="block font-medium text-slate-900 dark:text-white">{zone.name}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">{zones?.zoneSummary(zone)}</span>
            </li>
          ))}
        </ul>
        <p id={`${id}-hint`} className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
          Detected from your browser. Type a city, a country or a zone, e.g. “Berlin”, “CET” or “America/Los_Angeles”.
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
