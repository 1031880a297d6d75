// Slot computation speed (pure, no server): all slots of 20 advisors over 30 days, a mix of zones
// including DST changes, with bookings and overrides. The budget is 50 ms; printed by `npm run bench`.
import { computeSlots, mergeSlots, type AdvisorSchedule } from "../../lib/booking/slots";

const ZONES = ["Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Lord_Howe"];
const DAY = 86_400_000;
export const SLOT_BUDGET_MS = 50;

function advisors(now: number): AdvisorSchedule[] {
  return Array.from({ length: 20 }, (_, i) => ({
    advisorId: `a${i}`,
    timeZone: ZONES[i % ZONES.length]!,
    weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startMinute: 9 * 60, endMinute: 13 * 60 },
      { weekday, startMinute: 14 * 60, endMinute: 18 * 60 },
    ]),
    overrides: [{ date: new Date(now + 3 * DAY).toISOString().slice(0, 10), windows: [] }],
    busy: Array.from({ length: 40 }, (_, b) => ({
      startsAt: now + b * 17 * 3_600_000,
      blockStart: now + b * 17 * 3_600_000 - 600_000,
      blockEnd: now + b * 17 * 3_600_000 + 2_400_000,
    })),
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 10,
    minNoticeMinutes: 120,
    horizonDays: 60,
    dailyCap: 6,
  }));
}

export function benchSlots(): { medianMs: number; coldMs: number; slots: number } {
  // Around the 2026 autumn changes, so some days take the slow path.
  const now = Date.parse("2026-10-20T00:00:00Z");
  const schedules = advisors(now);
  // Warm the JIT and the Intl formatters on another year, so the first timed run still has a cold offset cache.
  const other = now - 400 * DAY;
  for (const s of advisors(other))
    computeSlots(s, { from: other, to: other + 30 * DAY, now: other, durationMinutes: 30 });
  const timings: number[] = [];
  let slots = 0;
  for (let run = 0; run < 15; run += 1) {
    const started = performance.now();
    const merged = mergeSlots(
      schedules.map((s) => computeSlots(s, { from: now, to: now + 30 * DAY, now, durationMinutes: 30 })),
    );
    timings.push(performance.now() - started);
    slots = merged.length;
  }
  const coldMs = timings[0]!; // the first timed run fills the offset cache in lib/booking/local-time.ts
  timings.sort((a, b) => a - b);
  return { medianMs: timings[Math.floor(timings.length / 2)]!, coldMs, slots };
}

export function printSlotBench() {
  const { medianMs, coldMs, slots } = benchSlots();
  const verdict = Math.max(medianMs, coldMs) < SLOT_BUDGET_MS ? "✓" : "✗ over budget";
  console.log(
    `slots: 20 advisors × 30 days → ${slots} merged start times in ${medianMs.toFixed(1)} ms (median of 15), ${coldMs.toFixed(1)} ms cold; budget ${SLOT_BUDGET_MS} ms ${verdict}`,
  );
}

if (process.argv[1]?.endsWith("slots.ts")) printSlotBench();
