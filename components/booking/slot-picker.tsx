"use client";

import { clsx } from "clsx";
import { memo, useDeferredValue, useEffect, useMemo, useState } from "react";
import useSWR from "swr";
import type { ActionResult } from "@/lib/actions/result";
import type { SlotsResponse } from "@/lib/booking/definitions";
import { longDateLabel, monthDays, monthLabel, shiftMonth, timeLabel, todayIn, weekColumn } from "./zone-dates";

type Props = {
  topic: string;
  advisorId: string;
  timeZone: string;
  hour12: boolean;
  selected: string | null;
  onSelect: (start: string | null) => void;
  refreshKey?: number;
  /** When rescheduling: the booking's manage token, so its own time shows as free. */
  manageToken?: string;
};

async function fetchSlots(url: string): Promise<SlotsResponse> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await response.json()) as ActionResult<SlotsResponse>;
  if (!body.ok) throw new Error(body.error);
  return body.data;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_BUTTON =
  "flex h-10 items-center justify-center rounded-lg text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:focus-visible:ring-brand-400";

type Slots = SlotsResponse["days"][number]["slots"];

/** The month's days, those with free times as buttons. Memoised: it is redrawn only when its month, its times or
 * the chosen day change, not on every keystroke or urgent update of the wizard around it. */
const MonthDays = memo(function MonthDays({
  month,
  days,
  byDate,
  shownDay,
  onPick,
}: {
  month: string;
  days: string[];
  byDate: Map<string, Slots>;
  shownDay: string | null;
  onPick: (date: string) => void;
}) {
  return (
    <ul className="mt-1 grid grid-cols-7 gap-1" aria-label={`Days in ${monthLabel(month)}`}>
      {days.map((date, index) => {
        const free = byDate.get(date)?.length ?? 0;
        return (
          <li key={date} style={index === 0 ? { gridColumnStart: weekColumn(date) + 1 } : undefined}>
            {free > 0 ? (
              <button
                type="button"
                onClick={() => onPick(date)}
                aria-pressed={shownDay === date}
                aria-label={`${longDateLabel(date)}, ${free} free time${free === 1 ? "" : "s"}`}
                className={clsx(
                  DAY_BUTTON,
                  "w-full font-semibold",
                  shownDay === date
                    ? "bg-brand-600 text-white dark:bg-brand-400 dark:text-slate-950"
                    : "bg-brand-50 text-brand-800 hover:bg-brand-100 dark:bg-brand-950 dark:text-brand-200 dark:hover:bg-brand-900",
                )}
              >
                {Number(date.slice(8))}
              </button>
            ) : (
              <span
                className={clsx(DAY_BUTTON, "text-slate-500 dark:text-slate-400")}
                aria-label={`${longDateLabel(date)}, no free times`}
              >
                {Number(date.slice(8))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
});

/** A month of days with free times, and the times of the chosen day, in the visitor's zone. */
export function SlotPicker({
  topic,
  advisorId,
  timeZone,
  hour12,
  selected,
  onSelect,
  refreshKey = 0,
  manageToken,
}: Props) {
  const [month, setMonth] = useState(() => todayIn(timeZone).slice(0, 7));
  const [day, setDay] = useState<string | null>(null);
  const params = new URLSearchParams({ topic, advisorId, timeZone, from: `${month}-01` });
  if (manageToken) params.set("manage", manageToken);
  const { data, error, isLoading, mutate } = useSWR(`/api/booking/slots?${params}`, fetchSlots, {
    keepPreviousData: true,
  });
  useEffect(() => {
    if (refreshKey) void mutate();
  }, [refreshKey, mutate]);

  // The month's times arrive as an urgent update (SWR's store); drawing them is deferred, so React does it in
  // slices a phone can answer between, instead of one long task right after load.
  const shown = useDeferredValue(data);
  const byDate = useMemo(() => new Map((shown?.days ?? []).map((d) => [d.date, d.slots])), [shown]);
  const days = useMemo(() => monthDays(month), [month]);
  const today = todayIn(timeZone);
  const firstFree = days.find((date) => byDate.has(date)) ?? null;
  const shownDay = day && byDate.has(day) ? day : firstFree;
  const times = shownDay ? (byDate.get(shownDay) ?? []) : [];

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_14rem]">
      <div>
        <div className="flex items-center justify-between">
          <h3 className="text-base font-semibold text-slate-900 dark:text-white" aria-live="polite">
            {monthLabel(month)}
          </h3>
          <div className="flex gap-1">
            <button
              type="button"
              onClick={() => setMonth(shiftMonth(month, -1))}
              disabled={month <= today.slice(0, 7)}
              className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800"
            >
              Previous month
            </button>
            <button
              type="button"
              onClick={() => setMonth(shiftMonth(month, 1))}
              className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 dark:text-slate-200 dark:ring-slate-700 dark:hover:bg-slate-800"
            >
              Next month
            </button>
          </div>
        </div>
        <div
          className="mt-3 grid grid-cols-7 gap-1 text-center text-xs font-medium text-slate-600 dark:text-slate-400"
          aria-hidden="true"
        >
          {WEEKDAYS.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
        <MonthDays month={month} days={days} byDate={byDate} shownDay={shownDay} onPick={setDay} />
        {error ? (
          <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-400">
            {error instanceof Error ? error.message : "Free times could not be loaded."}
          </p>
        ) : null}
        {!error && !isLoading && byDate.size === 0 ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            No free times in this month. Try the next month.
          </p>
        ) : null}
      </div>
      <div>
        <h3 className="text-base font-semibold text-slate-900 dark:text-white">
          {shownDay ? longDateLabel(shownDay) : isLoading ? "Loading free times…" : "Choose a day"}
        </h3>
        {/* As tall on a wide screen before the times arrive as after, so nothing below it moves. */}
        <ul
          className="mt-3 grid max-h-80 auto-rows-min grid-cols-2 gap-2 overflow-y-auto p-1 md:h-80 md:grid-cols-1"
          aria-label="Free times"
        >
          {times.map((slot) => (
            <li key={slot.start}>
              <button
                type="button"
                onClick={() => onSelect(selected === slot.start ? null : slot.start)}
                aria-pressed={selected === slot.start}
                className={clsx(
                  "w-full rounded-lg px-3 py-2 text-sm font-semibold ring-1 ring-inset focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:focus-visible:ring-brand-400",
                  selected === slot.start
                    ? "bg-brand-600 text-white ring-brand-600 dark:bg-brand-400 dark:text-slate-950"
                    : "bg-white text-brand-800 ring-brand-300 hover:bg-brand-50 dark:bg-slate-900 dark:text-brand-200 dark:ring-brand-700 dark:hover:bg-slate-800",
                )}
              >
                {timeLabel(slot.start, timeZone, hour12)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
