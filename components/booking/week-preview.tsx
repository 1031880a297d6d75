import { timeLabel } from "./zone-dates";

type Day = { date: string; label: string; slots: string[] };

/** The next seven days as a bookable-slot week view, in the advisor's zone. */
export function WeekPreview({ days, timeZone }: { days: Day[]; timeZone: string }) {
  return (
    <ol className="grid gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="Bookable slots in the next seven days">
      {days.map((day) => (
        <li key={day.date} className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-white">{day.label}</h3>
          {day.slots.length === 0 ? (
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Not bookable</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-1 sm:flex-col">
              {day.slots.map((start) => (
                <li
                  key={start}
                  className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-brand-950 dark:text-brand-200"
                >
                  {timeLabel(start, timeZone, false)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
