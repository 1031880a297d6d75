"use client";
// The next session's countdown. It ticks in the browser; when the join window opens or the session ends it
// asks the server again (`onCross`: the cohort home's JSON), since only the server decides whether the join link is
// shown.
import { useEffect, useState } from "react";
import { formatCountdown } from "@/lib/cohorts/countdown";

type Props = { startsAt: string; endsAt: string; joinOpensAt: string; renderedAt: string; onCross: () => void };

export function SessionCountdown({ startsAt, endsAt, joinOpensAt, renderedAt, onCross }: Props) {
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const rendered = Date.parse(renderedAt);
  const crossed = [Date.parse(joinOpensAt), Date.parse(endsAt)].some((at) => rendered < at && now >= at);
  useEffect(() => {
    if (crossed) onCross();
  }, [crossed, onCross]);

  const start = Date.parse(startsAt);
  const live = now >= start && now < Date.parse(endsAt);
  return (
    <p className="text-2xl font-bold text-slate-900 dark:text-white" data-testid="countdown">
      {live ? "Live now" : `Starts ${formatCountdown(start - now)}`}
    </p>
  );
}
