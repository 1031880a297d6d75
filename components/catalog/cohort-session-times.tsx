"use client";
// A cohort's weekly session times on the cached course page: in the cohort's zone on a 24-hour clock in the HTML,
// then in the reader's own zone and clock: a signed-in person's saved ones once the page knows who reads it, a
// visitor's browser's once the browser says (lib/cohorts/format.ts viewerZoneClock).
import { useSyncExternalStore } from "react";
import { useViewer } from "@/components/auth/use-viewer";
import { browserClock, type BrowserClock } from "@/components/booking/browser-clock";
import { sessionTimes, viewerZoneClock, weekdayList, zoneName } from "@/lib/cohorts/format";

type Props = { sessions: { startsAt: string; endsAt: string }[]; cohortZone: string };

// One read per page: useSyncExternalStore needs the same object back on every call.
let clock: BrowserClock | undefined;
const browserSnapshot = () => (clock ??= browserClock());
const serverSnapshot = () => null;
const subscribe = () => () => {};

export function CohortSessionTimes({ sessions, cohortZone }: Props) {
  const browser = useSyncExternalStore(subscribe, browserSnapshot, serverSnapshot);
  const { viewer } = useViewer();
  const first = sessions[0];
  if (!first) return null;
  const { zone, hour12, own } = viewerZoneClock(viewer, browser, cohortZone);
  const starts = sessions.map((s) => new Date(s.startsAt));
  const times = sessionTimes(new Date(first.startsAt), new Date(first.endsAt), zone, hour12);
  return (
    <p className="mt-1 text-slate-700 dark:text-slate-300" data-testid="cohort-session-times">
      Live sessions {weekdayList(starts, zone)}, {times} {own ? "your time" : zoneName(zone, starts[0])}
      {own ? <span className="text-slate-600 dark:text-slate-400"> ({zoneName(zone, starts[0])})</span> : null}
    </p>
  );
}
