// Parses the availability editor's text ("09:00-13:00, 14:00-17:00") into minute ranges. Pure.
import type { TimeWindow } from "./slots";

const RANGE = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/;

export function parseRanges(text: string): { ok: true; windows: TimeWindow[] } | { ok: false; error: string } {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const windows: TimeWindow[] = [];
  for (const part of parts) {
    const match = RANGE.exec(part);
    if (!match) return { ok: false, error: `“${part.slice(0, 20)}” is not a range like 09:00-17:00.` };
    const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
    const start = h1 * 60 + m1;
    const end = h2 === 24 && m2 === 0 ? 1440 : h2 * 60 + m2;
    if (h1 > 23 || m1 > 59 || (h2 > 23 && end !== 1440) || m2 > 59)
      return { ok: false, error: `“${part}” has an impossible time.` };
    if (end <= start) return { ok: false, error: `“${part}” ends before it starts.` };
    windows.push({ startMinute: start, endMinute: end });
  }
  windows.sort((a, b) => a.startMinute - b.startMinute);
  for (let i = 1; i < windows.length; i += 1)
    if (windows[i]!.startMinute < windows[i - 1]!.endMinute)
      return { ok: false, error: "Two ranges overlap. Merge them into one." };
  return { ok: true, windows };
}

export function formatRanges(windows: TimeWindow[]): string {
  const hhmm = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  return [...windows]
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((w) => `${hhmm(w.startMinute)}-${hhmm(w.endMinute)}`)
    .join(", ");
}
