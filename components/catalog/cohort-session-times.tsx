"use client";
// A cohort's weekly session times on the cached course page: in the cohort's zone in the HTML, then in the
// visitor's own zone once the browser says which that is.
import { useSyncExternalStore } from "react";
import { sessionTimes, weekdayList, zoneName } from "@/lib/cohorts/format";

type Props = { sessions: { startsAt: string; endsAt: string }[]; cohortZone: string };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
const serverZone = () => null;
const subscribe = () => () => {};

export function CohortSessionTimes({ sessions, cohortZone }: Props) {
  const visitor = useSyncExternalStore(subscribe, browserZone, serverZone);
  const first = sessions[0];
  if (!first) return null;
  const zone = visitor ?? cohortZone;
  const starts = sessions.map((s) => new Date(s.startsAt));
  const times = sessionTimes(new Date(first.startsAt), new Date(first.endsAt), zone);
  return (
    <p className="mt-1 text-slate-700 dark:text-slate-300" data-testid="cohort-session-times">
      Live sessions {weekdayList(starts, zone)}, {times} {visitor ? "your time" : zoneName(zone, starts[0])}
      {visitor ? <span className="text-slate-600 dark:text-slate-400"> ({zoneName(zone, starts[0])})</span> : null}
    </p>
  );
}
